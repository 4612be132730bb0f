package org.clearsource.licensing.optout;

import java.util.ArrayList;
import java.util.List;

/**
 * TDMRep (W3C TDM Reservation Protocol, Community Group final report, 2024) values as found in the
 * {@code tdm-reservation} HTTP header and the {@code <meta name="tdm-reservation">} tag.
 */
public final class TdmRep {

  /** Separates several values of one header or meta name, as ingestion joins them. */
  public static final String VALUE_SEPARATOR = " | ";

  /** What a {@code tdm-reservation} value says. */
  public enum Reservation {
    /** "1": text and data mining rights are reserved. */
    RESERVED,
    /** "0": they are not reserved. */
    NOT_RESERVED,
    /** Anything else, or nothing: the protocol treats it as unset. */
    UNSET
  }

  private TdmRep() {}

  /**
   * The reservation one value states: "1" reserves, "0" does not, anything else (including "true",
   * "yes", "2") is unset. Surrounding whitespace and one pair of double quotes are ignored.
   */
  public static Reservation reservation(String value) {
    if (value == null) {
      return Reservation.UNSET;
    }
    String bare = value.trim();
    if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
      bare = bare.substring(1, bare.length() - 1).trim();
    }
    return switch (bare) {
      case "1" -> Reservation.RESERVED;
      case "0" -> Reservation.NOT_RESERVED;
      default -> Reservation.UNSET;
    };
  }

  /** The separate, trimmed, non-empty values of a joined metadata value; empty for null. */
  public static List<String> values(String joined) {
    List<String> values = new ArrayList<>();
    if (joined == null) {
      return values;
    }
    int from = 0;
    while (from <= joined.length()) {
      int separator = joined.indexOf(VALUE_SEPARATOR, from);
      int end = separator < 0 ? joined.length() : separator;
      String value = joined.substring(from, end).trim();
      if (!value.isEmpty()) {
        values.add(value);
      }
      if (separator < 0) {
        break;
      }
      from = separator + VALUE_SEPARATOR.length();
    }
    return values;
  }
}
