package org.clearsource.reports;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.model.CrawlDomains;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.FileEntry;
import org.clearsource.reports.model.NamedCount;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceAggregates;
import org.clearsource.reports.model.TableAggregates;
import org.clearsource.reports.policy.Policy;
import org.clearsource.reports.render.ReportArtifacts;

/**
 * A run of many sources, built as the report stage's inputs (manifest, stats of every stage,
 * table aggregates) without ingesting anything: each source shares duplicates with its next
 * three, so the overlap of all sources is a band, not a block. {@link #main} renders every report
 * of it and prints the rendered size, for a test to run in a JVM with a small heap.
 */
public final class ManySources {

  private ManySources() {}

  public static void main(String[] args) {
    int sources = Integer.parseInt(args[0]);
    SortedMap<String, String> files = render(model(sources));
    long chars = files.values().stream().mapToLong(String::length).sum();
    System.out.println("rendered " + files.size() + " files, " + chars + " chars");
  }

  public static SortedMap<String, String> render(ReportModel model) {
    return ReportArtifacts.render(model, Policy.defaults().evaluate(model));
  }

  public static ReportModel model(int sources) {
    StringBuilder yaml = new StringBuilder("""
        dataset: {name: many, version: "1", curator: c, contact: c@example.org}
        sources:
        """);
    StageStats.Builder ingest = StageStats.builder("ingest");
    StageStats.Builder dedup = StageStats.builder("dedup");
    StageStats.Builder scan = StageStats.builder("scan");
    TreeMap<String, SourceAggregates> aggregates = new TreeMap<>();
    for (int i = 0; i < sources; i++) {
      String id = id(i);
      long documents = 100 + i % 97;
      yaml.append("  - id: ").append(id).append("\n    class: public\n    paths: [data/")
          .append(id).append("/]\n    provenance: {obtain_from: https://").append(id)
          .append(".example/, how_obtained: crawl, license: CC-BY-4.0}\n");
      ingest.add(id, "files", 1).add(id, "file_bytes", documents * 500)
          .add(id, "files.format.jsonl", 1).add(id, "files.compression.none", 1)
          .add(id, "records_seen", documents).add(id, "documents", documents)
          .add(id, "text_bytes", documents * 1000).add(id, "tokens_estimate", documents * 250)
          .add(id, "language.en", documents);
      dedup.add(id, "documents", documents).add(id, "exact_duplicates", i % 7)
          .add(id, "near_duplicates", i % 5);
      scan.add(id, "documents", documents).add(id, "license_found", documents)
          .add(id, "license_class.attribution", documents).add(id, "optout.reserved", i % 11)
          .add(id, "optout.signal.robots_txt_ai_agent", i % 11);
      TreeMap<String, Long> overlap = new TreeMap<>();
      for (int next = 1; next <= 3; next++) {
        overlap.put(id((i + next) % sources), (long) (1 + (i + next) % 13));
      }
      String domain = id + ".example";
      aggregates.put(id, new SourceAggregates(1,
          List.of(new DomainShare(domain, documents * 1000, documents, 1.0)), "2025-01-01",
          "2025-01-31", new TreeMap<>(Map.of("url", documents, "domain", documents)),
          new TreeMap<>(), 0, 1, 0,
          List.of(new FileEntry(id + ".jsonl", documents * 500, "jsonl", "none",
              "ab".repeat(32))), 0, overlap, new TreeMap<>(Map.of("CC-BY-4.0", documents)),
          List.of(new NamedCount("Holder of " + id, 1))));
    }
    TableAggregates tables = new TableAggregates(aggregates,
        List.of(new DomainShare(id(0) + ".example", 100_000, 100, 0.001)),
        new CrawlDomains(List.copyOf(aggregates.keySet()), sources, 1,
            List.of(new DomainShare(id(0) + ".example", 100_000, 100, 0.001)), sources - 1, null),
        List.of(new NamedCount("Holder of " + id(0), 1)));
    return ReportModel.builder(ManifestReader.parse(yaml.toString(), "file:/many/manifest.yaml"),
            ingest.elapsedMillis(1).build())
        .dedup(dedup.elapsedMillis(1).build())
        .scan(scan.elapsedMillis(1).build())
        .tables(tables)
        .generatedAt(Fixtures.GENERATED_AT)
        .build();
  }

  static String id(int i) {
    return String.format("src-%05d", i);
  }
}
