package org.clearsource.cluster.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clearsource.core.spark.SharedSparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison the cluster tests rely on finds what differs, and only that. */
class TestRunComparison {

  static final StructType DOCUMENTS = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("uri", DataTypes.StringType)
      .add("metadata", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

  @Test
  void sameFindingsInAnotherDirectoryAndAtAnotherTimeAreEqual(@TempDir Path dir)
      throws IOException {
    SparkSession spark = SharedSparkSession.get();
    Path first = run(spark, dir.resolve("first"), rows(dir.resolve("first")), 7, 120);
    Path second = run(spark, dir.resolve("second"), rows(dir.resolve("second")), 7, 98_000);

    RunComparison.Result result = RunComparison.compare(spark, first, second);
    assertThat(result.compared()).containsExactly("documents", "stats/ingest.json");
    assertThat(result.differences()).isEmpty();
  }

  @Test
  void changedDuplicatedAndMissingRowsAndCountersAreReported(@TempDir Path dir)
      throws IOException {
    SparkSession spark = SharedSparkSession.get();
    Path expected = run(spark, dir.resolve("expected"), rows(dir.resolve("expected")), 7, 1);
    List<Row> retried = List.of(
        RowFactory.create("a", "alpha", "file:/corpus/a.jsonl", Map.of("k", "v")),
        RowFactory.create("a", "alpha", "file:/corpus/a.jsonl", Map.of("k", "v")),
        RowFactory.create("b", "beta changed", "file:/corpus/b.jsonl", Map.of()));
    Path actual = run(spark, dir.resolve("actual"), retried, 8, 1);
    Files.writeString(actual.resolve("stats/extra.json"), "{}");

    List<String> differences = RunComparison.compare(spark, expected, actual).differences();
    assertThat(differences).anyMatch(line -> line.startsWith("stats/extra.json: only in"));
    assertThat(differences).anyMatch(line -> line.startsWith(
        "documents: 3 rows expected, 3 found; 2 expected rows missing, 2 unexpected rows"));
    assertThat(differences).anyMatch(line -> line.contains("missing: ")
        && line.contains("\"text\":\"gamma\""));
    assertThat(differences).anyMatch(line -> line.contains("unexpected: ")
        && line.contains("beta changed"));
    assertThat(differences).contains("stats/ingest.json /totals/documents: expected 7 but was 8");
  }

  /** Three documents, one of which names a file inside its own run directory. */
  private static List<Row> rows(Path root) {
    return List.of(
        RowFactory.create("a", "alpha", "file:/corpus/a.jsonl", Map.of("k", "v")),
        RowFactory.create("b", "beta", "file:/corpus/b.jsonl", Map.of()),
        RowFactory.create("c", "gamma", root.resolve("clean/c.jsonl").toUri().toString(),
            Map.of()));
  }

  private static Path run(
      SparkSession spark, Path root, List<Row> documents, long count, long elapsedMillis)
      throws IOException {
    spark.createDataFrame(documents, DOCUMENTS).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(root.resolve("documents").toString());
    Files.createDirectories(root.resolve("stats"));
    Files.writeString(root.resolve("stats/ingest.json"), "{\"stage\": \"ingest\", \"totals\":"
        + " {\"documents\": " + count + "}, \"run\": \"" + root + "\", \"elapsedMillis\": "
        + elapsedMillis + "}");
    Files.createDirectories(root.resolve("_markers"));
    Files.writeString(root.resolve("_markers/ingest.json"), "{\"at\": " + elapsedMillis + "}");
    return root;
  }
}
