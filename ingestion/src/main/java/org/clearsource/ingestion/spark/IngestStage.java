package org.clearsource.ingestion.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.manifest.SourceFormat;
import org.clearsource.core.run.HadoopConf;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.run.StageMarkers;
import org.clearsource.core.run.StatsFiles;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.stats.StageStats;
import org.clearsource.ingestion.crawl.CrawlResult;
import org.clearsource.ingestion.crawl.FileCrawler;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.crawl.SkippedEntry;
import org.clearsource.ingestion.inventory.FileInspector;
import org.clearsource.ingestion.inventory.InventoryEntry;
import org.clearsource.ingestion.plan.ReadPlanner;
import org.clearsource.ingestion.plan.ReadTask;
import org.clearsource.ingestion.plan.TaskOutcome;
import org.clearsource.ingestion.plan.TaskReader;
import org.clearsource.ingestion.read.FileReaders;
import org.clearsource.ingestion.read.ParsedDocument;
import org.clearsource.ingestion.read.Quarantined;
import org.clearsource.ingestion.read.SourceFiles;

/**
 * The ingest stage: crawl every source, inventory its files, read them into the documents,
 * quarantine and captures tables, and check that every record is accounted for.
 *
 * <p>One pass reads the corpus. Quarantine and capture rows travel in the documents schema under
 * reserved source ids ({@code _quarantine}, {@code _captures}); after the write their partitions
 * (small) are moved out and rewritten with their own schemas. The alternative, caching the read and
 * writing three times, costs a second full pass of the text.
 */
public final class IngestStage {

  public static final String NAME = "ingest";

  private static final String[] KINDS = {"documents", "quarantined", "captured"};

  private IngestStage() {}

  /**
   * Ingests the manifest's sources into the run directory and, when it names evaluation sets, those
   * into {@link RunLayout#evaluation()}; writes {@code stats/ingest.json} (and the evaluation
   * tree's own). Returns the sources' stats.
   *
   * @throws ClearsourceException when a file cannot be opened (and settings do not quarantine such
   *     files) or when records were lost between the readers and the tables
   */
  public static StageStats run(
      SparkSession spark,
      Manifest manifest,
      RunLayout layout,
      IngestSettings settings,
      Consumer<String> progress) {
    StageStats stats = run(spark, manifest.sources(), layout, settings, progress);
    if (!manifest.evaluationSets().isEmpty()) {
      run(spark, manifest.evaluationSets(), layout.evaluation(), settings,
          message -> progress.accept("evaluation sets: " + message));
    }
    return stats;
  }

  /**
   * What the stage's output depends on: the sources' declarations (not their provenance prose),
   * every file's URI, size and modification time, the settings that change findings, and the
   * Clearsource version. Lists the files, reads none.
   */
  public static String fingerprint(Manifest manifest, Configuration hadoop, IngestSettings settings) {
    StageMarkers.Fingerprint fingerprint = StageMarkers.fingerprint()
        .add("stage", NAME)
        .add("version", IngestStage.class.getPackage().getImplementationVersion())
        .add("quarantine-unreadable", settings.quarantineUnreadableFiles());
    FileCrawler crawler = new FileCrawler(hadoop, settings.crawlThreads());
    List<Source> all = new ArrayList<>(manifest.sources());
    all.addAll(manifest.evaluationSets());
    for (Source source : all) {
      fingerprint.add("source", String.join("|", source.id(), source.osaidClass().id(),
          source.format().id(), source.options().toString(), String.join(",", source.paths())));
      CrawlResult crawl = crawler.crawl(source);
      for (ListedFile file : crawl.files()) {
        fingerprint.add("file", file.uri() + "|" + file.size() + "|" + file.modificationTime());
      }
      for (SkippedEntry entry : crawl.skipped()) {
        fingerprint.add("skipped", entry.uri() + "|" + entry.reason().id());
      }
    }
    return fingerprint.build();
  }

  /**
   * Ingests the given sources and writes {@code stats/ingest.json}.
   *
   * @throws ClearsourceException when a file cannot be opened (and settings do not quarantine such
   *     files) or when records were lost between the readers and the tables
   */
  public static StageStats run(
      SparkSession spark,
      List<Source> sourceList,
      RunLayout layout,
      IngestSettings settings,
      Consumer<String> progress) {
    long started = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, Source> sources = new LinkedHashMap<>();
    sourceList.forEach(source -> sources.put(source.id(), source));

    List<CrawlResult> crawls = crawl(sourceList, hadoop, settings, progress);
    List<ListedFile> listed = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    for (CrawlResult crawl : crawls) {
      listed.addAll(crawl.files());
      skipped.addAll(crawl.skipped());
    }
    List<InventoryEntry> inventory =
        inventory(spark, jsc, listed, skipped, sources, hadoop, layout);
    checkReadable(inventory, settings);
    progress.accept(String.format("inventoried %,d files (%s)", inventory.size(),
        humanBytes(inventory.stream().mapToLong(entry -> entry.file().size()).sum())));

    List<List<ReadTask>> plan =
        ReadPlanner.plan(inventory, sources, settings.splitBytes(), jsc.defaultParallelism() * 2);
    Map<String, LongAccumulator> seen = new HashMap<>();
    for (String sourceId : sources.keySet()) {
      for (String kind : KINDS) {
        seen.put(sourceId + "/" + kind, spark.sparkContext().longAccumulator(sourceId + "/" + kind));
      }
    }
    HadoopConf conf = new HadoopConf(hadoop);
    FileReaders.OnUnreadable onUnreadable = settings.quarantineUnreadableFiles()
        ? FileReaders.OnUnreadable.QUARANTINE : FileReaders.OnUnreadable.FAIL;
    JavaRDD<Row> rows =
        jsc.parallelize(plan, Math.max(1, plan.size()))
            .mapPartitions(groups -> readPartition(groups, conf, onUnreadable, seen));
    progress.accept(String.format("reading %,d tasks in %,d partitions", 
        plan.stream().mapToInt(List::size).sum(), plan.size()));
    spark.createDataFrame(rows, CorpusTables.DOCUMENTS)
        .write()
        .mode(SaveMode.Overwrite)
        // Values unique per document: a dictionary attempt hashes each one, then falls back.
        .option("parquet.enable.dictionary#text", "false")
        .option("parquet.enable.dictionary#doc_id", "false")
        .option("parquet.enable.dictionary#locator", "false")
        .option("parquet.enable.dictionary#record_id", "false")
        .option("parquet.enable.dictionary#url", "false")
        .option("parquet.enable.dictionary#title", "false")
        .partitionBy("source_id")
        .parquet(layout.documents());

    moveSideTables(spark, hadoop, layout);
    StageStats stats = stats(spark, layout, sources, inventory, skipped, seen, started);
    StatsFiles.write(layout, NAME, stats, hadoop);
    return stats;
  }

  private static Iterator<Row> readPartition(
      Iterator<List<ReadTask>> groups,
      HadoopConf conf,
      FileReaders.OnUnreadable onUnreadable,
      Map<String, LongAccumulator> seen) {
    List<ReadTask> tasks = new ArrayList<>();
    groups.forEachRemaining(tasks::addAll);
    TaskReader reader =
        new TaskReader(tasks, task -> FileReaders.open(task, conf.get(), onUnreadable));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = reader.hasNext();
        if (!more) {
          reader.close();
        }
        return more;
      }

      @Override
      public Row next() {
        TaskOutcome outcome = reader.next();
        String kind = outcome.outcome() instanceof ParsedDocument ? "documents"
            : outcome.outcome() instanceof Quarantined ? "quarantined" : "captured";
        seen.get(outcome.task().entry().file().sourceId() + "/" + kind).add(1);
        return OutcomeRows.toRow(outcome);
      }
    };
  }

  private static List<CrawlResult> crawl(
      List<Source> sources, Configuration hadoop, IngestSettings settings,
      Consumer<String> progress) {
    FileCrawler crawler = new FileCrawler(hadoop, settings.crawlThreads());
    List<CrawlResult> crawls = new ArrayList<>();
    int files = 0;
    int skipped = 0;
    for (Source source : sources) {
      CrawlResult crawl = crawler.crawl(source);
      if (crawl.files().isEmpty()) {
        progress.accept("source '" + source.id() + "' has no files to read ("
            + crawl.skipped().size() + " entries skipped)");
      }
      files += crawl.files().size();
      skipped += crawl.skipped().size();
      crawls.add(crawl);
    }
    progress.accept(String.format("crawled %,d files in %d sources%s", files, sources.size(),
        skipped == 0 ? "" : String.format(" (%,d entries skipped: see the inventory)", skipped)));
    return crawls;
  }

  private static List<InventoryEntry> inventory(
      SparkSession spark,
      JavaSparkContext jsc,
      List<ListedFile> listed,
      List<SkippedEntry> skipped,
      Map<String, Source> sources,
      Configuration hadoop,
      RunLayout layout) {
    Map<String, SourceFormat> formats = new HashMap<>();
    sources.forEach((id, source) -> formats.put(id, source.format()));
    HadoopConf conf = new HadoopConf(hadoop);
    int slices = Math.max(1, Math.min(listed.size(), jsc.defaultParallelism() * 4));
    List<InventoryEntry> inventory =
        new ArrayList<>(
            jsc.parallelize(listed, slices)
                .map(file -> FileInspector.inspect(file, formats.get(file.sourceId()),
                    listedFile -> SourceFiles.open(listedFile.path(), conf.get())))
                .collect());
    inventory.sort(Comparator.comparing(entry -> entry.file().uri()));
    List<Row> rows = new ArrayList<>();
    for (InventoryEntry entry : inventory) {
      ListedFile file = entry.file();
      rows.add(RowFactory.create(file.sourceId(), file.uri(), file.relativePath(), file.size(),
          file.modificationTime(), entry.compression().id(), entry.format().id(), entry.sha256(),
          entry.error(), null, null));
    }
    for (SkippedEntry entry : skipped) {
      rows.add(RowFactory.create(entry.sourceId(), entry.uri(), entry.relativePath(), 0L, 0L, null,
          null, null, null, entry.reason().id(), entry.detail()));
    }
    spark.createDataFrame(rows, CorpusTables.INVENTORY)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(layout.inventory());
    return inventory;
  }

  private static void checkReadable(List<InventoryEntry> inventory, IngestSettings settings) {
    List<String> unreadable = new ArrayList<>();
    for (InventoryEntry entry : inventory) {
      if (!entry.readable()) {
        unreadable.add(entry.file().uri() + " (source '" + entry.file().sourceId() + "'): "
            + entry.error());
      }
    }
    if (!unreadable.isEmpty() && !settings.quarantineUnreadableFiles()) {
      throw new ClearsourceException(
          "Cannot open " + unreadable.size() + " file(s):\n  "
              + String.join("\n  ", unreadable.subList(0, Math.min(20, unreadable.size())))
              + (unreadable.size() > 20 ? "\n  ..." : "")
              + "\nFix: make them readable or remove them from the source, or pass"
              + " --quarantine-unreadable to record each as a quarantined record and go on");
    }
  }

  /** Moves the reserved partitions out of the documents table into their own tables. */
  private static void moveSideTables(SparkSession spark, Configuration hadoop, RunLayout layout) {
    String staging = layout.staging(NAME);
    try {
      Path stagingPath = new Path(staging);
      FileSystem fs = stagingPath.getFileSystem(hadoop);
      fs.delete(stagingPath, true);
      fs.mkdirs(stagingPath);
      moveSide(spark, fs, layout, staging, OutcomeRows.QUARANTINE_PARTITION, layout.quarantine(),
          true);
      moveSide(spark, fs, layout, staging, OutcomeRows.CAPTURE_PARTITION, layout.captures(),
          false);
      fs.delete(stagingPath, true);
      Path stagingRoot = stagingPath.getParent();
      if (fs.listStatus(stagingRoot).length == 0) {
        fs.delete(stagingRoot, false);
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write the side tables under " + staging, e);
    }
  }

  private static void moveSide(
      SparkSession spark,
      FileSystem fs,
      RunLayout layout,
      String staging,
      String partition,
      String target,
      boolean quarantine)
      throws IOException {
    Path from = new Path(layout.documents() + "/source_id=" + partition);
    Path to = new Path(staging + "/" + partition);
    Dataset<Row> table;
    if (fs.exists(from)) {
      if (!fs.rename(from, to)) {
        throw new IOException("rename of " + from + " to " + to + " failed");
      }
      Dataset<Row> raw = spark.read().schema(withoutSourceId()).parquet(to.toString());
      table = quarantine ? quarantineView(raw) : captureView(raw);
    } else {
      table = spark.createDataFrame(List.of(),
          quarantine ? CorpusTables.QUARANTINE : CorpusTables.CAPTURES);
    }
    table.orderBy("source_id", "uri", "locator")
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(target);
  }

  private static org.apache.spark.sql.types.StructType withoutSourceId() {
    List<org.apache.spark.sql.types.StructField> fields = new ArrayList<>();
    for (org.apache.spark.sql.types.StructField field : CorpusTables.DOCUMENTS.fields()) {
      if (!field.name().equals("source_id")) {
        fields.add(field);
      }
    }
    return org.apache.spark.sql.types.DataTypes.createStructType(fields);
  }

  private static Dataset<Row> quarantineView(Dataset<Row> raw) {
    return raw.select(
        col("metadata").getItem(OutcomeRows.KEY_SOURCE).as("source_id"),
        col("doc_id"),
        col("uri"),
        col("relative_path"),
        col("locator"),
        col("metadata").getItem(OutcomeRows.KEY_REASON).as("reason"),
        col("metadata").getItem(OutcomeRows.KEY_DETAIL).as("detail"),
        col("metadata").getItem(OutcomeRows.KEY_EXCERPT).as("excerpt"));
  }

  private static Dataset<Row> captureView(Dataset<Row> raw) {
    return raw.select(
        col("metadata").getItem(OutcomeRows.KEY_SOURCE).as("source_id"),
        col("metadata").getItem(OutcomeRows.KEY_KIND).as("kind"),
        col("url"),
        col("host"),
        col("domain"),
        col("metadata").getItem(OutcomeRows.KEY_STATUS).cast("int").as("status"),
        col("date"),
        col("text").as("body"),
        col("uri"),
        col("locator"));
  }

  private static StageStats stats(
      SparkSession spark,
      RunLayout layout,
      Map<String, Source> sources,
      List<InventoryEntry> inventory,
      List<SkippedEntry> skipped,
      Map<String, LongAccumulator> seen,
      long started) {
    StageStats.Builder stats = StageStats.builder(NAME);
    sources.keySet().forEach(stats::source);
    for (SkippedEntry entry : skipped) {
      stats.add(entry.sourceId(), "files_skipped", 1);
      stats.add(entry.sourceId(), "files_skipped." + entry.reason().id(), 1);
    }
    for (InventoryEntry entry : inventory) {
      String id = entry.file().sourceId();
      stats.add(id, "files", 1);
      stats.add(id, "file_bytes", entry.file().size());
      stats.add(id, "files.format." + entry.format().id(), 1);
      stats.add(id, "files.compression." + entry.compression().id(), 1);
    }
    Map<String, Long> landed = new HashMap<>();
    // One aggregation by (source, language); the per-source sums are added up here. A URL
    // without a usable host has no site, so no robots.txt or tdmrep.json can apply to it.
    Column withoutHost = col("host").isNull().and(trim(col("url")).notEqual(""));
    for (Row row : spark.read().schema(CorpusTables.DOCUMENTS).parquet(layout.documents())
        .groupBy("source_id", "language")
        .agg(count(lit(1)), sum("text_bytes"), sum("tokens_estimate"),
            count(when(withoutHost, lit(1))))
        .collectAsList()) {
      String id = row.getString(0);
      stats.add(id, "language." + row.getString(1), row.getLong(2));
      stats.add(id, "documents", row.getLong(2));
      stats.add(id, "text_bytes", row.getLong(3));
      stats.add(id, "tokens_estimate", row.getLong(4));
      if (row.getLong(5) > 0) {
        stats.add(id, "urls_without_host", row.getLong(5));
      }
      landed.merge(id + "/documents", row.getLong(2), Long::sum);
    }
    for (Row row : spark.read().schema(CorpusTables.QUARANTINE).parquet(layout.quarantine())
        .groupBy("source_id", "reason").count().collectAsList()) {
      stats.add(row.getString(0), "quarantined." + row.getString(1), row.getLong(2));
      stats.add(row.getString(0), "quarantined", row.getLong(2));
      landed.merge(row.getString(0) + "/quarantined", row.getLong(2), Long::sum);
    }
    for (Row row : spark.read().schema(CorpusTables.CAPTURES).parquet(layout.captures())
        .groupBy("source_id", "kind").count().collectAsList()) {
      stats.add(row.getString(0), "captured." + row.getString(1), row.getLong(2));
      stats.add(row.getString(0), "captured", row.getLong(2));
      landed.merge(row.getString(0) + "/captured", row.getLong(2), Long::sum);
    }
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, LongAccumulator> entry : seen.entrySet()) {
      long read = entry.getValue().value();
      long written = landed.getOrDefault(entry.getKey(), 0L);
      String[] parts = entry.getKey().split("/", 2);
      stats.add(parts[0], "records_seen", read);
      if (read != written) {
        lost.add(entry.getKey() + ": read " + read + ", written " + written);
      }
    }
    if (!lost.isEmpty()) {
      throw new ClearsourceException(
          "Records were lost between the readers and the tables (" + String.join("; ", lost)
              + "). This is a bug: please report it with the run directory " + layout.root());
    }
    return stats.elapsedMillis((System.nanoTime() - started) / 1_000_000).build();
  }


  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format("%.1f %s", value, units[unit]);
  }
}
