package org.clearsource.ingestion.read;

import java.util.Locale;
import java.util.Objects;

/**
 * A site-level rights file captured in the corpus (robots.txt, /.well-known/tdmrep.json): not a
 * training document, but the evidence the licensing stage judges opt-outs by.
 *
 * @param locator where it sits in its file
 * @param kind what it is
 * @param url the URL it was fetched from
 * @param status the HTTP status, or 0 when unknown
 * @param body the body as text
 * @param date when it was fetched (ISO 8601), or null
 */
public record Capture(String locator, Kind kind, String url, int status, String body, String date)
    implements ReadOutcome {

  public Capture {
    Objects.requireNonNull(locator, "Cannot create a capture without a locator");
    Objects.requireNonNull(kind, "Cannot create a capture without its kind");
    Objects.requireNonNull(url, "Cannot create a capture without its URL");
  }

  /** The kinds of rights files that are captured rather than read as documents. */
  public enum Kind {
    ROBOTS_TXT,
    TDMREP_JSON;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of rights file at this URL path, or null for an ordinary page. */
    public static Kind ofPath(String path) {
      if (path == null) {
        return null;
      }
      if (path.equals("/robots.txt")) {
        return ROBOTS_TXT;
      }
      if (path.equals("/.well-known/tdmrep.json")) {
        return TDMREP_JSON;
      }
      return null;
    }
  }
}
