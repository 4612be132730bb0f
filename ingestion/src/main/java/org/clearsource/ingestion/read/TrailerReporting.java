package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * Yields a reader's outcomes, then one {@link QuarantineReason#TRAILING_GARBAGE} row when the
 * compressed stream it read had bytes after its last member. A reader that stops before the end of
 * its stream (a tar archive ends at its end-of-archive blocks) leaves the rest unread: that rest
 * is read through, up to {@link #MAX_UNREAD_BYTES}, so that the trailer behind it is found.
 */
final class TrailerReporting implements RecordReader {

  /** How much decompressed content after the reader's last record is read to reach a trailer. */
  static final long MAX_UNREAD_BYTES = 1L << 20;

  private final RecordReader reader;
  private final InputStream decompressed;
  private ReadOutcome last;
  private boolean checked;

  private TrailerReporting(RecordReader reader, InputStream decompressed) {
    this.reader = reader;
    this.decompressed = decompressed;
  }

  /** The reader, reporting the trailer of {@code decompressed} (the stream it reads) at its end. */
  static RecordReader of(RecordReader reader, InputStream decompressed) {
    return decompressed instanceof MemberStream ? new TrailerReporting(reader, decompressed)
        : reader;
  }

  @Override
  public boolean hasNext() {
    if (reader.hasNext()) {
      return true;
    }
    if (!checked) {
      checked = true;
      last = trailerRow();
    }
    return last != null;
  }

  @Override
  public ReadOutcome next() {
    if (reader.hasNext()) {
      return reader.next();
    }
    if (!hasNext()) {
      throw new NoSuchElementException("Cannot read past the last record");
    }
    ReadOutcome outcome = last;
    last = null;
    return outcome;
  }

  private Quarantined trailerRow() {
    try {
      long skipped = 0;
      byte[] chunk = new byte[1 << 16];
      int n;
      while (skipped <= MAX_UNREAD_BYTES && (n = TextDecoding.readSome(decompressed, chunk, 0,
          chunk.length)) >= 0) {
        skipped += n;
      }
    } catch (IOException e) {
      // The stream broke; the reader has reported that already if it reached it.
      return null;
    }
    MemberStream.Trailer trailer = Compression.trailerOf(decompressed);
    if (trailer == null) {
      return null;
    }
    return Quarantined.of(
        "trailer:" + trailer.offset(),
        QuarantineReason.TRAILING_GARBAGE,
        trailer.length() + " bytes after the end of the compressed stream that start no further"
            + " member; they were not read",
        trailer.head(),
        trailer.head().length);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
