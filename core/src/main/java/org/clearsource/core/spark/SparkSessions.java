package org.clearsource.core.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the one SparkSession a Clearsource run uses, embedded ({@code local[*]}) by default or on a
 * cluster. Every run gets defaults that make output deterministic and small-machine friendly; each
 * applies only where the user set nothing: settings from spark-submit (its {@code --conf},
 * {@code --name}, {@code spark-defaults.conf}, all of which reach the driver as {@code spark.*}
 * system properties) and the CLI's own {@code --conf} win over them.
 */
public final class SparkSessions {

  /** Shuffle partitions when the user sets none: Spark's 200 is far too many on a laptop. */
  static final String DEFAULT_SHUFFLE_PARTITIONS = "8";

  private SparkSessions() {}

  /**
   * Gets or creates the session.
   *
   * @param appName the application name unless spark-submit's {@code --name} gave one
   * @param master Spark master URL, e.g. {@code local[*]} or {@code spark://host:7077}; null keeps
   *     what spark-submit set
   * @param conf extra Spark settings, applied last
   */
  public static SparkSession create(String appName, String master, Map<String, String> conf) {
    Objects.requireNonNull(appName, "Cannot create a Spark session without an application name");
    SparkConf given = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder();
    settings(appName, master, conf, given::contains).forEach(builder::config);
    if (master != null) {
      builder.master(master);
    }
    return builder.getOrCreate();
  }

  /**
   * The settings a session starts with: Clearsource's defaults for every key {@code userSet} does
   * not know, then {@code conf}.
   */
  static Map<String, String> settings(String appName, String master, Map<String, String> conf,
      Predicate<String> userSet) {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("spark.app.name", appName);
    defaults.put("spark.ui.showConsoleProgress", "false");
    defaults.put("spark.sql.shuffle.partitions", DEFAULT_SHUFFLE_PARTITIONS);
    defaults.put("spark.sql.adaptive.enabled", "true");
    defaults.put("spark.sql.parquet.compression.codec", "zstd");
    // Partitioned writes otherwise sort every task's rows (whole documents) by source.
    defaults.put("spark.sql.maxConcurrentOutputFileWriters", "16");
    defaults.put("spark.sql.session.timeZone", "UTC");
    if (master != null && master.startsWith("local")) {
      defaults.put("spark.driver.host", "127.0.0.1");
      defaults.put("spark.driver.bindAddress", "127.0.0.1");
      defaults.put("spark.ui.enabled", "false");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    defaults.forEach((key, value) -> {
      if (!userSet.test(key)) {
        settings.put(key, value);
      }
    });
    settings.putAll(conf);
    return settings;
  }
}
