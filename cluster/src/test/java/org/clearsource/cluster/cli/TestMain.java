package org.clearsource.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it, on the bundled demo corpus. */
class TestMain {

  static final Path DEMO =
      Path.of("..", "examples", "demo", "manifest.yaml").toAbsolutePath().normalize();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("validate", "ingest", "dedup", "scan", "report", "audit",
        "cluster")) {
      Result help = run(command, "--help");
      assertThat(help.code()).isEqualTo(ExitCodes.OK);
      assertThat(help.out()).contains("Usage: clearsource " + command);
    }
    Result top = run("--help");
    assertThat(top.out()).contains("validate", "ingest", "dedup", "scan", "audit", "cluster",
        "Exit codes");
  }

  @Test
  void validateAcceptsTheDemoAndRejectsABrokenManifestWithLineAndFix(@TempDir Path dir)
      throws Exception {
    Result ok = run("validate", DEMO.toString());
    assertThat(ok.code()).isEqualTo(ExitCodes.OK);
    assertThat(ok.out()).contains("is valid").contains("support-tickets").contains("unshareable");

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "dataset:\n  name: x\n  versoin: 1\n");
    Result bad = run("validate", broken.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("broken.yaml:3: unknown key 'versoin'")
        .contains("did you mean 'version'?").contains("Fix:");

    assertThat(run("validate").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("audit", DEMO.toString()).err()).contains("--out");
  }

  @Test
  void auditOfTheDemoPrintsTheSummaryAndWritesTheTables(@TempDir Path out) throws Exception {
    SparkSession spark = SharedSparkSession.get();
    Result audit = run("audit", DEMO.toString(), "--out", out.toString());
    assertThat(audit.code()).as(audit.err()).isEqualTo(ExitCodes.OK);
    assertThat(audit.err()).contains("[ingest").contains("crawled 30 files in 8 sources");
    assertThat(audit.out()).contains("Audit of clearsource-demo")
        .contains("encyclopedia", "news-crawl", "code", "books", "forum", "support-tickets",
            "papers", "synthetic")
        .contains("malformed_json 2")
        .contains("robots_txt 12");

    RunLayout layout = new RunLayout(out.toString());
    StageStats stats;
    try (var in = Files.newInputStream(out.resolve("stats/ingest.json"))) {
      stats = StageStats.read(in);
    }
    // Planted in the demo corpus (examples/demo/README.md).
    assertThat(stats.count("encyclopedia", "records_seen")).isEqualTo(213);
    assertThat(stats.count("encyclopedia", "quarantined.malformed_json")).isEqualTo(2);
    assertThat(stats.count("encyclopedia", "quarantined.invalid_encoding")).isEqualTo(1);
    assertThat(stats.count("encyclopedia", "language.de")).isEqualTo(15);
    assertThat(stats.count("encyclopedia", "language.fr")).isEqualTo(15);
    assertThat(stats.count("news-crawl", "captured.robots_txt")).isEqualTo(12);
    assertThat(stats.count("news-crawl", "captured.tdmrep_json")).isEqualTo(1);
    assertThat(stats.count("forum", "quarantined.record_too_large")).isEqualTo(1);
    assertThat(stats.count("books", "quarantined.missing_text")).isEqualTo(1);
    assertThat(stats.count("books", "quarantined.empty_text")).isEqualTo(1);
    assertThat(stats.count("support-tickets", "quarantined.malformed_json")).isEqualTo(1);
    // The ISO-8859-1 note is decoded by its charset, not quarantined.
    assertThat(stats.count("papers", "quarantined.invalid_encoding")).isZero();
    assertThat(stats.count("papers", "quarantined")).isEqualTo(1);
    assertThat(stats.count("code", "quarantined.binary_content")).isEqualTo(1);
    assertThat(stats.total("records_seen")).isEqualTo(
        stats.total("documents") + stats.total("quarantined") + stats.total("captured"));

    Row legacy = spark.read().parquet(layout.documents())
        .filter("relative_path = '2022/legacy-encoding.txt'").first();
    assertThat(legacy.<String>getAs("text")).contains("Société de Géographie, Besançon");
    assertThat(legacy.<scala.collection.Map<String, String>>getAs("metadata").get("charset")
        .isDefined()).isTrue();
    Dataset<Row> quarantine = spark.read().parquet(layout.quarantine());
    assertThat(quarantine.filter("source_id = 'support-tickets' and excerpt is not null").count())
        .as("unshareable sources keep no excerpt").isZero();
    assertThat(quarantine.filter("excerpt like '%CANARY%' or detail like '%CANARY%'").count())
        .isZero();
    assertThat(audit.out()).doesNotContain("CANARY");
    Dataset<Row> news = spark.read().parquet(layout.documents()).filter("source_id = 'news-crawl'");
    assertThat(news.filter("metadata['http.tdm-reservation'] = '1'").count()).isEqualTo(14);
    assertThat(news.filter("domain is null").count()).isZero();

    // Duplicates planted in the demo: encyclopedia 5 exact + 10 edited copies; news-crawl 4
    // syndicated stories on 3 sites (8 copies), 3 WET recrawls and 5 mirrored encyclopedia
    // articles (represented by the encyclopedia, priority 1); forum 4 reposts.
    StageStats dedup;
    try (var in = Files.newInputStream(out.resolve("stats/dedup.json"))) {
      dedup = StageStats.read(in);
    }
    assertThat(dedup.count("encyclopedia", "exact_duplicates")).isEqualTo(5);
    assertThat(dedup.count("encyclopedia", "near_duplicates")).isEqualTo(10);
    assertThat(dedup.count("news-crawl", "near_duplicates")).isEqualTo(8 + 3 + 5);
    assertThat(dedup.count("forum", "near_duplicates")).isEqualTo(4);
    assertThat(dedup.count("news-crawl", "documents_shared_with_other_sources")).isEqualTo(5);
    assertThat(dedup.count("support-tickets", "near_duplicates")).isZero();
    assertThat(audit.out()).contains("Duplicates").contains("duplicate rate")
        .contains("news-crawl -> encyclopedia: 5 documents");
    // Contamination: five evaluation items each quote exactly one corpus document.
    List<String> contaminated = spark.read().parquet(layout.dedupContamination())
        .select("eval_record_id").orderBy("eval_record_id").as(Encoders.STRING()).collectAsList();
    assertThat(contaminated).containsExactly("eval-qa-004", "eval-qa-010", "eval-qa-016",
        "eval-qa-022", "eval-qa-028");

    assertThat(audit.out()).contains("Rights").contains("opt-out reserved")
        .contains("1 (strong_copyleft 1)");
    StageStats scan;
    try (var in = Files.newInputStream(out.resolve("stats/scan.json"))) {
      scan = StageStats.read(in);
    }
    assertThat(scan.count("news-crawl", "optout.signal.tdmrep_header")).isEqualTo(14);
    assertThat(scan.count("support-tickets", "pii.payment_cards")).isEqualTo(14);
    assertThat(spark.read().parquet(layout.signals()).count()).isEqualTo(stats.total("documents"));

    assertThat(audit.out()).contains("Reports written to");
    assertThat(Files.readString(out.resolve("report/data-information.md"))).contains(
        "| `eval-qa` | 30 | 5 (16.7%) | 5 | books 1, encyclopedia 2, forum 1, news-crawl 1 |");
    for (String report : List.of("data-information.md", "data-information.html",
        "data-information.json", "eu-summary.md", "datasheet.md", "croissant.json", "README.md",
        "report.html", "verdict.json")) {
      assertThat(out.resolve("report").resolve(report)).as(report).isNotEmptyFile();
    }
  }

  @Test
  void auditOfACorpusWithoutOneReadableRecordReportsWhatHappened(@TempDir Path dir)
      throws Exception {
    SharedSparkSession.get();
    Files.createDirectories(dir.resolve("data/notes"));
    Files.writeString(dir.resolve("data/broken.jsonl"), "{\"id\": 1, not json\n");
    Files.writeString(dir.resolve("data/empty.jsonl"), "");
    Files.writeString(dir.resolve("data/notes/withdrawn.txt"), "");
    Files.writeString(dir.resolve("manifest.yaml"), """
        dataset: {name: nothing, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: records
            class: open
            paths: [data/*.jsonl]
            provenance: {obtain_from: https://records.example, how_obtained: public-dataset}
          - id: notes
            class: public
            paths: [data/notes]
            format: text
            provenance: {obtain_from: https://notes.example, how_obtained: crawl}
        """);
    Path out = dir.resolve("run");
    Result audit = run("audit", dir.resolve("manifest.yaml").toString(), "--out", out.toString());
    assertThat(audit.code()).as(audit.err()).isEqualTo(ExitCodes.OK);
    StageStats stats;
    try (var in = Files.newInputStream(out.resolve("stats/ingest.json"))) {
      stats = StageStats.read(in);
    }
    assertThat(stats.total("documents")).isZero();
    assertThat(stats.count("records", "quarantined.malformed_json")).isEqualTo(1);
    assertThat(stats.count("notes", "quarantined.empty_text")).isEqualTo(1);
    // Markdown escapes the underscore.
    assertThat(Files.readString(out.resolve("report/data-information.md")))
        .contains("| Documents | 0 |").contains("malformed\\_json").contains("empty\\_text");
  }

  @Test
  void theManifestIsReadWithTheHadoopSettingsGivenAsSparkConf(@TempDir Path out) {
    Result result = run("ingest", DEMO.toString(), "--out", out.toString(),
        "--conf", "spark.hadoop.fs.file.impl=org.example.NoSuchFileSystem",
        "--conf", "spark.hadoop.fs.file.impl.disable.cache=true");
    assertThat(result.code()).isNotEqualTo(ExitCodes.OK);
    assertThat(result.err()).contains("org.example.NoSuchFileSystem").doesNotContain("[spark");
  }

  @Test
  void dedupSettingsOutOfRangeAreUsageErrorsBeforeSparkStarts(@TempDir Path out) {
    Result bad = run("dedup", DEMO.toString(), "--out", out.toString(),
        "--dedup-threshold", "1.5");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("threshold of 1.5").contains("between 0 and 1")
        .doesNotContain("[spark");
  }

  @Test
  void thePolicyGatesTheExitCodeBothWays(@TempDir Path dir) throws Exception {
    SharedSparkSession.get();
    Path out = dir.resolve("run");
    Path strict = Path.of("..", "examples", "policy", "default.yaml").toAbsolutePath().normalize();
    Result failed = run("audit", DEMO.toString(), "--out", out.toString(),
        "--policy", strict.toString());
    assertThat(failed.code()).as(failed.err()).isEqualTo(ExitCodes.VERDICT_FAILED);
    assertThat(failed.out()).containsIgnoringCase("fail");

    Path lenient = dir.resolve("lenient.yaml");
    Files.writeString(lenient, "version: 1\nrequire_provenance: false\n"
        + "require_unshareable_described: false\nmax_quarantine_rate: 1.0\n"
        + "max_duplicate_rate: 1.0\nmax_reserved_rights_documents: 1000000\n"
        + "forbid_license_classes: []\n");
    Result passed = run("report", DEMO.toString(), "--out", out.toString(),
        "--policy", lenient.toString());
    assertThat(passed.code()).as(passed.err() + passed.out()).isEqualTo(ExitCodes.OK);

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "version: 1\nmax_duplicate_rat: 0.2\n");
    Result bad = run("report", DEMO.toString(), "--out", out.toString(),
        "--policy", broken.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("broken.yaml:2");
  }

  @Test
  void aRerunSkipsFinishedStagesAndRedoesAnInterruptedOne(@TempDir Path out) throws Exception {
    SharedSparkSession.get();
    Result first = run("ingest", DEMO.toString(), "--out", out.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
    String stats = Files.readString(out.resolve("stats/ingest.json"));

    Result again = run("ingest", DEMO.toString(), "--out", out.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.OK);
    assertThat(again.err()).contains("already complete in this run directory: skipped")
        .doesNotContain("crawled");
    assertThat(again.out()).isEqualTo(first.out());

    // A driver killed mid-stage leaves no marker and half an output.
    Files.delete(out.resolve("_markers/ingest.json"));
    try (var files = Files.walk(out.resolve("documents"))) {
      List<Path> parts = files.filter(p -> p.toString().endsWith(".parquet")).toList();
      assertThat(parts).isNotEmpty();
      Files.delete(parts.get(0));
    }
    Files.writeString(out.resolve("documents/part-99999-stray.parquet"), "half written");
    Result resumed = run("ingest", DEMO.toString(), "--out", out.toString());
    assertThat(resumed.code()).as(resumed.err()).isEqualTo(ExitCodes.OK);
    assertThat(resumed.err()).contains("crawled").doesNotContain("skipped");
    assertThat(resumed.out()).isEqualTo(first.out());
    String resumedStats = Files.readString(out.resolve("stats/ingest.json"));
    assertThat(resumedStats.replaceAll("\"elapsedMillis\" : \\d+", ""))
        .isEqualTo(stats.replaceAll("\"elapsedMillis\" : \\d+", ""));
    assertThat(SharedSparkSession.get().read().parquet(out.resolve("documents").toString()).count())
        .isEqualTo(695);
  }
}
