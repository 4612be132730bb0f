package org.clearsource.ingestion.read;

/**
 * What one input record became. Every record a reader sees ends as exactly one outcome, so that for
 * every file: records seen = documents + quarantined + captured.
 */
public sealed interface ReadOutcome permits ParsedDocument, Quarantined, Capture {

  /**
   * Where the record sits in its file, stable across runs and split sizes: {@code offset:N} (byte
   * offset of the record in the uncompressed stream for JSONL, in the file for WARC), {@code row:N}
   * (Parquet), {@code entry:PATH} (archive member) or {@code file} (a whole text file).
   */
  String locator();
}
