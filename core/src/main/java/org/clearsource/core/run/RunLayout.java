package org.clearsource.core.run;

import java.util.Objects;

/**
 * Where each table of a run lives below the run directory (any Hadoop URI). Every stage reads and
 * writes through this, so that any stage can be rerun alone and every table opened with any Parquet
 * reader. docs/tables.md documents each table's schema.
 */
public record RunLayout(String root) {

  public RunLayout {
    Objects.requireNonNull(root, "Cannot create a run layout without a run directory");
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  /** One row per file: source, URI, size, time, format, compression, SHA-256. */
  public String inventory() {
    return root + "/inventory";
  }

  /** One row per document, partitioned by source_id. */
  public String documents() {
    return root + "/documents";
  }

  /** One row per record that could not be read, with the reason. */
  public String quarantine() {
    return root + "/quarantine";
  }

  /** robots.txt and tdmrep.json files captured in the corpus. */
  public String captures() {
    return root + "/captures";
  }

  /**
   * One row per document: exact hash, duplicate cluster, representative flag, duplicate kind.
   * Written by the dedup stage.
   */
  public String dedupDocuments() {
    return root + "/dedup/documents";
  }

  /** One row per duplicate cluster (two documents or more): size, distinct texts, sources. */
  public String dedupClusters() {
    return root + "/dedup/clusters";
  }

  /** Source x source overlap: documents of one source with a duplicate in another. */
  public String dedupOverlap() {
    return root + "/dedup/overlap";
  }

  /** Corpus documents that share a long n-gram with an evaluation item. */
  public String dedupContamination() {
    return root + "/dedup/contamination";
  }

  /** The dedup stage's parameters (threshold, shingles, permutations, bands, seed) and figures. */
  public String dedupParameters() {
    return root + "/dedup/parameters.json";
  }

  /** One row per document: licences, copyright statements, opt-out verdict, PII counts. */
  public String signals() {
    return root + "/signals";
  }

  /** Scratch space of a stage, removed when the stage ends. */
  public String staging(String stage) {
    return root + "/_staging/" + stage;
  }

  /** The completion marker of a stage; see {@link StageMarkers}. */
  public String marker(String stage) {
    return root + "/_markers/" + stage + ".json";
  }

  /** The statistics a stage declares: {@code stats/<stage>.json}. */
  public String stats(String stage) {
    return root + "/stats/" + stage + ".json";
  }

  /**
   * The layout of the evaluation sets' own tables ({@code eval/documents}, {@code eval/stats}, ...):
   * they are ingested like sources, into a separate tree, so that no corpus figure counts them.
   */
  public RunLayout evaluation() {
    return new RunLayout(root + "/eval");
  }

  public String report() {
    return root + "/report";
  }
}
