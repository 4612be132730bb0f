package org.clearsource.reports.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the clean corpus kept of a source or the corpus, and why it left the rest out.
 *
 * @param documents documents of the audited corpus
 * @param kept documents written to the clean corpus
 * @param excludedByReason documents left out per reason ({@link CleanCorpusSummary#REASON_DUPLICATE},
 *     {@link CleanCorpusSummary#REASON_RESERVED_RIGHTS}, {@code license_class.<class>}); each
 *     document counts once, under the first reason that applies in that order
 * @param keptReservedRights kept documents whose rights are reserved; null when the scan's signals
 *     table was not there to tell
 * @param keptByLicenseClass kept documents per found licence class; empty without the signals table
 */
public record CleanFigures(
    long documents,
    long kept,
    SortedMap<String, Long> excludedByReason,
    Long keptReservedRights,
    SortedMap<String, Long> keptByLicenseClass) {

  public CleanFigures {
    excludedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(excludedByReason));
    keptByLicenseClass = Collections.unmodifiableSortedMap(new TreeMap<>(keptByLicenseClass));
  }

  public long excluded() {
    return documents - kept;
  }
}
