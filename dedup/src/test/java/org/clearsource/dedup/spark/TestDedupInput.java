package org.clearsource.dedup.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDedupInput {

  @Test
  void anUnshareableEvaluationSetKeepsItsItemsButNotTheirRecordIds(@TempDir Path dir)
      throws IOException {
    SparkSession spark = DedupFixtures.SharedSession.get();
    // The tables below are written directly; the folders hold a file only because a manifest
    // refuses a path without one.
    for (String folder : List.of("corpus", "open-bench", "secret-bench")) {
      Files.writeString(Files.createDirectories(dir.resolve(folder)).resolve("items.jsonl"), "");
    }
    Files.writeString(dir.resolve("manifest.yaml"), """
        dataset: {name: d, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: corpus
            class: public
            paths: [corpus]
            provenance: {obtain_from: https://corpus.example, how_obtained: crawl}
        evaluation_sets:
          - id: open-bench
            class: public
            paths: [open-bench]
            provenance: {obtain_from: https://bench.example, how_obtained: public-dataset}
          - id: secret-bench
            class: unshareable
            paths: [secret-bench]
            provenance: {how_obtained: partner}
        """);
    Manifest manifest = ManifestReader.read(dir.resolve("manifest.yaml").toString(),
        spark.sparkContext().hadoopConfiguration());
    RunLayout layout = new RunLayout(dir.resolve("run").toString());
    StructType items = DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField("source_id", DataTypes.StringType, false),
        DataTypes.createStructField("record_id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, false)));
    spark.createDataFrame(List.of(
            RowFactory.create("d1", "open-bench", "open-17", "an open question"),
            RowFactory.create("d2", "secret-bench", "patient-4711", "a secret question")), items)
        .write().parquet(layout.evaluation().documents());
    spark.createDataFrame(List.of(RowFactory.create("c1", "corpus", null, "a page")), items)
        .write().parquet(layout.documents());

    Map<String, List<Object>> byDoc = DedupInput.fromRun(spark, manifest, layout).evaluation()
        .collectAsList().stream().collect(Collectors.toMap(row -> row.getString(1),
            row -> java.util.Arrays.asList(row.get(0), row.get(2), row.get(3))));

    assertThat(byDoc).containsOnly(
        Map.entry("d1", java.util.Arrays.asList("open-bench", "open-17", "an open question")),
        Map.entry("d2", java.util.Arrays.asList("secret-bench", null, "a secret question")));
  }
}
