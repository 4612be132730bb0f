package org.clearsource.reports.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers, sizes and shares as the reports write them: root locale, so output never varies. */
public final class Format {

  private static final String[] BYTE_UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private Format() {}

  /** {@code 1,234,567}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code 827.5 KiB}; bytes below 1 KiB as {@code 512 B}. */
  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, BYTE_UNITS[unit]);
  }

  /** {@code 12.3%}; shares below 0.1% but above 0 as {@code <0.1%}. */
  public static String percent(double share) {
    if (share > 0 && share < 0.001) {
      return "<0.1%";
    }
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  public static String percent(long part, long whole) {
    return whole == 0 ? "0.0%" : percent((double) part / whole);
  }

  /** {@code 212,096 (~212.1 thousand)}; tokens get a readable magnitude. */
  public static String tokens(long tokens) {
    String[] names = {"thousand", "million", "billion", "trillion"};
    double value = tokens;
    int unit = -1;
    while (value >= 1000 && unit < names.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit < 0
        ? count(tokens)
        : count(tokens) + String.format(Locale.ROOT, " (~%.1f %s)", value, names[unit]);
  }

  /** {@code en 165, de 15} largest first, ties by name; {@code limit} entries at most. */
  public static String breakdown(Map<String, Long> counts, int limit) {
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, Long> entry : sortedByCount(counts)) {
      if (items.size() == limit) {
        items.add("...");
        break;
      }
      items.add(entry.getKey() + " " + count(entry.getValue()));
    }
    return String.join(", ", items);
  }

  /** Entries largest first, ties by key. */
  public static List<Map.Entry<String, Long>> sortedByCount(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return entries;
  }

  /** {@code 2024-01-01 to 2024-01-31}, one side alone, or null when neither is known. */
  public static String period(String start, String end) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null) {
      return "until " + end;
    }
    if (end == null) {
      return "from " + start;
    }
    return start.equals(end) ? start : start + " to " + end;
  }

  /** The value, or the fallback when it is null or blank. */
  public static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The text ending with a full stop: one is added unless it ends with . ! or ?. */
  public static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0
        ? trimmed : trimmed + ".";
  }
}
