package org.clearsource.reports.model;

import java.util.Objects;

/**
 * One file of a shareable source as the inventory lists it; unshareable sources list none.
 *
 * @param path the path below the source's root
 * @param size bytes as stored
 * @param format detected format ({@code jsonl}, {@code parquet}, {@code warc}, ...)
 * @param compression detected compression ({@code none}, {@code gzip}, ...)
 * @param sha256 hex SHA-256 of the stored bytes, null when unreadable
 */
public record FileEntry(String path, long size, String format, String compression, String sha256) {

  public FileEntry {
    Objects.requireNonNull(path, "Cannot create a file entry without a path");
  }
}
