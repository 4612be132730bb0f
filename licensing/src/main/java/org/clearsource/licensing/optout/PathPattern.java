package org.clearsource.licensing.optout;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * URL path patterns as robots.txt (RFC 9309) defines them, also used for TDMRep locations: a
 * pattern matches a path that starts with it; {@code *} matches any run of chars ({@code /}
 * included); a final {@code $} anchors the pattern at the end of the path. Patterns and paths are
 * compared after {@link #normalize(String) percent-encoding normalization}.
 */
final class PathPattern {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  /** ASCII chars RFC 3986 does not allow in a URI: browsers send some raw, others encoded. */
  private static final String NOT_IN_URIS = "\"<>\\^`{|}";

  private PathPattern() {}

  /**
   * The form compared: non-ASCII chars, spaces, controls and the ASCII chars a URI may not hold
   * ({@code "<>\^`{|}}) percent-encoded as UTF-8 with upper-case hex, so that {@code /{id}} and
   * {@code /%7Bid%7D} are the same path; existing escapes upper-cased; escapes of unreserved chars (letters, digits, {@code -._~})
   * decoded, so that {@code /%7Efoo} and {@code /~foo} are the same path.
   */
  static String normalize(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length() && HexFormat.isHexDigit(value.charAt(i + 1))
          && HexFormat.isHexDigit(value.charAt(i + 2))) {
        int decoded = HexFormat.fromHexDigit(value.charAt(i + 1)) * 16
            + HexFormat.fromHexDigit(value.charAt(i + 2));
        if (isUnreserved(decoded)) {
          out.append((char) decoded);
        } else {
          out.append('%').append(HEX[decoded >> 4]).append(HEX[decoded & 15]);
        }
        i += 2;
      } else if (c <= ' ' || c >= 0x7F || NOT_IN_URIS.indexOf(c) >= 0) {
        int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
        for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
        }
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether normalized {@code pattern} matches normalized {@code path}. Greedy matching that backs
   * up only to the last {@code *}: at most pattern length times path length steps, never
   * exponential.
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    int patternLength = anchored ? pattern.length() - 1 : pattern.length();
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = -1;
    while (true) {
      if (p == patternLength && !anchored) {
        return true;
      }
      if (t == path.length()) {
        while (p < patternLength && pattern.charAt(p) == '*') {
          p++;
        }
        return p == patternLength;
      }
      if (p < patternLength && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (p < patternLength && pattern.charAt(p) == path.charAt(t)) {
        p++;
        t++;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
  }

  /** Whether the pattern matches every path: "/", "*", "/*", "/*$". */
  static boolean matchesEverything(String pattern) {
    String bare = pattern.endsWith("*$") ? pattern.substring(0, pattern.length() - 1) : pattern;
    if (bare.endsWith("$")) {
      return false;
    }
    int start = bare.startsWith("/") ? 1 : 0;
    for (int i = start; i < bare.length(); i++) {
      if (bare.charAt(i) != '*') {
        return false;
      }
    }
    return !bare.isEmpty();
  }

  /**
   * The path and query of a TDMRep location ("/a/b?x=1"), "/" when it has none; a value that is
   * not an absolute URL is taken as a path. Documents' URLs are read by {@code WebUrl} instead:
   * a location is a pattern ({@code *}, {@code $}), whose dot segments must stay as written.
   */
  static String pathAndQuery(String url) {
    String trimmed = url.trim();
    int scheme = trimmed.indexOf("://");
    int start = 0;
    if (scheme >= 0) {
      start = trimmed.length();
      for (int i = scheme + 3; i < trimmed.length(); i++) {
        char c = trimmed.charAt(i);
        if (c == '/' || c == '?' || c == '#') {
          start = i;
          break;
        }
      }
    }
    int fragment = trimmed.indexOf('#', start);
    String rest = trimmed.substring(start, fragment < 0 ? trimmed.length() : fragment);
    if (rest.isEmpty()) {
      return "/";
    }
    return rest.startsWith("/") ? rest : "/" + rest;
  }


  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
