package org.clearsource.cluster.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.ManifestDigest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.run.StageMarkers;
import org.clearsource.core.run.StatsFiles;
import org.clearsource.core.spark.SparkSessions;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.spark.DedupSettings;
import org.clearsource.dedup.spark.DedupStage;
import org.clearsource.ingestion.spark.IngestSettings;
import org.clearsource.ingestion.spark.IngestStage;
import org.clearsource.licensing.spark.ScanStage;
import org.clearsource.reports.ReportResult;
import org.clearsource.reports.ReportSettings;
import org.clearsource.reports.spark.ReportInputs;
import org.clearsource.reports.spark.ReportStage;

/**
 * Runs the stages of an audit on one Spark session, embedded or on a cluster. The CLI talks to
 * Spark only through this class.
 */
public final class AuditPipeline implements AutoCloseable {

  private final SparkSession spark;
  private final boolean ownsSession;

  private AuditPipeline(SparkSession spark, boolean ownsSession) {
    this.spark = spark;
    this.ownsSession = ownsSession;
  }

  /**
   * Starts (or joins, under spark-submit) the Spark session.
   *
   * @param master Spark master URL, or null to keep the one spark-submit set
   * @param conf extra Spark settings
   */
  public static AuditPipeline start(String master, Map<String, String> conf) {
    // A session that was already running (a notebook, a test JVM) is joined and left running.
    boolean existing = SparkSession.getDefaultSession().isDefined();
    return new AuditPipeline(SparkSessions.create("clearsource", master, conf), !existing);
  }

  /**
   * Ingests the manifest's sources into the run directory; progress goes to (stage, message). A
   * run directory where ingestion already finished on the same files and settings is reused.
   */
  public StageStats ingest(
      Manifest manifest, RunLayout layout, IngestSettings settings,
      BiConsumer<String, String> progress) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String fingerprint = IngestStage.fingerprint(manifest, hadoop, settings);
    return runOnce(IngestStage.NAME, fingerprint, manifest, layout, progress,
        () -> IngestStage.run(spark, manifest, layout, settings,
            message -> progress.accept(IngestStage.NAME, message)));
  }

  /**
   * Finds the exact and near duplicates of the ingested documents; skipped when it already
   * finished on the same ingested corpus with the same settings.
   */
  public StageStats dedup(Manifest manifest, RunLayout layout, DedupSettings settings,
      BiConsumer<String, String> progress) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String fingerprint = StageMarkers.fingerprint()
        .add("stage", DedupStage.NAME)
        .add("version", DedupStage.class.getPackage().getImplementationVersion())
        .add("ingest", StageMarkers.completedFingerprint(layout, IngestStage.NAME, hadoop))
        .add("settings", settings.toString())
        .build();
    return runOnce(DedupStage.NAME, fingerprint, manifest, layout, progress,
        () -> DedupStage.run(spark, manifest, layout, settings,
            message -> progress.accept(DedupStage.NAME, message)));
  }

  /**
   * The source overlap matrix the dedup stage wrote, largest overlaps first; empty when the stage
   * has not run.
   */
  public List<SourceOverlap> overlap(RunLayout layout) {
    if (!ReportInputs.exists(spark, layout.dedupOverlap())) {
      return List.of();
    }
    List<SourceOverlap> cells = new ArrayList<>();
    for (Row row : spark.read().parquet(layout.dedupOverlap())
        .select("source_a", "source_b", "documents", "share").collectAsList()) {
      cells.add(new SourceOverlap(row.getString(0), row.getString(1), row.getLong(2),
          row.getDouble(3)));
    }
    cells.sort(Comparator.comparingLong(SourceOverlap::documents).reversed()
        .thenComparing(SourceOverlap::sourceA).thenComparing(SourceOverlap::sourceB));
    return cells;
  }

  /**
   * Scans the ingested documents for licences, copyright, opt-outs and PII; skipped when it
   * already finished on the same ingested corpus.
   */
  public StageStats scan(Manifest manifest, RunLayout layout, BiConsumer<String, String> progress) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String fingerprint = ScanStage.fingerprint(
        StageMarkers.completedFingerprint(layout, IngestStage.NAME, hadoop));
    return runOnce(ScanStage.NAME, fingerprint, manifest, layout, progress,
        () -> ScanStage.run(spark, manifest, layout,
            message -> progress.accept(ScanStage.NAME, message)));
  }

  /**
   * Writes the reports and the verdict from whatever stages have run; always runs, since it reads
   * only stats and small aggregates.
   */
  public ReportResult report(Manifest manifest, RunLayout layout, ReportSettings settings,
      BiConsumer<String, String> progress) {
    progress.accept(ReportStage.NAME, "writing the reports under " + layout.report());
    return ReportStage.run(spark, manifest, layout, settings);
  }

  /**
   * Runs a stage unless it finished with the same inputs. Every stage's fingerprint carries the
   * whole manifest's declarations ({@link ManifestDigest}) on top of its own inputs, so that no
   * field a stage reads (the declared licence the scan compares with) can change unnoticed.
   */
  private StageStats runOnce(String stage, String stageInputs, Manifest manifest,
      RunLayout layout, BiConsumer<String, String> progress, Supplier<StageStats> body) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String fingerprint = StageMarkers.fingerprint()
        .add("inputs", stageInputs)
        .add("manifest", ManifestDigest.of(manifest))
        .build();
    if (StageMarkers.isComplete(layout, stage, fingerprint, hadoop)) {
      progress.accept(stage, "already complete in this run directory: skipped");
      return StatsFiles.read(layout, stage, hadoop).orElseThrow(() -> new ClearsourceException(
          "Cannot find " + layout.stats(stage) + " though the stage is marked complete. Fix:"
              + " delete " + layout.marker(stage) + " and rerun"));
    }
    StageMarkers.clear(layout, stage, hadoop);
    StageStats stats = body.get();
    StageMarkers.markComplete(layout, stage, fingerprint, hadoop);
    return stats;
  }

  /** The master the session actually runs on. */
  public String master() {
    return spark.sparkContext().master();
  }

  @Override
  public void close() {
    if (ownsSession) {
      spark.stop();
    }
  }
}
