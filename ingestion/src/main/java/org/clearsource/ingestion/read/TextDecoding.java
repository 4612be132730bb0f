package org.clearsource.ingestion.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of one whole text file (or archive member) into text, by its charset: a UTF-16
 * byte-order mark selects UTF-16 (which must then be valid), a leading UTF-8 byte-order mark is
 * dropped, valid UTF-8 is UTF-8, and anything else is a legacy charset ({@link LegacyCharsets}),
 * unless control bytes show it is binary. Also home of the byte scans the JSONL reader shares (NUL bytes, UTF-8 validity) and
 * of the rule that names a broken stream truncated or corrupt.
 */
final class TextDecoding {

  /** As git and grep decide it: NUL bytes this early mean the content is not text. */
  static final int SNIFF_BYTES = 8 << 10;

  /** More C0 control bytes than this share of the first bytes means binary, not legacy text. */
  static final int MAX_CONTROL_PERCENT = 5;

  /** The largest array the JVM reliably allocates. */
  static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private TextDecoding() {}

  /** What reading a whole stream as text gave: its text, or why there is none. */
  sealed interface Decoded permits Text, Failure {

    /**
     * The outcome for this content.
     *
     * @param locator where the content sits
     * @param title the document's title (its file or member name)
     * @param metadata signals to keep with a document, besides the charset
     */
    ReadOutcome outcome(String locator, String title, Map<String, String> metadata);
  }

  /** Decoded text and the charset it was decoded with. */
  record Text(String text, String charset) implements Decoded {
    @Override
    public ReadOutcome outcome(String locator, String title, Map<String, String> metadata) {
      Map<String, String> all = new HashMap<>(metadata);
      all.put(MetadataKeys.CHARSET, charset);
      return new ParsedDocument(locator, null, null, text, title, null, null, all);
    }
  }

  /** Content that is not a document, with the first bytes read for an excerpt. */
  record Failure(QuarantineReason reason, String detail, byte[] head, int headLength)
      implements Decoded {
    @Override
    public ReadOutcome outcome(String locator, String title, Map<String, String> metadata) {
      return Quarantined.of(locator, reason, detail, head, headLength);
    }

    /** Whether the stream itself broke, so that nothing after this content can be read. */
    boolean endsStream() {
      return reason == QuarantineReason.TRUNCATED_INPUT || reason == QuarantineReason.CORRUPT_INPUT;
    }
  }

  /**
   * Reads {@code in} to its end as one text. Reading stops early, without buffering more, once the
   * first {@link #SNIFF_BYTES} show binary content or once more than {@code maxBytes} have come.
   *
   * @param in the (uncompressed) content; not closed
   * @param maxBytes larger content is {@link QuarantineReason#RECORD_TOO_LARGE}
   */
  static Decoded read(InputStream in, long maxBytes) {
    int limit = (int) Math.min(maxBytes, MAX_ARRAY_BYTES);
    byte[] bytes = new byte[Math.min(limit, SNIFF_BYTES)];
    int length = 0;
    boolean sniffed = false;
    try {
      while (true) {
        if (!sniffed && (length >= SNIFF_BYTES || length == limit)) {
          sniffed = true;
          String binary = binaryContent(bytes, length);
          if (binary != null) {
            return new Failure(QuarantineReason.BINARY_CONTENT, binary, bytes, length);
          }
        }
        if (length == bytes.length) {
          if (length == limit) {
            // Full: one more byte tells a file of exactly the limit from a larger one.
            if (readByte(in) < 0) {
              break;
            }
            return new Failure(
                QuarantineReason.RECORD_TOO_LARGE,
                "more than the limit of " + limit + " bytes",
                bytes,
                length);
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min((long) length * 2, limit));
        }
        int n = readSome(in, bytes, length, bytes.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      return new Failure(reasonFor(e), describe(e), bytes, length);
    }
    if (!sniffed) {
      String binary = binaryContent(bytes, length);
      if (binary != null) {
        return new Failure(QuarantineReason.BINARY_CONTENT, binary, bytes, length);
      }
    }
    return decode(bytes, length);
  }

  /** Decodes complete content that was found not to be binary. */
  private static Decoded decode(byte[] bytes, int length) {
    Charset utf16 = utf16ByOrderMark(bytes, length);
    String text;
    String charset;
    if (utf16 != null) {
      try {
        text =
            utf16
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 2, length - 2))
                .toString();
      } catch (CharacterCodingException e) {
        return new Failure(
            QuarantineReason.INVALID_ENCODING,
            "invalid " + utf16.name() + " after its byte-order mark: " + e.getMessage(),
            bytes,
            length);
      }
      charset = utf16.name();
    } else {
      int start = hasUtf8OrderMark(bytes, length) ? 3 : 0;
      if (indexOfInvalidUtf8(bytes, start, length - start) < 0) {
        text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        charset = StandardCharsets.UTF_8.name();
      } else {
        String controls = controlBytes(bytes, length);
        if (controls != null) {
          return new Failure(QuarantineReason.BINARY_CONTENT, controls, bytes, length);
        }
        Charset legacy = LegacyCharsets.detect(bytes, length);
        text = new String(bytes, 0, length, legacy);
        charset = legacy.name();
      }
    }
    if (text.isBlank()) {
      return new Failure(
          QuarantineReason.EMPTY_TEXT,
          length == 0 ? "the content is empty" : "the text is whitespace only",
          bytes,
          length);
    }
    return new Text(text, charset);
  }

  /** Why the bytes of a record that must be UTF-8 (a JSON line, a Parquet string) are not text. */
  record Problem(QuarantineReason reason, String detail) {}

  /**
   * The one rule for records whose format says UTF-8 (JSON lines, Parquet strings): a NUL byte
   * means binary content, bytes that are not UTF-8 an invalid encoding; null when neither.
   */
  static Problem utf8RecordProblem(byte[] bytes, int offset, int length) {
    int nul = indexOfNul(bytes, offset, length);
    if (nul >= 0) {
      return new Problem(QuarantineReason.BINARY_CONTENT,
          "NUL byte at byte " + (nul - offset) + " of the record");
    }
    int invalid = indexOfInvalidUtf8(bytes, offset, length);
    if (invalid >= 0) {
      return new Problem(QuarantineReason.INVALID_ENCODING,
          "invalid UTF-8 at byte " + (invalid - offset) + " of the record");
    }
    return null;
  }

  /**
   * Why content that is not UTF-8 is not text either, or null: in text of any single- or multi-byte
   * charset, C0 control bytes other than tab, line and page breaks and escape are rare.
   */
  private static String controlBytes(byte[] bytes, int length) {
    int sniff = Math.min(length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < sniff; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    return controls * 100L > (long) sniff * MAX_CONTROL_PERCENT
        ? controls + " control bytes in the first " + sniff + " bytes of content that is not UTF-8"
        : null;
  }

  /**
   * Why the first bytes of some content are not text, or null when they may be: a compressed stream
   * or an archive (not descended into), or NUL bytes (for UTF-16, NUL characters).
   */
  static String binaryContent(byte[] head, int length) {
    String nested = nestedArchive(head, length);
    if (nested != null) {
      return "a nested " + nested + ", not text (nested archives are not read)";
    }
    int sniff = Math.min(length, SNIFF_BYTES);
    Charset utf16 = utf16ByOrderMark(head, length);
    if (utf16 != null) {
      for (int i = 2; i + 1 < sniff; i += 2) {
        if (head[i] == 0 && head[i + 1] == 0) {
          return "NUL characters in the first " + SNIFF_BYTES + " bytes of " + utf16.name()
              + " text (at byte " + i + ")";
        }
      }
      return null;
    }
    int nul = indexOfNul(head, 0, sniff);
    return nul < 0
        ? null
        : "NUL bytes in the first " + SNIFF_BYTES + " bytes (at byte " + nul + ")";
  }

  /** The kind of compressed stream or archive these first bytes start, or null. */
  private static String nestedArchive(byte[] head, int length) {
    Compression compression = Compression.detect(head, length);
    // "BZh" alone is plain text; a bzip2 stream continues with its level and a block or end magic.
    if (compression == Compression.BZIP2 && !isBzip2(head, length)) {
      compression = Compression.NONE;
    }
    if (compression != Compression.NONE) {
      return compression.id() + " stream";
    }
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "zip archive";
    }
    if (ContentFormat.isTar(head, length)) {
      return "tar archive";
    }
    return null;
  }

  private static boolean isBzip2(byte[] head, int length) {
    if (length < 10 || head[3] < '1' || head[3] > '9') {
      return false;
    }
    long magic = 0;
    for (int i = 4; i < 10; i++) {
      magic = (magic << 8) | (head[i] & 0xff);
    }
    // pi (a block) or sqrt(pi) (the end of an empty stream).
    return magic == 0x314159265359L || magic == 0x177245385090L;
  }

  private static Charset utf16ByOrderMark(byte[] bytes, int length) {
    if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Whether the bytes start with the UTF-8 byte-order mark EF BB BF. */
  static boolean hasUtf8OrderMark(byte[] bytes, int length) {
    return hasUtf8OrderMark(bytes, 0, length);
  }

  /** Whether {@code bytes[offset..offset+length)} starts with the UTF-8 byte-order mark. */
  static boolean hasUtf8OrderMark(byte[] bytes, int offset, int length) {
    return length >= 3
        && (bytes[offset] & 0xff) == 0xef
        && (bytes[offset + 1] & 0xff) == 0xbb
        && (bytes[offset + 2] & 0xff) == 0xbf;
  }

  /** The index of the first NUL byte in {@code bytes[from..from+length)}, or -1. */
  static int indexOfNul(byte[] bytes, int from, int length) {
    int i = from;
    int end = from + length;
    // Eight bytes at a time: a word has a zero byte iff (w - 0x01..) & ~w & 0x80.. is non-zero.
    for (; i + 8 <= end; i += 8) {
      long word = (long) LONGS.get(bytes, i);
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first byte of {@code bytes[from..from+length)} that does not belong to a
   * well-formed UTF-8 sequence (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
   * U+10FFFF), or -1 when all of it is valid.
   */
  static int indexOfInvalidUtf8(byte[] bytes, int from, int length) {
    int i = from;
    int end = from + length;
    while (i < end) {
      // ASCII runs, the common case, eight bytes at a time.
      if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGHS) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int size;
      int low = 0x80;
      int high = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        size = 2;
      } else if (b >= 0xe0 && b <= 0xef) {
        size = 3;
        if (b == 0xe0) {
          low = 0xa0;
        } else if (b == 0xed) {
          high = 0x9f;
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        size = 4;
        if (b == 0xf0) {
          low = 0x90;
        } else if (b == 0xf4) {
          high = 0x8f;
        }
      } else {
        return i;
      }
      if (i + size > end) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < size; k++) {
        int next = bytes[i + k] & 0xff;
        if (next < 0x80 || next > 0xbf) {
          return i;
        }
      }
      i += size;
    }
    return -1;
  }

  /**
   * Reads like {@link InputStream#read(byte[], int, int)}. Some decompressors report damaged data
   * with unchecked exceptions; they become IOExceptions so that they end as quarantined records.
   */
  static int readSome(InputStream in, byte[] buffer, int offset, int length) throws IOException {
    try {
      return in.read(buffer, offset, length);
    } catch (RuntimeException e) {
      throw new IOException("damaged input: " + e, e);
    }
  }

  private static int readByte(InputStream in) throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = readSome(in, one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  /**
   * Whether a failed read means the input was cut short ({@link QuarantineReason#TRUNCATED_INPUT})
   * or damaged ({@link QuarantineReason#CORRUPT_INPUT}). Libraries say "cut short" in their own
   * words: an EOFException (gzip), "Truncated source" (zstd), "Unexpected end of stream" (bzip2),
   * "Truncated ZIP file", "Truncated TAR archive".
   */
  static QuarantineReason reasonFor(IOException e) {
    if (e instanceof EOFException) {
      return QuarantineReason.TRUNCATED_INPUT;
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (message.contains("truncated")
        || message.contains("unexpected end")
        || message.contains("premature end")) {
      return QuarantineReason.TRUNCATED_INPUT;
    }
    return QuarantineReason.CORRUPT_INPUT;
  }

  /** A one-line description of a failed read, for a quarantine row's detail. */
  static String describe(IOException e) {
    String kind =
        reasonFor(e) == QuarantineReason.TRUNCATED_INPUT ? "input ends early" : "input is damaged";
    String message = e.getMessage() == null ? "" : ": " + ParserMessages.withoutContent(e.getMessage());
    // The message is escaped already; the rest is ours.
    return kind + " (" + e.getClass().getSimpleName() + message + ")";
  }
}
