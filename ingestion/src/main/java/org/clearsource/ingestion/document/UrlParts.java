package org.clearsource.ingestion.document;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/**
 * Host and registrable domain of a URL. The domain is the public-suffix-aware "site" (eTLD+1, e.g.
 * {@code bbc.co.uk} for {@code news.bbc.co.uk}), which is what "top domains" means in the EU summary.
 */
public final class UrlParts {

  private UrlParts() {}

  /** The lower-case host of a URL, or null when it has none or does not parse. */
  public static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.trim().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The path of a URL ("/" when empty), or null when it does not parse. */
  public static String path(String url) {
    try {
      String path = URI.create(url.trim().replace(" ", "%20")).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  /**
   * The registrable domain of a host: eTLD+1 by the public suffix list; for hosts under no known
   * suffix (IP addresses, reserved names such as {@code .example}) the last two labels, or the host.
   */
  public static String domain(String host) {
    if (host == null) {
      return null;
    }
    try {
      InternetDomainName name = InternetDomainName.from(host);
      if (name.isUnderPublicSuffix()) {
        return name.topPrivateDomain().toString();
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // An IP address or a name the list does not know: fall through.
    }
    if (host.matches("[0-9.]+") || host.contains(":")) {
      return host;
    }
    int last = host.lastIndexOf('.');
    int secondLast = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
    return secondLast < 0 ? host : host.substring(secondLast + 1);
  }
}
