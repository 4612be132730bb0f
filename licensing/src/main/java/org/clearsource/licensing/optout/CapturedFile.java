package org.clearsource.licensing.optout;

import java.io.Serializable;
import java.util.Objects;

/**
 * A site file captured in the corpus (a row of the {@code captures} table).
 *
 * @param url where it was fetched
 * @param status the HTTP status, or 0 when unknown
 * @param body the body as text, or null
 * @param date when it was fetched (ISO 8601), or null
 */
public record CapturedFile(String url, int status, String body, String date)
    implements Serializable {

  public CapturedFile {
    Objects.requireNonNull(url, "Cannot describe a captured file without its URL");
  }

  /** Whether this capture was fetched after {@code other}; a missing date counts as earliest. */
  boolean isLaterThan(CapturedFile other) {
    if (date == null) {
      return false;
    }
    // ISO 8601 timestamps of one format sort in time order as strings.
    return other.date() == null || date.compareTo(other.date()) > 0;
  }
}
