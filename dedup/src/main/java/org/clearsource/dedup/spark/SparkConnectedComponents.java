package org.clearsource.dedup.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.clearsource.core.ClearsourceException;
import org.clearsource.dedup.cluster.StarContraction;

/**
 * Connected components by alternating large-star and small-star ({@link StarContraction}), each
 * step a shuffle by node and a sort within partitions, streamed. Every round is persisted and
 * counted; the loop ends with the first round in which neither step moved an edge.
 */
final class SparkConnectedComponents {

  /** Rounds allowed: the algorithm needs O(log n), so 64 means something is wrong. */
  static final int MAX_ROUNDS = 64;

  /**
   * The components of a graph.
   *
   * @param roots (larger = node, smaller = root) for every node that has an edge, persisted
   * @param rounds rounds until convergence
   */
  record Result(Dataset<Row> roots, int rounds) {}

  private SparkConnectedComponents() {}

  /**
   * @param edges (larger, smaller) pairs, {@link DedupTables#EDGES}; best persisted, as every
   *     round reads the previous one
   * @throws ClearsourceException when the rounds do not converge (a bug)
   */
  static Result run(SparkSession spark, Dataset<Row> edges) {
    Dataset<Row> current = edges;
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      LongAccumulator changes = spark.sparkContext().longAccumulator("components changes");
      Dataset<Row> large = current
          .flatMap(new BothDirections(), Encoders.row(DedupTables.DIRECTED))
          .repartition(col("node"))
          .sortWithinPartitions("node", "neighbour")
          .mapPartitions(new StarFunction(true, changes), Encoders.row(DedupTables.EDGES));
      Dataset<Row> small = large
          .select(col("larger").as("node"), col("smaller").as("neighbour"))
          .repartition(col("node"))
          .sortWithinPartitions("node", "neighbour")
          .mapPartitions(new StarFunction(false, changes), Encoders.row(DedupTables.EDGES))
          .persist(StorageLevel.MEMORY_AND_DISK());
      small.count();
      current.unpersist();
      current = small;
      if (changes.value() == 0) {
        return new Result(current, round);
      }
    }
    throw new ClearsourceException("Connected components did not converge in " + MAX_ROUNDS
        + " rounds. This is a bug: please report it with the run directory");
  }

  /** An edge to its two directed records. */
  static final class BothDirections implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row edge) {
      long larger = edge.getLong(0);
      long smaller = edge.getLong(1);
      return List.of(RowFactory.create(larger, smaller), RowFactory.create(smaller, larger))
          .iterator();
    }
  }

  /** One large-star or small-star step over a partition of sorted records. */
  static final class StarFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final boolean large;
    private final LongAccumulator changes;

    StarFunction(boolean large, LongAccumulator changes) {
      this.large = large;
      this.changes = changes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sorted) {
      return new FeedingIterator<Row, Row>(sorted) {
        private final StarContraction.Step step = StarContraction.Step.of(large,
            (larger, smaller) -> emit(RowFactory.create(larger, smaller)));

        @Override
        protected void feed(Row row) {
          step.add(row.getLong(0), row.getLong(1));
        }

        @Override
        protected void finish() {
          if (step.changed()) {
            changes.add(1);
          }
        }
      };
    }
  }
}
