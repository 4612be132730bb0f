package org.clearsource.reports.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rights reservations (TDM opt-outs) found in a source or the corpus.
 *
 * @param measuredBy {@value #BY_SCAN} when the scan stage ran (every protocol, robots.txt and
 *     tdmrep.json paths included); {@value #BY_INGEST_METADATA} otherwise: only the HTTP headers and
 *     HTML meta tags kept at ingest, so the counts are a lower bound
 * @param complete true when measured by the scan stage
 * @param documents documents examined
 * @param reservedDocuments documents whose rights are reserved by at least one signal
 * @param signals documents per signal kind
 * @param robotsTxtDomains domains with a captured robots.txt
 * @param tdmrepDomains domains with a captured tdmrep.json
 * @param urlsWithoutHost documents whose URL has no usable host (ingest's {@code
 *     urls_without_host}): no site's robots.txt or tdmrep.json could apply to them, so only their
 *     headers and meta tags were judged
 */
public record OptOutFigures(
    String measuredBy,
    boolean complete,
    long documents,
    long reservedDocuments,
    SortedMap<String, Long> signals,
    long robotsTxtDomains,
    long tdmrepDomains,
    long urlsWithoutHost) {

  public static final String BY_SCAN = "scan";
  public static final String BY_INGEST_METADATA = "ingest_metadata";

  public OptOutFigures {
    signals = Collections.unmodifiableSortedMap(new TreeMap<>(signals));
  }

  /** Share of the examined documents whose rights are reserved. */
  public double reservedShare() {
    return documents == 0 ? 0 : (double) reservedDocuments / documents;
  }
}
