package org.clearsource.reports.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which strings may become links: absolute {@code http} and {@code https} URLs with a host, and
 * nothing else ({@code javascript:}, {@code data:}, relative and protocol-relative URLs stay text).
 */
public final class Links {

  private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`]+");
  /** RFC 3986 characters that may stay as they are; anything else is percent-encoded. */
  private static final String KEEP =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&+,;=%";

  private Links() {}

  /**
   * The URL in a form safe to put in an {@code href} or a Markdown link destination (still to be
   * HTML-escaped in HTML), or null when it must not be a link.
   */
  public static String safeHttp(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    if (trimmed.isEmpty() || !trimmed.regionMatches(true, 0, "http", 0, 4)) {
      return null;
    }
    StringBuilder encoded = new StringBuilder();
    for (byte b : trimmed.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && KEEP.indexOf(c) >= 0) {
        encoded.append((char) c);
      } else if (c <= 0x20 || c == 0x7F) {
        return null;
      } else {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    try {
      URI uri = new URI(encoded.toString());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null
          || uri.getRawAuthority().contains("@")) {
        return null;
      }
      return scheme.toLowerCase(Locale.ROOT) + encoded.substring(scheme.length());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A text cut into plain parts and the http(s) URLs in it, in order. */
  public static List<Part> split(String text) {
    List<Part> parts = new ArrayList<>();
    if (text == null) {
      return parts;
    }
    Matcher matcher = URL_IN_TEXT.matcher(text);
    int at = 0;
    while (matcher.find()) {
      String url = trimTrailingPunctuation(matcher.group());
      int end = matcher.start() + url.length();
      if (matcher.start() > at) {
        parts.add(new Part(text.substring(at, matcher.start()), false));
      }
      parts.add(new Part(url, safeHttp(url) != null));
      at = end;
    }
    if (at < text.length()) {
      parts.add(new Part(text.substring(at), false));
    }
    return parts;
  }

  /** A piece of text; {@code url} is true when it is a linkable http(s) URL. */
  public record Part(String text, boolean url) {}

  private static String trimTrailingPunctuation(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?)]".indexOf(url.charAt(end - 1)) >= 0) {
      // Keep a closing parenthesis that closes one opened in the URL ("Gorham_(disambiguation)").
      if (url.charAt(end - 1) == ')'
          && url.substring(0, end).chars().filter(c -> c == '(').count()
              >= url.substring(0, end).chars().filter(c -> c == ')').count()) {
        break;
      }
      end--;
    }
    return url.substring(0, end);
  }
}
