package org.clearsource.ingestion.crawl;

import java.util.List;

/**
 * What the crawl of a source found: the files to read and the entries it left unread, each list
 * sorted by URI (the same tree gives the same result).
 */
public record CrawlResult(List<ListedFile> files, List<SkippedEntry> skipped) {

  public CrawlResult {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
