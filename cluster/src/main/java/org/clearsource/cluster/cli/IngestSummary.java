package org.clearsource.cluster.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.stats.StageStats;

/** The per-source table printed after ingestion, built from the stage's stats alone. */
final class IngestSummary {

  private IngestSummary() {}

  static String format(Manifest manifest, StageStats stats) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"source", "class", "files", "records", "documents", "text",
        "tokens~", "quarantined", "captured", "languages"});
    for (Source source : manifest.sources()) {
      String id = source.id();
      rows.add(new String[] {
          id,
          source.osaidClass().id(),
          count(stats.count(id, "files")),
          count(stats.count(id, "records_seen")),
          count(stats.count(id, "documents")),
          bytes(stats.count(id, "text_bytes")),
          count(stats.count(id, "tokens_estimate")),
          withBreakdown(stats.count(id, "quarantined"), stats.withPrefix(id, "quarantined")),
          withBreakdown(stats.count(id, "captured"), stats.withPrefix(id, "captured")),
          languages(stats.withPrefix(id, "language"), stats.count(id, "documents"))});
    }
    rows.add(new String[] {
        "total", "", count(stats.total("files")), count(stats.total("records_seen")),
        count(stats.total("documents")), bytes(stats.total("text_bytes")),
        count(stats.total("tokens_estimate")), count(stats.total("quarantined")),
        count(stats.total("captured")), ""});
    long skipped = stats.total("files_skipped");
    return table(rows, java.util.Set.of(2, 3, 4, 5, 6), true)
        + "\nEvery record is accounted for: records = documents + quarantined + captured.\n"
        + (skipped == 0 ? "" : count(skipped) + " entries of the sources' folders were not read ("
            + skippedByReason(manifest, stats) + "): the inventory lists each with its reason.\n");
  }

  private static String skippedByReason(Manifest manifest, StageStats stats) {
    java.util.SortedMap<String, Long> reasons = new java.util.TreeMap<>();
    for (Source source : manifest.sources()) {
      stats.withPrefix(source.id(), "files_skipped").forEach(
          (reason, n) -> reasons.merge(reason, n, Long::sum));
    }
    List<String> parts = new ArrayList<>();
    reasons.forEach((reason, n) -> parts.add(reason + " " + count(n)));
    return String.join(", ", parts);
  }

  /**
   * A plain-text table: the first row is the header; numeric columns are right-aligned; a line
   * separates the header, and the last row when it holds totals.
   */
  static String table(List<String[]> rows, java.util.Set<Integer> numericColumns,
      boolean lastRowIsTotal) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int i = 0; i < columns; i++) {
        String cell = pad(row[i], widths[i], r > 0 && numericColumns.contains(i));
        out.append(cell).append(i == columns - 1 ? "" : "  ");
      }
      trimEnd(out);
      out.append(System.lineSeparator());
      if (r == 0 || (lastRowIsTotal && r == rows.size() - 2)) {
        int total = 0;
        for (int width : widths) {
          total += width + 2;
        }
        out.append("-".repeat(total - 2)).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  private static void trimEnd(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static String pad(String text, int width, boolean right) {
    String padding = " ".repeat(width - text.length());
    return right ? padding + text : text + padding;
  }

  private static String withBreakdown(long total, SortedMap<String, Long> parts) {
    if (total == 0) {
      return "0";
    }
    List<String> items = new ArrayList<>();
    parts.forEach((reason, value) -> items.add(reason + " " + value));
    return count(total) + " (" + String.join(", ", items) + ")";
  }

  private static String languages(SortedMap<String, Long> languages, long documents) {
    if (documents == 0) {
      return "";
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(languages.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>();
    for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(3, sorted.size()))) {
      top.add(String.format(Locale.ROOT, "%s %.0f%%", entry.getKey(),
          100.0 * entry.getValue() / documents));
    }
    return String.join(", ", top);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
