package org.clearsource.reports.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The aggregates of the run's tables that the report model needs beyond the stats files.
 *
 * @param sources per source id; a source missing here has no documents, captures or files
 * @param topDomains the shareable corpus's largest domains by text bytes, largest first
 * @param crawl the EU top-10% domain list of the crawled sources
 * @param topHolders the copyright holders the shareable corpus names most (empty without the
 *     signals table)
 */
public record TableAggregates(
    SortedMap<String, SourceAggregates> sources,
    List<DomainShare> topDomains,
    CrawlDomains crawl,
    List<NamedCount> topHolders) {

  public TableAggregates {
    sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    topDomains = List.copyOf(topDomains);
    topHolders = List.copyOf(topHolders);
  }

  /** No tables read: no domains, dates, files or names. */
  public static TableAggregates none() {
    return new TableAggregates(new TreeMap<>(), List.of(), CrawlDomains.none(), List.of());
  }

  public SourceAggregates source(String id) {
    return sources.getOrDefault(id, SourceAggregates.empty());
  }
}
