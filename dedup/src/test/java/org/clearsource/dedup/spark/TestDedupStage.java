package org.clearsource.dedup.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsource.dedup.spark.DedupFixtures.document;
import static org.clearsource.dedup.spark.DedupFixtures.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.quality.NearDuplicateGenerator;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage on a small corpus with planted duplicates: exact copies across sources, edited copies,
 * a chain, 3,000 near-identical boilerplate pages (one oversized LSH bucket per band), repeated
 * URLs and an evaluation set quoted by one document.
 */
class TestDedupStage {

  static final int BOILERPLATE_PAGES = 3000;

  @TempDir static Path out;
  static StageStats stats;
  static RunLayout layout;
  static final List<Prose> WIKI = DedupFixtures.originals(1, 40);
  static final List<Prose> FORUM = DedupFixtures.originals(2, 20);

  @BeforeAll
  static void runStage() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < WIKI.size(); i++) {
      rows.add(document("wiki-" + i, "wiki", "https://wiki.example/" + i, WIKI.get(i).render()));
    }
    for (int i = 0; i < FORUM.size(); i++) {
      rows.add(document("forum-" + i, "forum", null, FORUM.get(i).render()));
    }
    // Exact copies of wiki-3: reformatted in web, verbatim in forum.
    rows.add(document("web-copy-3", "web", "https://mirror.example/3",
        NearDuplicateGenerator.reformat(WIKI.get(3).render(), new SplittableRandom(1))));
    rows.add(document("forum-copy-3", "forum", null, WIKI.get(3).render()));
    // Near copies of wiki-10 and wiki-11 in web; a copy of the copy of wiki-11 in forum.
    rows.add(document("web-near-10", "web", "https://mirror.example/10",
        DedupFixtures.nearCopy(WIKI.get(10), 10)));
    String near11 = DedupFixtures.nearCopy(WIKI.get(11), 11);
    rows.add(document("web-near-11", "web", "https://mirror.example/11", near11));
    rows.add(document("forum-near-near-11", "forum", null,
        near11 + " Thanks for reading this post."));
    // Two exact copies inside forum, both of forum-0.
    rows.add(document("forum-repost-0a", "forum", null, FORUM.get(0).render()));
    rows.add(document("forum-repost-0b", "forum", null, FORUM.get(0).render()));
    // Boilerplate: one template, a different page number each (near duplicates of each other).
    String template = WIKI.get(39).render().substring(0, 600);
    for (int page = 0; page < BOILERPLATE_PAGES; page++) {
      rows.add(document("web-page-" + page, "web", "https://shop.example/page/" + (page % 2990),
          "Archive page " + page + ". " + template));
    }
    rows.add(document("web-empty", "web", "https://shop.example/empty", " \n ... "));

    List<Row> evaluation = List.of(
        RowFactory.create("qa", id("qa-1"), "qa-1", "Question: what did the text say? "
            + String.join(" ", WIKI.get(5).paragraphs().get(0).get(0)) + " "
            + String.join(" ", WIKI.get(5).paragraphs().get(0).get(1))),
        RowFactory.create("qa", id("qa-2"), "qa-2", "A short item."),
        RowFactory.create("mc", id("mc-1"), null,
            DedupFixtures.originals(99, 1).get(0).render()));
    SparkSession spark = SharedSparkSession.get();
    DedupInput input = new DedupInput(DedupFixtures.table(rows).repartition(3),
        DedupFixtures.PRIORITIES, spark.createDataFrame(evaluation, DedupFixtures.EVALUATION));
    layout = new RunLayout(out.toString());
    long start = System.nanoTime();
    stats = DedupStage.run(spark, input, layout, DedupSettings.defaults(),
        message -> System.out.printf("%6d ms  %s%n", (System.nanoTime() - start) / 1_000_000,
            message));
  }

  static Map<String, Row> documentsById() {
    return SharedSparkSession.get().read().parquet(layout.dedupDocuments()).collectAsList()
        .stream().collect(Collectors.toMap(row -> row.getString(0), row -> row));
  }

  @Test
  void exactCopiesJoinTheirOriginalWhoseSourceHasPriority() {
    Map<String, Row> documents = documentsById();
    Row original = documents.get(id("wiki-3"));
    Row reformatted = documents.get(id("web-copy-3"));
    assertThat(reformatted.<String>getAs("exact_hash")).isEqualTo(original.getAs("exact_hash"));
    assertThat(reformatted.<String>getAs("cluster_id")).isEqualTo(id("wiki-3"));
    assertThat(reformatted.<String>getAs("duplicate_kind")).isEqualTo("exact");
    assertThat(original.<Boolean>getAs("is_representative")).isTrue();
    assertThat(original.<String>getAs("duplicate_kind")).isEqualTo("none");
    assertThat(original.<Long>getAs("cluster_size")).isEqualTo(3);
  }

  @Test
  void nearCopiesAndChainsClusterAroundTheOriginal() {
    Map<String, Row> documents = documentsById();
    assertThat(documents.get(id("web-near-10")).<String>getAs("cluster_id"))
        .isEqualTo(id("wiki-10"));
    assertThat(documents.get(id("web-near-10")).<String>getAs("duplicate_kind"))
        .isEqualTo("near");
    for (String name : List.of("web-near-11", "forum-near-near-11")) {
      assertThat(documents.get(id(name)).<String>getAs("cluster_id")).isEqualTo(id("wiki-11"));
    }
    assertThat(documents.get(id("wiki-11")).<Long>getAs("cluster_size")).isEqualTo(3);
    assertThat(documents.get(id("wiki-12")).<Long>getAs("cluster_size")).isEqualTo(1);
    assertThat(documents.get(id("wiki-12")).<String>getAs("duplicate_kind")).isEqualTo("none");
  }

  @Test
  void thousandsOfBoilerplatePagesFormOneClusterQuickly() {
    Map<String, Row> documents = documentsById();
    String expected = java.util.stream.IntStream.range(0, BOILERPLATE_PAGES)
        .mapToObj(page -> id("web-page-" + page)).min(String::compareTo).orElseThrow();
    assertThat(documents.get(id("web-page-0")).<String>getAs("cluster_id")).isEqualTo(expected);
    assertThat(documents.get(id("web-page-0")).<Long>getAs("cluster_size"))
        .isEqualTo(BOILERPLATE_PAGES);
    JsonNode figures = parameters().get("figures");
    assertThat(figures.get("oversized_buckets").asLong()).isGreaterThanOrEqualTo(1);
    // A page falls in the template's bucket of a band unless one of its own shingles holds a
    // minimum of the band's rows: about (96/99)^5 = 86% of pages per band.
    assertThat(figures.get("largest_bucket").asLong()).isGreaterThan(BOILERPLATE_PAGES / 2);
    // Linear, not quadratic pairing (all pairs would be 4.5 million a band).
    assertThat(figures.get("candidate_pairs").asLong()).isLessThan(20L * BOILERPLATE_PAGES);
  }

  @Test
  void countsPerSource() {
    assertThat(stats.count("wiki", "documents")).isEqualTo(40);
    assertThat(stats.count("wiki", "duplicates_removed_if_deduplicated")).isZero();
    assertThat(stats.count("wiki", "clusters")).isEqualTo(3);
    assertThat(stats.count("web", "exact_duplicates")).isEqualTo(1);
    // web-near-10, web-near-11 and all boilerplate pages but the representative.
    assertThat(stats.count("web", "near_duplicates")).isEqualTo(2 + BOILERPLATE_PAGES - 1);
    assertThat(stats.count("web", "clusters")).isEqualTo(1);
    assertThat(stats.count("forum", "exact_duplicates")).isEqualTo(3);
    assertThat(stats.count("forum", "near_duplicates")).isEqualTo(1);
    assertThat(stats.count("forum", "documents_shared_with_other_sources")).isEqualTo(2);
    assertThat(stats.count("web", "documents_without_words")).isEqualTo(1);
    assertThat(stats.count("web", "duplicate_urls")).isEqualTo(10);
    assertThat(stats.count("wiki", "duplicate_urls")).isZero();
    assertThat(stats.total("documents")).isEqualTo(40 + 20 + 7 + BOILERPLATE_PAGES + 1);
    assertThat(out.resolve("stats/dedup.json")).exists();
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  @Test
  void overlapCountsDocumentsOfOneSourceWithADuplicateInAnother() {
    Map<String, Long> overlap = SharedSparkSession.get().read().parquet(layout.dedupOverlap())
        .collectAsList().stream().collect(Collectors.toMap(
            row -> row.getString(0) + ">" + row.getString(1), row -> row.getLong(2)));
    assertThat(overlap).containsEntry("web>wiki", 3L)
        .containsEntry("wiki>web", 3L)
        .containsEntry("forum>wiki", 2L)
        .containsEntry("forum>forum", 3L)
        .containsEntry("web>web", (long) BOILERPLATE_PAGES)
        .doesNotContainKey("wiki>wiki");
  }

  @Test
  void clustersListTheirSources() {
    Dataset<Row> clusters = SharedSparkSession.get().read().parquet(layout.dedupClusters());
    Row three = clusters.filter("cluster_id = '" + id("wiki-3") + "'").first();
    assertThat(three.<Long>getAs("size")).isEqualTo(3);
    assertThat(three.<Long>getAs("distinct_texts")).isEqualTo(1);
    assertThat(three.getList(three.fieldIndex("sources")))
        .containsExactly("forum", "web", "wiki");
    assertThat(three.<String>getAs("representative_source")).isEqualTo("wiki");
    // wiki-3, wiki-10, wiki-11, forum-0 and the boilerplate pages.
    assertThat(clusters.count()).isEqualTo(5);
  }

  @Test
  void findsTheDocumentThatQuotesAnEvaluationItem() throws IOException {
    List<Row> hits = SharedSparkSession.get().read().parquet(layout.dedupContamination())
        .collectAsList();
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).<String>getAs("doc_id")).isEqualTo(id("wiki-5"));
    assertThat(hits.get(0).<String>getAs("eval_record_id")).isEqualTo("qa-1");
    assertThat(stats.count("wiki", "contaminated_documents")).isEqualTo(1);
    assertThat(stats.count("wiki", "contaminated_documents.qa")).isEqualTo(1);
    StageStats sets;
    try (InputStream in = Files.newInputStream(out.resolve("stats/contamination.json"))) {
      sets = StageStats.read(in);
    }
    assertThat(sets.count("qa", "items")).isEqualTo(2);
    assertThat(sets.count("qa", "items_too_short")).isEqualTo(1);
    assertThat(sets.count("qa", "contaminated_items")).isEqualTo(1);
    assertThat(sets.count("mc", "contaminated_documents")).isZero();
  }

  @Test
  void parametersAreRecorded() {
    JsonNode parameters = parameters().get("parameters");
    assertThat(parameters.get("threshold").asDouble()).isEqualTo(0.8);
    assertThat(parameters.get("bands").asInt()).isEqualTo(22);
    assertThat(parameters.get("rows").asInt()).isEqualTo(5);
    assertThat(parameters.get("seed").asLong()).isEqualTo(42);
    assertThat(parameters.get("verification").asText()).isEqualTo("exact");
  }

  @Test
  void aCorpusWithoutDuplicatesHasNoClustersAndNoStaleContamination(@TempDir Path run)
      throws IOException {
    RunLayout small = new RunLayout(run.toString());
    Files.createDirectories(run.resolve("dedup/contamination"));
    Files.writeString(run.resolve("dedup/contamination/stale.parquet"), "from an earlier run");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(document("solo-" + i, "wiki", null, WIKI.get(i).render()));
    }
    rows.add(document("solo-empty", "web", null, ""));
    StageStats solo = DedupStage.run(SharedSparkSession.get(),
        new DedupInput(DedupFixtures.table(rows), DedupFixtures.PRIORITIES, null), small,
        DedupSettings.defaults(), message -> { });
    assertThat(solo.total("documents")).isEqualTo(6);
    assertThat(solo.total("clusters")).isZero();
    assertThat(solo.total("duplicates_removed_if_deduplicated")).isZero();
    assertThat(solo.count("forum", "documents")).as("declared sources appear with zeros").isZero();
    assertThat(SharedSparkSession.get().read().parquet(small.dedupClusters()).count()).isZero();
    assertThat(run.resolve("dedup/contamination")).doesNotExist();
    assertThat(solo.sources()).containsKey("forum");
  }

  @Test
  void documentsOfAnUndeclaredSourceAreRefusedWithTheirSourceNamed(@TempDir Path run) {
    List<Row> rows = List.of(
        document("known", "wiki", null, WIKI.get(0).render()),
        document("stray-1", "mystery", null, WIKI.get(1).render()),
        document("stray-2", "mystery", null, WIKI.get(2).render()));
    DedupInput input = new DedupInput(DedupFixtures.table(rows).repartition(2),
        DedupFixtures.PRIORITIES, null);
    assertThatThrownBy(() -> DedupStage.run(SharedSparkSession.get(), input,
        new RunLayout(run.toString()), DedupSettings.defaults(), message -> { }))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("source(s) [mystery]")
        .hasMessageContaining("the manifest does not declare them");
    assertThat(run.resolve("dedup/documents")).as("no table written").doesNotExist();
  }

  static JsonNode parameters() {
    try {
      return new ObjectMapper().readTree(Files.readString(Path.of(layout.dedupParameters())));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
