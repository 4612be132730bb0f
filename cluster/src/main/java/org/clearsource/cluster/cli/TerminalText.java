package org.clearsource.cluster.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the CLI prints, made safe for a terminal: manifest fields, file names and record values can
 * hold control characters, and an ESC sequence in a source's name could move the cursor and
 * overwrite a line with a forged "Verdict: PASSED". Every control character (C0, DEL, C1) and
 * every bidirectional or line-separating format character is shown as a visible escape
 * ({@code \x1B}, {@code \u202E}); all of the CLI's output goes through {@link #escaping}.
 */
final class TerminalText {

  private TerminalText() {}

  /**
   * A user value inside one line (a name, a path): every control character escaped, line breaks
   * and tabs included, so that a value cannot start a line of its own.
   */
  static String value(String text) {
    return escape(text, false);
  }

  /**
   * {@code text} with its control characters escaped; with {@code keepLayout}, line feeds and tabs
   * stay (the CLI's own layout), everything else is escaped.
   */
  static String escape(String text, boolean keepLayout) {
    if (text == null) {
      return "null";
    }
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = needsEscape(c, keepLayout) ? escapeOf(c) : null;
      if (escaped != null && safe == null) {
        safe = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (safe != null) {
        if (escaped != null) {
          safe.append(escaped);
        } else {
          safe.append(c);
        }
      }
    }
    return safe == null ? text : safe.toString();
  }

  /** A writer that escapes whatever passes through it (line feeds and tabs kept). */
  static PrintWriter escaping(PrintWriter target) {
    return new PrintWriter(new EscapingWriter(target), true);
  }

  private static boolean needsEscape(char c, boolean keepLayout) {
    if (keepLayout && (c == '\n' || c == '\t')) {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u200B' && c <= '\u200F') || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
  }

  private static String escapeOf(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    };
  }

  /** Escapes each chunk written; a chunk is whole characters, so nothing is split. */
  private static final class EscapingWriter extends FilterWriter {

    EscapingWriter(Writer target) {
      super(target);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(escape(String.valueOf((char) c), true));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(escape(new String(buffer, offset, length), true));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.write(escape(text.substring(offset, offset + length), true));
    }
  }
}
