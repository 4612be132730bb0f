package org.clearsource.reports.model;

import java.util.List;

/**
 * The top 10% of domain names by size of content, over the crawled sources (EU AI Office template,
 * section 2.3). Unshareable sources never contribute a name.
 *
 * @param sources ids of the shareable sources obtained by crawling
 * @param domains distinct domains of their documents
 * @param topCount how many domains make the top 10% ({@code ceil(domains / 10)})
 * @param listed the top domains by text bytes, largest first, at most the report's domain limit
 * @param notListed top domains beyond that limit (then {@code fullListFile} holds all of them)
 * @param fullListFile file name under {@code report/} with the whole top list, or null when {@code
 *     listed} is complete
 */
public record CrawlDomains(
    List<String> sources,
    long domains,
    long topCount,
    List<DomainShare> listed,
    long notListed,
    String fullListFile) {

  /** The EU template's share of domains to list. */
  public static final double TOP_SHARE = 0.10;

  public CrawlDomains {
    sources = List.copyOf(sources);
    listed = List.copyOf(listed);
  }

  public static CrawlDomains none() {
    return new CrawlDomains(List.of(), 0, 0, List.of(), 0, null);
  }

  /** How many domains the top 10% of {@code domains} holds. */
  public static long topCountOf(long domains) {
    return (long) Math.ceil(domains * TOP_SHARE);
  }
}
