package org.clearsource.dedup.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.dedup.contamination.EvaluationItem;
import org.clearsource.dedup.contamination.NgramIndex;
import org.clearsource.dedup.minhash.LshParameters;
import org.clearsource.dedup.minhash.MinHashParameters;
import org.clearsource.dedup.minhash.MinHasher;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;
import org.junit.jupiter.api.Test;

/** Everything shipped to executors survives Java serialization and still works. */
class TestSerialization {

  static final MinHashParameters PARAMETERS = new MinHashParameters(42, 16, 2);

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  static List<Row> drain(Iterator<Row> rows) {
    List<Row> list = new ArrayList<>();
    rows.forEachRemaining(list::add);
    return list;
  }

  /** A row's values, arrays as text so that equal contents compare equal. */
  static List<Object> fields(Row row) {
    List<Object> fields = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      Object value = row.get(i);
      fields.add(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes)
          : value instanceof long[] longs ? java.util.Arrays.toString(longs) : value);
    }
    return fields;
  }

  @Test
  void fingerprintsOfTheCopyEqualTheOriginals() throws Exception {
    HashMap<String, Integer> priorities = new HashMap<>();
    priorities.put("web", 3);
    Fingerprints.FingerprintFunction original = new Fingerprints.FingerprintFunction(
        priorities, ExactMatch.CASE_SENSITIVE, PARAMETERS, new LshParameters(4, 4), null, true,
        true, true, SharedSparkSession.get().sparkContext().collectionAccumulator());
    List<Row> input = List.of(RowFactory.create("d1", "web", "https://a.example", "Some words"),
        RowFactory.create("d2", "web", null, "   "));
    List<Row> expected = drain(original.call(input.iterator()));
    List<Row> copied = drain(roundTrip(original).call(input.iterator()));
    assertThat(copied).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(fields(copied.get(i))).isEqualTo(fields(expected.get(i)));
    }
    assertThat(copied.get(0).<Integer>getAs(2)).isEqualTo(3);
    assertThat(copied.get(0).isNullAt(9)).as("a signature, kept").isFalse();
    assertThat(copied.get(1).isNullAt(9)).as("no words, no signature").isTrue();
    // "Some words": one shingle of two words (shorter than the shingle width), one 4-byte token.
    assertThat(copied.get(0).<byte[]>getAs(12)).hasSize(4);
    assertThat(copied.get(1).isNullAt(12)).as("no words, no tokens").isTrue();
  }

  @Test
  void stepFunctionsSurviveSerialization() throws Exception {
    byte[] signature = new MinHasher(PARAMETERS).signature(new long[] {1, 2, 3}).serialize();
    org.apache.spark.SparkContext context = SharedSparkSession.get().sparkContext();
    MaxAccumulator largest = new MaxAccumulator();
    context.register(largest, "test largest bucket");
    NearDuplicatePairs.BucketFunction buckets = roundTrip(new NearDuplicatePairs.BucketFunction(
        4, context.longAccumulator("test records"), context.longAccumulator("test buckets"),
        context.longAccumulator("test oversized"), largest));
    assertThat(drain(buckets.call(List.of(RowFactory.create(9L, 1L), RowFactory.create(9L, 2L),
        RowFactory.create(10L, 3L)).iterator())))
        .singleElement().satisfies(row -> assertThat(row.getLong(1)).isEqualTo(2L));

    NearDuplicatePairs.EstimateFunction estimate =
        roundTrip(new NearDuplicatePairs.EstimateFunction(PARAMETERS, 0.8));
    assertThat(drain(estimate.call(
        List.of(RowFactory.create(1L, 2L, signature, signature)).iterator())))
        .singleElement().satisfies(row -> assertThat(row.getDouble(2)).isEqualTo(1.0));


    assertThat(roundTrip(new SparkConnectedComponents.BothDirections())
        .call(RowFactory.create(2L, 1L))).toIterable().hasSize(2);
  }

  @Test
  void theContaminationIndexSurvivesSerialization() throws Exception {
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    long[] words = scanner.scan("one two three four five six seven").words();
    NgramIndex index = NgramIndex.builder(3)
        .add(new EvaluationItem("set", "doc", "rec"), words).build();
    NgramIndex copy = roundTrip(index);
    assertThat(copy.probe(words)).isEqualTo(index.probe(words)).hasSize(1);
    assertThat(copy.items()).isEqualTo(index.items());
  }
}
