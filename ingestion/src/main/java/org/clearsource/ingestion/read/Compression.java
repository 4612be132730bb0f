package org.clearsource.ingestion.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Stream compressions, recognised by their magic bytes. Concatenated members are read through. */
public enum Compression {
  NONE,
  GZIP,
  ZSTD,
  BZIP2;

  private static final int BUFFER = 1 << 16;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The compression whose magic bytes start {@code head}, or {@link #NONE}. */
  public static Compression detect(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    if (length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
      return BZIP2;
    }
    return NONE;
  }

  /** Wraps a raw stream so that it yields the uncompressed bytes. */
  public InputStream decompress(InputStream raw) throws IOException {
    return switch (this) {
      case NONE -> raw;
      // The JDK's inflater is native zlib and reads concatenated gzip members.
      case GZIP -> new GZIPInputStream(raw, BUFFER);
      case ZSTD -> new BufferedInputStream(new ZstdInputStream(raw).setContinuous(false), BUFFER);
      case BZIP2 -> new BZip2CompressorInputStream(new BufferedInputStream(raw, BUFFER), true);
    };
  }
}
