package org.clearsource.ingestion.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes an HTTP message's {@code Content-Encoding} (RFC 9110, section 8.4): gzip, deflate (zlib
 * data as the RFC defines it, or raw deflate as some servers send it), br (Brotli, decoded in pure
 * Java) and zstd, applied in the order listed. Any other coding cannot be undone: an IOException.
 */
final class ContentEncoding {

  private ContentEncoding() {}

  /**
   * The decoded body.
   *
   * @param body the body as sent (after any transfer coding was removed)
   * @param headerValues the values of the message's {@code Content-Encoding} headers
   * @throws IOException for a coding that is not supported, or a body that is not what it says
   */
  static InputStream decode(ReadableByteChannel body, List<String> headerValues)
      throws IOException {
    List<String> codings = new ArrayList<>();
    for (String value : headerValues) {
      for (String coding : value.split(",")) {
        String name = coding.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.equals("identity") && !name.equals("none")) {
          codings.add(name);
        }
      }
    }
    InputStream in = Channels.newInputStream(body);
    // The last coding listed was applied last: it is undone first.
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = undo(codings.get(i), in);
    }
    return in;
  }

  private static InputStream undo(String coding, InputStream in) throws IOException {
    return switch (coding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(in);
      case "deflate" -> inflated(in);
      case "br" -> new BrotliInputStream(in);
      case "zstd" -> new ZstdInputStream(in);
      default -> throw new IOException("unsupported Content-Encoding");
    };
  }

  /** zlib-wrapped deflate when the first two bytes are a zlib header, else raw deflate. */
  private static InputStream inflated(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && (first >> 4) <= 7
        && ((first << 8) | second) % 31 == 0;
    return new InflaterInputStream(buffered, new Inflater(!zlib)) {
      @Override
      public void close() throws IOException {
        super.close();
        inf.end();
      }
    };
  }
}
