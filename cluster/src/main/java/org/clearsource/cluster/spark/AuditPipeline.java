package org.clearsource.cluster.spark;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.run.StageMarkers;
import org.clearsource.core.spark.SparkSessions;
import org.clearsource.core.stats.StageStats;
import org.clearsource.ingestion.spark.IngestSettings;
import org.clearsource.ingestion.spark.IngestStage;

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
    if (StageMarkers.isComplete(layout, IngestStage.NAME, fingerprint, hadoop)) {
      progress.accept(IngestStage.NAME, "already complete in this run directory: skipped");
      return IngestStage.readStats(layout, hadoop);
    }
    StageMarkers.clear(layout, IngestStage.NAME, hadoop);
    StageStats stats = IngestStage.run(spark, manifest, layout, settings,
        message -> progress.accept(IngestStage.NAME, message));
    StageMarkers.markComplete(layout, IngestStage.NAME, fingerprint, hadoop);
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
