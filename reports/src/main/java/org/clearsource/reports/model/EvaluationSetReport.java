package org.clearsource.reports.model;

import java.util.Objects;

/**
 * An evaluation set of the manifest: read like a source into its own tables, never counted in the
 * corpus.
 *
 * @param id its id
 * @param name human-readable name
 * @param osaidClass its OSAID class
 * @param obtainFrom where to get it (null for unshareable sets)
 * @param license declared SPDX expression
 * @param documents documents read; null when its ingest stats are missing
 * @param tokensEstimate estimated tokens; null when its ingest stats are missing
 */
public record EvaluationSetReport(
    String id,
    String name,
    String osaidClass,
    String obtainFrom,
    String license,
    Long documents,
    Long tokensEstimate) {

  public EvaluationSetReport {
    Objects.requireNonNull(id, "Cannot create an evaluation set report without an id");
  }
}
