package org.clearsource.reports.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a source was read by the audit: its reader settings and what they did.
 *
 * @param maxRecordBytes the record size limit (longer records are quarantined)
 * @param exclude glob patterns of files left out
 * @param filesSkipped entries of the source's tree that were not read (hidden names, excluded
 *     files, special files, links): the inventory lists each with its reason
 * @param filesSkippedByReason skipped entries per reason
 * @param recordsSeen records read: documents + quarantined + captured
 * @param quarantined records that could not be read as documents
 * @param quarantineRate {@code quarantined / recordsSeen}, 0 when nothing was read
 * @param quarantinedByReason quarantined records per reason
 * @param captured robots.txt and tdmrep.json files found in crawls
 * @param capturedByKind captures per kind
 */
public record ReadingFigures(
    long maxRecordBytes,
    List<String> exclude,
    long filesSkipped,
    SortedMap<String, Long> filesSkippedByReason,
    long recordsSeen,
    long quarantined,
    double quarantineRate,
    SortedMap<String, Long> quarantinedByReason,
    long captured,
    SortedMap<String, Long> capturedByKind) {

  public ReadingFigures {
    exclude = List.copyOf(exclude);
    filesSkippedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(filesSkippedByReason));
    quarantinedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(quarantinedByReason));
    capturedByKind = Collections.unmodifiableSortedMap(new TreeMap<>(capturedByKind));
  }
}
