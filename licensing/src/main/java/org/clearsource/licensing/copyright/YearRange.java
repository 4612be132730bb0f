package org.clearsource.licensing.copyright;

import java.io.Serializable;

/**
 * A year or an inclusive range of years of a copyright statement: "2019-2021" is {@code (2019,
 * 2021)}, "1998" is {@code (1998, 1998)}. Open ranges ("2019-present") keep only their first year.
 *
 * @param first the first year
 * @param last the last year, at least {@code first}
 */
public record YearRange(int first, int last) implements Serializable {

  public YearRange {
    if (last < first) {
      throw new IllegalArgumentException(
          "Cannot create a year range from " + first + " to " + last + ": it ends before it starts");
    }
  }

  public static YearRange of(int year) {
    return new YearRange(year, year);
  }

  /** "1998" or "2019-2021". */
  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
