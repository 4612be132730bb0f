package org.clearsource.core.url;

import com.ibm.icu.text.IDNA;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A crawled web URL read leniently, as a browser reads it (the WHATWG URL Standard's basic URL
 * parser for the special schemes {@code http}, {@code https}, {@code ws}, {@code wss} and {@code
 * ftp}). {@code java.net.URI} rejects much of what real crawls hold ({@code |}, {@code {}}, {@code
 * ^}, a stray {@code %zz}, an underscore or non-ASCII letters in the host), and every stage that
 * needs a URL's host or path must read it here, so that a page and its site's robots.txt agree.
 *
 * <p>Differences from the standard, all on the side of matching sites: the host's trailing dot is
 * dropped ({@code example.com.} is {@code example.com}); an IPv6 host is kept as written
 * (lower-cased, in brackets) rather than compressed; the fragment is not kept. Java's Maven Central
 * has no maintained WHATWG parser (galimatias and urlcanon have not followed the standard or ICU
 * since 2015 and 2019), so this class implements the parts Clearsource needs on ICU4J's UTS #46
 * IDNA, the mapping the standard itself prescribes for hosts.
 *
 * @param scheme lower-case scheme
 * @param host the host as ASCII (IDNA to punycode, lower-case, no trailing dot), or null when the
 *     URL has no usable host: empty, with a forbidden character, an invalid port or IDNA label
 * @param path the path, percent-encoded where the standard encodes it, dot segments resolved;
 *     {@code "/"} when empty
 * @param query the query without its {@code ?}, percent-encoded likewise; null when absent
 */
public record WebUrl(String scheme, String host, String path, String query) {

  private static final Set<String> SPECIAL_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  // WHATWG "domain to ASCII" with beStrict false: no STD3 rules (so "_" passes), no DNS lengths.
  private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(
      IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);
  private static final Set<IDNA.Error> IGNORED_IDNA_ERRORS = EnumSet.of(
      IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4,
      IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);

  /**
   * Reads a URL. Returns null for what is not a URL of a special scheme (no scheme, {@code
   * mailto:}, a bare path); a URL whose host is unusable is returned with a null host, since its
   * path can still be read.
   */
  public static WebUrl parse(String url) {
    if (url == null) {
      return null;
    }
    String input = stripControls(url);
    int colon = input.indexOf(':');
    if (colon <= 0 || !SCHEME.matcher(input.substring(0, colon)).matches()) {
      return null;
    }
    String scheme = input.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!SPECIAL_SCHEMES.contains(scheme)) {
      return null;
    }
    int start = colon + 1;
    while (start < input.length() && isSlash(input.charAt(start))) {
      start++;
    }
    int authorityEnd = start;
    while (authorityEnd < input.length() && !isSlash(input.charAt(authorityEnd))
        && input.charAt(authorityEnd) != '?' && input.charAt(authorityEnd) != '#') {
      authorityEnd++;
    }
    int fragment = input.indexOf('#', authorityEnd);
    String rest = input.substring(authorityEnd, fragment < 0 ? input.length() : fragment);
    int question = rest.indexOf('?');
    String rawPath = question < 0 ? rest : rest.substring(0, question);
    String rawQuery = question < 0 ? null : rest.substring(question + 1);
    return new WebUrl(scheme, hostOfAuthority(input.substring(start, authorityEnd)),
        path(rawPath), rawQuery == null ? null : encode(rawQuery, WebUrl::inQuerySet));
  }

  /** The usable host of a URL ({@link #host()}), or null when it has none or is no web URL. */
  public static String hostOf(String url) {
    WebUrl parsed = parse(url);
    return parsed == null ? null : parsed.host();
  }

  /**
   * A host name on its own, written in Unicode or punycode, in the form {@link #host()} has
   * ({@code MÜNCHEN.example.} and {@code xn--mnchen-3ya.example} are both {@code
   * xn--mnchen-3ya.example}); null when it is not a usable host.
   */
  public static String normalizeHost(String host) {
    return host == null ? null : normalizedHost(host);
  }

  /** The path and query as robots.txt rules are matched against: {@code /a/b?x=1}. */
  public String pathAndQuery() {
    return query == null ? path : path + "?" + query;
  }

  private static String hostOfAuthority(String authority) {
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    int portColon = hostAndPort.startsWith("[")
        ? hostAndPort.indexOf(':', Math.max(0, hostAndPort.indexOf(']')))
        : hostAndPort.lastIndexOf(':');
    if (portColon >= 0) {
      String port = hostAndPort.substring(portColon + 1);
      if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
      hostAndPort = hostAndPort.substring(0, portColon);
    }
    return normalizedHost(hostAndPort);
  }

  private static String normalizedHost(String raw) {
    if (raw.startsWith("[")) {
      return raw.endsWith("]") && raw.length() > 3
          && raw.substring(1, raw.length() - 1).matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
          ? raw.toLowerCase(Locale.ROOT) : null;
    }
    String decoded = percentDecode(raw);
    if (decoded == null || decoded.isEmpty()) {
      return null;
    }
    StringBuilder ascii = new StringBuilder();
    IDNA.Info info = new IDNA.Info();
    IDNA_UTS46.nameToASCII(decoded, ascii, info);
    Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
    errors.addAll(info.getErrors());
    errors.removeAll(IGNORED_IDNA_ERRORS);
    if (!errors.isEmpty()) {
      return null;
    }
    String host = ascii.toString();
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty() || host.contains("..") || host.startsWith(".")
        || host.chars().anyMatch(WebUrl::isForbiddenInDomain)) {
      return null;
    }
    return endsInNumber(host) ? ipv4(host) : host;
  }

  /** WHATWG's "ends in a number": then the host must be an IPv4 address. */
  private static boolean endsInNumber(String host) {
    String last = host.substring(host.lastIndexOf('.') + 1);
    return last.chars().allMatch(c -> c >= '0' && c <= '9')
        || last.matches("0[xX][0-9A-Fa-f]*");
  }

  /** WHATWG's IPv4 parser (decimal, 0x hex and 0-led octal parts), serialized dotted-decimal. */
  private static String ipv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      return null;
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = ipv4Number(parts[i]);
      if (numbers[i] < 0 || (i < parts.length - 1 && numbers[i] > 255)) {
        return null;
      }
    }
    long last = numbers[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      return null;
    }
    long address = last;
    for (int i = 0; i < parts.length - 1; i++) {
      address += numbers[i] << (8 * (3 - i));
    }
    return (address >> 24) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
        + (address & 255);
  }

  private static long ipv4Number(String part) {
    int radix = 10;
    String digits = part;
    if (part.startsWith("0x") || part.startsWith("0X")) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() > 1 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return part.isEmpty() ? -1 : 0;
    }
    if (digits.length() > 12) {
      return -1;
    }
    try {
      return Long.parseLong(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Decoded %XX escapes as UTF-8; null when the bytes are not UTF-8 (the standard fails). */
  private static String percentDecode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length && HexFormat.isHexDigit(bytes[i + 1])
          && HexFormat.isHexDigit(bytes[i + 2])) {
        out.write(HexFormat.fromHexDigit(bytes[i + 1]) * 16
            + HexFormat.fromHexDigit(bytes[i + 2]));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    byte[] decoded = out.toByteArray();
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(decoded))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /** The path with backslashes as slashes, encoded, {@code .} and {@code ..} segments resolved. */
  private static String path(String raw) {
    List<String> segments = new ArrayList<>();
    String[] parts = raw.replace('\\', '/').split("/", -1);
    // parts[0] is what precedes the first slash: empty, since the authority ends at a slash.
    for (int i = 1; i < parts.length; i++) {
      String segment = parts[i];
      boolean last = i == parts.length - 1;
      if (isDoubleDot(segment)) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
        if (last) {
          segments.add("");
        }
      } else if (isSingleDot(segment)) {
        if (last) {
          segments.add("");
        }
      } else {
        segments.add(encode(segment, WebUrl::inPathSet));
      }
    }
    return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
  }

  private static boolean isSingleDot(String segment) {
    return segment.equals(".") || segment.equalsIgnoreCase("%2e");
  }

  private static boolean isDoubleDot(String segment) {
    String lower = segment.toLowerCase(Locale.ROOT);
    return lower.equals("..") || lower.equals(".%2e") || lower.equals("%2e.")
        || lower.equals("%2e%2e");
  }

  /** Percent-encodes, as UTF-8, the chars of a set; existing escapes (valid or not) stay. */
  private static String encode(String value, java.util.function.IntPredicate set) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!set.test(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
      for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
      }
      i = end - 1;
    }
    return out == null ? value : out.toString();
  }

  /** The standard's path percent-encode set. */
  private static boolean inPathSet(int c) {
    return inQuerySet(c) && c != '\'' || c == '?' || c == '^' || c == '`' || c == '{'
        || c == '}';
  }

  /** The standard's special-query percent-encode set. */
  private static boolean inQuerySet(int c) {
    return c <= ' ' || c >= 0x7F || c == '"' || c == '#' || c == '<' || c == '>' || c == '\'';
  }

  /** The standard's forbidden domain code points. */
  private static boolean isForbiddenInDomain(int c) {
    return c <= ' ' || c == 0x7F || c == '%' || "#/:<>?@[\\]^|".indexOf(c) >= 0;
  }

  /** Leading and trailing C0 controls and spaces dropped; tabs and newlines removed throughout. */
  private static String stripControls(String url) {
    int from = 0;
    int to = url.length();
    while (from < to && url.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && url.charAt(to - 1) <= ' ') {
      to--;
    }
    String trimmed = url.substring(from, to);
    return trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0
        ? trimmed : trimmed.replaceAll("[\t\n\r]", "");
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

}
