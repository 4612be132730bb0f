package org.clearsource.cluster.cli;

import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import picocli.CommandLine.Parameters;

/** The manifest every command starts from. */
final class ManifestArgument {

  /** Spark passes settings with this prefix on to Hadoop; so does the manifest's reader. */
  static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";

  @Parameters(
      index = "0",
      paramLabel = "MANIFEST",
      description = "The corpus manifest (YAML): a local path or any Hadoop URI. See docs/manifest.md.")
  String location;

  Manifest read() {
    return read(Map.of());
  }

  /**
   * Reads and validates the manifest before Spark starts, with the file-system settings Spark
   * would give Hadoop (an s3a endpoint, a credentials provider): {@code spark.hadoop.*} from the
   * JVM's system properties (where spark-submit puts its settings), then from {@code sparkConf}.
   */
  Manifest read(Map<String, String> sparkConf) {
    return ManifestReader.read(location, hadoopConf(sparkConf));
  }

  /**
   * The Hadoop settings Spark would start with: {@code spark.hadoop.*} from the JVM's system
   * properties, then from {@code sparkConf}.
   */
  static Configuration hadoopConf(Map<String, String> sparkConf) {
    Map<String, String> settings = new TreeMap<>();
    System.getProperties().stringPropertyNames()
        .forEach(name -> settings.put(name, System.getProperty(name)));
    settings.putAll(sparkConf);
    Configuration hadoop = new Configuration();
    settings.forEach((name, value) -> {
      if (name.startsWith(SPARK_HADOOP_PREFIX)) {
        hadoop.set(name.substring(SPARK_HADOOP_PREFIX.length()), value);
      }
    });
    return hadoop;
  }
}
