package org.clearsource.ingestion.read;

import java.util.Locale;

/** Why a record was quarantined rather than read. The report counts each. */
public enum QuarantineReason {
  /** The record is not valid JSON. */
  MALFORMED_JSON,
  /** A JSON or Parquet record has none of the configured text fields, or it is not a string. */
  MISSING_TEXT,
  /** The text is empty or whitespace only. */
  EMPTY_TEXT,
  /** Bytes that do not decode in the record's charset. */
  INVALID_ENCODING,
  /** Binary content where text was expected (NUL bytes, a non-text media type). */
  BINARY_CONTENT,
  /** A record longer than the source's {@code max_record_bytes}; it was skipped unread. */
  RECORD_TOO_LARGE,
  /** The file ends in the middle of a record or a compressed stream. */
  TRUNCATED_INPUT,
  /** The file's structure is damaged (bad gzip data, bad WARC header, bad Parquet page). */
  CORRUPT_INPUT,
  /**
   * Bytes after the end of a compressed stream that start no further member (a plain text
   * appended to a .gz): one row for all of them, located at {@code trailer:N}, N their offset in
   * the compressed file.
   */
  TRAILING_GARBAGE,
  /** An archive member or stream expands beyond the safety limits (a decompression bomb). */
  EXPANSION_LIMIT,
  /** An HTTP response without usable content (redirect, error status, empty body). */
  NO_CONTENT,
  /** The whole file could not be opened; recorded only when asked to quarantine such files. */
  UNREADABLE_FILE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
