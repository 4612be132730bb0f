package org.clearsource.dedup.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearsource.dedup.spark.DedupFixtures.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.dedup.minhash.Jaccard;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.minhash.Verification;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our MinHash-LSH against MLlib's MinHashLSH on the same shingles: copies at Jaccard 0.9 or more
 * (where both should find everything) and copies below 0.6 (where both must find nothing) give the
 * same clusters, with exact and with estimated verification (0.1 from the threshold is 3 to 4
 * standard deviations of the estimate).
 */
class TestMllibCrossCheck {

  static Dataset<Row> input;
  static int expectedNearPairs;

  @BeforeAll
  static void corpus() {
    List<Prose> originals = DedupFixtures.originals(21, 80);
    SplittableRandom random = new SplittableRandom(5);
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < originals.size(); i++) {
      Prose original = originals.get(i);
      rows.add(document("o-" + i, i % 2 == 0 ? "wiki" : "web", null, original.render()));
      if (i % 2 != 0) {
        continue;
      }
      int[] tokens = Shingles.tokenSet(scanner.scan(original.render()).words(), 5);
      boolean close = i % 4 == 0;
      for (int attempt = 0; ; attempt++) {
        String copy = DedupFixtures.EDITS.edit(original, close ? 1 + random.nextInt(2)
            : 18 + random.nextInt(10), random).text();
        double similarity = Jaccard.exact(tokens,
            Shingles.tokenSet(scanner.scan(copy).words(), 5));
        if (close ? similarity >= 0.9 : similarity < 0.6) {
          rows.add(document("c-" + i, "forum", null, copy));
          expectedNearPairs += close ? 1 : 0;
          break;
        }
      }
    }
    input = DedupFixtures.table(rows);
  }

  static Map<String, String> clusters(DedupMethod method, Verification verification, Path out) {
    SparkSession spark = SharedSparkSession.get();
    RunLayout layout = new RunLayout(out.toString());
    DedupStage.run(spark, new DedupInput(input, DedupFixtures.PRIORITIES, null), layout,
        DedupSettings.builder().method(method).verification(verification).build(),
        message -> { });
    return spark.read().parquet(layout.dedupDocuments()).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getString(0), row -> row.getString(3)));
  }

  @Test
  void bothMethodsFindTheSameClusters(@TempDir Path ours, @TempDir Path estimated,
      @TempDir Path mllib) {
    Map<String, String> minHashLsh = clusters(DedupMethod.MINHASH_LSH, Verification.EXACT, ours);
    assertThat(clusters(DedupMethod.MLLIB, Verification.EXACT, mllib)).isEqualTo(minHashLsh);
    assertThat(clusters(DedupMethod.MINHASH_LSH, Verification.ESTIMATED, estimated))
        .isEqualTo(minHashLsh);
    long duplicates = minHashLsh.entrySet().stream()
        .filter(entry -> !entry.getKey().equals(entry.getValue())).count();
    assertThat(duplicates).isEqualTo(expectedNearPairs);
  }
}
