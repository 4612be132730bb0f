package org.clearsource.reports.model;

/**
 * The training-data size bands of the EU AI Office template for text: the summary gives a band, not
 * the exact size.
 */
public enum TokenBand {
  LESS_THAN_1B("less_than_1b", "Less than 1 billion tokens"),
  FROM_1B_TO_10T("1b_to_10t", "1 billion to 10 trillion tokens"),
  MORE_THAN_10T("more_than_10t", "More than 10 trillion tokens");

  private static final long BILLION = 1_000_000_000L;
  private static final long TEN_TRILLION = 10_000L * BILLION;

  private final String id;
  private final String label;

  TokenBand(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static TokenBand of(long tokens) {
    if (tokens < BILLION) {
      return LESS_THAN_1B;
    }
    return tokens <= TEN_TRILLION ? FROM_1B_TO_10T : MORE_THAN_10T;
  }

  public static TokenBand fromId(String id) {
    for (TokenBand band : values()) {
      if (band.id.equals(id)) {
        return band;
      }
    }
    throw new IllegalArgumentException("Cannot parse token band: " + id);
  }
}
