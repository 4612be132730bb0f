package org.clearsource.ingestion.inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.clearsource.core.manifest.SourceFormat;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.read.Compression;
import org.clearsource.ingestion.read.ContentFormat;

/**
 * Inspects one file: its SHA-256 (for the Croissant distribution and for reproducibility) and its
 * format from magic bytes, the name only breaking ties. One sequential read of the stored bytes.
 */
public final class FileInspector {

  /** Opens a file's stored bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open(ListedFile file) throws IOException;
  }

  private FileInspector() {}

  /**
   * Inspects a file. A file that cannot be opened or read gives an entry with an error, not an
   * exception: the caller decides whether that stops the run.
   *
   * @param declared the format the manifest declares for the source; {@code AUTO} trusts the bytes
   */
  public static InventoryEntry inspect(ListedFile file, SourceFormat declared, Opener opener) {
    byte[] head = new byte[ContentFormat.SNIFF_BYTES];
    int headLength = 0;
    MessageDigest digest = sha256();
    try (InputStream in = opener.open(file)) {
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        if (headLength < head.length) {
          int take = Math.min(read, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        digest.update(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      return new InventoryEntry(file, Compression.NONE, ContentFormat.BINARY, null, describe(e));
    }
    Compression compression = Compression.detect(head, headLength);
    ContentFormat format = declaredOrDetected(declared, compression, head, headLength, file);
    return new InventoryEntry(
        file, compression, format, HexFormat.of().formatHex(digest.digest()), null);
  }

  private static ContentFormat declaredOrDetected(
      SourceFormat declared, Compression compression, byte[] head, int headLength, ListedFile file) {
    byte[] content = head;
    int contentLength = headLength;
    if (compression != Compression.NONE) {
      content = new byte[ContentFormat.SNIFF_BYTES];
      contentLength = decompressHead(compression, head, headLength, content);
    }
    ContentFormat detected =
        ContentFormat.detect(content, contentLength, stripCompressionSuffix(file.name()));
    return switch (declared) {
      case AUTO -> detected;
      case JSONL -> ContentFormat.JSONL;
      case PARQUET -> ContentFormat.PARQUET;
      case WARC, WET -> ContentFormat.WARC;
      // A text source may hold archives of text files: the bytes say which.
      case TEXT -> detected == ContentFormat.TAR || detected == ContentFormat.ZIP
          || detected == ContentFormat.BINARY ? detected : ContentFormat.TEXT;
    };
  }

  /** Decompresses as much of the head as it holds; a short read just means less to sniff. */
  private static int decompressHead(Compression compression, byte[] head, int length, byte[] out) {
    // WARC files are gzipped per record: jwarc reads them raw, but sniffing the content still
    // needs the first member's bytes.
    int total = 0;
    try (InputStream in = compression.decompress(new ByteArrayInputStream(head, 0, length))) {
      int read;
      while (total < out.length && (read = in.read(out, total, out.length - total)) > 0) {
        total += read;
      }
    } catch (IOException | RuntimeException e) {
      // The head ends inside the compressed stream; what was decoded is enough to sniff.
    }
    return total;
  }

  /** A file name without its compression suffix (".tgz" becomes ".tar"). */
  public static String stripCompressionSuffix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".gz", ".zst", ".zstd", ".bz2", ".tgz"}) {
      if (lower.endsWith(suffix)) {
        return suffix.equals(".tgz")
            ? name.substring(0, name.length() - 4) + ".tar"
            : name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot find SHA-256, which every JVM has", e);
    }
  }
}
