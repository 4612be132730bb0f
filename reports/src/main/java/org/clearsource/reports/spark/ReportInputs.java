package org.clearsource.reports.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.HowObtained;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.licensing.spark.ScanTables;
import org.clearsource.reports.model.CrawlDomains;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.FileEntry;
import org.clearsource.reports.model.NamedCount;
import org.clearsource.reports.model.ReportModelBuilder;
import org.clearsource.reports.model.SourceAggregates;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.model.TableAggregates;

/**
 * The aggregates of a run's tables that the report needs beyond the stats files: domains by text
 * bytes, document dates, fields present and ingest-time opt-out signals (one scan of the documents
 * table's small columns, never its text), robots.txt and tdmrep.json per domain (captures), and the
 * files with their checksums (inventory). No raw file is read again.
 *
 * <p>Unshareable sources contribute numbers only: their domain names and file names are never
 * collected to the driver.
 */
public final class ReportInputs {

  /** File name, under {@code report/}, of the whole EU top-10% list when it is too long to print. */
  public static final String CRAWL_DOMAINS_FILE = "eu-top-domains.csv";

  private static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}";
  private static final String NOAI = "(^|[\\s,;:])noai([\\s,;]|$)";
  /** Optional fields of the documents table whose presence the report counts. */
  private static final String[] FIELDS = {"url", "title", "date", "domain"};
  /** Opt-out signals visible in the documents' metadata (StageCounters.OPTOUT_SIGNALS names). */
  private static final String[] SIGNALS = {"tdmrep_header", "tdmrep_meta", "noai_meta", "noai_header"};
  /** Licence expressions and copyright holders listed per source and for the corpus. */
  public static final int NAMES_LISTED = 10;
  private static final Comparator<DomainShare> BY_SIZE =
      Comparator.comparingLong(DomainShare::textBytes).reversed()
          .thenComparing(DomainShare::domain);

  private ReportInputs() {}

  /**
   * Computes the aggregates.
   *
   * @param domainsPerSource largest domains kept per source and for the corpus
   * @param listedDomains most domains of the EU top-10% list kept in the model
   * @param listedFiles most files listed per source
   */
  public static TableAggregates aggregate(
      SparkSession spark,
      Manifest manifest,
      RunLayout layout,
      int domainsPerSource,
      int listedDomains,
      int listedFiles) {
    if (!exists(spark, layout.documents())) {
      throw new ClearsourceException(
          "Cannot report on " + layout.root() + ": it has no documents table. Fix: run"
              + " 'clearsource ingest' (or 'audit') into this run directory first");
    }
    Set<String> shareable = new TreeSet<>();
    Set<String> crawled = new TreeSet<>();
    for (Source source : manifest.sources()) {
      if (!source.osaidClass().isUnshareable()) {
        shareable.add(source.id());
        if (source.provenance().howObtained() == HowObtained.CRAWL) {
          crawled.add(source.id());
        }
      }
    }
    Dataset<Row> perDomain = perDomain(spark, layout).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Tally> tallies = new TreeMap<>();
      Map<String, Long> sourceBytes = new HashMap<>();
      sourceFigures(perDomain, tallies, sourceBytes);
      topDomains(perDomain, shareable, domainsPerSource, sourceBytes, tallies);
      captures(spark, layout, tallies);
      files(spark, layout, shareable, listedFiles, tallies);
      long shareableBytes = 0;
      for (String id : shareable) {
        shareableBytes += sourceBytes.getOrDefault(id, 0L);
      }
      List<DomainShare> corpusTop =
          ranked(perDomain, shareable, shareableBytes, domainsPerSource);
      CrawlDomains crawl = crawlDomains(perDomain, crawled, sourceBytes, listedDomains);
      overlap(spark, layout, tallies);
      List<NamedCount> corpusHolders = signals(spark, layout, shareable, tallies);
      SortedMap<String, SourceAggregates> sources = new TreeMap<>();
      tallies.forEach((id, tally) -> sources.put(id, tally.build(shareable.contains(id))));
      return new TableAggregates(sources, corpusTop, crawl, corpusHolders);
    } finally {
      perDomain.unpersist();
    }
  }

  /**
   * Writes the whole EU top-10% domain list of the crawled sources as CSV ({@code
   * domain,documents,text_bytes,share}), largest first, streaming it from the executors.
   */
  public static void writeCrawlDomains(
      SparkSession spark, Manifest manifest, RunLayout layout, OutputStream out) throws IOException {
    Set<String> crawled = new TreeSet<>();
    for (Source source : manifest.sources()) {
      if (!source.osaidClass().isUnshareable()
          && source.provenance().howObtained() == HowObtained.CRAWL) {
        crawled.add(source.id());
      }
    }
    Dataset<Row> perDomain = perDomain(spark, layout);
    Dataset<Row> domains = crawlRanking(perDomain, crawled);
    long total = domains.count();
    // Shares are of all the crawled text, as in the model's list (documents without a URL too).
    Row bytesRow = perDomain.where(col("source_id").isin(crawled.toArray()))
        .agg(sum("bytes")).first();
    long allBytes = bytesRow.isNullAt(0) ? 0 : bytesRow.getLong(0);
    out.write("domain,documents,text_bytes,share\n".getBytes(StandardCharsets.UTF_8));
    Iterator<Row> rows = domains.limit((int) Math.min(Integer.MAX_VALUE,
        CrawlDomains.topCountOf(total))).toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      String line = csv(row.getString(0)) + "," + row.getLong(2) + "," + row.getLong(1) + ","
          + ReportModelBuilder.ratio(row.getLong(1), allBytes) + "\n";
      out.write(line.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One row per (source, domain): bytes, documents, dates, fields present, opt-out signals. */
  private static Dataset<Row> perDomain(SparkSession spark, RunLayout layout) {
    Dataset<Row> documents =
        spark.read().schema(CorpusTables.DOCUMENTS).parquet(layout.documents());
    Column metadata = col("metadata");
    Column httpTdm = trim(metadata.getItem("http.tdm-reservation")).equalTo("1");
    Column htmlTdm = trim(metadata.getItem("html.tdm-reservation")).equalTo("1");
    Column robotsNoai = lower(metadata.getItem("html.robots")).rlike(NOAI);
    Column xRobotsNoai = lower(metadata.getItem("http.x-robots-tag")).rlike(NOAI);
    Column date = when(col("date").rlike(ISO_DATE), substring(col("date"), 1, 10));
    return documents
        .select(
            col("source_id"),
            col("domain"),
            col("text_bytes"),
            date.as("day"),
            flag(col("url").isNotNull().and(col("url").notEqual(""))).as("has_url"),
            flag(col("title").isNotNull().and(col("title").notEqual(""))).as("has_title"),
            flag(date.isNotNull()).as("has_date"),
            flag(col("domain").isNotNull()).as("has_domain"),
            flag(httpTdm).as("tdmrep_header"),
            flag(htmlTdm).as("tdmrep_meta"),
            flag(robotsNoai).as("noai_meta"),
            flag(xRobotsNoai).as("noai_header"),
            flag(httpTdm.or(htmlTdm).or(robotsNoai).or(xRobotsNoai)).as("reserved"))
        .groupBy("source_id", "domain")
        .agg(
            sum("text_bytes").as("bytes"),
            count(lit(1)).as("documents"),
            min("day").as("first_day"),
            max("day").as("last_day"),
            sum("has_url").as("has_url"),
            sum("has_title").as("has_title"),
            sum("has_date").as("has_date"),
            sum("has_domain").as("has_domain"),
            sum("tdmrep_header").as("tdmrep_header"),
            sum("tdmrep_meta").as("tdmrep_meta"),
            sum("noai_meta").as("noai_meta"),
            sum("noai_header").as("noai_header"),
            sum("reserved").as("reserved"));
  }

  private static void sourceFigures(
      Dataset<Row> perDomain,
      Map<String, Tally> tallies,
      Map<String, Long> sourceBytes) {
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(count(col("domain")).as("domains"));
    aggregates.add(min("first_day").as("first_day"));
    aggregates.add(max("last_day").as("last_day"));
    aggregates.add(sum("bytes").as("bytes"));
    aggregates.add(sum("reserved").as("reserved"));
    for (String field : FIELDS) {
      aggregates.add(sum("has_" + field).as("has_" + field));
    }
    for (String signal : SIGNALS) {
      aggregates.add(sum(signal).as(signal));
    }
    Dataset<Row> bySource = perDomain.groupBy("source_id")
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]));
    for (Row row : bySource.collectAsList()) {
      String id = row.getAs("source_id");
      Tally tally = tally(tallies, id);
      tally.domains = row.<Long>getAs("domains");
      tally.firstDate = row.getAs("first_day");
      tally.lastDate = row.getAs("last_day");
      tally.reserved = row.<Long>getAs("reserved");
      for (String field : FIELDS) {
        tally.fields.put(field, row.<Long>getAs("has_" + field));
      }
      for (String signal : SIGNALS) {
        long value = row.<Long>getAs(signal);
        if (value > 0) {
          tally.signals.put(signal, value);
        }
      }
      sourceBytes.put(id, row.<Long>getAs("bytes"));
    }
  }

  private static void topDomains(
      Dataset<Row> perDomain,
      Set<String> shareable,
      int limit,
      Map<String, Long> sourceBytes,
      Map<String, Tally> tallies) {
    if (shareable.isEmpty()) {
      return;
    }
    Dataset<Row> ranked = perDomain
        .where(col("domain").isNotNull().and(col("source_id").isin(shareable.toArray())))
        .withColumn("rank", row_number().over(Window.partitionBy("source_id")
            .orderBy(col("bytes").desc(), col("domain").asc())))
        .where(col("rank").leq(limit));
    for (Row row : ranked.collectAsList()) {
      String id = row.getAs("source_id");
      long bytes = row.<Long>getAs("bytes");
      tally(tallies, id).topDomains.add(new DomainShare(row.getAs("domain"), bytes,
          row.<Long>getAs("documents"),
          ReportModelBuilder.ratio(bytes, sourceBytes.getOrDefault(id, 0L))));
    }
  }

  private static List<DomainShare> ranked(
      Dataset<Row> perDomain, Set<String> sources, long scopeBytes, int limit) {
    if (sources.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<DomainShare> shares = new ArrayList<>();
    for (Row row : crawlRanking(perDomain, sources).limit(limit).collectAsList()) {
      shares.add(new DomainShare(row.getString(0), row.getLong(1), row.getLong(2),
          ReportModelBuilder.ratio(row.getLong(1), scopeBytes)));
    }
    shares.sort(BY_SIZE);
    return shares;
  }

  /** Domains of the given sources by text bytes: domain, bytes, documents; largest first. */
  private static Dataset<Row> crawlRanking(Dataset<Row> perDomain, Set<String> sources) {
    return perDomain
        .where(col("domain").isNotNull().and(col("source_id").isin(sources.toArray())))
        .groupBy("domain")
        .agg(sum("bytes").as("bytes"), sum("documents").as("documents"))
        .orderBy(col("bytes").desc(), col("domain").asc());
  }

  private static CrawlDomains crawlDomains(
      Dataset<Row> perDomain, Set<String> crawled, Map<String, Long> sourceBytes, int limit) {
    if (crawled.isEmpty()) {
      return CrawlDomains.none();
    }
    Row counted = perDomain
        .where(col("domain").isNotNull().and(col("source_id").isin(crawled.toArray())))
        .agg(countDistinct(col("domain")))
        .first();
    long domains = counted.getLong(0);
    long top = CrawlDomains.topCountOf(domains);
    long crawledBytes = 0;
    for (String id : crawled) {
      crawledBytes += sourceBytes.getOrDefault(id, 0L);
    }
    List<DomainShare> listed =
        ranked(perDomain, crawled, crawledBytes, (int) Math.min(top, limit));
    long notListed = top - listed.size();
    return new CrawlDomains(List.copyOf(crawled), domains, top, listed, notListed,
        notListed > 0 ? CRAWL_DOMAINS_FILE : null);
  }

  /** dedup/overlap, when the dedup stage ran: a few rows, one per pair of sources. */
  private static void overlap(SparkSession spark, RunLayout layout, Map<String, Tally> tallies) {
    if (!exists(spark, layout.dedupOverlap())) {
      return;
    }
    for (Row row : spark.read().parquet(layout.dedupOverlap())
        .select(StageCounters.COLUMN_SOURCE_A, StageCounters.COLUMN_SOURCE_B,
            StageCounters.COLUMN_OVERLAP_DOCUMENTS)
        .collectAsList()) {
      tally(tallies, row.getString(0)).overlap.merge(row.getString(1), row.getLong(2), Long::sum);
    }
  }

  /**
   * From the signals table, when the scan ran: the most frequent licence expressions and copyright
   * holders of each shareable source, and the corpus's most named holders. Unshareable sources'
   * rows never leave the executors.
   */
  private static List<NamedCount> signals(
      SparkSession spark, RunLayout layout, Set<String> shareable, Map<String, Tally> tallies) {
    if (!exists(spark, layout.signals()) || shareable.isEmpty()) {
      return List.of();
    }
    Dataset<Row> signals = spark.read().schema(ScanTables.SIGNALS).parquet(layout.signals())
        .where(col("source_id").isin(shareable.toArray()));
    Dataset<Row> expressions = signals
        .where(col(StageCounters.COLUMN_LICENSE_EXPRESSION).isNotNull()
            .and(col(StageCounters.COLUMN_LICENSE_EXPRESSION).notEqual(StageCounters.NO_EXPRESSION)))
        .groupBy(col("source_id"), col(StageCounters.COLUMN_LICENSE_EXPRESSION).as("name"))
        .agg(count(lit(1)).as("documents"));
    for (Row row : topPerSource(expressions).collectAsList()) {
      tally(tallies, row.getAs("source_id")).expressions.put(row.getAs("name"),
          row.<Long>getAs("documents"));
    }
    // A document counts once per holder it names.
    Dataset<Row> holders = signals
        .select(col("source_id"), col("doc_id"),
            explode(col(StageCounters.COLUMN_COPYRIGHT_HOLDERS)).as("name"))
        .distinct()
        .groupBy("source_id", "name")
        .agg(count(lit(1)).as("documents"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      for (Row row : topPerSource(holders).collectAsList()) {
        tally(tallies, row.getAs("source_id")).holders.add(new NamedCount(row.getAs("name"),
            row.<Long>getAs("documents")));
      }
      List<NamedCount> corpus = new ArrayList<>();
      for (Row row : holders.groupBy("name").agg(sum("documents").as("documents"))
          .orderBy(col("documents").desc(), col("name").asc())
          .limit(NAMES_LISTED)
          .collectAsList()) {
        corpus.add(new NamedCount(row.getAs("name"), row.<Long>getAs("documents")));
      }
      return corpus;
    } finally {
      holders.unpersist();
    }
  }

  /** The {@link #NAMES_LISTED} rows of each source with the most documents, ties by name. */
  private static Dataset<Row> topPerSource(Dataset<Row> counts) {
    return counts
        .withColumn("rank", row_number().over(Window.partitionBy("source_id")
            .orderBy(col("documents").desc(), col("name").asc())))
        .where(col("rank").leq(NAMES_LISTED));
  }

  private static void captures(
      SparkSession spark, RunLayout layout, Map<String, Tally> tallies) {
    if (!exists(spark, layout.captures())) {
      return;
    }
    Dataset<Row> byKind = spark.read().schema(CorpusTables.CAPTURES).parquet(layout.captures())
        .where(col("status").equalTo(200).and(col("domain").isNotNull()))
        .groupBy("source_id", "kind")
        .agg(countDistinct(col("domain")).as("domains"));
    for (Row row : byKind.collectAsList()) {
      Tally tally = tally(tallies, row.getAs("source_id"));
      String kind = row.getAs("kind");
      long domains = row.<Long>getAs("domains");
      if (kind.equals("robots_txt")) {
        tally.robotsTxtDomains = domains;
      } else if (kind.equals("tdmrep_json")) {
        tally.tdmrepDomains = domains;
      }
    }
  }

  private static void files(
      SparkSession spark,
      RunLayout layout,
      Set<String> shareable,
      int limit,
      Map<String, Tally> tallies) {
    if (!exists(spark, layout.inventory())) {
      return;
    }
    // One job: each file's rank and its source's file count. Unshareable sources send one row per
    // source, with the count and no file name.
    Column listable = col("source_id").isin(shareable.toArray());
    Dataset<Row> ranked = spark.read().schema(CorpusTables.INVENTORY).parquet(layout.inventory())
        .where(col(CorpusTables.INVENTORY_SKIP_REASON).isNull())
        .withColumn("rank", row_number().over(Window.partitionBy("source_id")
            .orderBy(col("relative_path").asc(), col("uri").asc())))
        .withColumn("files", count(lit(1)).over(Window.partitionBy("source_id")))
        .where(col("rank").equalTo(1).or(col("rank").leq(limit).and(listable)))
        .select(col("source_id"), col("files"),
            when(listable, col("relative_path")).as("relative_path"),
            when(listable, col("size")).as("size"),
            when(listable, col("format")).as("format"),
            when(listable, col("compression")).as("compression"),
            when(listable, col("sha256")).as("sha256"));
    for (Row row : ranked.collectAsList()) {
      Tally tally = tally(tallies, row.getAs("source_id"));
      tally.fileCount = row.<Long>getAs("files");
      if (shareable.contains(row.<String>getAs("source_id"))) {
        tally.files.add(new FileEntry(row.getAs("relative_path"), row.<Long>getAs("size"),
            row.getAs("format"), row.getAs("compression"), row.getAs("sha256")));
      }
    }
  }

  private static Tally tally(
      Map<String, Tally> tallies, String id) {
    return tallies.computeIfAbsent(id, key -> new Tally());
  }

  private static Column flag(Column condition) {
    return when(condition, 1L).otherwise(0L);
  }

  private static String csv(String value) {
    return value.matches("[A-Za-z0-9.\\-]+") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** Whether a table (or any path) of the run directory exists, on whatever file system. */
  public static boolean exists(SparkSession spark, String path) {
    try {
      Path hadoopPath = new Path(path);
      FileSystem fs = hadoopPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(hadoopPath);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot check whether " + path + " exists", e);
    }
  }

  /** What the driver collects of one source while aggregating. */
  private static final class Tally {
    private long domains;
    private String firstDate;
    private String lastDate;
    private long reserved;
    private final SortedMap<String, Long> fields = new TreeMap<>();
    private final SortedMap<String, Long> signals = new TreeMap<>();
    private final List<DomainShare> topDomains = new ArrayList<>();
    private long robotsTxtDomains;
    private long tdmrepDomains;
    private long fileCount;
    private final List<FileEntry> files = new ArrayList<>();
    private final SortedMap<String, Long> overlap = new TreeMap<>();
    private final SortedMap<String, Long> expressions = new TreeMap<>();
    private final List<NamedCount> holders = new ArrayList<>();

    SourceAggregates build(boolean shareable) {
      topDomains.sort(BY_SIZE);
      files.sort(Comparator.comparing(FileEntry::path));
      holders.sort(Comparator.comparingLong(NamedCount::documents).reversed()
          .thenComparing(NamedCount::name));
      SourceAggregates aggregates = new SourceAggregates(domains, topDomains, firstDate, lastDate,
          fields, signals, reserved, robotsTxtDomains, tdmrepDomains, files,
          Math.max(0, fileCount - files.size()), overlap, expressions, holders);
      return shareable ? aggregates : aggregates.numbersOnly();
    }
  }
}
