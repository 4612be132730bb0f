package org.clearsource.reports.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code --emit-clean} wrote: the corpus minus duplicates and excluded documents, and a ledger
 * of every document left out with its reason.
 *
 * @param format {@code parquet} or {@code jsonl}
 * @param duplicatesRemoved true when the dedup table was there, so non-representatives were left out
 * @param signalsApplied true when the scan's signals table was there, so policy exclusions applied
 * @param sources per source id
 */
public record CleanCorpusSummary(
    String format,
    boolean duplicatesRemoved,
    boolean signalsApplied,
    SortedMap<String, CleanFigures> sources) {

  /** A non-representative member of a duplicate cluster. */
  public static final String REASON_DUPLICATE = "duplicate";
  /** Rights reserved by an opt-out signal, and the policy excludes such documents. */
  public static final String REASON_RESERVED_RIGHTS = "reserved_rights";
  /** {@code license_class.<class>}: a found licence class the policy excludes. */
  public static final String REASON_LICENSE_CLASS_PREFIX = "license_class";

  public CleanCorpusSummary {
    Objects.requireNonNull(format, "Cannot create a clean corpus summary without a format");
    sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
  }

  /** The figures of all sources added up. */
  public CleanFigures totals() {
    long documents = 0;
    long kept = 0;
    Long keptReserved = signalsApplied ? 0L : null;
    SortedMap<String, Long> excluded = new TreeMap<>();
    SortedMap<String, Long> keptByClass = new TreeMap<>();
    for (CleanFigures figures : sources.values()) {
      documents += figures.documents();
      kept += figures.kept();
      figures.excludedByReason().forEach((reason, count) -> excluded.merge(reason, count, Long::sum));
      figures.keptByLicenseClass().forEach((name, count) -> keptByClass.merge(name, count, Long::sum));
      if (keptReserved != null && figures.keptReservedRights() != null) {
        keptReserved += figures.keptReservedRights();
      }
    }
    return new CleanFigures(documents, kept, excluded, keptReserved, keptByClass);
  }
}
