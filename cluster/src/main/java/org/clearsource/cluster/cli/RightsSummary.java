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

/** The per-source rights table printed after the scan, built from its stats alone. */
final class RightsSummary {

  private RightsSummary() {}

  static String format(Manifest manifest, StageStats stats) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"source", "declared", "licence found", "licence classes",
        "copyright", "opt-out reserved", "reserving signals", "PII docs", "conflicts"});
    for (Source source : manifest.sources()) {
      String id = source.id();
      long documents = stats.count(id, "documents");
      rows.add(new String[] {
          id,
          source.provenance().license() == null ? "-" : source.provenance().license(),
          share(stats.count(id, "license_found"), documents),
          top(stats.withPrefix(id, "license_class"), documents, 2, "none"),
          share(stats.count(id, "copyright_notices"), documents),
          share(stats.count(id, "optout.reserved"), documents),
          top(stats.withPrefix(id, "optout.signal"), 0, 2, null),
          IngestSummary.count(stats.count(id, "pii.documents")),
          stats.count(id, "conflict.documents") == 0 ? "0"
              : IngestSummary.count(stats.count(id, "conflict.documents")) + " ("
                  + top(conflictClasses(stats.withPrefix(id, "conflict")), 0, 2, null) + ")"});
    }
    return IngestSummary.table(rows, java.util.Set.of(2, 4, 5, 7), false)
        + "Conflicts: documents whose licence is more restrictive than the source declares.\n";
  }

  private static SortedMap<String, Long> conflictClasses(SortedMap<String, Long> conflicts) {
    conflicts.remove("documents");
    return conflicts;
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  /** The largest counters, as "name 40%" (with a total) or "name 12" (without). */
  private static String top(SortedMap<String, Long> counters, long total, int limit, String skip) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counters.entrySet());
    sorted.removeIf(entry -> entry.getKey().equals(skip) || entry.getValue() == 0);
    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(limit, sorted.size()))) {
      items.add(entry.getKey() + " " + (total > 0 ? share(entry.getValue(), total)
          : IngestSummary.count(entry.getValue())));
    }
    return items.isEmpty() ? "-" : String.join(", ", items);
  }
}
