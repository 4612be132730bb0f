package org.clearsource.dedup.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.clearsource.dedup.minhash.Jaccard;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.quality.NearDuplicateGenerator;
import org.clearsource.dedup.quality.SyntheticText;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;

/** Small corpora with planted duplicates, as documents tables built in memory. */
final class DedupFixtures {

  static final StructType DOCUMENTS = createStructType(List.of(
      createStructField("doc_id", StringType, false),
      createStructField("source_id", StringType, false),
      createStructField("url", StringType, true),
      createStructField("text", StringType, false)));

  static final StructType EVALUATION = createStructType(List.of(
      createStructField("eval_set_id", StringType, false),
      createStructField("eval_doc_id", StringType, false),
      createStructField("eval_record_id", StringType, true),
      createStructField("text", StringType, false)));

  static final Map<String, Integer> PRIORITIES = Map.of("wiki", 0, "web", 1, "forum", 2);
  static final SyntheticText TEXT = SyntheticText.standard();
  static final NearDuplicateGenerator EDITS = new NearDuplicateGenerator(TEXT);

  private DedupFixtures() {}

  /** A stable 32-hex doc id from a name, shaped like the ingest stage's. */
  static String id(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Row document(String name, String source, String url, String text) {
    return RowFactory.create(id(name), source, url, text);
  }

  static Dataset<Row> table(List<Row> rows) {
    return SharedSession.get().createDataFrame(rows, DOCUMENTS);
  }

  /** Originals of one source, named {@code <source>-<i>}. */
  static List<Prose> originals(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Prose> originals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      originals.add(TEXT.document(random, 2 + random.nextInt(3)));
    }
    return originals;
  }

  /** A near copy with two edits whose Jaccard similarity is at least 0.85 (seeds tried in turn). */
  static String nearCopy(Prose original, long seed) {
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    int[] tokens = Shingles.tokenSet(scanner.scan(original.render()).words(), 5);
    for (long attempt = seed; ; attempt += 1000) {
      String copy = EDITS.edit(original, 2, new SplittableRandom(attempt)).text();
      if (Jaccard.exact(tokens, Shingles.tokenSet(scanner.scan(copy).words(), 5)) >= 0.85) {
        return copy;
      }
    }
  }

  /** Holder so that fixtures and tests share the one test session. */
  static final class SharedSession {
    private SharedSession() {}

    static SparkSession get() {
      return org.clearsource.core.spark.SharedSparkSession.get();
    }
  }
}
