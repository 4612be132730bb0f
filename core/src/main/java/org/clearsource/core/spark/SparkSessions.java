package org.clearsource.core.spark;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the one SparkSession a Clearsource run uses, embedded ({@code local[*]}) by default or on a
 * cluster. Every run gets the same settings that make output deterministic and small-machine
 * friendly; user {@code --conf} values win over them.
 */
public final class SparkSessions {

  /** Shuffle partitions when the user sets none: Spark's 200 is far too many on a laptop. */
  static final String DEFAULT_SHUFFLE_PARTITIONS = "8";

  private SparkSessions() {}

  /**
   * Gets or creates the session.
   *
   * @param master Spark master URL, e.g. {@code local[*]} or {@code spark://host:7077}; null keeps
   *     what spark-submit set
   * @param conf extra Spark settings, applied last
   */
  public static SparkSession create(String appName, String master, Map<String, String> conf) {
    Objects.requireNonNull(appName, "Cannot create a Spark session without an application name");
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(appName)
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", DEFAULT_SHUFFLE_PARTITIONS)
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.sql.parquet.compression.codec", "zstd")
            // Partitioned writes otherwise sort every task's rows (whole documents) by source.
            .config("spark.sql.maxConcurrentOutputFileWriters", "16")
            .config("spark.sql.session.timeZone", "UTC");
    if (master != null && master.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    if (master != null) {
      builder.master(master);
    }
    conf.forEach(builder::config);
    return builder.getOrCreate();
  }
}
