package org.clearsource.dedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.contamination.ContaminationHit;
import org.clearsource.dedup.contamination.EvaluationItem;
import org.clearsource.dedup.contamination.NgramIndex;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;

/**
 * The contamination check around pass 1: the evaluation items' n-grams are indexed on the driver
 * (evaluation sets are small next to a corpus) and broadcast; pass 1 probes every document; the
 * hits become {@code dedup/contamination} and counters per source and per evaluation set.
 */
final class ContaminationCheck {

  /** Name of the stats file with one entry per evaluation set: {@code stats/contamination.json}. */
  static final String STATS_NAME = "contamination";

  private ContaminationCheck() {}

  /** Indexes every item of {@code evaluation} (eval_set_id, eval_doc_id, [eval_record_id], text). */
  static NgramIndex index(Dataset<Row> evaluation, int ngramWords, Consumer<String> progress) {
    boolean hasRecordId = DedupInput.hasColumn(evaluation, "eval_record_id");
    Dataset<Row> items = evaluation.select(
        col("eval_set_id"), col("eval_doc_id"),
        hasRecordId ? col("eval_record_id")
            : org.apache.spark.sql.functions.lit(null).cast("string"),
        col("text")).orderBy("eval_set_id", "eval_doc_id");
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    NgramIndex.Builder builder = NgramIndex.builder(ngramWords);
    Iterator<Row> rows = items.toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      builder.add(new EvaluationItem(row.getString(0), row.getString(1), row.getString(2)),
          scanner.scan(row.isNullAt(3) ? "" : row.getString(3)).words());
    }
    NgramIndex index = builder.build();
    progress.accept(String.format("contamination: indexed %,d evaluation items (%,d too short for"
        + " %d-word n-grams)", index.items().size(), index.itemsTooShort().length, ngramWords));
    return index;
  }

  /** The {@code dedup/contamination} rows from the fingerprints' hits. */
  static Dataset<Row> table(Dataset<Row> fingerprints, Broadcast<NgramIndex> index) {
    return fingerprints
        .filter(col("contamination").isNotNull())
        .select("doc_id", "source_id", "contamination")
        .flatMap(new HitRows(index), Encoders.row(DedupTables.CONTAMINATION));
  }

  /** Per-source counters into the dedup stats; per-set counters as their own stats. */
  static StageStats count(Dataset<Row> table, NgramIndex index, StageStats.Builder sourceStats,
      long elapsedMillis) {
    StageStats.Builder setStats = StageStats.builder(STATS_NAME);
    for (EvaluationItem item : index.items()) {
      setStats.add(item.setId(), "items", 1);
    }
    for (int tooShort : index.itemsTooShort()) {
      setStats.add(index.items().get(tooShort).setId(), "items_too_short", 1);
    }
    // One job: distinct documents and items per (source, set), per source and per set.
    for (Row row : table.cube("source_id", "eval_set_id")
        .agg(countDistinct("doc_id"), countDistinct("eval_doc_id")).collectAsList()) {
      String source = row.isNullAt(0) ? null : row.getString(0);
      String set = row.isNullAt(1) ? null : row.getString(1);
      long documents = row.getLong(2);
      if (source != null && set != null) {
        sourceStats.add(source, "contaminated_documents." + set, documents);
        setStats.add(set, "contaminated_documents." + source, documents);
      } else if (source != null) {
        sourceStats.add(source, "contaminated_documents", documents);
      } else if (set != null) {
        setStats.add(set, "contaminated_documents", documents);
        setStats.add(set, "contaminated_items", row.getLong(3));
      }
    }
    return setStats.elapsedMillis(elapsedMillis).build();
  }

  /** (doc_id, source_id, hits) to one row per hit. */
  static final class HitRows implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<NgramIndex> index;

    HitRows(Broadcast<NgramIndex> index) {
      this.index = index;
    }

    @Override
    public Iterator<Row> call(Row row) {
      List<EvaluationItem> items = index.value().items();
      List<Row> rows = new ArrayList<>();
      for (ContaminationHit hit : Fingerprints.decode(row.getAs(2))) {
        EvaluationItem item = items.get(hit.item());
        rows.add(RowFactory.create(row.getString(0), row.getString(1), item.setId(),
            item.docId(), item.recordId(), hit.sharedNgrams()));
      }
      return rows.iterator();
    }
  }
}
