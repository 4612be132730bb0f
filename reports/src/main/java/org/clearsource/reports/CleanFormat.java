package org.clearsource.reports;

import java.util.Locale;

/** How {@code --emit-clean} writes the clean corpus and its exclusion ledger. */
public enum CleanFormat {
  /** Parquet, documents partitioned by source_id like the run's documents table. */
  PARQUET,
  /** JSON Lines (one document per line), partitioned by source_id. */
  JSONL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CleanFormat fromId(String id) {
    for (CleanFormat format : values()) {
      if (format.id().equals(id.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "Cannot parse clean corpus format '" + id + "': use parquet or jsonl");
  }
}
