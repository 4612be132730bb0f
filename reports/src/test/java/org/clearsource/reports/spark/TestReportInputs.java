package org.clearsource.reports.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.reports.Fixtures;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.FileEntry;
import org.clearsource.reports.model.NamedCount;
import org.clearsource.reports.model.SourceAggregates;
import org.clearsource.reports.model.TableAggregates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReportInputs {

  private static SparkSession spark;
  private static RunLayout layout;
  private static TableAggregates aggregates;

  @BeforeAll
  static void writeRun() throws Exception {
    spark = SharedSparkSession.get();
    layout = RunFixture.ingestOnly(spark);
    aggregates = ReportInputs.aggregate(spark, Fixtures.manifest(), layout, 10, 1000, 1000);
  }

  @Test
  void domainsDatesAndFieldsOfASource() {
    SourceAggregates web = aggregates.source("web");

    assertThat(web.domains()).isEqualTo(11);
    assertThat(web.topDomains()).hasSize(10);
    assertThat(web.topDomains().get(0).domain()).isEqualTo("news.example");
    assertThat(web.topDomains().get(0).documents()).isEqualTo(2);
    assertThat(web.topDomains()).isSortedAccordingTo((a, b) -> Long.compare(b.textBytes(),
        a.textBytes()));
    assertThat(web.firstDate()).isEqualTo("2025-01-02");
    assertThat(web.lastDate()).isEqualTo("2025-01-13");
    assertThat(web.fieldsPresent()).containsExactlyInAnyOrderEntriesOf(
        Map.of("url", 12L, "title", 12L, "date", 11L, "domain", 12L));
    assertThat(aggregates.source("books").fieldsPresent())
        .containsEntry("url", 0L).containsEntry("title", 3L).containsEntry("domain", 0L);
  }

  @Test
  void optOutSignalsFromTheDocumentsMetadata() {
    SourceAggregates web = aggregates.source("web");

    assertThat(web.metadataOptOut()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "tdmrep_header", 2L, "noai_header", 1L, "noai_meta", 1L));
    assertThat(web.metadataReservedDocuments()).isEqualTo(3);
    assertThat(web.robotsTxtDomains()).isEqualTo(1);
    assertThat(web.tdmrepDomains()).isEqualTo(1);
  }

  @Test
  void filesWithTheirChecksums() {
    assertThat(aggregates.source("web").files()).extracting(FileEntry::path)
        .containsExactly("crawl-2.warc.gz", "crawl.warc.gz");
    assertThat(aggregates.source("wiki").files()).singleElement()
        .isEqualTo(new FileEntry("wiki-0.jsonl", 2_000, "jsonl", "none", "bb".repeat(32)));
    SourceAggregates limited = ReportInputs.aggregate(spark, Fixtures.manifest(), layout, 10,
        1000, 1).source("web");
    assertThat(limited.files()).hasSize(1);
    assertThat(limited.filesNotListed()).isEqualTo(1);
  }

  @Test
  void unshareableSourcesGiveNumbersOnly() {
    SourceAggregates tickets = aggregates.source("tickets");

    assertThat(tickets.domains()).isEqualTo(1);
    assertThat(tickets.topDomains()).isEmpty();
    assertThat(tickets.files()).isEmpty();
    assertThat(tickets.filesNotListed()).isEqualTo(1);
    assertThat(tickets.metadataReservedDocuments()).isEqualTo(5);
    assertThat(aggregates.topDomains()).extracting(DomainShare::domain)
        .noneMatch(domain -> domain.contains(RunFixture.TICKET_CANARY));
    assertThat(aggregates.toString()).doesNotContain(RunFixture.TICKET_CANARY);
  }

  @Test
  void topTenPercentOfCrawledDomains() {
    assertThat(aggregates.crawl().sources()).containsExactly("web");
    assertThat(aggregates.crawl().domains()).isEqualTo(11);
    assertThat(aggregates.crawl().topCount()).isEqualTo(2);
    assertThat(aggregates.crawl().listed()).extracting(DomainShare::domain)
        .containsExactly("news.example", "xss-site.example");
    assertThat(aggregates.crawl().fullListFile()).isNull();

    TableAggregates short1 = ReportInputs.aggregate(spark, Fixtures.manifest(), layout, 10, 1, 10);
    assertThat(short1.crawl().listed()).hasSize(1);
    assertThat(short1.crawl().notListed()).isEqualTo(1);
    assertThat(short1.crawl().fullListFile()).isEqualTo(ReportInputs.CRAWL_DOMAINS_FILE);
  }

  @Test
  void theWholeTopListAsCsv() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ReportInputs.writeCrawlDomains(spark, Fixtures.manifest(), layout, out);

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo("domain,documents,text_bytes,share");
    assertThat(lines[1]).startsWith("news.example,2,")
        .endsWith("," + aggregates.crawl().listed().get(0).share());
    assertThat(lines[2]).startsWith("xss-site.example,1,");
  }

  @Test
  void overlapExpressionsAndHoldersOnceDedupAndScanRan() throws Exception {
    TableAggregates full = ReportInputs.aggregate(spark, Fixtures.manifest(),
        RunFixture.allStages(spark), 10, 1000, 1000);

    assertThat(aggregates.source("web").overlap()).isEmpty();
    assertThat(full.source("web").overlap()).containsExactlyInAnyOrderEntriesOf(
        Map.of("web", 2L, "wiki", 1L));
    assertThat(full.source("web").licenseExpressions()).containsExactlyInAnyOrderEntriesOf(
        Map.of("LicenseRef-All-Rights-Reserved", 4L, "CC-BY-4.0", 2L));
    // A holder named twice in one document counts once.
    assertThat(full.source("web").topHolders())
        .containsExactly(new NamedCount("News Example Ltd", 3));
    // Ties by name.
    assertThat(full.topHolders()).containsExactly(new NamedCount("Harrow Lane Press", 3),
        new NamedCount("News Example Ltd", 3));
    assertThat(full.source("tickets").licenseExpressions()).isEmpty();
    assertThat(full.source("tickets").topHolders()).isEmpty();
    assertThat(full.toString()).doesNotContain(RunFixture.TICKET_CANARY);
  }

  @Test
  void aRunWithoutDocumentsIsRefused(@TempDir Path empty) {
    assertThatThrownBy(() -> ReportInputs.aggregate(spark, Fixtures.manifest(),
            new RunLayout(empty.toUri().toString()), 10, 10, 10))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("it has no documents table");
  }
}
