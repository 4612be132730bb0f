package org.clearsource.dedup.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearsource.dedup.spark.DedupFixtures.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.quality.NearDuplicateGenerator;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same clusters and representatives, whatever the partitioning: the input split into
 * 1, 3 and 7 partitions, and 2 or 5 shuffle partitions. Duplicates span sources whose priorities
 * disagree with doc id order, and an oversized bucket is paired as a star and a chain.
 */
class TestDeterminism {

  static List<Row> corpus() {
    List<Prose> originals = DedupFixtures.originals(7, 120);
    SplittableRandom random = new SplittableRandom(3);
    NearDuplicateGenerator edits = DedupFixtures.EDITS;
    List<Row> rows = new ArrayList<>();
    String[] sources = {"wiki", "web", "forum"};
    for (int i = 0; i < originals.size(); i++) {
      Prose original = originals.get(i);
      rows.add(document("o-" + i, sources[i % 3], "https://site.example/" + (i % 100),
          original.render()));
      if (i % 4 == 0) {
        rows.add(document("n-" + i, sources[(i + 1) % 3], null,
            edits.edit(original, 1 + random.nextInt(6), random).text()));
      }
      if (i % 10 == 0) {
        rows.add(document("e-" + i, sources[(i + 2) % 3], null, original.render()));
      }
    }
    String template = originals.get(0).render();
    for (int page = 0; page < 200; page++) {
      rows.add(document("p-" + page, sources[page % 3], null, "Page " + page + ". " + template));
    }
    return rows;
  }

  static List<Row> run(Dataset<Row> input, Path out) {
    SparkSession spark = SharedSparkSession.get();
    RunLayout layout = new RunLayout(out.toString());
    StageStats stats = DedupStage.run(spark, new DedupInput(input, DedupFixtures.PRIORITIES, null),
        layout, DedupSettings.builder().allPairsLimit(8).build(), message -> { });
    assertThat(stats.total("duplicates_removed_if_deduplicated")).isGreaterThan(200);
    List<Row> result = new ArrayList<>(spark.read().parquet(layout.dedupDocuments())
        .orderBy("doc_id").collectAsList());
    result.addAll(spark.read().parquet(layout.dedupClusters()).orderBy("cluster_id")
        .selectExpr("cluster_id", "size", "distinct_texts", "representative_source",
            "concat_ws(',', sources)").collectAsList());
    result.addAll(spark.read().parquet(layout.dedupOverlap()).orderBy("source_a", "source_b")
        .collectAsList());
    return result;
  }

  @Test
  void partitioningChangesNothing(@TempDir Path one, @TempDir Path three,
      @TempDir Path seven) {
    Dataset<Row> input = DedupFixtures.table(corpus());
    List<Row> single = run(input.repartition(1), one);
    assertThat(run(input.repartition(3), three)).isEqualTo(single);
    SparkSession spark = SharedSparkSession.get();
    String shufflePartitions = spark.conf().get("spark.sql.shuffle.partitions");
    try {
      spark.conf().set("spark.sql.shuffle.partitions", "5");
      assertThat(run(input.repartition(7), seven)).isEqualTo(single);
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", shufflePartitions);
    }
  }
}
