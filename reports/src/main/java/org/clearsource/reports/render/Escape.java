package org.clearsource.reports.render;

/**
 * Escaping of text taken from documents and the manifest, for HTML and for Markdown. Every renderer
 * writes such text only through these methods (or through {@link Doc}, which calls them).
 */
public final class Escape {

  private Escape() {}

  /**
   * Text for HTML element content and double- or single-quoted attribute values: {@code & < > " '}
   * become entities, control characters (other than tab and newline) become U+FFFD.
   */
  public static String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(isControl(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /**
   * Text for one line of Markdown (a paragraph, a list item, a heading, a table cell): line breaks
   * and runs of white space become one space, so nothing can start a new block; {@code < > &}
   * become entities, so nothing is read as HTML; every character with inline meaning ({@code \ `
   * * _ [ ] | ~ # $}) is backslash-escaped, so nothing becomes a link, image, emphasis or code.
   * Text that starts a line also needs {@link #markdownLineStart}.
   */
  public static String markdown(String text) {
    if (text == null) {
      return "";
    }
    String line = oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '$' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Like {@link #markdown}, for text at the start of a line: a leading {@code - + =} or an
   * ordered-list number is escaped too, so that nothing becomes a list or a heading underline.
   */
  public static String markdownLineStart(String text) {
    return escapeBlockStart(new StringBuilder(markdown(text)));
  }

  /**
   * Collapses line breaks, tabs and runs of white space into single spaces (one stays at either
   * end, so that pieces of text can be joined); control characters become U+FFFD.
   */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2028' || c == '\u2029') {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(isControl(c) ? '\uFFFD' : c);
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  /** Text for a YAML double-quoted scalar (the card's front matter), quotes included. */
  public static String yamlString(String text) {
    String line = oneLine(text == null ? "" : text);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Escapes what would open a list, a heading underline or a definition at the line start. */
  private static String escapeBlockStart(StringBuilder escaped) {
    int start = 0;
    while (start < escaped.length() && escaped.charAt(start) == ' ') {
      start++;
    }
    if (start == escaped.length()) {
      return escaped.toString();
    }
    char first = escaped.charAt(start);
    if (first == '-' || first == '+' || first == '=') {
      return escaped.insert(start, '\\').toString();
    }
    int end = start;
    while (end < escaped.length() && Character.isDigit(escaped.charAt(end))) {
      end++;
    }
    // "1." or "1)" followed by a space or the end opens an ordered list; "827.5" does not.
    if (end > start && end < escaped.length()
        && (escaped.charAt(end) == '.' || escaped.charAt(end) == ')')
        && (end + 1 == escaped.length() || escaped.charAt(end + 1) == ' ')) {
      escaped.insert(end, '\\');
    }
    return escaped.toString();
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c < 0xA0);
  }
}
