package org.clearsource.reports.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the dedup stage found in a source or the corpus.
 *
 * @param documents documents examined
 * @param exactDuplicates documents that are exact copies of a kept representative
 * @param nearDuplicates documents that are near copies (not exact) of a kept representative
 * @param duplicateRate {@code (exact + near) / documents}, rounded to 6 decimals
 * @param overlap per other source: documents of this source in a cluster that also holds a
 *     document of that source (from dedup/overlap; empty for corpus totals and without that table)
 */
public record DuplicateFigures(
    long documents,
    long exactDuplicates,
    long nearDuplicates,
    double duplicateRate,
    SortedMap<String, Long> overlap) {

  public DuplicateFigures {
    overlap = Collections.unmodifiableSortedMap(new TreeMap<>(overlap));
  }

  public long duplicates() {
    return exactDuplicates + nearDuplicates;
  }
}
