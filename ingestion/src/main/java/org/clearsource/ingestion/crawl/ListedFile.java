package org.clearsource.ingestion.crawl;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file of a source, as the crawl found it.
 *
 * @param sourceId the source it belongs to
 * @param uri its fully qualified Hadoop URI
 * @param relativePath its path below the source's root (the non-glob prefix of the pattern that
 *     matched it): document ids are derived from it, so they survive moving the corpus
 * @param size its length in bytes
 * @param modificationTime its modification time, epoch milliseconds
 */
public record ListedFile(
    String sourceId, String uri, String relativePath, long size, long modificationTime)
    implements Serializable {

  public ListedFile {
    Objects.requireNonNull(sourceId, "Cannot list a file without its source");
    Objects.requireNonNull(uri, "Cannot list a file without its URI");
    Objects.requireNonNull(relativePath, "Cannot list a file without its relative path");
  }

  /** The last path segment. */
  public String name() {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }
}
