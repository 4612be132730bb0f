package org.clearsource.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clearsource.reports.Fixtures;
import org.junit.jupiter.api.Test;

class TestReportModelBuilder {

  @Test
  void sectionsOfStagesThatDidNotRunAreNull() {
    ReportModel model = Fixtures.ingestOnly();

    assertThat(model.stages()).extracting(StageRun::stage, StageRun::ran)
        .containsExactly(tuple("ingest", true),
            tuple("dedup", false),
            tuple("scan", false));
    assertThat(model.stageRan("dedup")).isFalse();
    assertThat(model.overlap()).isNull();
    assertThat(model.totals().duplicates()).isNull();
    assertThat(model.totals().scan()).isNull();
    assertThat(model.sources()).allSatisfy(source -> {
      assertThat(source.duplicates()).isNull();
      assertThat(source.scan()).isNull();
      assertThat(source.clean()).isNull();
    });
  }

  @Test
  void scopeAndReadingComeFromIngestStatsAndTables() {
    SourceReport web = Fixtures.ingestOnly().source("web").orElseThrow();

    assertThat(web.osaidClass()).isEqualTo("public");
    assertThat(web.scope().documents()).isEqualTo(8);
    assertThat(web.scope().textBytes()).isEqualTo(20_000);
    assertThat(web.scope().tokensEstimate()).isEqualTo(5_000);
    assertThat(web.scope().languages()).containsExactly(Map.entry("en", 8L));
    assertThat(web.scope().firstDate()).isEqualTo("2025-01-02");
    assertThat(web.scope().topDomains()).extracting(DomainShare::domain)
        .containsExactly("news.example", Fixtures.SCRIPT + ".example");
    assertThat(web.reading().recordsSeen()).isEqualTo(10);
    assertThat(web.reading().quarantineRate()).isEqualTo(0.1);
    assertThat(web.reading().quarantinedByReason()).containsExactly(Map.entry("no_content", 1L));
    assertThat(web.reading().maxRecordBytes()).isEqualTo(32L << 20);
    assertThat(web.provenance().howObtained()).isEqualTo("crawl");
    assertThat(web.provenance().licenseClass()).isEqualTo("unknown");
    assertThat(Fixtures.ingestOnly().source("wiki").orElseThrow().provenance().licenseClass())
        .isEqualTo("share_alike");
    assertThat(web.files()).hasSize(2);
    assertThat(web.filesNotListed()).isEqualTo(1);
  }

  @Test
  void optOutsFallBackToIngestMetadataAsALowerBound() {
    ReportModel model = Fixtures.ingestOnly();
    OptOutFigures web = model.source("web").orElseThrow().optOut();

    assertThat(web.measuredBy()).isEqualTo(OptOutFigures.BY_INGEST_METADATA);
    assertThat(web.complete()).isFalse();
    assertThat(web.reservedDocuments()).isEqualTo(2);
    assertThat(web.signals()).containsOnlyKeys("tdmrep_header", "noai_meta");
    assertThat(web.robotsTxtDomains()).isEqualTo(1);
    assertThat(model.totals().optOut().reservedDocuments()).isEqualTo(2);
    assertThat(model.totals().optOut().complete()).isFalse();
  }

  @Test
  void dedupFiguresRatesAndOverlapMatrix() {
    ReportModel model = Fixtures.allStages();
    DuplicateFigures web = model.source("web").orElseThrow().duplicates();

    assertThat(web.exactDuplicates()).isEqualTo(2);
    assertThat(web.nearDuplicates()).isEqualTo(1);
    assertThat(web.duplicateRate()).isEqualTo(0.375);
    assertThat(web.overlap()).containsExactly(Map.entry("wiki", 2L));
    assertThat(model.totals().duplicates().duplicates()).isEqualTo(5);
    assertThat(model.totals().duplicates().duplicateRate()).isEqualTo(ReportModelBuilder.ratio(5, 21));
    assertThat(model.overlap().sources()).containsExactly("web", "wiki", "books", "tickets");
    // The diagonal: documents in a cluster with another document of their own source.
    assertThat(model.overlap().documents().get(0)).containsExactly(1L, 2L, 0L, 0L);
    assertThat(model.overlap().documents().get(1)).containsExactly(1L, 0L, 0L, 0L);
    assertThat(model.overlap().noneShared()).isFalse();
    // An overlap naming no source of the manifest is dropped.
    assertThat(model.source("tickets").orElseThrow().duplicates().overlap()).isEmpty();
    assertThat(model.overlap().documents().get(3)).containsOnly(0L);
  }

  @Test
  void scanFiguresAndCompleteOptOuts() {
    ReportModel model = Fixtures.allStages();
    SourceReport web = model.source("web").orElseThrow();

    assertThat(web.optOut().measuredBy()).isEqualTo(OptOutFigures.BY_SCAN);
    assertThat(web.optOut().reservedDocuments()).isEqualTo(3);
    assertThat(web.optOut().signals()).containsOnlyKeys("tdmrep_header", "robots_txt_ai_agent");
    assertThat(web.scan().licenseFound()).isEqualTo(5);
    assertThat(web.scan().licenseClasses()).containsEntry("all_rights_reserved", 3L)
        .containsEntry("none", 3L);
    assertThat(web.scan().licenseExpressions()).containsEntry("CC-BY-4.0", 2L);
    assertThat(web.scan().copyrightShare()).isEqualTo(0.5);
    assertThat(web.scan().topHolders()).extracting(NamedCount::name)
        .containsExactly("Example Media Inc.", Fixtures.ON_ERROR);
    assertThat(web.scan().licenseConflicts()).isEqualTo(3);
    assertThat(web.scan().conflictClasses()).containsExactly(Map.entry("all_rights_reserved", 3L));
    ScanFigures totals = model.totals().scan();
    assertThat(totals.licenseClasses()).containsEntry("all_rights_reserved", 5L)
        .containsEntry("non_commercial", 1L).containsEntry("share_alike", 5L);
    assertThat(totals.licenseExpressions()).containsOnlyKeys("CC-BY-4.0", "CC-BY-SA-4.0",
        Fixtures.MARKDOWN_TRICKS);
    assertThat(totals.topHolders()).extracting(NamedCount::name)
        .containsExactly("Example Media Inc.", "Harrow Lane Press", Fixtures.ON_ERROR);
    assertThat(totals.pii()).containsOnly(Map.entry("emails", 5L), Map.entry("payment_cards", 2L));
  }

  @Test
  void unshareableSourcesContributeNumbersOnly() {
    ReportModel model = Fixtures.allStages();
    SourceReport tickets = model.source("tickets").orElseThrow();

    assertThat(tickets.shareable()).isFalse();
    assertThat(tickets.scope().topDomains()).isEmpty();
    assertThat(tickets.scope().domains()).isEqualTo(1);
    assertThat(tickets.files()).isEmpty();
    assertThat(tickets.filesNotListed()).isEqualTo(1);
    assertThat(tickets.scope().languages()).containsOnlyKeys("en");
    assertThat(tickets.scan().licenseExpressions()).isEmpty();
    assertThat(tickets.scan().topHolders()).isEmpty();
    assertThat(tickets.scan().conflictClasses()).isEmpty();
    assertThat(tickets.scan().licenseClasses()).containsOnlyKeys("none");
    assertThat(tickets.scan().pii()).containsOnlyKeys("emails", "payment_cards");
    assertThat(tickets.scan().piiDocuments()).isEqualTo(5);
    assertThat(tickets.optOut().signals()).isEmpty();
    String json = ReportJson.write(model);
    for (String canary : Fixtures.CANARIES) {
      assertThat(json).doesNotContain(canary);
    }
  }

  @Test
  void refusesToRankTheDomainsOfAnUnshareableSource() {
    TableAggregates tables = Fixtures.tables();
    TableAggregates leaky = new TableAggregates(tables.sources(), tables.topDomains(),
        new CrawlDomains(List.of("tickets"), 1, 1, List.of(), 0, null), List.of());

    assertThatThrownBy(() -> ReportModel.builder(Fixtures.manifest(), Fixtures.ingest())
            .tables(leaky).generatedAt(Fixtures.GENERATED_AT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot rank the domains of unshareable source tickets");
  }

  @Test
  void totalsAndClassShares() {
    CorpusTotals totals = Fixtures.ingestOnly().totals();

    assertThat(totals.sources()).isEqualTo(4);
    assertThat(totals.documents()).isEqualTo(21);
    assertThat(totals.recordsSeen()).isEqualTo(25);
    assertThat(totals.quarantineRate()).isEqualTo(0.12);
    assertThat(totals.tokenBand()).isEqualTo("less_than_1b");
    assertThat(totals.languages()).containsOnlyKeys("de", "en");
    assertThat(totals.classes()).containsOnlyKeys("obtainable", "open", "public", "unshareable");
    assertThat(totals.classes().get("obtainable").byteShare()).isEqualTo(0.483871);
    assertThat(totals.classes().get("public").sources()).containsExactly("web");
  }

  @Test
  void completenessGapsNameEveryUnansweredItem() {
    List<CompletenessGap> gaps = Fixtures.ingestOnly().gaps();

    assertThat(gaps).extracting(gap -> gap.scope() + ":" + gap.field())
        .contains("dataset:out_of_scope_uses", "web:provenance.labelling",
            "books:description", "books:provenance.terms", "books:provenance.filtering",
            "wiki:provenance.terms")
        .doesNotContain("tickets:provenance.obtain_from", "tickets:provenance.fee",
            "web:provenance.crawler_user_agent", "dataset:license");
  }

  @Test
  void cleanFiguresAreAttachedPerSource() {
    CleanCorpusSummary clean = new CleanCorpusSummary("parquet", true, true, new TreeMap<>(Map.of(
        "web", new CleanFigures(8, 5, new TreeMap<>(Map.of("duplicate", 3L)), 1L,
            new TreeMap<>()))));
    ReportModel model = ReportModel.builder(Fixtures.manifest(), Fixtures.ingest())
        .dedup(Fixtures.dedup()).scan(Fixtures.scan()).tables(Fixtures.tables()).clean(clean)
        .generatedAt(Fixtures.GENERATED_AT).build();

    assertThat(model.source("web").orElseThrow().clean().kept()).isEqualTo(5);
    // A source the clean writer saw no rows for keeps all its documents.
    assertThat(model.source("wiki").orElseThrow().clean().kept()).isEqualTo(5);
    assertThat(model.totals().clean().documents()).isEqualTo(8);
    assertThat(model.totals().clean().keptReservedRights()).isEqualTo(1);
  }

  @Test
  void ratiosRoundToSixDecimals() {
    assertThat(ReportModelBuilder.ratio(1, 3)).isEqualTo(0.333333);
    assertThat(ReportModelBuilder.ratio(2, 3)).isEqualTo(0.666667);
    assertThat(ReportModelBuilder.ratio(5, 0)).isZero();
  }

  @Test
  void generationTimeIsRequired() {
    assertThatThrownBy(() -> ReportModel.builder(Fixtures.manifest(), Fixtures.ingest()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Cannot build a report model without a generation time");
  }
}
