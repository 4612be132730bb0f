package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.List;

/**
 * An SPDX matching template split into its parts: fixed text, optional text ({@code
 * <<beginOptional>> ... <<endOptional>>}, which may nest) and replaceable text ({@code
 * <<var;name="...";original="...";match="...">>}, which a copy may change within the pattern).
 */
final class LicenseTemplate {

  /** One piece of a template. */
  sealed interface Part {
    /** Inside {@code <<beginOptional>>}: a copy may leave it out. */
    boolean optional();
  }

  /** Text that a copy must contain (unless optional). */
  record Fixed(String text, boolean optional) implements Part {}

  /**
   * Replaceable text: {@code original} is the list's wording; a copy may put other words that
   * the regular expression {@code match} accepts.
   */
  record Replaceable(String original, String match, boolean optional) implements Part {}

  private LicenseTemplate() {}

  static List<Part> parse(String template) {
    List<Part> parts = new ArrayList<>();
    int depth = 0;
    int position = 0;
    int length = template.length();
    while (position < length) {
      int open = template.indexOf("<<", position);
      if (open < 0) {
        addFixed(parts, template.substring(position), depth);
        break;
      }
      if (template.startsWith("<<beginOptional", open) || template.startsWith("<<endOptional", open)
          || template.startsWith("<<var;", open)) {
        addFixed(parts, template.substring(position, open), depth);
        if (template.startsWith("<<var;", open)) {
          position = parseVar(template, open + 6, parts, depth);
        } else {
          depth = Math.max(0, depth + (template.startsWith("<<begin", open) ? 1 : -1));
          position = closing(template, open);
        }
      } else {
        // A literal "<" before a rule ("<<<endOptional>>") or text that merely contains "<<".
        addFixed(parts, template.substring(position, open + 1), depth);
        position = open + 1;
      }
    }
    return parts;
  }

  private static void addFixed(List<Part> parts, String text, int depth) {
    if (!text.isEmpty()) {
      parts.add(new Fixed(text, depth > 0));
    }
  }

  /** Reads {@code name="..";original="..";match=".."} up to {@code >>}; returns what follows. */
  private static int parseVar(String template, int from, List<Part> parts, int depth) {
    String original = "";
    String match = ".*";
    int position = from;
    while (position < template.length() && !template.startsWith(">>", position)) {
      int equals = template.indexOf("=\"", position);
      if (equals < 0) {
        return closing(template, position);
      }
      String key = template.substring(position, equals).trim();
      int valueStart = equals + 2;
      int valueEnd = valueEnd(template, valueStart);
      if (key.equals("original")) {
        original = template.substring(valueStart, valueEnd);
      } else if (key.equals("match")) {
        match = template.substring(valueStart, valueEnd);
      }
      position = valueEnd + 1;
      if (template.startsWith(";", position)) {
        position++;
      }
    }
    parts.add(new Replaceable(original, match, depth > 0));
    return Math.min(template.length(), position + 2);
  }

  /** The closing quote of a value: a quote followed by ';' or '>>' (values may contain quotes). */
  private static int valueEnd(String template, int from) {
    int quote = template.indexOf('"', from);
    while (quote >= 0) {
      if (template.startsWith(";", quote + 1) || template.startsWith(">>", quote + 1)) {
        return quote;
      }
      quote = template.indexOf('"', quote + 1);
    }
    return template.length() - 1;
  }

  private static int closing(String template, int from) {
    int close = template.indexOf(">>", from);
    return close < 0 ? template.length() : close + 2;
  }
}
