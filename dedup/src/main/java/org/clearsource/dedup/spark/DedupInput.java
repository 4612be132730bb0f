package org.clearsource.dedup.spark;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.dedup.cluster.RepresentativeRule;

/**
 * What the dedup stage reads.
 *
 * @param documents columns {@code doc_id}, {@code source_id}, {@code text} and, when known,
 *     {@code url} (the documents table has them all)
 * @param priorities source id to manifest priority (see {@link RepresentativeRule}); every
 *     source of the documents must have one
 * @param evaluation evaluation items for the contamination check, columns {@code eval_set_id},
 *     {@code eval_doc_id}, {@code text} and optionally {@code eval_record_id} (null for an
 *     unshareable set's items: see {@link #fromRun}); null for none
 */
public record DedupInput(
    Dataset<Row> documents, Map<String, Integer> priorities, Dataset<Row> evaluation) {

  public DedupInput {
    Objects.requireNonNull(documents, "Cannot dedup without documents");
    priorities = Map.copyOf(priorities);
    requireColumns(documents, "documents", "doc_id", "source_id", "text");
    if (evaluation != null) {
      requireColumns(evaluation, "evaluation items", "eval_set_id", "eval_doc_id", "text");
    }
  }

  /**
   * The run's documents table and, when the manifest names evaluation sets, the evaluation tree's
   * documents table ({@link RunLayout#evaluation()}), both written by the ingest stage.
   *
   * @throws ClearsourceException when a table is missing: run ingest first
   */
  public static DedupInput fromRun(SparkSession spark, Manifest manifest, RunLayout layout) {
    Dataset<Row> documents = spark.read().schema(CorpusTables.DOCUMENTS)
        .parquet(requireTable(spark, layout.documents(), "documents"));
    Dataset<Row> evaluation = null;
    if (!manifest.evaluationSets().isEmpty()) {
      String table = requireTable(spark, layout.evaluation().documents(),
          "evaluation documents");
      Dataset<Row> items = spark.read().schema(CorpusTables.DOCUMENTS).parquet(table);
      evaluation = evaluationItems(items, manifest.evaluationSets().stream()
          .filter(set -> set.osaidClass().isUnshareable()).map(Source::id)
          .collect(Collectors.toSet()));
    }
    return new DedupInput(documents, RepresentativeRule.priorities(manifest.sources()),
        evaluation);
  }

  /**
   * The evaluation documents as contamination items. An unshareable set's record ids are its
   * content's names, so they are dropped (null) here, before any table can hold them; its items
   * are still checked and counted.
   *
   * @param items columns {@code source_id}, {@code doc_id}, {@code text}, optionally {@code
   *     record_id}
   */
  static Dataset<Row> evaluationItems(Dataset<Row> items, Set<String> unshareableSets) {
    Column recordId = hasColumn(items, "record_id") ? functions.col("record_id")
        : functions.lit(null).cast("string");
    if (!unshareableSets.isEmpty()) {
      recordId = functions.when(functions.col("source_id").isin(unshareableSets.toArray()),
          functions.lit(null).cast("string")).otherwise(recordId);
    }
    return items.select(
        functions.col("source_id").as("eval_set_id"),
        functions.col("doc_id").as("eval_doc_id"),
        recordId.as("eval_record_id"),
        functions.col("text"));
  }

  static boolean hasColumn(Dataset<Row> table, String column) {
    return Arrays.asList(table.columns()).contains(column);
  }

  private static void requireColumns(Dataset<Row> table, String what, String... columns) {
    Set<String> present = new HashSet<>(Arrays.asList(table.columns()));
    List<String> missing = Arrays.stream(columns).filter(column -> !present.contains(column))
        .toList();
    if (!missing.isEmpty()) {
      throw new ClearsourceException("Cannot dedup " + what + " without the column(s) " + missing
          + "; they have " + present);
    }
  }

  private static String requireTable(SparkSession spark, String table, String what) {
    try {
      Path path = new Path(table);
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        throw new ClearsourceException("Cannot dedup: the " + what + " table " + table
            + " does not exist. Run `clearsource ingest` with this manifest and run directory"
            + " first");
      }
    } catch (java.io.IOException e) {
      throw new ClearsourceException("Cannot open the " + what + " table " + table, e);
    }
    return table;
  }
}
