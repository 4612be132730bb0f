package org.clearsource.licensing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.licensing.optout.OptOutJudge;
import org.clearsource.licensing.optout.SiteCaptures;
import org.junit.jupiter.api.Test;

/**
 * Opt-outs judged with documents and site files partitioned by site agree with the judge that
 * sees every site file, whatever the partition count, also where a page's robots.txt is its
 * domain's (blog.site.example judged by site.example's) or where a host has no domain (an IP).
 */
class TestSiteCaptureTables {

  static final StructType DOCUMENTS = createStructType(List.of(
      createStructField("doc_id", StringType, false),
      createStructField("source_id", StringType, false),
      createStructField("url", StringType, true),
      createStructField("host", StringType, true),
      createStructField("domain", StringType, true),
      createStructField("metadata", createMapType(StringType, StringType), true)));

  static final String BLOCK_GPTBOT = "User-agent: GPTBot\nDisallow: /\n";
  static final String ALLOW_ALL = "User-agent: *\nDisallow:\n";

  @Test
  void judgingBySiteAgreesWithTheWholeMapAtAnyPartitionCount() {
    SparkSession spark = SharedSparkSession.get();
    Dataset<Row> captures = spark.createDataFrame(List.of(
        capture("site.example", "site.example", BLOCK_GPTBOT),
        capture("other.example", "other.example", ALLOW_ALL),
        capture("news.third.example", "third.example", BLOCK_GPTBOT),
        capture("203.0.113.5", null, BLOCK_GPTBOT)), CorpusTables.CAPTURES);
    Dataset<Row> documents = spark.createDataFrame(List.of(
        document("d1", "https://blog.site.example/a", "blog.site.example", "site.example"),
        document("d2", "https://www.site.example/b", "www.site.example", "site.example"),
        document("d3", "https://site.example/c", "site.example", "site.example"),
        document("d4", "https://other.example/d", "other.example", "other.example"),
        document("d5", "https://news.third.example/e", "news.third.example", "third.example"),
        document("d6", "https://sport.third.example/f", "sport.third.example", "third.example"),
        document("d7", "https://203.0.113.5/g", "203.0.113.5", null),
        document("d8", null, null, null)), DOCUMENTS);

    Map<String, SiteCaptures> all = SiteCaptureTables.collect(captures);
    OptOutJudge judge = OptOutJudge.builder().captures(all::get).build();
    List<Row> judged = new java.util.ArrayList<>();
    for (Row row : documents.collectAsList()) {
      judged.add(SignalRows.optOutRow(row.getString(0), row.getString(1),
          judge.judge(row.getString(2), row.getString(3), row.getString(4), Map.of())));
    }
    // Through Spark, so that both sides print their arrays alike.
    Map<String, String> expected = byDocument(
        spark.createDataFrame(judged, SiteCaptureTables.OPT_OUT).collectAsList());
    assertThat(expected.get("d1")).as("blog.site.example takes site.example's robots.txt")
        .contains("reserved").contains("robots_txt_ai_agent");
    assertThat(expected.get("d4")).doesNotContain("robots_txt_ai_agent");
    assertThat(expected.get("d7")).as("an IP host has its own robots.txt")
        .contains("robots_txt_ai_agent");

    for (int partitions : new int[] {1, 3, 7, 50}) {
      Map<String, String> bySite = byDocument(
          SiteCaptureTables.judgeBySite(spark, documents, captures, partitions).collectAsList());
      assertThat(bySite).as(partitions + " partitions").isEqualTo(expected);
    }
  }

  @Test
  void measuresTheSiteFiles() {
    SparkSession spark = SharedSparkSession.get();
    Dataset<Row> captures = spark.createDataFrame(List.of(
        capture("site.example", "site.example", BLOCK_GPTBOT),
        capture("other.example", "other.example", ALLOW_ALL)), CorpusTables.CAPTURES);
    assertThat(SiteCaptureTables.size(captures)).isEqualTo(new SiteCaptureTables.Size(2,
        BLOCK_GPTBOT.length() + ALLOW_ALL.length()));
    assertThat(SiteCaptureTables.size(captures.limit(0)))
        .isEqualTo(new SiteCaptureTables.Size(0, 0));
  }

  private static Map<String, String> byDocument(List<Row> rows) {
    Map<String, String> texts = new TreeMap<>();
    rows.forEach(row -> texts.put(row.getString(0), row.toString()));
    return texts;
  }

  private static Row capture(String host, String domain, String body) {
    String url = "https://" + host + "/robots.txt";
    return RowFactory.create("crawl", "robots_txt", url, host, domain, 200, "2026-01-01", body,
        "file:/crawl.warc.gz", "offset:0");
  }

  private static Row document(String id, String url, String host, String domain) {
    return RowFactory.create(id, "crawl", url, host, domain, null);
  }
}
