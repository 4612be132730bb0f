package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.Fixtures;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Policy;
import org.junit.jupiter.api.Test;

class TestEuSummaryReport {

  @Test
  void theLatestDeclaredDateIsTheOneThatEndsLastAsADate() {
    // As strings "2024-06" > "2024" > "2023-12-31"; as dates the year 2024 ends last.
    ReportModel model = ReportModel.builder(ManifestReader.parse("""
            dataset: {name: tiny, version: "1", curator: c, contact: c@example.org}
            sources:
              - id: a
                class: open
                paths: [a/]
                provenance: {obtain_from: "https://a.example/", how_obtained: internal,
                  collection_period: 2023-12-31}
              - id: b
                class: open
                paths: [b/]
                provenance: {obtain_from: "https://b.example/", how_obtained: internal,
                  collection_period: 2024-01/2024}
              - id: c
                class: open
                paths: [c/]
                provenance: {obtain_from: "https://c.example/", how_obtained: internal,
                  collection_period: 2024-02/2024-06}
            """, "file:/tiny.yaml"),
            StageStats.builder("ingest").source("a").source("b").source("c").build())
        .generatedAt(Fixtures.GENERATED_AT).build();

    String summary = ReportArtifacts.render(model, Policy.defaults().evaluate(model))
        .get("eu-summary.md");

    String latest = summary.lines().filter(line -> line.contains("Latest date of data collection"))
        .findFirst().orElseThrow();
    assertThat(latest).contains("2024 (declared)").doesNotContain("2024-06");
  }
}
