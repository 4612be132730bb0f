package org.clearsource.core.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the corpus tables ingestion writes and every later stage reads; docs/tables.md
 * describes every column. Readers pass them explicitly, so that an empty table (a corpus without
 * one readable record) reads as empty instead of failing schema inference.
 */
public final class CorpusTables {

  /**
   * The inventory's column naming why the crawl left an entry unread (null for the files that were
   * read); readers of the files alone select the rows where it is null.
   */
  public static final String INVENTORY_SKIP_REASON = "skip_reason";

  public static final StructType INVENTORY =
      createStructType(
          List.of(
              createStructField("source_id", StringType, false),
              createStructField("uri", StringType, false),
              createStructField("relative_path", StringType, false),
              createStructField("size", LongType, false),
              createStructField("modification_time", LongType, false),
              createStructField("compression", StringType, true),
              createStructField("format", StringType, true),
              createStructField("sha256", StringType, true),
              createStructField("error", StringType, true),
              createStructField(INVENTORY_SKIP_REASON, StringType, true),
              createStructField("skip_detail", StringType, true)));

  /**
   * Documents, partitioned by source_id. During the single read pass this schema also carries the
   * quarantine and capture rows under reserved source ids; see {@link IngestStage}.
   */
  public static final StructType DOCUMENTS =
      createStructType(
          List.of(
              createStructField("doc_id", StringType, false),
              createStructField("source_id", StringType, false),
              createStructField("uri", StringType, false),
              createStructField("relative_path", StringType, false),
              createStructField("locator", StringType, false),
              createStructField("record_id", StringType, true),
              createStructField("url", StringType, true),
              createStructField("host", StringType, true),
              createStructField("domain", StringType, true),
              createStructField("title", StringType, true),
              createStructField("text", StringType, false),
              createStructField("content_type", StringType, true),
              createStructField("date", StringType, true),
              createStructField("text_bytes", LongType, false),
              createStructField("tokens_estimate", LongType, false),
              createStructField("language", StringType, false),
              createStructField("format", StringType, false),
              createStructField("metadata", createMapType(StringType, StringType), false)));

  public static final StructType QUARANTINE =
      createStructType(
          List.of(
              createStructField("source_id", StringType, false),
              createStructField("doc_id", StringType, false),
              createStructField("uri", StringType, false),
              createStructField("relative_path", StringType, false),
              createStructField("locator", StringType, false),
              createStructField("reason", StringType, false),
              createStructField("detail", StringType, true),
              createStructField("excerpt", StringType, true)));

  public static final StructType CAPTURES =
      createStructType(
          List.of(
              createStructField("source_id", StringType, false),
              createStructField("kind", StringType, false),
              createStructField("url", StringType, false),
              createStructField("host", StringType, true),
              createStructField("domain", StringType, true),
              createStructField("status", IntegerType, false),
              createStructField("date", StringType, true),
              createStructField("body", StringType, false),
              createStructField("uri", StringType, false),
              createStructField("locator", StringType, false)));

  private CorpusTables() {}
}
