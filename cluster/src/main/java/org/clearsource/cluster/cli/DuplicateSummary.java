package org.clearsource.cluster.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clearsource.cluster.spark.SourceOverlap;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.stats.StageStats;

/**
 * The per-source duplicate table and the largest overlaps between sources, printed after dedup,
 * built from its stats and the overlap matrix.
 */
final class DuplicateSummary {

  /** Overlaps printed; the full matrix is in dedup/overlap and the HTML report. */
  static final int OVERLAPS_SHOWN = 10;

  private DuplicateSummary() {}

  static String format(Manifest manifest, StageStats stats, List<SourceOverlap> overlap) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"source", "documents", "exact copies", "near copies",
        "duplicate rate", "clusters", "shared with other sources", "contaminated"});
    for (Source source : manifest.sources()) {
      String id = source.id();
      long documents = stats.count(id, "documents");
      long exact = stats.count(id, "exact_duplicates");
      long near = stats.count(id, "near_duplicates");
      rows.add(new String[] {
          id,
          IngestSummary.count(documents),
          IngestSummary.count(exact),
          IngestSummary.count(near),
          share(exact + near, documents),
          IngestSummary.count(stats.count(id, "clusters")),
          IngestSummary.count(stats.count(id, "documents_shared_with_other_sources")),
          IngestSummary.count(stats.count(id, "contaminated_documents"))});
    }
    long documents = stats.total("documents");
    long duplicates = stats.total("exact_duplicates") + stats.total("near_duplicates");
    rows.add(new String[] {"total", IngestSummary.count(documents),
        IngestSummary.count(stats.total("exact_duplicates")),
        IngestSummary.count(stats.total("near_duplicates")), share(duplicates, documents),
        IngestSummary.count(stats.total("clusters")),
        IngestSummary.count(stats.total("documents_shared_with_other_sources")),
        IngestSummary.count(stats.total("contaminated_documents"))});
    StringBuilder out = new StringBuilder(
        IngestSummary.table(rows, java.util.Set.of(1, 2, 3, 4, 5, 6, 7), true));
    out.append("Duplicate rate: documents a deduplicated corpus drops (all but one per cluster).")
        .append(System.lineSeparator());
    List<SourceOverlap> between = overlap.stream()
        .filter(cell -> !cell.sourceA().equals(cell.sourceB())).toList();
    if (!between.isEmpty()) {
      out.append(System.lineSeparator()).append("Largest overlaps between sources:")
          .append(System.lineSeparator());
      for (SourceOverlap cell : between.subList(0, Math.min(OVERLAPS_SHOWN, between.size()))) {
        out.append(String.format(Locale.ROOT, "  %s -> %s: %,d documents (%.1f%% of %s)%n",
            cell.sourceA(), cell.sourceB(), cell.documents(), 100 * cell.share(),
            cell.sourceA()));
      }
    }
    return out.toString();
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
