package org.clearsource.ingestion.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIngestStage {

  static final int PLAIN_RECORDS = 3000;

  @TempDir static Path corpus;

  static Manifest manifest;

  @BeforeAll
  static void writeCorpus() throws IOException {
    Files.createDirectories(corpus.resolve("wiki"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("wiki/part-0.jsonl.gz")))) {
      out.write(("{\"id\":\"w1\",\"text\":\"The river flows north through the old valley towards the sea.\",\"url\":\"https://en.wiki.example/River\"}\n"
          + "{\"id\":\"w2\",\"text\":\"Der Fluss fliesst durch das alte Tal nach Norden bis zum Meer.\",\"metadata\":{\"url\":\"https://de.wiki.example/Fluss\"}}\n"
          + "{\"id\":\"w3\", this is not json\n"
          + "{\"id\":\"w4\",\"title\":\"no text here\"}\n"
          + "{\"id\":\"w5\",\"text\":\"A third article about mountains, lakes and the weather in spring.\"}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Files.createDirectories(corpus.resolve("plain"));
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < PLAIN_RECORDS; i++) {
      plain.append("{\"id\":").append(i).append(",\"text\":\"record number ").append(i)
          .append(" of the plain source, with enough words to be a sentence.\"}\n");
    }
    Files.writeString(corpus.resolve("plain/all.jsonl"), plain);
    Files.createDirectories(corpus.resolve("tree/src"));
    Files.writeString(corpus.resolve("tree/README.txt"), "A small tree of text files for tests.");
    Files.writeString(corpus.resolve("tree/src/Main.java"),
        "// SPDX-License-Identifier: MIT\nclass Main { public static void main(String[] a) {} }\n");
    Files.write(corpus.resolve("tree/src/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    Files.writeString(corpus.resolve("manifest.yaml"), """
        dataset: {name: t, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: wiki
            class: open
            paths: [wiki/*.jsonl.gz]
            provenance: {obtain_from: https://wiki.example, how_obtained: public-dataset}
          - id: plain
            class: public
            paths: [plain]
            provenance: {obtain_from: https://plain.example, how_obtained: crawl}
          - id: tree
            class: unshareable
            paths: [tree]
            format: text
            provenance: {how_obtained: internal}
        """);
    manifest = ManifestReader.read(corpus.resolve("manifest.yaml").toString(),
        new org.apache.hadoop.conf.Configuration());
  }

  static StageStats ingest(Path out, IngestSettings settings) {
    return IngestStage.run(SharedSparkSession.get(), manifest, new RunLayout(out.toString()),
        settings, message -> {});
  }

  @Test
  void readsEverySourceAndAccountsForEveryRecord(@TempDir Path out) {
    StageStats stats = ingest(out, IngestSettings.builder().splitBytes(64 << 10).build());
    SparkSession spark = SharedSparkSession.get();
    RunLayout layout = new RunLayout(out.toString());

    assertThat(stats.count("wiki", "records_seen")).isEqualTo(5);
    assertThat(stats.count("wiki", "documents")).isEqualTo(3);
    assertThat(stats.count("wiki", "quarantined.malformed_json")).isEqualTo(1);
    assertThat(stats.count("wiki", "quarantined.missing_text")).isEqualTo(1);
    assertThat(stats.count("plain", "documents")).isEqualTo(PLAIN_RECORDS);
    assertThat(stats.count("plain", "files.format.jsonl")).isEqualTo(1);
    assertThat(stats.count("tree", "documents")).isEqualTo(2);
    assertThat(stats.count("tree", "quarantined.binary_content")).isEqualTo(1);
    assertThat(stats.count("wiki", "language.en")).isEqualTo(2);
    assertThat(stats.count("wiki", "language.de")).isEqualTo(1);
    for (String source : List.of("wiki", "plain", "tree")) {
      assertThat(stats.count(source, "records_seen")).isEqualTo(
          stats.count(source, "documents") + stats.count(source, "quarantined")
              + stats.count(source, "captured"));
    }

    Dataset<Row> documents = spark.read().parquet(layout.documents());
    assertThat(documents.select("doc_id").distinct().count()).isEqualTo(documents.count());
    Row river = documents.filter("record_id = 'w1'").first();
    assertThat(river.<String>getAs("domain")).isEqualTo("wiki.example");
    assertThat(river.<String>getAs("locator")).isEqualTo("offset:0");
    assertThat(documents.filter("record_id = 'w2'").first().<String>getAs("url"))
        .isEqualTo("https://de.wiki.example/Fluss");
    assertThat(documents.filter("source_id = 'tree'").select("relative_path").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrder("README.txt", "src/Main.java");

    Dataset<Row> quarantine = spark.read().parquet(layout.quarantine());
    Row malformed = quarantine.filter("reason = 'malformed_json'").first();
    assertThat(malformed.<String>getAs("source_id")).isEqualTo("wiki");
    assertThat(malformed.<String>getAs("excerpt")).contains("this is not json");
    Row binary = quarantine.filter("source_id = 'tree'").first();
    assertThat(binary.<String>getAs("excerpt")).as("unshareable sources keep no excerpt").isNull();
    assertThat(spark.read().parquet(layout.inventory()).count()).isEqualTo(5);
    assertThat(out.resolve("stats/ingest.json")).exists();
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  @Test
  void sameCorpusGivesTheSameIdsWhateverTheSplitting(@TempDir Path small, @TempDir Path whole) {
    ingest(small, IngestSettings.builder().splitBytes(64 << 10).build());
    ingest(whole, IngestSettings.defaults());
    SparkSession spark = SharedSparkSession.get();
    List<Row> a = spark.read().parquet(new RunLayout(small.toString()).documents())
        .select("doc_id", "locator", "text", "language").orderBy("doc_id").collectAsList();
    List<Row> b = spark.read().parquet(new RunLayout(whole.toString()).documents())
        .select("doc_id", "locator", "text", "language").orderBy("doc_id").collectAsList();
    assertThat(a).hasSize(PLAIN_RECORDS + 5).isEqualTo(b);
  }

  @Test
  void aFileDeletedBetweenListingAndReadingStopsTheRunUnlessQuarantined(@TempDir Path out)
      throws IOException {
    Path doomed = corpus.resolve("plain/doomed.jsonl");
    // Deleted right after the crawl listed it: a real race, as on a live file system.
    java.util.function.Consumer<String> deleteAfterCrawl = message -> {
      if (message.startsWith("crawled")) {
        try {
          Files.deleteIfExists(doomed);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    RunLayout layout = new RunLayout(out.toString());
    Files.writeString(doomed, "{\"text\":\"soon gone\"}\n");
    assertThatThrownBy(() -> IngestStage.run(SharedSparkSession.get(), manifest, layout,
            IngestSettings.defaults(), deleteAfterCrawl))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("doomed.jsonl")
        .hasMessageContaining("--quarantine-unreadable");

    Files.writeString(doomed, "{\"text\":\"soon gone\"}\n");
    StageStats stats = IngestStage.run(SharedSparkSession.get(), manifest, layout,
        IngestSettings.builder().quarantineUnreadableFiles().build(), deleteAfterCrawl);
    assertThat(stats.count("plain", "quarantined.unreadable_file")).isEqualTo(1);
    assertThat(stats.count("plain", "documents")).isEqualTo(PLAIN_RECORDS);
    assertThat(stats.count("plain", "records_seen")).isEqualTo(PLAIN_RECORDS + 1);
  }

  @Test
  void aCorpusWithoutOneReadableRecordStillAccountsForEveryRecord(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("bad"));
    Files.writeString(dir.resolve("bad/broken.jsonl"), "{\"id\": 1, not json\n{\"id\": 2}\n");
    Files.writeString(dir.resolve("manifest.yaml"), """
        dataset: {name: t, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: bad
            class: open
            paths: [bad]
            provenance: {obtain_from: https://bad.example, how_obtained: public-dataset}
        """);
    Manifest broken = ManifestReader.read(dir.resolve("manifest.yaml").toString(),
        new org.apache.hadoop.conf.Configuration());
    RunLayout layout = new RunLayout(dir.resolve("run").toString());
    StageStats stats = IngestStage.run(SharedSparkSession.get(), broken, layout,
        IngestSettings.defaults(), message -> {});
    assertThat(stats.count("bad", "records_seen")).isEqualTo(2);
    assertThat(stats.count("bad", "documents")).isZero();
    assertThat(stats.count("bad", "quarantined.malformed_json")).isEqualTo(1);
    assertThat(stats.count("bad", "quarantined.missing_text")).isEqualTo(1);
    assertThat(SharedSparkSession.get().read().schema(CorpusTables.DOCUMENTS)
        .parquet(layout.documents()).count()).isZero();
  }
}
