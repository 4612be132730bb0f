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

  /** Scratch space of a stage, removed when the stage ends. */
  public String staging(String stage) {
    return root + "/_staging/" + stage;
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
