package org.clearsource.reports.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the licensing scan found in a source or the corpus. For an unshareable source the lists that
 * name things (expressions, holders) are always empty.
 *
 * @param documents documents scanned
 * @param licenseFound documents in which a licence was found
 * @param licenseClasses documents per licence class ({@link StageCounters#LICENSE_CLASSES})
 * @param licenseExpressions the most frequent found SPDX expressions, with their documents
 * @param copyrightNotices documents carrying a copyright notice
 * @param copyrightShare {@code copyrightNotices / documents}, rounded to 6 decimals
 * @param topHolders the copyright holders named most often, most first
 * @param pii personal-data matches per kind ({@link StageCounters#PII_KINDS})
 * @param piiDocuments documents with at least one personal-data match
 * @param licenseConflicts documents whose found licence class is more restrictive than the declared
 *     licence's
 * @param conflictClasses those documents per found licence class
 */
public record ScanFigures(
    long documents,
    long licenseFound,
    SortedMap<String, Long> licenseClasses,
    SortedMap<String, Long> licenseExpressions,
    long copyrightNotices,
    double copyrightShare,
    List<NamedCount> topHolders,
    SortedMap<String, Long> pii,
    long piiDocuments,
    long licenseConflicts,
    SortedMap<String, Long> conflictClasses) {

  public ScanFigures {
    licenseClasses = Collections.unmodifiableSortedMap(new TreeMap<>(licenseClasses));
    licenseExpressions = Collections.unmodifiableSortedMap(new TreeMap<>(licenseExpressions));
    topHolders = List.copyOf(topHolders);
    pii = Collections.unmodifiableSortedMap(new TreeMap<>(pii));
    conflictClasses = Collections.unmodifiableSortedMap(new TreeMap<>(conflictClasses));
  }
}
