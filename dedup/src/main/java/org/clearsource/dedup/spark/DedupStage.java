package org.clearsource.dedup.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.run.StatsFiles;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.cluster.RepresentativeRule;
import org.clearsource.dedup.contamination.NgramIndex;

/**
 * The dedup stage: exact and near duplicates, clusters and representatives, source overlap, and
 * the contamination check against evaluation sets.
 *
 * <ol>
 *   <li><b>One read of the texts</b> (pass 1): per document, the exact hash of its normalized
 *       text, the MinHash signature of its word shingles and, when evaluation sets are given, the
 *       evaluation items it shares a long n-gram with. Staged as Parquet.
 *   <li><b>Exact duplicates</b>: documents are grouped by exact hash. Each group (a distinct text)
 *       is represented by its best document by {@link RepresentativeRule}, and distinct texts are
 *       numbered in that order (the <em>rank</em>), so that the smallest rank of any set of texts
 *       is its best representative.
 *   <li><b>Near duplicates</b>, among distinct texts only: {@link DedupMethod#MINHASH_LSH} shuffles
 *       one (band key, rank) record of 16 bytes per band, sorts each partition by (key, rank) and
 *       streams buckets through {@link org.clearsource.dedup.cluster.BucketPairer}; candidate pairs
 *       are verified ({@link DedupSettings#verification()}). {@link DedupMethod#MLLIB} uses MLlib
 *       instead.
 *   <li><b>Clusters</b>: connected components of the verified pairs, by large-star / small-star
 *       ({@link SparkConnectedComponents}); the root of a component is its smallest rank, so its
 *       representative document is the cluster's. Exact copies join their text's cluster.
 *   <li><b>Tables and counters</b>: {@code dedup/documents}, {@code dedup/clusters}, {@code
 *       dedup/overlap}, {@code dedup/contamination}, {@code stats/dedup.json}, {@code
 *       stats/contamination.json} and {@code dedup/parameters.json}; docs/tables.md has them all.
 * </ol>
 *
 * Output is the same whatever the partitioning: nothing depends on the order in which rows
 * arrive, only on the texts, the doc ids and the source priorities.
 */
public final class DedupStage {

  public static final String NAME = "dedup";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private DedupStage() {}

  /**
   * Dedups the run's documents table (and checks it against the evaluation sets' table when the
   * manifest names evaluation sets), writing the dedup tables and stats into the run directory.
   *
   * @throws ClearsourceException when the documents table is missing or holds sources the manifest
   *     does not declare
   */
  public static StageStats run(SparkSession spark, Manifest manifest, RunLayout layout,
      DedupSettings settings, Consumer<String> progress) {
    return run(spark, DedupInput.fromRun(spark, manifest, layout), layout, settings, progress);
  }

  /** Dedups the given input, writing the dedup tables and stats into {@code layout}. */
  public static StageStats run(SparkSession spark, DedupInput input, RunLayout layout,
      DedupSettings settings, Consumer<String> progress) {
    long started = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String staging = layout.staging(NAME);
    deleteQuietly(hadoop, staging);
    Map<String, Object> figures = new LinkedHashMap<>();
    Map<String, Long> stepMillis = new LinkedHashMap<>();
    long step = System.nanoTime();

    NgramIndex index = input.evaluation() == null ? null
        : ContaminationCheck.index(input.evaluation(), settings.contaminationNgramWords(),
            progress);
    Broadcast<NgramIndex> contamination =
        index == null || index.isEmpty() ? null : jsc.broadcast(index);

    // 1. One read of the texts.
    Fingerprints.Pass pass =
        Fingerprints.compute(input.documents(), input.priorities(), settings, contamination);
    staged(pass.table()).parquet(staging + "/fingerprints");
    pass.requireKnownSources();
    Dataset<Row> fingerprints = spark.read().schema(DedupTables.FINGERPRINTS)
        .parquet(staging + "/fingerprints");
    step = lap(stepMillis, "fingerprints", step);
    progress.accept(settings.method() == DedupMethod.MINHASH_LSH
        ? "hashed and signed every document" : "hashed every document");

    // 2. Exact duplicates and the representative order.
    Dataset<Row> uniques = rankDistinctTexts(spark, fingerprints, staging);
    Row sizes = uniques.agg(count(lit(1)), sum("copies")).first();
    long distinctTexts = sizes.getLong(0);
    long documents = sizes.isNullAt(1) ? 0 : sizes.getLong(1);
    progress.accept(String.format("%,d documents, %,d distinct texts", documents,
        distinctTexts));
    step = lap(stepMillis, "exact", step);

    // 3. Near duplicates among distinct texts.
    Dataset<Row> signed = fingerprints
        .filter(col("words").gt(0))
        .select("exact_h1", "exact_h2", "doc_id", "signature", "band_keys")
        .join(uniques, new String[] {"exact_h1", "exact_h2"})
        .filter(col("doc_id").equalTo(col("rep_doc_id")))
        .select("rank", "signature", "band_keys");
    NearDuplicatePairs.Result pairs = settings.method() == DedupMethod.MLLIB
        ? NearDuplicatePairs.mllib(spark, signed, uniques, input.documents(), settings, progress)
        : NearDuplicatePairs.minHashLsh(spark, signed, uniques, fingerprints, settings,
            staging, progress);
    step = lap(stepMillis, "near_duplicates", step);

    // 4. Clusters.
    Dataset<Row> roots;
    int rounds = 0;
    if (pairs.figures().verifiedPairs() == 0) {
      roots = spark.createDataFrame(List.of(), DedupTables.EDGES);
    } else {
      SparkConnectedComponents.Result components = SparkConnectedComponents.run(spark,
          pairs.verified().select(col("b").as("larger"), col("a").as("smaller")));
      roots = components.roots();
      rounds = components.rounds();
    }
    pairs.verified().unpersist();
    step = lap(stepMillis, "components", step);
    progress.accept("connected components: " + rounds + " rounds");

    // 5. Tables.
    writeDocuments(fingerprints, uniques, roots, layout);
    roots.unpersist();
    Dataset<Row> table = spark.read().parquet(layout.dedupDocuments());
    writeClusters(table, layout);
    Dataset<Row> clusterTable = spark.read().parquet(layout.dedupClusters());
    StageStats.Builder stats = StageStats.builder(NAME);
    input.priorities().keySet().forEach(stats::source);
    Map<String, Long> documentsPerSource = new HashMap<>();
    long withSignature = countDocuments(table, clusterTable, fingerprints, stats,
        documentsPerSource);
    writeOverlap(spark, clusterTable, documentsPerSource, layout);
    StageStats contaminationStats = null;
    if (index == null) {
      // Not checked this time: results of an earlier run would read as this run's.
      deleteQuietly(hadoop, layout.dedupContamination());
      deleteQuietly(hadoop, layout.stats(ContaminationCheck.STATS_NAME));
    } else {
      Dataset<Row> hits = contamination == null
          ? spark.createDataFrame(List.of(), DedupTables.CONTAMINATION)
          : ContaminationCheck.table(fingerprints, contamination);
      hits.write().mode(SaveMode.Overwrite).parquet(layout.dedupContamination());
      contaminationStats = ContaminationCheck.count(
          spark.read().parquet(layout.dedupContamination()), index, stats,
          (System.nanoTime() - started) / 1_000_000);
    }
    lap(stepMillis, "tables", step);

    StageStats result = stats.elapsedMillis((System.nanoTime() - started) / 1_000_000).build();
    // Every cluster has one representative, counted in its source.
    long clusters = result.total("clusters");
    figures.put("documents", documents);
    figures.put("distinct_texts", distinctTexts);
    figures.put("documents_with_signature", withSignature);
    figures.put("band_records", pairs.figures().bandRecords());
    figures.put("buckets", pairs.figures().buckets());
    figures.put("oversized_buckets", pairs.figures().oversizedBuckets());
    figures.put("largest_bucket", pairs.figures().largestBucket());
    figures.put("candidate_pairs", pairs.figures().candidatePairs());
    figures.put("verified_pairs", pairs.figures().verifiedPairs());
    figures.put("component_rounds", rounds);
    figures.put("clusters", clusters);
    figures.put("step_millis", stepMillis);
    figures.put("elapsed_millis", result.elapsedMillis());
    writeJson(hadoop, layout.dedupParameters(), parameters(settings, figures));
    StatsFiles.write(layout, NAME, result, hadoop);
    if (contaminationStats != null) {
      StatsFiles.write(layout, ContaminationCheck.STATS_NAME, contaminationStats, hadoop);
    }
    if (contamination != null) {
      contamination.destroy();
    }
    deleteQuietly(hadoop, staging);
    deleteIfEmpty(hadoop, new Path(staging).getParent());
    progress.accept(String.format("%,d duplicate clusters; %,d of %,d documents would go if"
            + " deduplicated", clusters, result.total("duplicates_removed_if_deduplicated"),
        documents));
    return result;
  }

  /**
   * One row per distinct text with its representative and its rank: the distinct texts sorted by
   * their representatives' (priority, doc_id) and numbered in that order. Staged, so that the ranks
   * are computed once.
   */
  private static Dataset<Row> rankDistinctTexts(SparkSession spark, Dataset<Row> fingerprints,
      String staging) {
    Dataset<Row> ordered = fingerprints
        .groupBy("exact_h1", "exact_h2")
        .agg(min(struct(col("priority"), col("doc_id"))).as("rep"), count(lit(1)).as("copies"))
        .select(col("exact_h1"), col("exact_h2"), col("rep.priority").as("rep_priority"),
            col("rep.doc_id").as("rep_doc_id"), col("copies"))
        .orderBy("rep_priority", "rep_doc_id");
    // Ranks need only follow the order, not be dense: monotonically_increasing_id numbers the rows
    // of each sorted partition upwards from the partition's index times 2^33, in one pass (where
    // zipWithIndex runs the sort twice, once to count the partitions).
    staged(ordered.withColumn("rank", monotonically_increasing_id()))
        .parquet(staging + "/uniques");
    return spark.read().schema(DedupTables.UNIQUES).parquet(staging + "/uniques");
  }

  /**
   * A writer for staging tables, read once or twice and then deleted: signatures and hashes do not
   * compress, and dictionary-encoding 528-byte signatures only burns CPU.
   */
  private static org.apache.spark.sql.DataFrameWriter<Row> staged(Dataset<Row> table) {
    return table.write().mode(SaveMode.Overwrite)
        .option("compression", "none")
        .option("parquet.enable.dictionary", "false");
  }

  /** {@code dedup/documents}: every document with its cluster, representative flag and kind. */
  private static void writeDocuments(Dataset<Row> fingerprints, Dataset<Row> uniques,
      Dataset<Row> roots, RunLayout layout) {
    Dataset<Row> rooted = uniques
        .join(roots, col("rank").equalTo(col("larger")), "left")
        .select(col("exact_h1"), col("exact_h2"), col("rep_doc_id").as("exact_rep"),
            col("copies"), coalesce(col("smaller"), col("rank")).as("root"));
    Dataset<Row> clusters = rooted.groupBy("root").agg(sum("copies").as("cluster_size"))
        .join(uniques.select(col("rank").as("root"), col("rep_doc_id").as("cluster_id")), "root");
    Column representative = col("doc_id").equalTo(col("cluster_id"));
    fingerprints
        .select("doc_id", "source_id", "exact_h1", "exact_h2", "exact_hash", "text_bytes")
        .join(rooted, new String[] {"exact_h1", "exact_h2"})
        .join(clusters, "root")
        .select(
            col("doc_id"),
            col("source_id"),
            col("exact_hash"),
            col("cluster_id"),
            col("cluster_size"),
            representative.as("is_representative"),
            when(representative, lit("none"))
                .when(col("doc_id").equalTo(col("exact_rep")), lit("near"))
                .otherwise(lit("exact")).as("duplicate_kind"),
            col("text_bytes"))
        .write().mode(SaveMode.Overwrite).parquet(layout.dedupDocuments());
  }

  /**
   * {@code dedup/clusters}: one row per cluster of two documents or more, in one aggregation of
   * the documents table.
   */
  private static void writeClusters(Dataset<Row> table, RunLayout layout) {
    table.filter(col("cluster_size").gt(1))
        .groupBy("cluster_id")
        .agg(count(lit(1)).as("size"),
            size(collect_set(col("exact_hash"))).cast("long").as("distinct_texts"),
            max(when(col("is_representative"), col("source_id"))).as("representative_source"),
            collect_list(col("source_id")).as("members"))
        .select(col("cluster_id"), col("size"), col("distinct_texts"),
            col("representative_source"),
            expr("array_sort(array_distinct(members))").as("sources"),
            expr("map_from_arrays(array_sort(array_distinct(members)),"
                + " transform(array_sort(array_distinct(members)),"
                + " s -> cast(size(filter(members, m -> m = s)) as bigint)))")
                .as("documents_per_source"))
        .write().mode(SaveMode.Overwrite).parquet(layout.dedupClusters());
  }

  /**
   * {@code dedup/overlap}: for each ordered pair of sources (A, B), the documents of A in a cluster
   * with a document of B (for A = B: with another document of A). At most one row per pair of
   * sources, so the few rows are assembled on the driver.
   */
  private static void writeOverlap(SparkSession spark, Dataset<Row> clusterTable,
      Map<String, Long> documentsPerSource, RunLayout layout) {
    List<Row> rows = new ArrayList<>();
    for (Row row : clusterTable
        .select(explode(col("documents_per_source")).as(new String[] {"source_a", "documents_a"}),
            col("documents_per_source"))
        .select(col("source_a"), col("documents_a"),
            explode(col("documents_per_source")).as(new String[] {"source_b", "documents_b"}))
        .filter(col("source_a").notEqual(col("source_b")).or(col("documents_a").geq(2)))
        .groupBy("source_a", "source_b").agg(sum("documents_a"))
        .orderBy("source_a", "source_b")
        .collectAsList()) {
      long total = documentsPerSource.getOrDefault(row.getString(0), 0L);
      rows.add(RowFactory.create(row.getString(0), row.getString(1), row.getLong(2), total,
          total == 0 ? 0.0 : (double) row.getLong(2) / total));
    }
    spark.createDataFrame(rows, DedupTables.OVERLAP).coalesce(1)
        .write().mode(SaveMode.Overwrite).parquet(layout.dedupOverlap());
  }

  /**
   * Per-source counters of {@code stats/dedup.json}; docs/tables.md lists them. Fills {@code
   * documentsPerSource} and returns the documents with a signature (with words), for the
   * parameters file.
   */
  private static long countDocuments(Dataset<Row> table, Dataset<Row> clusterTable,
      Dataset<Row> fingerprints, StageStats.Builder stats, Map<String, Long> documentsPerSource) {
    Column duplicate = col("duplicate_kind").notEqual("none");
    Column inCluster = col("cluster_size").gt(1);
    for (Row row : table.groupBy("source_id").agg(
        count(lit(1)),
        sum(when(col("duplicate_kind").equalTo("exact"), 1).otherwise(0)),
        sum(when(col("duplicate_kind").equalTo("near"), 1).otherwise(0)),
        sum(when(inCluster, 1).otherwise(0)),
        sum(when(inCluster.and(col("is_representative")), 1).otherwise(0)),
        sum("text_bytes"),
        sum(when(duplicate, col("text_bytes")).otherwise(0L))).collectAsList()) {
      String source = row.getString(0);
      documentsPerSource.put(source, row.getLong(1));
      stats.add(source, "documents", row.getLong(1));
      stats.add(source, "exact_duplicates", row.getLong(2));
      stats.add(source, "near_duplicates", row.getLong(3));
      stats.add(source, "duplicates_removed_if_deduplicated", row.getLong(2) + row.getLong(3));
      stats.add(source, "documents_in_clusters", row.getLong(4));
      stats.add(source, "clusters", row.getLong(5));
      stats.add(source, "text_bytes", row.getLong(6));
      stats.add(source, "duplicate_text_bytes", row.getLong(7));
    }
    for (Row row : clusterTable
        .filter(size(col("sources")).geq(2))
        .select(explode(col("documents_per_source")).as(new String[] {"source_id", "documents"}))
        .groupBy("source_id").agg(sum("documents")).collectAsList()) {
      stats.add(row.getString(0), "documents_shared_with_other_sources", row.getLong(1));
    }
    long withSignature = 0;
    for (Row row : fingerprints.groupBy("source_id").agg(
        sum(when(col("words").equalTo(0), 1).otherwise(0)),
        count(col("url")),
        countDistinct(col("url")),
        sum(when(col("words").gt(0), 1L).otherwise(0L))).collectAsList()) {
      String source = row.getString(0);
      stats.add(source, "documents_without_words", row.getLong(1));
      stats.add(source, "documents_with_url", row.getLong(2));
      stats.add(source, "duplicate_urls", row.getLong(2) - row.getLong(3));
      withSignature += row.getLong(4);
    }
    return withSignature;
  }

  private static Map<String, Object> parameters(DedupSettings settings,
      Map<String, Object> figures) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("method", settings.method().name().toLowerCase(Locale.ROOT));
    parameters.put("threshold", settings.threshold());
    parameters.put("shingle_words", settings.minHash().shingleWords());
    parameters.put("permutations", settings.minHash().permutations());
    parameters.put("seed", settings.minHash().seed());
    parameters.put("bands", settings.lsh().bands());
    parameters.put("rows", settings.lsh().rows());
    parameters.put("candidate_probability_at_threshold",
        settings.lsh().candidateProbability(settings.threshold()));
    parameters.put("verification", settings.verification().name().toLowerCase(Locale.ROOT));
    parameters.put("exact_match", settings.exactMatch().name().toLowerCase(Locale.ROOT));
    parameters.put("all_pairs_limit", settings.allPairsLimit());
    parameters.put("signature_fingerprint",
        String.format("%016x", settings.minHash().fingerprint()));
    parameters.put("contamination_ngram_words", settings.contaminationNgramWords());
    if (settings.method() == DedupMethod.MLLIB) {
      parameters.put("mllib_hash_tables", settings.mllibHashTables());
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("stage", NAME);
    file.put("parameters", parameters);
    file.put("figures", figures);
    return file;
  }

  private static long lap(Map<String, Long> steps, String name, long since) {
    long now = System.nanoTime();
    steps.put(name, (now - since) / 1_000_000);
    return now;
  }

  private static void writeJson(Configuration hadoop, String file, Object value) {
    Path path = new Path(file);
    try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
      JSON.writeValue(out, value);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write " + path, e);
    }
  }

  private static void deleteQuietly(Configuration hadoop, String location) {
    try {
      Path path = new Path(location);
      path.getFileSystem(hadoop).delete(path, true);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot delete " + location, e);
    }
  }

  private static void deleteIfEmpty(Configuration hadoop, Path directory) {
    try {
      FileSystem fs = directory.getFileSystem(hadoop);
      if (fs.exists(directory) && fs.listStatus(directory).length == 0) {
        fs.delete(directory, false);
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot clear the staging directory " + directory, e);
    }
  }
}
