package org.clearsource.licensing.license;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licence URLs to SPDX ids: the published locations the SPDX list gives for each licence
 * ({@code seeAlso}, kept where a URL names one licence only), and rules for the sites whose URLs
 * carry the licence in their path: creativecommons.org deeds and legal code, licensebuttons.net
 * and i.creativecommons.org badges, gnu.org, apache.org, opensource.org, mozilla.org, eclipse.org,
 * spdx.org and choosealicense.com. A URL alone cannot tell "GPL-3.0-only" from "-or-later"; it maps
 * to "-only". Immutable and thread-safe.
 */
final class LicenseUrls {

  private static final Pattern CREATIVE_COMMONS = Pattern.compile(
      "(?:[a-z0-9-]+\\.)?(?:creativecommons\\.org|licensebuttons\\.net)/(?:licenses|l)/"
          + "([a-z-]+)/(\\d(?:\\.\\d)?)(?:/([a-z]{2,3}))?(?:[/.].*)?");
  private static final Pattern CC_ZERO = Pattern.compile(
      "(?:[a-z0-9-]+\\.)?(?:creativecommons\\.org|licensebuttons\\.net)/(?:publicdomain|p)/"
          + "(zero|mark)/1\\.0(?:[/.].*)?");
  private static final Pattern GNU = Pattern.compile("gnu\\.org/(?:licenses|copyleft)/"
      + "(?:old-licenses/)?(agpl|lgpl|gpl|fdl)-(\\d\\.\\d)(?:[-./].*)?");
  private static final Pattern APACHE =
      Pattern.compile("apache\\.org/licenses/license-(\\d\\.\\d)(?:[-./].*)?");
  private static final Pattern MOZILLA =
      Pattern.compile("mozilla\\.org/(?:[a-z-]+/)?mpl/(?:mpl-)?(\\d\\.\\d)(?:[-./].*)?");
  private static final Pattern ECLIPSE =
      Pattern.compile("eclipse\\.org/legal/epl-?v?(\\d)\\.?(\\d)(?:[-./].*)?");
  private static final Pattern ECLIPSE_DISTRIBUTION =
      Pattern.compile("eclipse\\.org/(?:org/documents|legal)/edl-v10(?:[-./].*)?");
  private static final Pattern BY_ID = Pattern.compile(
      "(?:opensource\\.org/licenses?|spdx\\.org/licenses|choosealicense\\.com/licenses)/"
          + "([a-z0-9.+-]+?)(?:\\.html|\\.json|\\.php)?");
  private static final Map<String, String> OPENSOURCE_ALIASES = Map.of(
      "mit-license", "MIT", "apache2.0", "Apache-2.0", "mozilla1.1", "MPL-1.1",
      "cpl1.0", "CPL-1.0", "eclipse-1.0", "EPL-1.0", "cddl1", "CDDL-1.0",
      "artistic-license-2.0", "Artistic-2.0", "isc-license", "ISC", "zlib-license", "Zlib");

  private final Map<String, String> seeAlso;

  private LicenseUrls(Map<String, String> seeAlso) {
    this.seeAlso = seeAlso;
  }

  /** Builds the table from the listed texts' {@code seeAlso} URLs. */
  static LicenseUrls build(List<ListedText> texts) {
    Map<String, String> unique = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (ListedText text : texts) {
      if (text.deprecated()) {
        continue;
      }
      for (String url : text.seeAlso()) {
        String key = normalize(url);
        if (key.indexOf('/') < 0) {
          continue;
        }
        String previous = unique.putIfAbsent(key, text.id());
        if (previous != null && !previous.equals(text.id())) {
          ambiguous.add(key);
        }
      }
    }
    unique.keySet().removeAll(ambiguous);
    return new LicenseUrls(Map.copyOf(unique));
  }

  /**
   * The SPDX licence or exception id a URL stands for, or null. Unversioned Creative Commons
   * URLs give {@code LicenseRef-CC-...}.
   */
  String idOf(String url) {
    String key = normalize(url);
    String byRule = byRule(key);
    if (byRule != null) {
      return byRule;
    }
    return seeAlso.get(key);
  }

  private static String byRule(String key) {
    Matcher m = CREATIVE_COMMONS.matcher(key);
    if (m.matches()) {
      return CreativeCommons.id(m.group(1).split("-"), m.group(2), m.group(3));
    }
    m = CC_ZERO.matcher(key);
    if (m.matches()) {
      return m.group(1).equals("zero") ? "CC0-1.0" : "CC-PDM-1.0";
    }
    m = GNU.matcher(key);
    if (m.matches()) {
      String family = m.group(1).toUpperCase(Locale.ROOT);
      return SpdxIds.gnu(family.equals("FDL") ? "GFDL" : family, m.group(2), false);
    }
    m = APACHE.matcher(key);
    if (m.matches()) {
      return SpdxIds.listed("Apache-" + m.group(1));
    }
    m = MOZILLA.matcher(key);
    if (m.matches()) {
      return SpdxIds.listed("MPL-" + m.group(1));
    }
    m = ECLIPSE.matcher(key);
    if (m.matches()) {
      return SpdxIds.listed("EPL-" + m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)));
    }
    if (ECLIPSE_DISTRIBUTION.matcher(key).matches()) {
      return "BSD-3-Clause";
    }
    if (key.equals("unicode.org/copyright") || key.equals("unicode.org/license")) {
      // The page ICU and CLDR headers point to; it has carried the Unicode License v3 since
      // 2023 (older snapshots: Unicode-DFS-2016, which the SPDX list also links there).
      return "Unicode-3.0";
    }
    m = BY_ID.matcher(key);
    if (m.matches()) {
      String alias = OPENSOURCE_ALIASES.get(m.group(1));
      return alias != null ? alias : SpdxIds.current(m.group(1));
    }
    return null;
  }

  /**
   * Lower case, without scheme, "www.", query, fragment, trailing slash or punctuation, and
   * without the ".html"/".txt"/".en" endings that the same page is served under.
   */
  static String normalize(String url) {
    String key = url.trim().toLowerCase(Locale.ROOT);
    int scheme = key.indexOf("://");
    if (scheme >= 0 && scheme < 8) {
      key = key.substring(scheme + 3);
    } else if (key.startsWith("//")) {
      key = key.substring(2);
    }
    if (key.startsWith("www.")) {
      key = key.substring(4);
    }
    int cut = indexOfAny(key, '?', '#');
    if (cut >= 0) {
      key = key.substring(0, cut);
    }
    boolean changed = true;
    while (changed && !key.isEmpty()) {
      changed = false;
      char last = key.charAt(key.length() - 1);
      if ("/.,;:)]}>'\"".indexOf(last) >= 0) {
        key = key.substring(0, key.length() - 1);
        changed = true;
      }
      for (String ending : new String[] {".html", ".htm", ".txt", ".php", ".en", ".md"}) {
        if (key.endsWith(ending)) {
          key = key.substring(0, key.length() - ending.length());
          changed = true;
        }
      }
    }
    return key;
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /** The URL written from {@code start} in the text: up to whitespace, a quote or a bracket. */
  static int urlEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (Character.isWhitespace(c) || "\"'<>()[]{}|`\\".indexOf(c) >= 0) {
        break;
      }
      end++;
    }
    while (end > start && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
