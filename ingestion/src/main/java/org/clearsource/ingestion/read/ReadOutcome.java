package org.clearsource.ingestion.read;

/**
 * What one input record became. Every record a reader sees ends as exactly one outcome, so that for
 * every file: records seen = documents + quarantined + captured.
 */
public sealed interface ReadOutcome permits ParsedDocument, Quarantined, Capture {

  /**
   * Where the record sits in its file, stable across runs and split sizes: {@code offset:N} (byte
   * offset of the record in the uncompressed stream for JSONL, in the file for WARC), {@code row:N}
   * (Parquet), {@code entry:PATH} (archive member; {@code entry:#N:PATH} for the N-th entry when
   * its path was met before in the archive), {@code file} (a whole text file) or {@code trailer:N}
   * (bytes after the end of a compressed stream, N their offset in the compressed file). No two
   * records of one file share a locator, so that document ids are unique.
   */
  String locator();
}
