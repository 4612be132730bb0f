package org.clearsource.ingestion.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.ingestion.SourceFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ingest makes of a tree's odd entries: file names that a URI parser would change, a FIFO,
 * symbolic links in and out of the source's root, and hidden names. Every file is read as named,
 * every entry left unread is in the inventory with its reason and counted in the stats.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TestCrawlEntries {

  @TempDir static Path corpus;
  @TempDir static Path out;

  static StageStats stats;
  static RunLayout layout;

  @BeforeAll
  static void ingest() throws Exception {
    Path names = corpus.resolve("names");
    Files.createDirectories(names);
    for (String name : SourceFixtures.ODD_NAMES) {
      Files.writeString(names.resolve(name), name.endsWith(".jsonl")
          ? "{\"text\":\"the record of " + name + "\"}\n" : "the text of " + name);
    }
    Path tree = corpus.resolve("tree");
    Files.createDirectories(tree.resolve("_static"));
    Files.writeString(tree.resolve("page.txt"), "a page of the tree");
    Files.writeString(tree.resolve("_static/style.txt"), "a hidden style sheet");
    Files.writeString(tree.resolve(".notes.txt"), "hidden notes");
    Files.createDirectories(corpus.resolve("elsewhere"));
    Files.writeString(corpus.resolve("elsewhere/private.txt"), "a file outside the source");
    Files.createSymbolicLink(tree.resolve("private.txt"), corpus.resolve("elsewhere/private.txt"));
    Files.createSymbolicLink(tree.resolve("page-again.txt"), tree.resolve("page.txt"));
    Files.createSymbolicLink(tree.resolve("gone.txt"), corpus.resolve("nothing-here.txt"));
    Process mkfifo =
        new ProcessBuilder("mkfifo", tree.resolve("pipe.txt").toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    Files.writeString(corpus.resolve("manifest.yaml"), """
        dataset: {name: t, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: names
            class: open
            paths: [%s]
            provenance: {obtain_from: https://example.org, how_obtained: other}
          - id: tree
            class: open
            paths: [%s]
            provenance: {obtain_from: https://example.org, how_obtained: other}
          - id: everything
            class: open
            paths: [%s]
            options: {include_hidden: true, follow_links: true}
            provenance: {obtain_from: https://example.org, how_obtained: other}
        """.formatted(names, tree, tree));
    Manifest manifest = ManifestReader.read(corpus.resolve("manifest.yaml").toString(),
        new org.apache.hadoop.conf.Configuration());
    layout = new RunLayout(out.toString());
    stats = IngestStage.run(SharedSparkSession.get(), manifest, layout, IngestSettings.defaults(),
        message -> {});
  }

  @Test
  void everyNameIsReadAsNamedWithItsOwnChecksum() throws Exception {
    SparkSession spark = SharedSparkSession.get();
    Map<String, String> texts = new TreeMap<>();
    for (Row row : spark.read().schema(CorpusTables.DOCUMENTS).parquet(layout.documents())
        .where(col("source_id").equalTo("names")).collectAsList()) {
      texts.put(row.getAs("relative_path"), row.getAs("text"));
    }
    assertThat(texts).hasSize(SourceFixtures.ODD_NAMES.size());
    for (String name : SourceFixtures.ODD_NAMES) {
      assertThat(texts.get(name)).as(name).contains("of " + name);
    }
    Map<String, String> checksums = new TreeMap<>();
    for (Row row : spark.read().schema(CorpusTables.INVENTORY).parquet(layout.inventory())
        .where(col("source_id").equalTo("names")).collectAsList()) {
      checksums.put(row.getAs("relative_path"), row.getAs("sha256"));
    }
    for (String name : SourceFixtures.ODD_NAMES) {
      assertThat(checksums.get(name)).as(name).isEqualTo(sha256(corpus.resolve("names/" + name)));
    }
    assertThat(checksums.get("100%41.jsonl")).isNotEqualTo(checksums.get("100A.jsonl"));
    assertThat(stats.count("names", "files")).isEqualTo(SourceFixtures.ODD_NAMES.size());
    assertThat(stats.count("names", "quarantined")).isZero();
  }

  @Test
  void entriesLeftUnreadAreInTheInventoryWithTheirReasonAndCounted() {
    Map<String, String> reasons = new TreeMap<>();
    for (Row row : SharedSparkSession.get().read().schema(CorpusTables.INVENTORY)
        .parquet(layout.inventory()).where(col("source_id").equalTo("tree")).collectAsList()) {
      reasons.put(row.getAs("relative_path"),
          String.valueOf(row.<String>getAs(CorpusTables.INVENTORY_SKIP_REASON)));
    }
    assertThat(reasons).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        ".notes.txt", "hidden",
        "_static", "hidden",
        "gone.txt", "dangling_link",
        "page-again.txt", "duplicate_link",
        "page.txt", "null",
        "pipe.txt", "special_file",
        "private.txt", "link_outside_root")));
    assertThat(stats.count("tree", "files")).isEqualTo(1);
    assertThat(stats.count("tree", "documents")).isEqualTo(1);
    assertThat(stats.count("tree", "files_skipped")).isEqualTo(6);
    assertThat(stats.count("tree", "files_skipped.hidden")).isEqualTo(2);
    assertThat(stats.count("tree", "files_skipped.special_file")).isEqualTo(1);
    assertThat(stats.count("tree", "files_skipped.link_outside_root")).isEqualTo(1);
  }

  @Test
  void aSourceThatIncludesHiddenNamesAndFollowsLinksReadsThemOnce() {
    List<String> read = SharedSparkSession.get().read().schema(CorpusTables.DOCUMENTS)
        .parquet(layout.documents()).where(col("source_id").equalTo("everything"))
        .orderBy("relative_path").select("relative_path").as(
            org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(read).containsExactly(".notes.txt", "_static/style.txt", "page.txt", "private.txt");
    assertThat(stats.count("everything", "files_skipped")).isEqualTo(3);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
