package org.clearsource.reports.model;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

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
 * @param contamination what the contamination check found; null when it did not run
 */
public record EvaluationSetReport(
    String id,
    String name,
    String osaidClass,
    String obtainFrom,
    String license,
    Long documents,
    Long tokensEstimate,
    Contamination contamination) {

  public EvaluationSetReport {
    Objects.requireNonNull(id, "Cannot create an evaluation set report without an id");
  }

  /**
   * Overlap between an evaluation set and the corpus: items and corpus documents that share a
   * long word sequence (the dedup stage's {@code contamination_ngram_words}, 13 by default).
   *
   * @param items items of the set that were checked
   * @param contaminatedItems items sharing a sequence with at least one corpus document
   * @param contaminatedDocuments corpus documents sharing a sequence with at least one item
   * @param documentsPerSource {@code contaminatedDocuments} per corpus source id
   */
  public record Contamination(
      long items,
      long contaminatedItems,
      long contaminatedDocuments,
      SortedMap<String, Long> documentsPerSource) {

    public Contamination {
      documentsPerSource = java.util.Collections.unmodifiableSortedMap(
          new TreeMap<>(documentsPerSource));
    }
  }
}
