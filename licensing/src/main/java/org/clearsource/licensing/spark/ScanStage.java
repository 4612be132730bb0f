package org.clearsource.licensing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.run.StageMarkers;
import org.clearsource.core.run.StatsFiles;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.spark.PartitionIterators;
import org.clearsource.core.stats.StageStats;
import org.clearsource.licensing.license.DeclaredLicenses;
import org.clearsource.licensing.license.LicenseDetector;
import org.clearsource.licensing.optout.OptOutJudge;
import org.clearsource.licensing.optout.SiteCaptures;
import org.clearsource.licensing.scan.DocumentScanner;
import org.clearsource.licensing.scan.DocumentSignals;

/**
 * The scan stage: every document's licences, copyright statements, opt-out verdict and PII counts
 * into the signals table, and per-source counters into {@code stats/scan.json}.
 *
 * <p>The captured robots.txt and tdmrep.json files (one small file per host) travel to every task
 * as a broadcast map, or, when there are too many to hold, meet the documents partitioned by site
 * ({@link SiteCaptureTables}); each task builds one scanner for its documents.
 */
public final class ScanStage {

  public static final String NAME = "scan";

  private ScanStage() {}

  /** What the stage's output depends on: the ingested corpus and the detector's version. */
  public static String fingerprint(String ingestFingerprint) {
    return StageMarkers.fingerprint()
        .add("stage", NAME)
        .add("version", ScanStage.class.getPackage().getImplementationVersion())
        .add("ingest", ingestFingerprint)
        .build();
  }

  /** Scans the ingested documents of the run directory and writes the signals table and stats. */
  public static StageStats run(
      SparkSession spark, Manifest manifest, RunLayout layout, Consumer<String> progress) {
    String limit = spark.conf().get(SiteCaptureTables.BROADCAST_LIMIT_KEY,
        Long.toString(SiteCaptureTables.BROADCAST_LIMIT_BYTES));
    long bytes;
    try {
      bytes = Long.parseLong(limit.trim());
    } catch (NumberFormatException e) {
      throw new ClearsourceException("Cannot read " + SiteCaptureTables.BROADCAST_LIMIT_KEY + "="
          + limit + ": give a number of bytes, such as 67108864 (the default, 64 MiB)", e);
    }
    return run(spark, manifest, layout, progress, bytes);
  }

  /**
   * As {@link #run(SparkSession, Manifest, RunLayout, Consumer)}, broadcasting the captured site
   * files only when their bodies hold at most {@code broadcastLimitBytes} (tests force either way).
   */
  static StageStats run(SparkSession spark, Manifest manifest, RunLayout layout,
      Consumer<String> progress, long broadcastLimitBytes) {
    long started = System.nanoTime();
    Dataset<Row> documents = spark.read().schema(CorpusTables.DOCUMENTS)
        .parquet(layout.documents())
        .select("doc_id", "source_id", "url", "host", "domain", "text", "metadata");
    Dataset<Row> captures = SiteCaptureTables.read(spark, layout);
    SiteCaptureTables.Size size = SiteCaptureTables.size(captures);
    Dataset<Row> signals;
    if (size.bodyBytes() <= broadcastLimitBytes) {
      progress.accept(String.format("judging opt-outs with captured site files of %,d hosts,"
          + " sent to every task", size.hosts()));
      signals = scan(spark, documents, SiteCaptureTables.collect(captures));
    } else {
      int partitions = Math.max(1, spark.sessionState().conf().numShufflePartitions());
      progress.accept(String.format("judging opt-outs with captured site files of %,d hosts"
          + " (%,d bytes), partitioned by site into %,d tasks", size.hosts(), size.bodyBytes(),
          partitions));
      // Licences, copyrights and PII need the text and no site files; the verdicts need the site
      // files and no text. Only the small opt-out columns meet again, by document.
      Dataset<Row> verdicts =
          SiteCaptureTables.judgeBySite(spark, documents, captures, partitions);
      signals = scan(spark, documents, Map.of())
          .drop("optout_status", "optout_signals")
          .join(verdicts, new String[] {"doc_id", "source_id"})
          .select(Arrays.stream(ScanTables.SIGNALS.fieldNames())
              .map(name -> col(name)).toArray(Column[]::new));
    }
    signals.write().mode(SaveMode.Overwrite).partitionBy("source_id").parquet(layout.signals());
    progress.accept("signals written; summing per source");
    StageStats stats = stats(spark, manifest, layout, started);
    StatsFiles.write(layout, NAME, stats, spark.sparkContext().hadoopConfiguration());
    return stats;
  }

  /** Every document's signals, with opt-outs judged against {@code captures} (broadcast). */
  private static Dataset<Row> scan(SparkSession spark, Dataset<Row> documents,
      Map<String, SiteCaptures> captures) {
    Broadcast<Map<String, SiteCaptures>> sites =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(captures);
    return spark.createDataFrame(
        documents.javaRDD().mapPartitions(rows -> scanPartition(rows, sites)), ScanTables.SIGNALS);
  }

  private static Iterator<Row> scanPartition(
      Iterator<Row> rows, Broadcast<Map<String, SiteCaptures>> sites) {
    Map<String, SiteCaptures> captures = sites.value();
    DocumentScanner scanner = new DocumentScanner(
        LicenseDetector.standard(), OptOutJudge.builder().captures(captures::get).build());
    return PartitionIterators.map(rows, row -> {
      Map<String, String> metadata = row.isNullAt(6) ? Map.of() : row.getJavaMap(6);
      DocumentSignals signals = scanner.scan(row.getString(5), row.getString(2),
          row.getString(3), row.getString(4), metadata);
      return SignalRows.toRow(row.getString(0), row.getString(1), row.getString(4), signals);
    });
  }

  private static StageStats stats(
      SparkSession spark, Manifest manifest, RunLayout layout, long started) {
    StageStats.Builder stats = StageStats.builder(NAME);
    manifest.sources().forEach(source -> stats.source(source.id()));
    Dataset<Row> signals = spark.read().schema(ScanTables.SIGNALS).parquet(layout.signals());
    for (Row row : signals.groupBy("source_id").agg(
            count(lit(1)),
            sum(when(col("license_expression").notEqual("NOASSERTION"), 1).otherwise(0)),
            sum(when(size(col("copyrights")).gt(0), 1).otherwise(0)),
            sum("pii_emails"), sum("pii_phones"), sum("pii_ip_addresses"),
            sum("pii_payment_cards"),
            sum(when(col("pii_emails").plus(col("pii_phones")).plus(col("pii_ip_addresses"))
                .plus(col("pii_payment_cards")).gt(0), 1).otherwise(0)))
        .collectAsList()) {
      String id = row.getString(0);
      stats.add(id, "documents", row.getLong(1));
      stats.add(id, "license_found", row.getLong(2));
      stats.add(id, "copyright_notices", row.getLong(3));
      stats.add(id, "pii.emails", row.getLong(4));
      stats.add(id, "pii.phones", row.getLong(5));
      stats.add(id, "pii.ip_addresses", row.getLong(6));
      stats.add(id, "pii.payment_cards", row.getLong(7));
      stats.add(id, "pii.documents", row.getLong(8));
    }
    for (Row row : signals.groupBy("source_id", "license_class").count().collectAsList()) {
      stats.add(row.getString(0), "license_class." + row.getString(1), row.getLong(2));
    }
    for (Row row : signals.groupBy("source_id", "optout_status").count().collectAsList()) {
      stats.add(row.getString(0), "optout." + row.getString(1), row.getLong(2));
    }
    // A document counts once per kind of reserving signal it carries.
    for (Row row : signals
        .select(col("source_id"), col("doc_id"), explode(col("optout_signals")).as("signal"))
        .filter(col("signal.effect").equalTo("reserves"))
        .select(col("source_id"), col("doc_id"), col("signal.kind").as("kind"))
        .distinct()
        .groupBy("source_id", "kind").count().collectAsList()) {
      stats.add(row.getString(0), "optout.signal." + row.getString(1), row.getLong(2));
    }
    addConflicts(stats, manifest, signals);
    return stats.elapsedMillis((System.nanoTime() - started) / 1_000_000).build();
  }

  /**
   * Documents whose licence is more restrictive than the one their source declares: the manifest
   * says CC-BY-4.0, the page says "All rights reserved" or CC BY-NC.
   */
  private static void addConflicts(StageStats.Builder stats, Manifest manifest,
      Dataset<Row> signals) {
    Map<String, String> declared = new HashMap<>();
    for (Source source : manifest.sources()) {
      if (source.provenance().license() != null) {
        declared.put(source.id(), source.provenance().license());
      }
    }
    for (Row row : signals.filter(col("license_class").notEqual(SignalRows.NO_LICENSE))
        .groupBy("source_id", "license_class").count().collectAsList()) {
      String source = row.getString(0);
      String declaredLicense = declared.get(source);
      if (declaredLicense != null
          && DeclaredLicenses.isMoreRestrictive(row.getString(1), declaredLicense)) {
        stats.add(source, "conflict.documents", row.getLong(2));
        stats.add(source, "conflict." + row.getString(1), row.getLong(2));
      }
    }
  }

}
