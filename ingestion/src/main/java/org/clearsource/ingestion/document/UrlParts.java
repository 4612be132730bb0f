package org.clearsource.ingestion.document;

import com.google.common.net.InternetDomainName;
import org.clearsource.core.url.WebUrl;

/**
 * Host and registrable domain of a URL. The domain is the public-suffix-aware "site" (eTLD+1, e.g.
 * {@code bbc.co.uk} for {@code news.bbc.co.uk}), which is what "top domains" means in the EU summary.
 * Hosts and domains are ASCII: an internationalized one is in punycode.
 */
public final class UrlParts {

  private UrlParts() {}

  /**
   * The host of a URL as {@link WebUrl} reads it (as browsers do: ASCII, IDNA hosts as punycode,
   * lower-case), or null when it has none that is usable.
   */
  public static String host(String url) {
    return WebUrl.hostOf(url);
  }

  /** The path of a URL as {@link WebUrl} reads it ("/" when empty), or null when it is no web URL. */
  public static String path(String url) {
    WebUrl parsed = WebUrl.parse(url);
    return parsed == null ? null : parsed.path();
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
