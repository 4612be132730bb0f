package org.clearsource.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.stats.StageStats;

/**
 * Everything the reports say, built from the manifest, the stages' stats and a few table
 * aggregates; serialized as {@code data-information.json} (docs/reports.md documents each field).
 * Lists and maps are sorted, so the same run gives the same model; {@code generatedAt} is the only
 * wall-clock value.
 *
 * @param schemaVersion version of this layout ({@link #SCHEMA_VERSION})
 * @param generatedAt when the report was made (ISO 8601 instant, from the settings' clock)
 * @param dataset the dataset as declared
 * @param stages every known stage, whether it ran, and its parameters
 * @param totals the corpus in total
 * @param sources per source, in manifest order
 * @param evaluationSets the evaluation sets, in manifest order
 * @param topDomains the shareable corpus's largest domains by text bytes
 * @param crawlDomains the EU top-10% domain list of the crawled sources
 * @param overlap duplicates shared between sources; null when the dedup stage did not run
 * @param cleanCorpus what the clean corpus kept; null when none was written
 * @param gaps manifest items left unanswered
 */
public record ReportModel(
    int schemaVersion,
    String generatedAt,
    DatasetSummary dataset,
    List<StageRun> stages,
    CorpusTotals totals,
    List<SourceReport> sources,
    List<EvaluationSetReport> evaluationSets,
    List<DomainShare> topDomains,
    CrawlDomains crawlDomains,
    OverlapMatrix overlap,
    CleanCorpusSummary cleanCorpus,
    List<CompletenessGap> gaps) {

  /** Version 1: the first layout. A renamed or removed field gets a new version. */
  public static final int SCHEMA_VERSION = 1;

  public ReportModel {
    Objects.requireNonNull(generatedAt, "Cannot create a report model without a generation time");
    Objects.requireNonNull(dataset, "Cannot create a report model without the dataset");
    Objects.requireNonNull(totals, "Cannot create a report model without totals");
    Objects.requireNonNull(crawlDomains, "Cannot create a report model without crawl domains");
    stages = List.copyOf(stages);
    sources = List.copyOf(sources);
    evaluationSets = List.copyOf(evaluationSets);
    topDomains = List.copyOf(topDomains);
    gaps = List.copyOf(gaps);
  }

  /**
   * Starts a model of a run.
   *
   * @param manifest the run's manifest
   * @param ingest the ingest stage's stats (the one stage every report needs)
   */
  public static ReportModelBuilder builder(Manifest manifest, StageStats ingest) {
    return new ReportModelBuilder(manifest, ingest);
  }

  /** True when the stage's stats were there when the report was made. */
  public boolean stageRan(String stage) {
    return stages.stream().anyMatch(run -> run.stage().equals(stage) && run.ran());
  }

  public Optional<SourceReport> source(String id) {
    return sources.stream().filter(source -> source.id().equals(id)).findFirst();
  }
}
