package org.clearsource.licensing.optout;

import java.io.Serializable;

/**
 * The rights files captured for one host: its robots.txt and its {@code /.well-known/tdmrep.json}.
 * Build with {@link #builder()}.
 *
 * @param robotsTxt the robots.txt capture, or null when the corpus has none
 * @param tdmRepJson the tdmrep.json capture, or null when the corpus has none
 */
public record SiteCaptures(CapturedFile robotsTxt, CapturedFile tdmRepJson)
    implements Serializable {

  public static Builder builder() {
    return new Builder();
  }

  /** Collects a host's captures; when a file was captured several times, the latest wins. */
  public static final class Builder {
    private CapturedFile robotsTxt;
    private CapturedFile tdmRepJson;

    private Builder() {}

    /**
     * Default: none. Of several captures the latest by date is kept; a capture without a date
     * counts as earliest, and of two undated ones the first is kept.
     */
    public Builder robotsTxt(CapturedFile capture) {
      if (robotsTxt == null || capture.isLaterThan(robotsTxt)) {
        robotsTxt = capture;
      }
      return this;
    }

    /** Default: none. Of several captures the latest by date is kept, as for robots.txt. */
    public Builder tdmRepJson(CapturedFile capture) {
      if (tdmRepJson == null || capture.isLaterThan(tdmRepJson)) {
        tdmRepJson = capture;
      }
      return this;
    }

    public SiteCaptures build() {
      return new SiteCaptures(robotsTxt, tdmRepJson);
    }
  }
}
