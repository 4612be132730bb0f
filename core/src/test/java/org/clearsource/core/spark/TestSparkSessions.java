package org.clearsource.core.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class TestSparkSessions {

  @Test
  void defaultsApplyOnlyWhereTheUserSetNothing() {
    Map<String, String> untouched = SparkSessions.settings("clearsource", "local[2]", Map.of(),
        key -> false);
    assertThat(untouched).containsEntry("spark.sql.shuffle.partitions", "8")
        .containsEntry("spark.app.name", "clearsource")
        .containsEntry("spark.driver.host", "127.0.0.1");

    Set<String> submitted = Set.of("spark.sql.shuffle.partitions", "spark.app.name");
    Map<String, String> settings = SparkSessions.settings("clearsource", null,
        Map.of("spark.sql.session.timeZone", "Europe/Paris"), submitted::contains);
    assertThat(settings).doesNotContainKeys("spark.sql.shuffle.partitions", "spark.app.name",
            "spark.driver.host")
        .containsEntry("spark.sql.adaptive.enabled", "true")
        .containsEntry("spark.sql.session.timeZone", "Europe/Paris");
  }

  @Test
  void whatSparkSubmitSetReachesTheDriverAsSystemProperties() {
    // spark-submit's --conf, --name and spark-defaults.conf arrive so; SparkConf reads them.
    System.setProperty("spark.sql.shuffle.partitions", "64");
    try {
      SparkConf given = new SparkConf();
      assertThat(SparkSessions.settings("clearsource", null, Map.of(), given::contains))
          .doesNotContainKey("spark.sql.shuffle.partitions");
    } finally {
      System.clearProperty("spark.sql.shuffle.partitions");
    }
  }
}
