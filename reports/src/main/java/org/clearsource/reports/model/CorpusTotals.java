package org.clearsource.reports.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The corpus in total. Names (expressions, holders) come from shareable sources only.
 *
 * @param sources sources in the manifest
 * @param files files read
 * @param fileBytes bytes of those files as stored
 * @param filesSkipped entries of the sources' trees that were not read
 * @param filesSkippedByReason skipped entries per reason
 * @param recordsSeen records read
 * @param documents documents
 * @param textBytes UTF-8 bytes of text
 * @param tokensEstimate estimated tokens
 * @param tokenBand the EU size band ({@link TokenBand#id()})
 * @param languages documents per language
 * @param quarantined records quarantined
 * @param quarantineRate {@code quarantined / recordsSeen}
 * @param quarantinedByReason quarantined records per reason
 * @param captured robots.txt and tdmrep.json captures
 * @param classes per OSAID class that has sources
 * @param optOut rights reservations, all sources added up
 * @param duplicates dedup figures added up; null when the dedup stage did not run
 * @param scan scan figures added up; null when the scan stage did not run
 * @param clean the clean corpus added up; null when none was written
 */
public record CorpusTotals(
    long sources,
    long files,
    long fileBytes,
    long filesSkipped,
    SortedMap<String, Long> filesSkippedByReason,
    long recordsSeen,
    long documents,
    long textBytes,
    long tokensEstimate,
    String tokenBand,
    SortedMap<String, Long> languages,
    long quarantined,
    double quarantineRate,
    SortedMap<String, Long> quarantinedByReason,
    long captured,
    SortedMap<String, ClassShare> classes,
    OptOutFigures optOut,
    DuplicateFigures duplicates,
    ScanFigures scan,
    CleanFigures clean) {

  public CorpusTotals {
    languages = Collections.unmodifiableSortedMap(new TreeMap<>(languages));
    filesSkippedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(filesSkippedByReason));
    quarantinedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(quarantinedByReason));
    classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
  }
}
