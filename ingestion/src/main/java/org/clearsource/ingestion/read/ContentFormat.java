package org.clearsource.ingestion.read;

import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** What an (uncompressed) file holds, recognised from its first bytes, the name only breaking ties. */
public enum ContentFormat {
  JSONL,
  PARQUET,
  WARC,
  TAR,
  ZIP,
  TEXT,
  BINARY;

  /** Bytes worth reading to detect a format: a tar header's magic sits at offset 257. */
  public static final int SNIFF_BYTES = 512;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Detects the format of uncompressed content from its first bytes.
   *
   * @param head the first bytes (up to {@link #SNIFF_BYTES})
   * @param length how many of them are valid
   * @param name the file name, without compression suffix, to break ties (".jsonl" whose first
   *     record is an array, text that happens to start with "{")
   */
  public static ContentFormat detect(byte[] head, int length, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (startsWith(head, length, "PAR1")) {
      return PARQUET;
    }
    if (startsWith(head, length, "WARC/")) {
      return WARC;
    }
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ZIP;
    }
    if (isTar(head, length)) {
      return TAR;
    }
    int first = firstNonBlank(head, length);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return JSONL;
    }
    if (first >= 0 && head[first] == '{' && !hasTextExtension(lower)) {
      return JSONL;
    }
    if (looksBinary(head, length)) {
      return BINARY;
    }
    return TEXT;
  }

  /**
   * A tar header: "ustar" at byte 257 with the version that follows it in POSIX and GNU tar
   * (commons-compress checks). "ustar" alone is not enough: a text file can spell it there.
   */
  static boolean isTar(byte[] head, int length) {
    return length >= 265 && TarArchiveInputStream.matches(head, length);
  }

  /**
   * NUL bytes in the first block mean binary, as git and grep decide it; after a UTF-16 byte-order
   * mark, NUL characters (two NUL bytes on a character boundary) do.
   */
  public static boolean looksBinary(byte[] head, int length) {
    boolean utf16 = length >= 2 && ((head[0] == (byte) 0xfe && head[1] == (byte) 0xff)
        || (head[0] == (byte) 0xff && head[1] == (byte) 0xfe));
    if (utf16) {
      for (int i = 2; i + 1 < length; i += 2) {
        if (head[i] == 0 && head[i + 1] == 0) {
          return true;
        }
      }
      return false;
    }
    return TextDecoding.indexOfNul(head, 0, length) >= 0;
  }

  private static boolean hasTextExtension(String name) {
    return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".java")
        || name.endsWith(".js") || name.endsWith(".c") || name.endsWith(".py");
  }

  private static int firstNonBlank(byte[] head, int length) {
    int i = 0;
    // A UTF-8 byte-order mark is not content.
    if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    for (; i < length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] head, int length, String magic) {
    if (length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
