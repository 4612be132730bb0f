package org.clearsource.reports.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.ingestion.spark.IngestSettings;
import org.clearsource.ingestion.spark.IngestStage;
import org.clearsource.reports.Chromium;
import org.clearsource.reports.CleanFormat;
import org.clearsource.reports.ReportResult;
import org.clearsource.reports.ReportSettings;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Policy;
import org.clearsource.reports.policy.Violation;
import org.clearsource.reports.render.HtmlReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a real run: the demo corpus (examples/demo) ingested by the ingestion stage, then
 * reported on. Its unshareable support tickets carry the canaries examples/demo/README.md lists.
 */
class TestReportStageOnDemo {

  /** examples/demo/README.md, "support-tickets (unshareable)". */
  private static final List<String> CANARIES =
      List.of(
          "CANARY-UNSHAREABLE-1818df8409191a0f", "CANARY-UNSHAREABLE-20953a3abc584e74",
          "CANARY-UNSHAREABLE-8e03bbfc36a610b7", "CANARY-UNSHAREABLE-09edbed6c368191f",
          "CANARY-UNSHAREABLE-8f7ce53005dc7eaa", "CANARY-UNSHAREABLE", "support.internal.example",
          "internal.example", "T-100");

  @TempDir static Path work;
  private static SparkSession spark;
  private static ReportResult result;
  private static Map<String, String> files;
  private static Path report;

  @BeforeAll
  static void auditTheDemo() throws Exception {
    spark = SharedSparkSession.get();
    Manifest manifest = ManifestReader.read(
        Path.of("..", "examples", "demo", "manifest.yaml").toAbsolutePath().toString(),
        spark.sparkContext().hadoopConfiguration());
    Path root = work.resolve("run");
    RunLayout layout = new RunLayout(root.toUri().toString());
    IngestStage.run(spark, manifest, layout, IngestSettings.defaults(), message -> { });
    result = ReportStage.run(spark, manifest, layout, ReportSettings.builder()
        .clock(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC))
        .emitClean(work.resolve("clean").toUri().toString(), CleanFormat.JSONL)
        .build());
    report = root.resolve("report");
    files = TestReportStage.files(report);
  }

  @Test
  void measuresWhatTheDemoPlanted() {
    ReportModel model = result.model();

    assertThat(model.totals().documents()).isEqualTo(695);
    assertThat(model.totals().recordsSeen()).isEqualTo(720);
    var news = model.source("news-crawl").orElseThrow();
    // 14 HTTP TDM headers, 12 TDM meta tags, 11 noai meta tags, 10 X-Robots-Tag noai.
    assertThat(news.optOut().signals()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "tdmrep_header", 14L, "tdmrep_meta", 12L, "noai_meta", 11L, "noai_header", 10L));
    assertThat(news.optOut().reservedDocuments()).isEqualTo(47);
    assertThat(news.optOut().robotsTxtDomains()).isEqualTo(12);
    assertThat(news.optOut().tdmrepDomains()).isEqualTo(1);
    assertThat(news.scope().domains()).isEqualTo(12);
    assertThat(news.scope().firstDate()).isEqualTo("2024-05-14");
    assertThat(news.scope().lastDate()).isEqualTo("2024-06-11");
    assertThat(model.crawlDomains().listed()).extracting(DomainShare::domain)
        .containsExactly("northwind-gazette.example", "examplemedia.example");
    assertThat(model.source("books").orElseThrow().files()).singleElement()
        .satisfies(file -> assertThat(file.sha256()).hasSize(64));
    assertThat(model.evaluationSets()).singleElement()
        .satisfies(set -> assertThat(set.documents()).isEqualTo(30));
    assertThat(model.cleanCorpus().totals().kept()).isEqualTo(695);
  }

  @Test
  void thePolicyGateWorksBothWays() {
    assertThat(result.verdict().passed()).isFalse();
    assertThat(result.verdict().violations()).extracting(Violation::rule, Violation::source)
        .containsExactly(
            tuple("require_provenance", "synthetic"),
            tuple("max_reserved_rights_documents", null));
    // The demo's synthetic source declares no collection period: a policy without that rule,
    // with a 10% quarantine limit and the crawl's 47 opt-outs allowed, passes.
    Policy lenient = Policy.builder().requireUnshareableDescribed().maxQuarantineRate(0.1)
        .maxDuplicateRate(0.3).maxReservedRightsDocuments(50).build();
    assertThat(lenient.evaluate(result.model()).passed()).isTrue();
  }

  @Test
  void noCanaryInAnyReport() throws Exception {
    assertThat(files).hasSize(9);
    for (Map.Entry<String, String> file : files.entrySet()) {
      for (String canary : CANARIES) {
        assertThat(file.getValue()).as("%s must not contain %s", file.getKey(), canary)
            .doesNotContain(canary);
      }
    }
    String summary = Files.readString(work.resolve("clean").resolve(CleanCorpusWriter.SUMMARY));
    for (String canary : CANARIES) {
      assertThat(summary).doesNotContain(canary);
    }
  }

  @Test
  void theReportRendersInChromium() throws Exception {
    Chromium.assumeInstalled();
    Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("demo-report.png");
    Files.deleteIfExists(png);

    Chromium.Run shot = Chromium.screenshot(report.resolve("report.html"), png, work);
    Chromium.Run dom = Chromium.dumpDom(report.resolve("report.html"), work);

    assertThat(shot.consoleMessages()).isEmpty();
    assertThat(dom.consoleMessages()).isEmpty();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    assertThat(Jsoup.parse(dom.stdout()).select("svg.chart").eachAttr("id"))
        .containsExactlyInAnyOrderElementsOf(HtmlReport.CHARTS);
  }
}
