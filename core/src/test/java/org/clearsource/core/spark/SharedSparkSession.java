package org.clearsource.core.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a test JVM: created on first use, local[2], stopped by a shutdown hook.
 * Tests never stop it (a stopped session breaks every later test class).
 */
public final class SharedSparkSession {

  private static SparkSession session;

  private SharedSparkSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSessions.create(
              "clearsource-tests",
              "local[2]",
              Map.of("spark.sql.shuffle.partitions", "2", "spark.default.parallelism", "2"));
      SparkSession created = session;
      Runtime.getRuntime().addShutdownHook(new Thread(created::stop));
    }
    return session;
  }
}
