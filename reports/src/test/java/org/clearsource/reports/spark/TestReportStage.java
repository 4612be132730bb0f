package org.clearsource.reports.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.reports.CleanFormat;
import org.clearsource.reports.Fixtures;
import org.clearsource.reports.ReportResult;
import org.clearsource.reports.ReportSettings;
import org.clearsource.reports.model.NamedCount;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Policy;
import org.clearsource.reports.policy.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report stage on two runs written with Spark: one where only ingest ran, one where dedup and
 * scan ran too and a clean corpus is emitted. Each is reported once up front (Spark jobs are the
 * slow part); the tests look at what was written.
 */
class TestReportStage {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path work;
  private static SparkSession spark;
  private static RunLayout ingestOnly;
  private static ReportResult ingestOnlyResult;
  private static Map<String, String> ingestOnlyFiles;
  private static ReportResult allStagesResult;
  private static Map<String, String> allStagesFiles;

  @BeforeAll
  static void reportTwoRuns() throws Exception {
    spark = SharedSparkSession.get();
    ingestOnly = RunFixture.ingestOnly(spark);
    ingestOnlyResult = ReportStage.run(spark, Fixtures.manifest(), ingestOnly,
        ReportSettings.builder().clock(CLOCK).build());
    ingestOnlyFiles = files(Path.of(URI.create(ingestOnly.report())));

    RunLayout allStages = RunFixture.allStages(spark);
    allStagesResult = ReportStage.run(spark, Fixtures.manifest(), allStages,
        ReportSettings.builder().clock(CLOCK).listedDomains(1)
            .emitClean(work.resolve("clean").toUri().toString(), CleanFormat.PARQUET).build());
    allStagesFiles = files(Path.of(URI.create(allStages.report())));
  }

  @Test
  void writesEveryReportOfAnIngestOnlyRun() {
    assertThat(ingestOnlyFiles.keySet()).containsExactly(
        "README.md", "croissant.json", "data-information.html", "data-information.json",
        "data-information.md", "datasheet.md", "eu-summary.md", "report.html", "verdict.json");
    assertThat(ingestOnlyResult.files()).hasSize(9).allMatch(file -> file.startsWith("file:"));
    ReportModel model = ingestOnlyResult.model();
    assertThat(model.generatedAt()).isEqualTo("2026-04-01T08:00:00Z");
    assertThat(model.stageRan("dedup")).isFalse();
    assertThat(model.totals().documents()).isEqualTo(25);
    assertThat(model.source("web").orElseThrow().optOut().reservedDocuments()).isEqualTo(3);
    assertThat(model.source("web").orElseThrow().scope().domains()).isEqualTo(11);
    assertThat(ingestOnlyResult.verdict().passed()).isFalse();
    assertThat(ingestOnlyResult.verdict().notEvaluated()).extracting(rule -> rule.stage())
        .containsExactly("dedup", "scan");
    assertThat(ingestOnlyFiles.get("verdict.json")).contains("\"passed\" : false");
    assertThat(ingestOnlyFiles.get("data-information.md"))
        .contains("Duplicates:** not measured (dedup stage not run).");
  }

  @Test
  void usesDedupScanAndTheCleanCorpus() {
    ReportModel model = allStagesResult.model();

    assertThat(model.stageRan("dedup")).isTrue();
    assertThat(model.stages().get(1).parameters()).containsOnlyKeys("note", "shingle_words",
        "threshold").containsEntry("shingle_words", "5").containsEntry("threshold", "0.8");
    assertThat(model.source("web").orElseThrow().duplicates().exactDuplicates()).isEqualTo(1);
    assertThat(model.overlap().documents().get(0)).containsExactly(2L, 1L, 0L, 0L);
    assertThat(model.source("web").orElseThrow().scan().topHolders()).singleElement()
        .isEqualTo(new NamedCount("News Example Ltd", 3));
    assertThat(model.source("web").orElseThrow().optOut().complete()).isTrue();
    assertThat(model.cleanCorpus().totals().kept()).isEqualTo(19);
    assertThat(allStagesResult.files()).anyMatch(file -> file.endsWith("/clean/exclusions"))
        .anyMatch(file -> file.endsWith("/report/eu-top-domains.csv"));
    // Reserved rights and found licence classes are measured on the clean corpus, which left
    // them out; the audited corpus has both (TestPolicy covers the difference).
    assertThat(allStagesResult.verdict().violations()).extracting(Violation::rule)
        .doesNotContain("max_reserved_rights_documents", "forbid_license_classes");
    assertThat(allStagesFiles.get("data-information.md")).contains("threshold=0.8",
        "note=&lt;b&gt;bold&lt;/b&gt;", "19 of 25 documents kept");
    assertThat(allStagesFiles.get("report.html"))
        .contains("id=\"chart-overlap\"", "id=\"chart-duplicates\"");
    assertThat(allStagesFiles.get("eu-top-domains.csv"))
        .startsWith("domain,documents,text_bytes,share\nnews.example,2,");
  }

  @Test
  void unshareableContentReachesNoReportFile() {
    for (Map<String, String> files : List.of(ingestOnlyFiles, allStagesFiles)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        assertThat(file.getValue()).as(file.getKey())
            .doesNotContain(RunFixture.TICKET_CANARY)
            .doesNotContain("internal.example")
            .doesNotContain("my card is");
      }
    }
    assertThat(spark.read().parquet(work.resolve("clean/exclusions").toString()).columns())
        .containsExactly("doc_id", "source_id", "reason");
  }

  @Test
  void sameRunSameBytesApartFromTheGenerationTime() throws IOException {
    Path copy = work.resolve("determinism");
    RunLayout layout = RunFixture.write(spark, copy);

    ReportStage.run(spark, Fixtures.manifest(), layout, ReportSettings.builder()
        .clock(Clock.fixed(Instant.parse("2026-04-01T17:30:00Z"), ZoneOffset.UTC)).build());
    Map<String, String> later = files(copy.resolve("report"));

    assertThat(later.keySet()).isEqualTo(ingestOnlyFiles.keySet());
    assertThat(later.get("data-information.json"))
        .isNotEqualTo(ingestOnlyFiles.get("data-information.json"));
    for (String name : later.keySet()) {
      assertThat(later.get(name).replace("2026-04-01T17:30:00Z", "2026-04-01T08:00:00Z"))
          .as(name).isEqualTo(ingestOnlyFiles.get(name));
    }
  }

  @Test
  void aRunWithoutIngestStatsIsRefused(@TempDir Path empty) {
    assertThatThrownBy(() -> ReportStage.run(spark, Fixtures.manifest(),
            new RunLayout(empty.toUri().toString()), ReportSettings.defaults()))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("stats/ingest.json")
        .hasMessageContaining("Fix: run 'clearsource ingest'");
  }

  @Test
  void aManifestThatDoesNotMatchTheRunIsRefused() {
    Manifest other = ManifestReader.parse("""
        dataset: {name: d, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: web
            class: public
            paths: [x/]
            provenance: {obtain_from: "https://x.example/", how_obtained: crawl}
          - id: news
            class: public
            paths: [y/]
            provenance: {obtain_from: "https://y.example/", how_obtained: crawl}
        """, "file:/other.yaml");

    assertThatThrownBy(() -> ReportStage.run(spark, other, ingestOnly, ReportSettings.defaults()))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("sources [news] were never ingested")
        .hasMessageContaining("ingested sources [books, tickets, wiki] are not in the manifest");
  }

  @Test
  void theSettingsPolicyGivesTheVerdict() {
    Policy lenient = Policy.builder().maxQuarantineRate(0.5).maxReservedRightsDocuments(10)
        .build();

    assertThat(ingestOnlyResult.verdict().policy()).isEqualTo("default.yaml (built in)");
    assertThat(lenient.evaluate(ingestOnlyResult.model()).passed()).isTrue();
  }

  static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(directory)) {
      for (Path path : paths.filter(Files::isRegularFile)
          .filter(path -> !path.getFileName().toString().startsWith(".")).toList()) {
        files.put(path.getFileName().toString(), Files.readString(path));
      }
    }
    return files;
  }
}
