package org.clearsource.ingestion.read;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A record that could not be read, and why.
 *
 * @param locator where it sits in its file
 * @param reason why it was not read
 * @param detail a short human explanation (parser message, limit exceeded)
 * @param excerpt the start of the record, escaped to printable ASCII, at most {@link
 *     #EXCERPT_CHARS} characters; null when nothing was read. Dropped later for unshareable sources.
 */
public record Quarantined(String locator, QuarantineReason reason, String detail, String excerpt)
    implements ReadOutcome {

  public static final int EXCERPT_CHARS = 160;

  public Quarantined {
    Objects.requireNonNull(locator, "Cannot quarantine a record without a locator");
    Objects.requireNonNull(reason, "Cannot quarantine a record without a reason");
  }

  /** Quarantines raw bytes, keeping an escaped excerpt of their start. */
  public static Quarantined of(
      String locator, QuarantineReason reason, String detail, byte[] raw, int length) {
    return new Quarantined(locator, reason, detail, excerpt(raw, length));
  }

  /**
   * The first {@link #EXCERPT_CHARS} characters of {@code raw}, decoded leniently as UTF-8, with
   * control and non-ASCII characters written as {@code \\uXXXX} so that the excerpt is safe to print
   * and to embed in any report.
   */
  public static String excerpt(byte[] raw, int length) {
    if (raw == null || length <= 0) {
      return null;
    }
    int take = Math.min(length, EXCERPT_CHARS * 4);
    return escape(new String(raw, 0, take, StandardCharsets.UTF_8));
  }

  /** Escapes text to printable ASCII, cut at {@link #EXCERPT_CHARS} characters. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), EXCERPT_CHARS) + 16);
    int chars = 0;
    for (int i = 0; i < text.length() && chars < EXCERPT_CHARS; i++, chars++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        out.append(c);
      } else if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }
}
