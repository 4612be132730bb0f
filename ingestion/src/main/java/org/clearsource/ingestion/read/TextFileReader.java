package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.clearsource.core.manifest.ReaderOptions;

/**
 * Reads a whole text or code file as one document, titled with the file's name, decoded by its
 * charset (a byte-order mark, else UTF-8 when it is valid UTF-8, else a detected legacy charset),
 * which the document's {@link MetadataKeys#CHARSET} names; NUL bytes in the first 8 KiB (for
 * UTF-16, NUL characters) mean binary content. The file is read when the outcome is first asked for, and
 * never more than {@code max_record_bytes} of it.
 */
public final class TextFileReader implements RecordReader {

  private final InputStream in;
  private final String locator;
  private final String name;
  private final long maxBytes;
  private boolean read;

  private TextFileReader(InputStream in, String locator, String name, long maxBytes) {
    this.in = in;
    this.locator = locator;
    this.name = name;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads one text file as one outcome.
   *
   * @param uncompressed the file's content; closed by {@link #close()}
   * @param locator the outcome's locator ({@code file} for a whole file)
   * @param name the file's name, kept as the document's title
   * @param options the record size limit
   */
  public static RecordReader open(
      InputStream uncompressed, String locator, String name, ReaderOptions options) {
    Objects.requireNonNull(uncompressed, "Cannot read a text file without a stream");
    Objects.requireNonNull(locator, "Cannot read a text file without a locator");
    Objects.requireNonNull(options, "Cannot read a text file without reader options");
    return new TextFileReader(uncompressed, locator, name, options.maxRecordBytes());
  }

  @Override
  public boolean hasNext() {
    return !read;
  }

  @Override
  public ReadOutcome next() {
    if (read) {
      throw new NoSuchElementException("Cannot read a second record from a single text file");
    }
    read = true;
    return TextDecoding.read(in, maxBytes).outcome(locator, name, Map.of());
  }

  @Override
  public void close() throws IOException {
    read = true;
    in.close();
  }
}
