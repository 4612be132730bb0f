package org.clearsource.dedup.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the dedup stage's tables and of the records between its steps. docs/tables.md
 * describes the output tables column by column.
 */
final class DedupTables {

  /** {@code dedup/documents}. */
  static final StructType DOCUMENTS = createStructType(List.of(
      createStructField("doc_id", StringType, false),
      createStructField("source_id", StringType, false),
      createStructField("exact_hash", StringType, false),
      createStructField("cluster_id", StringType, false),
      createStructField("cluster_size", LongType, false),
      createStructField("is_representative", BooleanType, false),
      createStructField("duplicate_kind", StringType, false),
      createStructField("text_bytes", LongType, false)));

  /** {@code dedup/overlap}. */
  static final StructType OVERLAP = createStructType(List.of(
      createStructField("source_a", StringType, false),
      createStructField("source_b", StringType, false),
      createStructField("documents", LongType, false),
      createStructField("source_a_documents", LongType, false),
      createStructField("share", DoubleType, false)));

  /** {@code dedup/contamination}. */
  static final StructType CONTAMINATION = createStructType(List.of(
      createStructField("doc_id", StringType, false),
      createStructField("source_id", StringType, false),
      createStructField("eval_set_id", StringType, false),
      createStructField("eval_doc_id", StringType, false),
      createStructField("eval_record_id", StringType, true),
      createStructField("shared_ngrams", IntegerType, false)));

  /**
   * One row per document after the single read of the texts (staging): exact hash, MinHash
   * signature (only for estimated verification) and its LSH band keys (null without words, and
   * with method MLLIB, which hashes the texts itself), contamination hits (null without any;
   * pairs of int item and int shared n-grams, big-endian), and the shingle token set (sorted
   * big-endian ints; only for exact verification, null without words), so that verification needs
   * no second read of the texts.
   */
  static final StructType FINGERPRINTS = createStructType(List.of(
      createStructField("doc_id", StringType, false),
      createStructField("source_id", StringType, false),
      createStructField("priority", IntegerType, false),
      createStructField("url", StringType, true),
      createStructField("exact_h1", LongType, false),
      createStructField("exact_h2", LongType, false),
      createStructField("exact_hash", StringType, false),
      createStructField("text_bytes", LongType, false),
      createStructField("words", IntegerType, false),
      createStructField("signature", BinaryType, true),
      createStructField("band_keys", createArrayType(LongType, false), true),
      createStructField("contamination", BinaryType, true),
      createStructField("tokens", BinaryType, true)));

  /**
   * One row per distinct text (staging): its exact hash, its representative document and its
   * rank, increasing in the representative order (not dense: see DedupStage).
   */
  static final StructType UNIQUES = createStructType(List.of(
      createStructField("exact_h1", LongType, false),
      createStructField("exact_h2", LongType, false),
      createStructField("rep_priority", IntegerType, false),
      createStructField("rep_doc_id", StringType, false),
      createStructField("copies", LongType, false),
      createStructField("rank", LongType, false)));

  /** A candidate pair of ranks, a &lt; b. */
  static final StructType PAIRS = createStructType(List.of(
      createStructField("a", LongType, false),
      createStructField("b", LongType, false)));

  /** A verified pair, a &lt; b, with its similarity. */
  static final StructType VERIFIED = createStructType(List.of(
      createStructField("a", LongType, false),
      createStructField("b", LongType, false),
      createStructField("similarity", DoubleType, false)));

  /** An undirected edge of the components graph, larger end first. */
  static final StructType EDGES = createStructType(List.of(
      createStructField("larger", LongType, false),
      createStructField("smaller", LongType, false)));

  /** A directed record of the components graph. */
  static final StructType DIRECTED = createStructType(List.of(
      createStructField("node", LongType, false),
      createStructField("neighbour", LongType, false)));

  private DedupTables() {}
}
