package org.clearsource.core.manifest;

import java.util.Locale;

/** How a source's files are read. {@link #AUTO} detects each file's format from its first bytes. */
public enum SourceFormat {
  AUTO,
  JSONL,
  PARQUET,
  WARC,
  WET,
  TEXT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceFormat fromId(String id) {
    for (SourceFormat value : values()) {
      if (value.id().equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException("Cannot parse source format: " + id);
  }
}
