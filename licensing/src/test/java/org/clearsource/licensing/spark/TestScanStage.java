package org.clearsource.licensing.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.ingestion.spark.IngestSettings;
import org.clearsource.ingestion.spark.IngestStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans the ingested demo corpus, whose planted signals examples/demo/README.md lists. */
class TestScanStage {

  @TempDir static Path out;

  static StageStats stats;
  static RunLayout layout;
  static Manifest manifest;

  @BeforeAll
  static void scanTheDemo() {
    Path demo = Path.of("..", "examples", "demo", "manifest.yaml").toAbsolutePath().normalize();
    manifest = ManifestReader.read(demo.toString(), new Configuration());
    layout = new RunLayout(out.toString());
    SparkSession spark = SharedSparkSession.get();
    IngestStage.run(spark, manifest, layout, IngestSettings.defaults(), message -> {});
    stats = ScanStage.run(spark, manifest, layout, message -> {});
  }

  @Test
  void everyDocumentGetsOneSignalsRow() {
    Dataset<Row> signals = SharedSparkSession.get().read().parquet(layout.signals());
    Dataset<Row> documents = SharedSparkSession.get().read().parquet(layout.documents());
    assertThat(signals.count()).isEqualTo(documents.count());
    assertThat(signals.select("doc_id").distinct().count()).isEqualTo(documents.count());
    assertThat(stats.total("documents")).isEqualTo(documents.count());
  }

  @Test
  void findsThePlantedOptOutSignals() {
    assertThat(stats.count("news-crawl", "optout.signal.tdmrep_header")).isEqualTo(14);
    assertThat(stats.count("news-crawl", "optout.signal.noai_header")).isEqualTo(10);
    assertThat(stats.count("news-crawl", "optout.signal.noai_meta")).isEqualTo(11);
    assertThat(stats.count("news-crawl", "optout.signal.tdmrep_meta")).isEqualTo(12);
    assertThat(stats.count("news-crawl", "optout.signal.tdmrep_json")).isEqualTo(4);
    assertThat(stats.count("news-crawl", "optout.signal.robots_txt_ai_agent")).isPositive();
    assertThat(stats.count("news-crawl", "optout.reserved")).isPositive()
        .isLessThan(stats.count("news-crawl", "documents"));
    assertThat(stats.count("books", "optout.unknown")).isEqualTo(stats.count("books", "documents"));
  }

  @Test
  void judgingBySiteGivesTheVerdictsOfTheBroadcast() {
    // The demo's site files are few and go out as a broadcast; a limit of 0 forces the way a
    // crawl of millions of hosts takes: documents and site files partitioned by site.
    SparkSession spark = SharedSparkSession.get();
    List<String> broadcast = signalRows(spark);
    List<String> messages = new java.util.ArrayList<>();
    StageStats bySite = ScanStage.run(spark, manifest, layout, messages::add, 0);
    List<String> partitioned = signalRows(spark);
    assertThat(messages).anyMatch(message -> message.contains("partitioned by site"));
    assertThat(partitioned).hasSize(broadcast.size()).containsExactlyElementsOf(broadcast);
    assertThat(bySite.count("news-crawl", "optout.signal.robots_txt_ai_agent")).isPositive()
        .isEqualTo(stats.count("news-crawl", "optout.signal.robots_txt_ai_agent"));
    assertThat(bySite.sources()).isEqualTo(stats.sources());
  }

  @Test
  void refusesALimitThatIsNotANumber() {
    SparkSession spark = SharedSparkSession.get();
    spark.conf().set(SiteCaptureTables.BROADCAST_LIMIT_KEY, "64MB");
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ScanStage.run(spark, manifest, layout, message -> {}))
          .isInstanceOf(org.clearsource.core.ClearsourceException.class)
          .hasMessageStartingWith("Cannot read spark.clearsource.scan.broadcastLimitBytes=64MB:"
              + " give a number of bytes");
    } finally {
      spark.conf().unset(SiteCaptureTables.BROADCAST_LIMIT_KEY);
    }
  }

  /** Every signals row as text, sorted: equal lists mean equal tables. */
  private static List<String> signalRows(SparkSession spark) {
    return spark.read().parquet(layout.signals()).collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }

  @Test
  void findsLicencesCopyrightsConflictsAndPii() {
    assertThat(stats.count("code", "license_found")).isPositive();
    assertThat(stats.count("encyclopedia", "license_class.share_alike")).isPositive();
    assertThat(stats.count("books", "license_class.all_rights_reserved")).isEqualTo(12);
    assertThat(stats.count("books", "license_class.non_commercial")).isEqualTo(4);
    assertThat(stats.count("news-crawl", "copyright_notices")).isPositive();
    assertThat(stats.count("code", "conflict.strong_copyleft")).isEqualTo(1);
    assertThat(stats.count("forum", "pii.emails")).isEqualTo(19);
    assertThat(stats.count("support-tickets", "pii.payment_cards")).isEqualTo(14);
    Dataset<Row> signals = SharedSparkSession.get().read().parquet(layout.signals());
    assertThat(signals.filter("source_id = 'news-crawl' and array_contains(copyright_holders,"
        + " 'Northwind Gazette Ltd.')").count()).isPositive();
  }
}
