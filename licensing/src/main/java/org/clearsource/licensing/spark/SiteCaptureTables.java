package org.clearsource.licensing.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.spark.PartitionIterators;
import org.clearsource.core.url.WebUrl;
import org.clearsource.licensing.optout.CapturedFile;
import org.clearsource.licensing.optout.OptOutJudge;
import org.clearsource.licensing.optout.SiteCaptures;

/**
 * The captured robots.txt and tdmrep.json files (one or two small files per host) and how they
 * reach the opt-out judge.
 *
 * <p>Few enough to hold in memory, the usual case: {@link #collect collected} on the driver and
 * broadcast to every task. Too many for that, as in a crawl of millions of hosts: documents and
 * captures are both partitioned by the document's site key (registrable domain, else host), so
 * that each task holds only its own sites' files ({@link #judgeBySite}). The judge looks a
 * document's files up by its host, its domain and www.domain, all of which share the domain, so
 * both ways give the same verdicts (TestScanStage compares them).
 */
final class SiteCaptureTables {

  /** Capture bodies up to this many bytes in all are broadcast; more are partitioned by site. */
  static final long BROADCAST_LIMIT_BYTES = 64L << 20;

  /** The Spark setting that overrides {@link #BROADCAST_LIMIT_BYTES}. */
  static final String BROADCAST_LIMIT_KEY = "spark.clearsource.scan.broadcastLimitBytes";

  /** (doc_id, source_id, optout_status, optout_signals): the opt-out columns of the signals. */
  static final StructType OPT_OUT = createStructType(new StructField[] {
      ScanTables.SIGNALS.apply("doc_id"), ScanTables.SIGNALS.apply("source_id"),
      ScanTables.SIGNALS.apply("optout_status"), ScanTables.SIGNALS.apply("optout_signals")});

  /** How many hosts have captures and how many bytes their bodies hold. */
  record Size(long hosts, long bodyBytes) {}

  private SiteCaptureTables() {}

  /** The run's captures that belong to a host. */
  static Dataset<Row> read(SparkSession spark, RunLayout layout) {
    return spark.read().schema(CorpusTables.CAPTURES).parquet(layout.captures())
        .filter(col("host").isNotNull());
  }

  static Size size(Dataset<Row> captures) {
    Row row = captures.agg(countDistinct(col("host")), sum(length(col("body")).cast("long")))
        .first();
    return new Size(row.getLong(0), row.isNullAt(1) ? 0 : row.getLong(1));
  }

  /** The latest robots.txt and tdmrep.json of every host, in a stable order, on the driver. */
  static Map<String, SiteCaptures> collect(Dataset<Row> captures) {
    return byHost(captures.select("host", "kind", "url", "status", "body", "date")
        .orderBy("host", "kind", "date", "url").collectAsList().iterator());
  }

  /**
   * Every document's opt-out verdict, documents and captures partitioned alike by site key: the
   * files a task holds are its sites' only.
   *
   * @param documents with doc_id, source_id, url, host, domain and metadata
   */
  static Dataset<Row> judgeBySite(SparkSession spark, Dataset<Row> documents,
      Dataset<Row> captures, int partitions) {
    JavaRDD<Row> sites = sorted(captures.repartition(partitions, siteKey())).javaRDD();
    JavaRDD<Row> judged = documents
        .select("doc_id", "source_id", "url", "host", "domain", "metadata")
        .repartition(partitions, siteKey())
        .javaRDD();
    // Partition i of both must hold the same sites; a coalesced side would silently lose files.
    if (sites.getNumPartitions() != partitions || judged.getNumPartitions() != partitions) {
      throw new ClearsourceException("Cannot judge opt-outs by site: Spark changed the"
          + " partitioning of documents or captures (" + judged.getNumPartitions() + " and "
          + sites.getNumPartitions() + " partitions, not " + partitions + "). This is a bug:"
          + " please report it with the Spark version and settings");
    }
    return spark.createDataFrame(judged.zipPartitions(sites, SiteCaptureTables::judge), OPT_OUT);
  }

  private static Iterator<Row> judge(Iterator<Row> documents, Iterator<Row> sortedCaptures) {
    Map<String, SiteCaptures> captures = byHost(sortedCaptures);
    OptOutJudge judge = OptOutJudge.builder().captures(captures::get).build();
    return PartitionIterators.map(documents, row -> {
      Map<String, String> metadata = row.isNullAt(5) ? Map.of() : row.getJavaMap(5);
      return SignalRows.optOutRow(row.getString(0), row.getString(1),
          judge.judge(row.getString(2), row.getString(3), row.getString(4), metadata));
    });
  }

  /** A document's or a capture's site: its registrable domain, else its host. */
  private static Column siteKey() {
    return coalesce(col("domain"), col("host"), lit(""));
  }

  /** Sorted within each partition; a host's files are all in its site's partition. */
  private static Dataset<Row> sorted(Dataset<Row> captures) {
    return captures.select("host", "kind", "url", "status", "body", "date")
        .sortWithinPartitions("host", "kind", "date", "url");
  }

  /** Per host, from rows sorted by (host, kind, date, url): the latest file of each kind wins. */
  private static Map<String, SiteCaptures> byHost(Iterator<Row> rows) {
    Map<String, SiteCaptures.Builder> builders = new HashMap<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      CapturedFile file = new CapturedFile(row.getString(2), row.getInt(3), row.getString(4),
          row.getString(5));
      SiteCaptures.Builder builder =
          builders.computeIfAbsent(WebUrl.normalizeHost(row.getString(0)),
              host -> SiteCaptures.builder());
      if ("robots_txt".equals(row.getString(1))) {
        builder.robotsTxt(file);
      } else {
        builder.tdmRepJson(file);
      }
    }
    Map<String, SiteCaptures> captures = new HashMap<>();
    builders.forEach((host, builder) -> captures.put(host, builder.build()));
    return captures;
  }
}
