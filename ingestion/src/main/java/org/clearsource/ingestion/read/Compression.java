package org.clearsource.ingestion.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Stream compressions, recognised by their magic bytes. Concatenated members are read through;
 * bytes after the last gzip member or bzip2 stream that start no other one are a trailer, which
 * the decompressed stream does not yield but reports ({@link #trailerOf(InputStream)}). The
 * Zstandard decoder fails on such bytes instead, after the frames before them: the readers report
 * that as damage.
 */
public enum Compression {
  NONE,
  GZIP,
  ZSTD,
  BZIP2;

  private static final int BUFFER = 1 << 16;
  private static final byte[] BZIP2_MAGIC = {'B', 'Z', 'h'};

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

  /**
   * Wraps a raw stream so that it yields the uncompressed bytes.
   *
   * @throws IOException when the stream's first header cannot be read
   */
  public InputStream decompress(InputStream raw) throws IOException {
    return switch (this) {
      case NONE -> raw;
      // Member by member, so that a trailer is seen.
      case GZIP -> MemberStream.gzip(raw);
      // Buffered one decoder read at a time: BufferedInputStream reads on while the decoder says
      // more is available, and an error in such a later read would drop the bytes of the first.
      case ZSTD -> new BufferedInputStream(
          new NothingAvailable(new ZstdInputStream(raw).setContinuous(false)), BUFFER);
      case BZIP2 ->
          MemberStream.of(raw, BZIP2_MAGIC, at -> new BZip2CompressorInputStream(at, false));
    };
  }

  /** A stream that never claims to have bytes ready. */
  private static final class NothingAvailable extends FilterInputStream {
    NothingAvailable(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }

  /**
   * What followed the last member of a stream made by {@link #decompress(InputStream)}, once that
   * stream has been read to its end; null when nothing did (or the compression has no trailers).
   */
  static MemberStream.Trailer trailerOf(InputStream decompressed) {
    return decompressed instanceof MemberStream members ? members.trailer() : null;
  }
}
