package org.clearsource.ingestion.plan;

import java.io.Serializable;
import java.util.Objects;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.ingestion.inventory.InventoryEntry;

/**
 * One unit of reading: a whole file, or a byte range of a splittable one (uncompressed JSONL,
 * Parquet by row group), with what the reader needs to know about its source.
 *
 * @param entry the file and its detected format
 * @param start first byte of the range
 * @param end byte after the range; {@code Long.MAX_VALUE} for "to the end"
 * @param options the source's reader options
 * @param unshareable whether the source is unshareable (no excerpts of it are kept)
 */
public record ReadTask(
    InventoryEntry entry, long start, long end, ReaderOptions options, boolean unshareable)
    implements Serializable {

  public ReadTask {
    Objects.requireNonNull(entry, "Cannot create a read task without a file");
    Objects.requireNonNull(options, "Cannot create a read task without reader options");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "Cannot read the byte range [" + start + ", " + end + ") of " + entry.file().uri());
    }
  }

  public boolean wholeFile() {
    return start == 0 && end == Long.MAX_VALUE;
  }

  /** Bytes this task reads, for balancing. */
  public long weight() {
    long fileSize = entry.file().size();
    return Math.max(1, Math.min(end, fileSize) - start);
  }
}
