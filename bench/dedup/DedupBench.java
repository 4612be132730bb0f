import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SparkSessions;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.quality.BruteForceJaccard;
import org.clearsource.dedup.quality.SimilarPair;
import org.clearsource.dedup.spark.DedupInput;
import org.clearsource.dedup.spark.DedupMethod;
import org.clearsource.dedup.spark.DedupSettings;
import org.clearsource.dedup.spark.DedupStage;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;

/**
 * Runs the dedup stage once over the first SHARDS shards of the benchmark corpus, with one method,
 * on local[CORES], and prints one JSON line: time, MB/s per core, and recall two ways:
 *
 * <ul>
 *   <li>sample recall: the documents of SAMPLE_FAMILIES random families with copies, every pair
 *       compared by brute-force exact Jaccard; of the pairs at 0.8 or more, the share that the
 *       stage put in one cluster;
 *   <li>planted recall: over the whole input, the share of planted copies at Jaccard 0.8 or more
 *       (exact copies included) clustered with their original.
 * </ul>
 *
 * Usage: java -cp CLASSPATH DedupBench.java CORPUS_DIR RUN_DIR METHOD SHARDS CORES [SAMPLE_FAMILIES
 * [BANDSxROWS|- [EXACT|ESTIMATED]]]
 */
public final class DedupBench {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]).toAbsolutePath();
    String run = Path.of(args[1]).toAbsolutePath().toString();
    DedupMethod method = DedupMethod.valueOf(args[2]);
    int shards = Integer.parseInt(args[3]);
    int cores = Integer.parseInt(args[4]);
    int sampleFamilies = args.length > 5 ? Integer.parseInt(args[5]) : 1500;
    SparkSession spark = SparkSessions.create("dedup-bench", "local[" + cores + "]", Map.of());
    if (Boolean.getBoolean("bench.stages")) {
      // Diagnostics: executor CPU seconds of every Spark stage, with its operators, on stderr.
      spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
        @Override
        public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
          org.apache.spark.scheduler.StageInfo stage = done.stageInfo();
          StringBuilder operators = new StringBuilder();
          stage.rddInfos().foreach(rdd -> operators.append(rdd.name()).append(' '));
          long wall = (long) stage.completionTime().get() - (long) stage.submissionTime().get();
          System.err.printf("    stage %d: %.1f s, %.1f cpu-s, %d tasks: %s%n", stage.stageId(),
              wall / 1e3, stage.taskMetrics().executorCpuTime() / 1e9, stage.numTasks(),
              operators.length() > 150 ? operators.substring(0, 150) : operators);
        }
      });
    }

    String base = corpus.resolve("documents").toString();
    String[] paths = new String[shards];
    for (int shard = 0; shard < shards; shard++) {
      paths[shard] = base + String.format("/shard=%02d", shard);
    }
    Dataset<Row> documents = spark.read().option("basePath", base).parquet(paths);
    Dataset<Row> truth = spark.read().parquet(corpus.resolve("truth").toString())
        .filter(col("shard").cast("int").lt(shards));
    Row size = documents.selectExpr("count(*)", "sum(text_bytes)").first();
    double megabytes = size.getLong(1) / 1048576.0;

    Map<String, Integer> priorities = Map.of("books", 0, "news", 1, "web", 2, "forum", 3);
    DedupSettings.Builder builder = DedupSettings.builder().method(method);
    if (args.length > 6 && !args[6].equals("-")) {
      String[] bands = args[6].split("x");
      builder.bands(Integer.parseInt(bands[0]), Integer.parseInt(bands[1]));
    }
    if (args.length > 7) {
      builder.verification(org.clearsource.dedup.minhash.Verification.valueOf(args[7]));
    }
    DedupSettings settings = builder.build();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    StageStats stats = DedupStage.run(spark, new DedupInput(documents, priorities, null),
        new RunLayout(run), settings,
        message -> System.err.printf("%8.1f s %8.1f cpu-s  %s%n",
            (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9,
            message));
    double seconds = (System.nanoTime() - start) / 1e9;
    // CPU seconds of this JVM during the stage: what the stage cost whatever else ran beside it.
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;

    // The near-duplicate step alone (pairs from signatures, or MLlib's join), from the stage's file.
    double nearSeconds = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(new java.io.File(new RunLayout(run).dedupParameters()))
        .path("figures").path("step_millis").path("near_duplicates").asLong() / 1000.0;
    Dataset<Row> clusters = spark.read().parquet(new RunLayout(run).dedupDocuments())
        .select("doc_id", "cluster_id");
    // Planted recall, whole input: copies at >= 0.8 clustered with their family's original.
    Dataset<Row> labelled = truth.join(clusters, "doc_id");
    Dataset<Row> originals = labelled.filter("kind = 'original'")
        .select(col("family"), col("cluster_id").as("original_cluster"));
    Row planted = labelled.filter("kind in ('exact', 'near') and jaccard_to_original >= 0.8")
        .join(originals, "family")
        .selectExpr("count(*)", "sum(case when cluster_id = original_cluster then 1 else 0 end)")
        .first();
    // Families merged together (templates aside): clusters holding originals of two families.
    long mixed = labelled.filter("kind = 'original'").groupBy("cluster_id").count()
        .filter("count > 1").count();

    // Sample recall against the brute-force oracle.
    Dataset<Row> families = truth.filter("kind in ('exact', 'near')").select("family").distinct()
        .orderBy(org.apache.spark.sql.functions.hash(col("family"))).limit(sampleFamilies);
    List<Row> sample = truth.join(families, "family").select("doc_id")
        .join(documents.select("doc_id", "text"), "doc_id")
        .join(clusters, "doc_id")
        .orderBy("doc_id")
        .collectAsList();
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    List<int[]> tokenSets = new ArrayList<>();
    for (Row row : sample) {
      tokenSets.add(Shingles.tokenSet(scanner.scan(row.getString(1)).words(), 5));
    }
    List<SimilarPair> positives = BruteForceJaccard.pairsAtLeast(tokenSets, 0.8);
    long found = positives.stream()
        .filter(pair -> sample.get(pair.first()).getString(2)
            .equals(sample.get(pair.second()).getString(2)))
        .count();

    String json = String.format(
        "{\"method\": \"%s\", \"bands\": \"%dx%d\", \"shards\": %d, \"cores\": %d, \"input_mb\": %.1f,"
            + " \"documents\": %d, \"stage_seconds\": %.1f, \"mb_per_s_per_core\": %.2f,"
            + " \"cpu_seconds\": %.1f, \"mb_per_cpu_second\": %.2f,"
            + " \"near_duplicate_step_seconds\": %.1f,"
            + " \"sample_documents\": %d, \"sample_pairs_at_0_8\": %d, \"sample_recall\": %.4f,"
            + " \"planted_copies_at_0_8\": %d, \"planted_recall\": %.4f,"
            + " \"clusters_mixing_families\": %d, \"duplicates_removed\": %d}%n",
        method == DedupMethod.MLLIB ? "MLLIB" : method + " " + settings.verification(),
        settings.lsh().bands(), settings.lsh().rows(), shards, cores, megabytes, size.getLong(0), seconds,
        megabytes / seconds / cores, cpuSeconds, megabytes / cpuSeconds, nearSeconds,
        sample.size(),
        positives.size(),
        positives.isEmpty() ? 1.0 : (double) found / positives.size(),
        planted.getLong(0), planted.getLong(0) == 0 ? 1.0
            : (double) planted.getLong(1) / planted.getLong(0),
        mixed, stats.total("duplicates_removed_if_deduplicated"));
    System.out.print(json);
    Files.writeString(Path.of(run + ".json"), json);
    spark.stop();
  }
}
