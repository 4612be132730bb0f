package org.clearsource.core.manifest;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date of collection as a manifest may write it: an ISO 8601 year ({@code 2024}), year-month
 * ({@code 2024-06}) or date ({@code 2024-06-30}). It stands for the days it spans, so that
 * {@code 2024} ends after {@code 2024-06}: dates are ordered by those days, never as strings.
 *
 * @param text the date as written
 * @param first its first day
 * @param last its last day
 */
public record CollectionDate(String text, LocalDate first, LocalDate last) {

  /** Orders dates by the last day they span, then by the first (the shorter span is later). */
  public static final Comparator<CollectionDate> BY_END =
      Comparator.comparing(CollectionDate::last).thenComparing(CollectionDate::first);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The date {@code text} writes, or empty when it is no ISO 8601 year, year-month or date. */
  public static Optional<CollectionDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    try {
      if (YEAR.matcher(trimmed).matches()) {
        Year year = Year.parse(trimmed);
        return Optional.of(new CollectionDate(trimmed, year.atDay(1), year.atMonth(12).atEndOfMonth()));
      }
      if (YEAR_MONTH.matcher(trimmed).matches()) {
        YearMonth month = YearMonth.parse(trimmed);
        return Optional.of(new CollectionDate(trimmed, month.atDay(1), month.atEndOfMonth()));
      }
      if (DATE.matcher(trimmed).matches()) {
        LocalDate day = LocalDate.parse(trimmed);
        return Optional.of(new CollectionDate(trimmed, day, day));
      }
    } catch (DateTimeParseException e) {
      // 2024-13 or 2024-02-30: well shaped, no such date.
    }
    return Optional.empty();
  }

  /** Whether this date starts after {@code end} has ended: a period that runs backwards. */
  public boolean startsAfter(CollectionDate end) {
    return first.isAfter(end.last);
  }
}
