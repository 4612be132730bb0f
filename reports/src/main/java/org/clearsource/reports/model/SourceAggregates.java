package org.clearsource.reports.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the report needs of one source that the stats files do not hold. It is aggregated from the
 * run's tables (documents, captures, inventory, and dedup/overlap and signals when those stages
 * ran) without reading any raw file again. For an unshareable source every list of names is always
 * empty: it contributes numbers only.
 *
 * @param domains distinct registrable domains of its documents
 * @param topDomains its largest domains by text bytes, largest first
 * @param firstDate earliest document date ({@code YYYY-MM-DD}), null when none has one
 * @param lastDate latest document date, null when none has one
 * @param fieldsPresent documents that have each optional field ({@code url}, {@code title}, {@code
 *     date}, {@code domain})
 * @param metadataOptOut documents per opt-out signal kind found in the documents' HTTP and HTML
 *     metadata at ingest ({@link StageCounters#OPTOUT_SIGNALS} names)
 * @param metadataReservedDocuments documents with at least one such signal
 * @param robotsTxtDomains domains with a captured robots.txt
 * @param tdmrepDomains domains with a captured {@code /.well-known/tdmrep.json}
 * @param files its files with their checksums, at most the report's file limit
 * @param filesNotListed files beyond that limit
 * @param overlap from dedup/overlap: per source id, documents of this source in a duplicate cluster
 *     with a document of that source (for itself: with another of its own documents)
 * @param licenseExpressions from the signals table: its most frequent found licence expressions,
 *     with their documents
 * @param topHolders from the signals table: the copyright holders its documents name most
 */
public record SourceAggregates(
    long domains,
    List<DomainShare> topDomains,
    String firstDate,
    String lastDate,
    SortedMap<String, Long> fieldsPresent,
    SortedMap<String, Long> metadataOptOut,
    long metadataReservedDocuments,
    long robotsTxtDomains,
    long tdmrepDomains,
    List<FileEntry> files,
    long filesNotListed,
    SortedMap<String, Long> overlap,
    SortedMap<String, Long> licenseExpressions,
    List<NamedCount> topHolders) {

  public SourceAggregates {
    topDomains = List.copyOf(topDomains);
    fieldsPresent = Collections.unmodifiableSortedMap(new TreeMap<>(fieldsPresent));
    metadataOptOut = Collections.unmodifiableSortedMap(new TreeMap<>(metadataOptOut));
    files = List.copyOf(files);
    overlap = Collections.unmodifiableSortedMap(new TreeMap<>(overlap));
    licenseExpressions = Collections.unmodifiableSortedMap(new TreeMap<>(licenseExpressions));
    topHolders = List.copyOf(topHolders);
  }

  /** A source without documents, captures or files. */
  public static SourceAggregates empty() {
    return new SourceAggregates(0, List.of(), null, null, new TreeMap<>(), new TreeMap<>(), 0, 0,
        0, List.of(), 0, new TreeMap<>(), new TreeMap<>(), List.of());
  }

  /** The same figures without anything that names content: for unshareable sources. */
  public SourceAggregates numbersOnly() {
    return new SourceAggregates(domains, List.of(), firstDate, lastDate, fieldsPresent,
        metadataOptOut, metadataReservedDocuments, robotsTxtDomains, tdmrepDomains, List.of(),
        files.size() + filesNotListed, overlap, new TreeMap<>(), List.of());
  }
}
