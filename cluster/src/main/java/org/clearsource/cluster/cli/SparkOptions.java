package org.clearsource.cluster.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of every command that runs Spark. */
final class SparkOptions {

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description = "Spark master URL: local[*] (embedded, the default), spark://HOST:7077, yarn,"
          + " k8s://... Under spark-submit, the master it was given wins.")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. --conf spark.executor.memory=4g (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--verbose",
      description = "Show Spark's and Hadoop's INFO logs (off by default).")
  boolean verbose;

  /** Under spark-submit the master is already set and must not be overridden. */
  String effectiveMaster() {
    return System.getProperty("spark.master") != null ? null : master;
  }
}
