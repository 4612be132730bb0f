package org.clearsource.reports.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.Fixtures;
import org.clearsource.reports.model.CleanCorpusSummary;
import org.clearsource.reports.model.CleanFigures;
import org.clearsource.reports.model.ReportModel;
import org.junit.jupiter.api.Test;

class TestPolicy {

  private static final ReportModel INGEST_ONLY = Fixtures.ingestOnly();
  private static final ReportModel ALL_STAGES = Fixtures.allStages();

  @Test
  void anEmptyPolicyPassesEverything() {
    Verdict verdict = Policy.builder().build().evaluate(ALL_STAGES);

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.rules()).isEmpty();
    assertThat(verdict.summary()).startsWith("Verdict: PASSED under built in code (0 rules, 0"
        + " violations)");
  }

  @Test
  void quarantineRateIsCheckedPerSourceAndInTotal() {
    Verdict strict = Policy.builder().maxQuarantineRate(0.1).build().evaluate(INGEST_ONLY);

    // books: 1 of 4 (25%), tickets: 1 of 6 (16.7%), total 3 of 25 (12%); web: 1 of 10 is not over.
    assertThat(strict.violations()).extracting(Violation::rule, Violation::source)
        .containsExactly(
            tuple("max_quarantine_rate", "books"),
            tuple("max_quarantine_rate", "tickets"),
            tuple("max_quarantine_rate", null));
    assertThat(strict.violations().get(0).measured()).isEqualTo("25.0% (1 of 4 records)");
    assertThat(strict.violations().get(0).limit()).isEqualTo("10.0%");
    assertThat(strict.violations().get(0).message()).contains("(empty_text 1)");
    assertThat(Policy.builder().maxQuarantineRate(0.25).build().evaluate(INGEST_ONLY).passed())
        .isTrue();
  }

  @Test
  void duplicateRateIsNotEvaluatedWithoutDedup() {
    Policy policy = Policy.builder().maxDuplicateRate(0.3).build();

    Verdict withoutDedup = policy.evaluate(INGEST_ONLY);
    Verdict withDedup = policy.evaluate(ALL_STAGES);

    assertThat(withoutDedup.passed()).isTrue();
    assertThat(withoutDedup.notEvaluated()).extracting(NotEvaluated::rule, NotEvaluated::stage)
        .containsExactly(tuple("max_duplicate_rate", "dedup"));
    assertThat(withDedup.passed()).isFalse();
    assertThat(withDedup.violations()).singleElement()
        .satisfies(violation -> {
          assertThat(violation.source()).isEqualTo("web");
          assertThat(violation.measured()).isEqualTo("37.5% (3 of 8 documents)");
        });
  }

  @Test
  void aRequiredStageThatDidNotRunFails() {
    Policy policy = Policy.builder().requireStages(List.of("dedup", "scan"))
        .maxDuplicateRate(0.9).build();

    Verdict verdict = policy.evaluate(INGEST_ONLY);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.violations()).extracting(Violation::message)
        .containsExactly(
            "The dedup stage did not run, and the policy requires it. Fix: run it ('clearsource"
                + " audit' runs every stage) before making the report",
            "The scan stage did not run, and the policy requires it. Fix: run it ('clearsource"
                + " audit' runs every stage) before making the report");
    assertThat(verdict.notEvaluated()).hasSize(1);
    assertThat(policy.evaluate(ALL_STAGES).passed()).isTrue();
  }

  @Test
  void reservedRightsFromIngestMetadataAreALowerBound() {
    Verdict failed = Policy.builder().maxReservedRightsDocuments(1).build().evaluate(INGEST_ONLY);
    Verdict open = Policy.builder().maxReservedRightsDocuments(2).build().evaluate(INGEST_ONLY);

    assertThat(failed.violations()).singleElement().satisfies(violation -> {
      assertThat(violation.measured()).isEqualTo("at least 2");
      assertThat(violation.message()).contains("(web 2)", "did not run");
    });
    assertThat(open.passed()).isTrue();
    assertThat(open.notEvaluated()).extracting(NotEvaluated::stage).containsExactly("scan");
  }

  @Test
  void reservedRightsMeasureTheCleanCorpusWhenOneWasWritten() {
    Policy policy = Policy.builder().maxReservedRightsDocuments(0).build();
    assertThat(policy.evaluate(ALL_STAGES).violations()).singleElement()
        .satisfies(violation -> assertThat(violation.message())
            .startsWith("3 documents of the audited corpus reserve their rights (web 3)"));

    ReportModel cleaned = withClean(true, 0L, new TreeMap<>());
    assertThat(policy.evaluate(cleaned).passed()).isTrue();

    ReportModel leaky = withClean(true, 1L, new TreeMap<>());
    assertThat(policy.evaluate(leaky).violations()).singleElement()
        .satisfies(violation -> assertThat(violation.message())
            .startsWith("1 documents of the clean corpus reserve their rights"));
  }

  @Test
  void forbiddenLicenceClassesDeclaredAndFound() {
    Policy policy = Policy.builder()
        .forbidLicenseClasses(List.of("share_alike", "non_commercial")).build();

    Verdict declaredOnly = policy.evaluate(INGEST_ONLY);
    Verdict found = policy.evaluate(ALL_STAGES);

    assertThat(declaredOnly.violations()).singleElement().satisfies(violation -> {
      assertThat(violation.source()).isEqualTo("wiki");
      assertThat(violation.measured()).isEqualTo("declared CC-BY-SA-4.0 (share_alike)");
    });
    assertThat(declaredOnly.notEvaluated()).extracting(NotEvaluated::rule)
        .containsExactly("forbid_license_classes");
    assertThat(found.violations()).extracting(Violation::source, Violation::measured)
        .containsExactly(
            tuple("wiki", "declared CC-BY-SA-4.0 (share_alike)"),
            tuple("wiki", "5 documents of class share_alike"),
            tuple("books", "1 documents of class non_commercial"));
    ReportModel cleaned = withClean(true, 0L, new TreeMap<>(Map.of("permissive", 2L)));
    assertThat(policy.evaluate(cleaned).violations()).extracting(Violation::source)
        .containsExactly("wiki");
  }

  @Test
  void provenanceAndUnshareableDescriptions() {
    ReportModel model = ReportModel.builder(ManifestReader.parse("""
            dataset: {name: d, version: "1", curator: c, contact: c@example.org}
            sources:
              - id: bought
                class: obtainable
                paths: [x/]
                provenance: {obtain_from: "Seller", how_obtained: licence-deal}
              - id: private
                class: unshareable
                paths: [y/]
                provenance: {how_obtained: user-data, labelling: none}
            """, "file:/m.yaml"), StageStats.builder("ingest")
            .source("bought").source("private").build())
        .generatedAt(Fixtures.GENERATED_AT).build();

    Verdict verdict = Policy.builder().requireProvenance().requireUnshareableDescribed().build()
        .evaluate(model);

    assertThat(verdict.violations()).extracting(Violation::rule, Violation::source,
            Violation::measured)
        .containsExactly(
            tuple("require_provenance", "bought",
                "missing license, collection_period, fee"),
            tuple("require_provenance", "private",
                "missing collection_period"),
            tuple("require_unshareable_described", "private",
                "missing description, provenance.collection_period, provenance.filtering"));
    assertThat(Policy.builder().requireProvenance().requireUnshareableDescribed().build()
        .evaluate(INGEST_ONLY).passed()).isTrue();
  }

  @Test
  void theDefaultPolicyOnTheFixture() {
    Verdict verdict = Policy.defaults().evaluate(INGEST_ONLY);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.rules()).containsExactly("require_provenance",
        "require_unshareable_described", "max_quarantine_rate", "max_duplicate_rate",
        "max_reserved_rights_documents", "forbid_license_classes");
    assertThat(verdict.summary()).contains("Verdict: FAILED under default.yaml (built in)",
        "  - max_quarantine_rate [books]: ", "  ? max_duplicate_rate: not evaluated (dedup stage"
            + " not run)");
  }

  @Test
  void aVerdictIsConsistent() {
    assertThatThrownBy(() -> new Verdict(1, true, "p", List.of(), List.of(
        new Violation("r", null, "1", "0", "m")), List.of()))
        .hasMessageContaining("Cannot create a verdict that passed with violations");
  }

  private static ReportModel withClean(
      boolean signals, Long keptReserved, TreeMap<String, Long> keptClasses) {
    TreeMap<String, CleanFigures> figures = new TreeMap<>();
    for (String id : List.of("web", "wiki", "books", "tickets")) {
      figures.put(id, new CleanFigures(5, 4, new TreeMap<>(Map.of("duplicate", 1L)),
          id.equals("web") ? keptReserved : Long.valueOf(0), keptClasses));
    }
    return ReportModel.builder(Fixtures.manifest(), Fixtures.ingest())
        .dedup(Fixtures.dedup()).scan(Fixtures.scan()).tables(Fixtures.tables())
        .clean(new CleanCorpusSummary("parquet", true, signals, figures))
        .generatedAt(Fixtures.GENERATED_AT).build();
  }
}
