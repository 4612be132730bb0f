package org.clearsource.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.model.CrawlDomains;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.FileEntry;
import org.clearsource.reports.model.NamedCount;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.ReportModelBuilder;
import org.clearsource.reports.model.SourceAggregates;
import org.clearsource.reports.model.TableAggregates;

/**
 * A small run built in code: four sources of the four OSAID classes, with hostile text planted in
 * every field a report shows (script tags, event handlers, javascript: links, Markdown tricks) and
 * canaries planted in every field of the unshareable source that a report must never show.
 */
public final class Fixtures {

  public static final Instant GENERATED_AT = Instant.parse("2026-03-01T12:00:00Z");

  /** Runs if executed: sets the page title. The marker only exists once the script has run. */
  public static final String SCRIPT = "<script>document.title='X'+'SS-RAN'</script>";
  /** Runs if the attribute survives: marks the body. */
  public static final String ON_ERROR =
      "<img src=x onerror=\"document.body.setAttribute('data-xss','r'+'an')\">";
  public static final String JAVASCRIPT_URL = "javascript:document.title='X'+'SS-RAN'";
  public static final String MARKDOWN_TRICKS =
      "[click](javascript:alert(1)) ![pixel](https://evil.example/p.png) <b onmouseover=alert(1)>"
          + "b</b> **bold** | cell # hash\n# heading\n- item";
  public static final String EXECUTED_MARKER = "XSS-RAN";

  public static final List<String> CANARIES =
      List.of(
          "CANARY-FIXTURE-domain-5b1f", "CANARY-FIXTURE-file-77c2", "CANARY-FIXTURE-holder-9a0e",
          "CANARY-FIXTURE-expression-31d4", "CANARY-FIXTURE-signal-c8e2",
          "CANARY-FIXTURE-language-0f3a", "CANARY-FIXTURE-overlap-66aa",
          "CANARY-FIXTURE-pii-12ab", "CANARY-FIXTURE-conflict-4e4e", "CANARY-FIXTURE-class-aa01",
          "CANARY-FIXTURE-obtain-from-5e5e");

  public static final String MANIFEST =
      """
      dataset:
        name: fixture-corpus
        version: "2.0"
        description: "A fixture. %1$s %2$s"
        curator: "Fixture team %3$s"
        contact: fixtures@example.org
        license: CC-BY-4.0
        homepage: "%4$s"
        intended_uses: ["testing %5$s"]
        model: fixture-model
      sources:
        - id: web
          name: "Web crawl %1$s"
          description: "Pages %2$s %5$s"
          class: public
          paths: [data/web/]
          format: warc
          provenance:
            obtain_from: "%4$s"
            fee: none
            license: NOASSERTION
            terms: "see %4$s or https://terms.example/a?b=1&c=2"
            how_obtained: crawl
            crawler_user_agent: "FixtureBot/1.0 %1$s"
            collection_period: 2025-01-01/2025-02-01
            filtering: "robots.txt honoured %5$s"
        - id: wiki
          name: Wiki dump
          description: Articles.
          class: open
          paths: [data/wiki/]
          format: jsonl
          provenance:
            obtain_from: https://dumps.wiki.example/2025/
            fee: none
            license: CC-BY-SA-4.0
            how_obtained: public-dataset
            collection_period: 2025-01-01/2025-01-31
            filtering: none
            labelling: none
        - id: books
          name: Licensed books
          class: obtainable
          paths: [data/books/]
          format: parquet
          provenance:
            obtain_from: "Books Ltd, licensing@books.example, https://books.example/licensing"
            fee: EUR 1,000 a year
            license: LicenseRef-Books-Agreement
            how_obtained: licence-deal
            collection_period: 2025-03-01/2025-03-01
        - id: tickets
          name: Support tickets
          description: Customer tickets with personal data.
          class: unshareable
          paths: [data/tickets/]
          format: jsonl
          provenance:
            obtain_from: "hdfs://nn.internal.example/private/CANARY-FIXTURE-obtain-from-5e5e/"
            terms: Privacy notice
            how_obtained: user-data
            collection_period: 2025-01-01/2025-01-31
            filtering: Opted-out customers removed.
            labelling: none
      """;

  private Fixtures() {}

  public static Manifest manifest() {
    return ManifestReader.parse(
        String.format(MANIFEST, yaml(SCRIPT), yaml(ON_ERROR), yaml(MARKDOWN_TRICKS),
            yaml(JAVASCRIPT_URL), yaml("[x](javascript:alert(1))")),
        "file:/fixtures/manifest.yaml");
  }

  /** The ingest stats of the fixture: numbers per source, and hostile counter names. */
  public static StageStats ingest() {
    StageStats.Builder stats = StageStats.builder("ingest");
    source(stats, "web", 3, 10, 8, 1, 1, 20_000);
    stats.add("web", "quarantined.no_content", 1);
    stats.add("web", "captured.robots_txt", 1);
    stats.add("web", "urls_without_host", 2);
    stats.add("web", "language.en", 8);
    source(stats, "wiki", 1, 5, 5, 0, 0, 10_000);
    stats.add("wiki", "language.de", 5);
    source(stats, "books", 1, 4, 3, 1, 0, 30_000);
    stats.add("books", "quarantined.empty_text", 1);
    stats.add("books", "language.en", 3);
    source(stats, "tickets", 1, 6, 5, 1, 0, 2_000);
    stats.add("tickets", "quarantined.malformed_json", 1);
    stats.add("tickets", "language.en", 5);
    stats.add("tickets", "language." + CANARIES.get(5), 1);
    return stats.elapsedMillis(1234).build();
  }

  private static void source(StageStats.Builder stats, String id, long files, long records,
      long documents, long quarantined, long captured, long textBytes) {
    stats.add(id, "files", files);
    stats.add(id, "file_bytes", textBytes / 2);
    stats.add(id, "files.format.jsonl", files);
    stats.add(id, "files.compression.none", files);
    stats.add(id, "records_seen", records);
    stats.add(id, "documents", documents);
    stats.add(id, "quarantined", quarantined);
    stats.add(id, "captured", captured);
    stats.add(id, "text_bytes", textBytes);
    stats.add(id, "tokens_estimate", textBytes / 4);
  }

  /** Dedup stats (the overlap between sources is a table: see {@link #tables()}). */
  public static StageStats dedup() {
    StageStats.Builder stats = StageStats.builder("dedup");
    dedupSource(stats, "web", 8, 2, 1);
    dedupSource(stats, "wiki", 5, 0, 1);
    dedupSource(stats, "books", 3, 0, 0);
    dedupSource(stats, "tickets", 5, 1, 0);
    return stats.elapsedMillis(500).build();
  }

  private static void dedupSource(StageStats.Builder stats, String id, long documents, long exact,
      long near) {
    stats.add(id, "documents", documents);
    stats.add(id, "exact_duplicates", exact);
    stats.add(id, "near_duplicates", near);
  }

  /** Scan stats: licences, opt-outs and PII, with canaries in the unshareable source's names. */
  public static StageStats scan() {
    StageStats.Builder stats = StageStats.builder("scan");
    stats.add("web", "documents", 8);
    stats.add("web", "license_found", 5);
    stats.add("web", "license_class.all_rights_reserved", 3);
    stats.add("web", "license_class.attribution", 2);
    stats.add("web", "license_class.none", 3);
    stats.add("web", "copyright_notices", 4);
    stats.add("web", "optout.reserved", 3);
    stats.add("web", "optout.unknown", 5);
    stats.add("web", "optout.signal.tdmrep_header", 2);
    stats.add("web", "optout.signal.robots_txt_ai_agent", 1);
    stats.add("web", "conflict.documents", 3);
    stats.add("web", "conflict.all_rights_reserved", 3);
    stats.add("wiki", "documents", 5);
    stats.add("wiki", "license_found", 5);
    stats.add("wiki", "license_class.share_alike", 5);
    stats.add("books", "documents", 3);
    stats.add("books", "license_found", 3);
    stats.add("books", "license_class.non_commercial", 1);
    stats.add("books", "license_class.all_rights_reserved", 2);
    stats.add("books", "copyright_notices", 3);
    stats.add("tickets", "documents", 5);
    stats.add("tickets", "license_class.none", 5);
    stats.add("tickets", "license_class." + CANARIES.get(9), 1);
    stats.add("tickets", "copyright_notices", 1);
    stats.add("tickets", "optout.signal." + CANARIES.get(4), 1);
    stats.add("tickets", "pii.emails", 5);
    stats.add("tickets", "pii.payment_cards", 2);
    stats.add("tickets", "pii." + CANARIES.get(7), 1);
    stats.add("tickets", "pii.documents", 5);
    stats.add("tickets", "conflict." + CANARIES.get(8), 1);
    return stats.elapsedMillis(700).build();
  }

  /**
   * Table aggregates as a careless aggregator might give them: with the unshareable source's domain
   * and file names in them. The model must drop those.
   */
  public static TableAggregates tables() {
    TreeMap<String, SourceAggregates> sources = new TreeMap<>();
    sources.put("web", new SourceAggregates(2,
        List.of(new DomainShare("news.example", 15_000, 6, 0.75),
            new DomainShare(SCRIPT + ".example", 5_000, 2, 0.25)),
        "2025-01-02", "2025-01-30",
        new TreeMap<>(Map.of("url", 8L, "title", 8L, "date", 8L, "domain", 8L)),
        new TreeMap<>(Map.of("tdmrep_header", 2L, "noai_meta", 1L)), 2, 1, 0,
        List.of(new FileEntry("crawl-00000.warc.gz", 10_000, "warc", "gzip", "ab".repeat(32)),
            new FileEntry(ON_ERROR + ".warc", 1, "warc", "none", null)), 1,
        new TreeMap<>(Map.of("web", 1L, "wiki", 2L)),
        new TreeMap<>(Map.of("CC-BY-4.0", 2L, MARKDOWN_TRICKS, 1L)),
        List.of(new NamedCount("Example Media Inc.", 3), new NamedCount(ON_ERROR, 1))));
    sources.put("wiki", new SourceAggregates(1,
        List.of(new DomainShare("wiki.example", 10_000, 5, 1.0)), "2025-01-05", "2025-01-06",
        new TreeMap<>(Map.of("url", 5L, "date", 5L, "domain", 5L)), new TreeMap<>(), 0, 0, 0,
        List.of(new FileEntry("wiki-0.jsonl", 5_000, "jsonl", "none", "cd".repeat(32))), 0,
        new TreeMap<>(Map.of("web", 1L)), new TreeMap<>(Map.of("CC-BY-SA-4.0", 5L)), List.of()));
    sources.put("books", new SourceAggregates(0, List.of(), null, null,
        new TreeMap<>(Map.of("title", 3L)), new TreeMap<>(), 0, 0, 0,
        List.of(new FileEntry("books.parquet", 15_000, "parquet", "none", "ef".repeat(32))), 0,
        new TreeMap<>(), new TreeMap<>(), List.of(new NamedCount("Harrow Lane Press", 3))));
    sources.put("tickets", new SourceAggregates(1,
        List.of(new DomainShare(CANARIES.get(0) + ".example", 2_000, 5, 1.0)), "2025-01-03",
        "2025-01-29", new TreeMap<>(Map.of("url", 5L, "title", 5L, "domain", 5L)),
        new TreeMap<>(), 0, 0, 0,
        List.of(new FileEntry(CANARIES.get(1) + ".jsonl", 1_000, "jsonl", "none", "00".repeat(32))),
        0, new TreeMap<>(Map.of(CANARIES.get(6), 1L)),
        new TreeMap<>(Map.of(CANARIES.get(3), 1L)), List.of(new NamedCount(CANARIES.get(2), 1))));
    CrawlDomains crawl = new CrawlDomains(List.of("web"), 2, 1,
        List.of(new DomainShare("news.example", 15_000, 6, 0.75)), 0, null);
    return new TableAggregates(sources,
        List.of(new DomainShare("news.example", 15_000, 6, 0.25),
            new DomainShare("wiki.example", 10_000, 5, 0.166667)), crawl,
        List.of(new NamedCount("Example Media Inc.", 3), new NamedCount("Harrow Lane Press", 3),
            new NamedCount(ON_ERROR, 1)));
  }

  /** The model of a run where only ingest ran. */
  public static ReportModel ingestOnly() {
    return ReportModel.builder(manifest(), ingest()).tables(tables()).generatedAt(GENERATED_AT)
        .build();
  }

  /** The model of a run where every stage ran, with hostile stage parameters. */
  public static ReportModel allStages() {
    ReportModelBuilder builder = ReportModel.builder(manifest(), ingest())
        .dedup(dedup())
        .scan(scan())
        .tables(tables())
        .parameters("dedup", Map.of("threshold", "0.8", "note", SCRIPT))
        .generatedAt(GENERATED_AT);
    return builder.build();
  }

  private static String yaml(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
