package org.clearsource.ingestion.crawl;

import java.io.Serializable;
import java.util.Objects;
import org.apache.hadoop.fs.Path;

/**
 * One file of a source, as the crawl found it.
 *
 * @param sourceId the source it belongs to
 * @param path its fully qualified Hadoop path, exactly as the file system listed it: readers open
 *     this path, never one parsed back from {@link #uri()} (a name such as {@code 100%41.jsonl}
 *     would be read as {@code 100A.jsonl})
 * @param relativePath its path below the source's root (the non-glob prefix of the pattern that
 *     matched it): document ids are derived from it, so they survive moving the corpus
 * @param size its length in bytes
 * @param modificationTime its modification time, epoch milliseconds
 */
public record ListedFile(
    String sourceId, Path path, String relativePath, long size, long modificationTime)
    implements Serializable {

  public ListedFile {
    Objects.requireNonNull(sourceId, "Cannot list a file without its source");
    Objects.requireNonNull(path, "Cannot list a file without its path");
    Objects.requireNonNull(relativePath, "Cannot list a file without its relative path");
  }

  /**
   * The path as the tables show it: the scheme, authority and the unescaped path, as Hadoop's
   * {@code Path.toString()} writes it. A name to show and sort by; to open the file use
   * {@link #path()}.
   */
  public String uri() {
    return path.toString();
  }

  /** The last path segment. */
  public String name() {
    return path.getName();
  }
}
