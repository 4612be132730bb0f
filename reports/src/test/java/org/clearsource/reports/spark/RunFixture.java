package org.clearsource.reports.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.reports.Fixtures;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A run directory written with Spark in the ingestion's table schemas, for {@link
 * Fixtures#manifest()}: web (crawled, 12 documents on 11 domains, opt-out metadata), wiki (5),
 * books (3, no URLs) and tickets (unshareable, 5, canaries in every field). Dedup and scan outputs
 * are written only when asked for.
 */
final class RunFixture {

  static final String TICKET_CANARY = "CANARY-RUN-TICKETS-e71b";

  private final List<Row> documents = new ArrayList<>();
  private final List<Row> quarantine = new ArrayList<>();
  private final List<Row> captures = new ArrayList<>();
  private final List<Row> inventory = new ArrayList<>();
  private final StageStats.Builder stats = StageStats.builder("ingest");

  private RunFixture() {
    for (int i = 0; i < 12; i++) {
      String domain = i < 2 ? "news.example" : i == 2 ? "xss-" + "site.example" : "site" + i + ".example";
      Map<String, String> metadata = new HashMap<>();
      if (i == 0) {
        metadata.put("http.tdm-reservation", "1");
        metadata.put("http.x-robots-tag", "noai");
      } else if (i == 1) {
        metadata.put("http.tdm-reservation", " 1 ");
      } else if (i == 3) {
        metadata.put("html.robots", "noai, noimageai");
      } else if (i == 4) {
        metadata.put("html.tdm-reservation", "0");
        metadata.put("html.robots", "noindex");
      }
      document("web", "web-" + i, "https://" + domain + "/page/" + i, domain,
          i == 5 ? Fixtures.SCRIPT + Fixtures.ON_ERROR : "Page " + i,
          "Text of page " + i + " " + "x".repeat(100 * (12 - i)), "en",
          i == 6 ? "Tue, 14 Jan 2025" : "2025-01-" + String.format("%02d", 2 + i) + "T10:00:00Z",
          metadata, "crawl.warc.gz");
    }
    for (int i = 0; i < 5; i++) {
      document("wiki", "wiki-" + i, "https://wiki.example/a/" + i, "wiki.example", null,
          "Artikel " + i + " " + "y".repeat(300), "de", "2025-01-05", Map.of(), "wiki-0.jsonl");
    }
    for (int i = 0; i < 3; i++) {
      document("books", "book-" + i, null, null, "Chapter " + i, "Chapter text " + "z".repeat(500),
          "en", null, Map.of(), "books.parquet");
    }
    for (int i = 0; i < 5; i++) {
      document("tickets", TICKET_CANARY + "-id-" + i,
          "https://" + TICKET_CANARY + ".internal.example/t/" + i, TICKET_CANARY + ".example",
          "Ticket " + TICKET_CANARY, "Dear support, " + TICKET_CANARY + " my card is 4111",
          "en", "2025-01-1" + i, Map.of("http.tdm-reservation", "1", "html.license",
              "https://" + TICKET_CANARY + ".example/licence"),
          TICKET_CANARY + "-file.jsonl");
    }
    quarantined("web", "crawl.warc.gz", "no_content", "HTTP 404", "<html>Not found</html>");
    quarantined("books", "books.parquet", "empty_text", "blank text", null);
    quarantined("tickets", TICKET_CANARY + "-file.jsonl", "malformed_json",
        "Unrecognized token '" + TICKET_CANARY + "'", null);
    captured("web", "robots_txt", "https://news.example/robots.txt", "news.example", 200);
    captured("web", "robots_txt", "https://site3.example/robots.txt", "site3.example", 404);
    captured("web", "tdmrep_json", "https://news.example/.well-known/tdmrep.json", "news.example",
        200);
    captured("tickets", "robots_txt", "https://" + TICKET_CANARY + ".example/robots.txt",
        TICKET_CANARY + ".example", 200);
    file("web", "crawl.warc.gz", 40_000, "warc", "gzip", "aa".repeat(32));
    file("web", "crawl-2.warc.gz", 1_000, "warc", "gzip", "ab".repeat(32));
    file("wiki", "wiki-0.jsonl", 2_000, "jsonl", "none", "bb".repeat(32));
    // An entry the crawl left unread: in the inventory, never among the files.
    inventory.add(RowFactory.create("wiki", "file:/data/wiki/.git", ".git", 0L, 0L, null, null,
        null, null, "hidden", null));
    stats.add("wiki", "files_skipped", 1).add("wiki", "files_skipped.hidden", 1);
    file("books", "books.parquet", 3_000, "parquet", "none", "cc".repeat(32));
    file("tickets", TICKET_CANARY + "-file.jsonl", 900, "jsonl", "none", "dd".repeat(32));
  }

  private static Path shared;

  /**
   * The two runs most tests read, written once per test JVM (Spark jobs are the slow part): {@code
   * ingest-only/} and {@code all-stages/} (with dedup and scan) under one temporary directory that
   * is removed when the JVM exits. Tests must not change their tables.
   */
  static synchronized Path shared(SparkSession spark) throws IOException {
    if (shared == null) {
      Path root = Files.createTempDirectory("clearsource-reports-runs");
      write(spark, root.resolve("ingest-only"));
      Path all = root.resolve("all-stages");
      write(spark, all);
      writeDedup(spark, all);
      writeScan(spark, all);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      shared = root;
    }
    return shared;
  }

  static RunLayout ingestOnly(SparkSession spark) throws IOException {
    return new RunLayout(shared(spark).resolve("ingest-only").toUri().toString());
  }

  static RunLayout allStages(SparkSession spark) throws IOException {
    return new RunLayout(shared(spark).resolve("all-stages").toUri().toString());
  }

  private static void delete(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }

  /** Writes the run: the ingest tables and stats. */
  static RunLayout write(SparkSession spark, Path root) throws IOException {
    return new RunFixture().writeTo(spark, root);
  }

  private RunLayout writeTo(SparkSession spark, Path root) throws IOException {
    RunLayout layout = new RunLayout(root.toUri().toString());
    spark.createDataFrame(documents, CorpusTables.DOCUMENTS).repartition(3).write()
        .mode(SaveMode.Overwrite).partitionBy("source_id").parquet(layout.documents());
    spark.createDataFrame(quarantine, CorpusTables.QUARANTINE).coalesce(1).write()
        .mode(SaveMode.Overwrite).parquet(layout.quarantine());
    spark.createDataFrame(captures, CorpusTables.CAPTURES).coalesce(1).write()
        .mode(SaveMode.Overwrite).parquet(layout.captures());
    spark.createDataFrame(inventory, CorpusTables.INVENTORY).coalesce(1).write()
        .mode(SaveMode.Overwrite).parquet(layout.inventory());
    writeStats(root.resolve("stats/ingest.json"), stats.elapsedMillis(4321).build());
    return layout;
  }

  /**
   * Adds dedup's tables, parameters and stats: web-1 duplicates web-0 (exact), wiki-1
   * near-duplicates web-2.
   */
  static void writeDedup(SparkSession spark, Path root) throws IOException {
    RunLayout layout = new RunLayout(root.toUri().toString());
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField("cluster_id", DataTypes.StringType, true),
        DataTypes.createStructField("is_representative", DataTypes.BooleanType, false)));
    List<Row> rows = List.of(
        RowFactory.create(docId("web", "web-0"), "c1", true),
        RowFactory.create(docId("web", "web-1"), "c1", false),
        RowFactory.create(docId("web", "web-2"), "c2", true),
        RowFactory.create(docId("wiki", "wiki-1"), "c2", false),
        // Listed twice: the clean corpus must still count it once.
        RowFactory.create(docId("wiki", "wiki-1"), "c2", false));
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite)
        .parquet(layout.dedupDocuments());
    StructType overlap = DataTypes.createStructType(List.of(
        DataTypes.createStructField("source_a", DataTypes.StringType, false),
        DataTypes.createStructField("source_b", DataTypes.StringType, false),
        DataTypes.createStructField("documents", DataTypes.LongType, false),
        DataTypes.createStructField("source_a_documents", DataTypes.LongType, false),
        DataTypes.createStructField("share", DataTypes.DoubleType, false)));
    spark.createDataFrame(List.of(
            RowFactory.create("web", "web", 2L, 12L, 2.0 / 12),
            RowFactory.create("web", "wiki", 1L, 12L, 1.0 / 12),
            RowFactory.create("wiki", "web", 1L, 5L, 0.2)), overlap)
        .coalesce(1).write().mode(SaveMode.Overwrite).parquet(layout.dedupOverlap());
    StageStats.Builder dedup = StageStats.builder("dedup");
    for (String source : List.of("web", "wiki", "books", "tickets")) {
      dedup.source(source);
    }
    dedup.add("web", "documents", 12).add("web", "exact_duplicates", 1);
    dedup.add("wiki", "documents", 5).add("wiki", "near_duplicates", 1);
    dedup.add("books", "documents", 3).add("tickets", "documents", 5);
    writeStats(root.resolve("stats/dedup.json"), dedup.elapsedMillis(99).build());
    Files.writeString(Path.of(URI.create(layout.dedupParameters())),
        "{\"stage\": \"dedup\", \"parameters\": {\"shingle_words\": 5, \"threshold\": 0.8,"
            + " \"note\": \"<b>bold</b>\"}, \"figures\": {\"pairs\": 3}}");
  }

  /**
   * Adds the scan's signals table and stats: web-0 and web-3 reserved, web-0 to web-3 all rights
   * reserved, book-2 non-commercial; holders and expressions, the tickets' with canaries.
   */
  static void writeScan(SparkSession spark, Path root) throws IOException {
    RunLayout layout = new RunLayout(root.toUri().toString());
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField("source_id", DataTypes.StringType, false),
        DataTypes.createStructField("license_expression", DataTypes.StringType, false),
        DataTypes.createStructField("license_class", DataTypes.StringType, false),
        DataTypes.createStructField("copyright_holders",
            DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("optout_status", DataTypes.StringType, false)));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.add(RowFactory.create(docId("web", "web-" + i), "web",
          i < 4 ? "LicenseRef-All-Rights-Reserved" : i < 6 ? "CC-BY-4.0" : "NOASSERTION",
          i < 4 ? "all_rights_reserved" : i < 6 ? "attribution" : "none",
          i < 3 ? new String[] {"News Example Ltd", "News Example Ltd"} : new String[0],
          i == 0 || i == 3 ? "reserved" : "unknown"));
    }
    for (int i = 0; i < 3; i++) {
      rows.add(RowFactory.create(docId("books", "book-" + i), "books",
          i == 2 ? "CC-BY-NC-4.0" : "NOASSERTION", i == 2 ? "non_commercial" : "none",
          new String[] {"Harrow Lane Press"}, "unknown"));
    }
    for (int i = 0; i < 5; i++) {
      rows.add(RowFactory.create(docId("tickets", TICKET_CANARY + "-id-" + i), "tickets",
          "LicenseRef-" + TICKET_CANARY, "unknown", new String[] {TICKET_CANARY + " Holder"},
          "unknown"));
    }
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(layout.signals());
    StageStats.Builder scan = StageStats.builder("scan");
    scan.add("web", "documents", 12).add("web", "license_found", 6)
        .add("web", "optout.reserved", 2).add("web", "optout.unknown", 10)
        .add("web", "optout.signal.tdmrep_header", 2)
        .add("web", "optout.signal.tdmrep_json", 1)
        .add("web", "license_class.all_rights_reserved", 4)
        .add("web", "license_class.attribution", 2)
        .add("web", "license_class.none", 6)
        .add("web", "copyright_notices", 3)
        .add("web", "conflict.documents", 4).add("web", "conflict.all_rights_reserved", 4);
    scan.add("wiki", "documents", 5).add("wiki", "license_class.none", 5);
    scan.add("books", "documents", 3).add("books", "license_found", 1)
        .add("books", "license_class.non_commercial", 1).add("books", "license_class.none", 2);
    scan.add("tickets", "documents", 5).add("tickets", "pii.emails", 5)
        .add("tickets", "pii.documents", 5).add("tickets", "license_class.unknown", 5);
    writeStats(root.resolve("stats/scan.json"), scan.elapsedMillis(77).build());
  }

  static String docId(String source, String record) {
    return (source + ":" + record).replaceAll("[^A-Za-z0-9]", "_");
  }

  private void document(String source, String record, String url, String domain, String title,
      String text, String language, String date, Map<String, String> metadata, String file) {
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    String id = docId(source, record);
    documents.add(RowFactory.create(id, source, "file:/data/" + source + "/" + file, file,
        "offset:" + documents.size(), record, url, domain, domain, title, text, null, date, bytes,
        (bytes + 3) / 4, language, "jsonl",
        CollectionConverters.asScala(metadata)));
    stats.add(source, "documents", 1);
    stats.add(source, "records_seen", 1);
    stats.add(source, "text_bytes", bytes);
    stats.add(source, "tokens_estimate", (bytes + 3) / 4);
    stats.add(source, "language." + language, 1);
  }

  private void quarantined(String source, String file, String reason, String detail,
      String excerpt) {
    quarantine.add(RowFactory.create(source, docId(source, "q" + quarantine.size()),
        "file:/data/" + source + "/" + file, file, "offset:99", reason, detail, excerpt));
    stats.add(source, "quarantined", 1).add(source, "quarantined." + reason, 1);
    stats.add(source, "records_seen", 1);
  }

  private void captured(String source, String kind, String url, String domain, int status) {
    captures.add(RowFactory.create(source, kind, url, domain, domain, status, "2025-01-02",
        "User-agent: *\nDisallow:", "file:/data/" + source + "/crawl.warc.gz", "offset:1"));
    stats.add(source, "captured", 1).add(source, "captured." + kind, 1);
    stats.add(source, "records_seen", 1);
  }

  private void file(String source, String path, long size, String format, String compression,
      String sha256) {
    inventory.add(RowFactory.create(source, "file:/data/" + source + "/" + path, path, size,
        1_700_000_000_000L, compression, format, sha256, null, null, null));
    stats.add(source, "files", 1).add(source, "file_bytes", size)
        .add(source, "files.format." + format, 1).add(source, "files.compression." + compression, 1);
  }

  private static void writeStats(Path file, StageStats stageStats) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      stageStats.write(out);
    }
  }
}
