package org.clearsource.ingestion.crawl;

import java.io.Serializable;
import java.util.Objects;

/**
 * An entry of a source's tree that the crawl did not read, with the reason.
 *
 * @param sourceId the source it belongs to
 * @param uri its path as the tables show it (as {@link ListedFile#uri()})
 * @param relativePath its path below the source's root
 * @param reason why it was not read
 * @param detail what more there is to say (a link's target, the file it duplicates), or null
 * @param directory whether the entry is a directory (skipped whole, its contents unlisted)
 */
public record SkippedEntry(
    String sourceId,
    String uri,
    String relativePath,
    SkipReason reason,
    String detail,
    boolean directory)
    implements Serializable {

  public SkippedEntry {
    Objects.requireNonNull(sourceId, "Cannot skip an entry without its source");
    Objects.requireNonNull(uri, "Cannot skip an entry without its URI");
    Objects.requireNonNull(relativePath, "Cannot skip an entry without its relative path");
    Objects.requireNonNull(reason, "Cannot skip an entry without a reason");
  }
}
