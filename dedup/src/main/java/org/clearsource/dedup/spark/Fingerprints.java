package org.clearsource.dedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.spark.PartitionIterators;
import org.clearsource.dedup.contamination.ContaminationHit;
import org.clearsource.dedup.contamination.NgramIndex;
import org.clearsource.dedup.minhash.LshParameters;
import org.clearsource.dedup.minhash.MinHashParameters;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.minhash.Verification;
import org.clearsource.dedup.minhash.MinHashSignature;
import org.clearsource.dedup.minhash.MinHasher;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.ScannedText;
import org.clearsource.dedup.text.TextScanner;

/**
 * The one pass over the texts: per document, its exact hash, its MinHash signature and its
 * contamination hits ({@link DedupTables#FINGERPRINTS}). Everything after works on these.
 */
final class Fingerprints {

  private Fingerprints() {}

  /**
   * Pass 1's table, lazily, and the sources it met that have no priority.
   *
   * @param unknownSources filled as the table is computed
   */
  record Pass(Dataset<Row> table, CollectionAccumulator<String> unknownSources) {

    /**
     * Fails when a document's source has no priority, so no representative rule. Checked after
     * the pass rather than by a scan of its own before it, which would cost every run a read.
     */
    void requireKnownSources() {
      Set<String> unknown = new TreeSet<>(unknownSources.value());
      if (!unknown.isEmpty()) {
        throw new ClearsourceException("Cannot dedup documents of source(s) " + unknown
            + ": the manifest does not declare them, so they have no priority for choosing"
            + " representatives. Run dedup with the manifest the documents were ingested with");
      }
    }
  }

  static Pass compute(Dataset<Row> documents, Map<String, Integer> priorities,
      DedupSettings settings, Broadcast<NgramIndex> contamination) {
    CollectionAccumulator<String> unknownSources = documents.sparkSession().sparkContext()
        .collectionAccumulator("dedup sources without priority");
    // MLlib computes its own hashes from the texts: ours would be wasted work in its timing.
    boolean minHashLsh = settings.method() == DedupMethod.MINHASH_LSH;
    Dataset<Row> input = documents.select(
        col("doc_id"),
        col("source_id"),
        DedupInput.hasColumn(documents, "url") ? col("url") : lit(null).cast("string").as("url"),
        col("text"));
    return new Pass(input.mapPartitions(
        new FingerprintFunction(new HashMap<>(priorities), settings.exactMatch(),
            settings.minHash(), settings.lsh(), contamination, minHashLsh,
            minHashLsh && settings.verification() == Verification.ESTIMATED,
            minHashLsh && settings.verification() == Verification.EXACT, unknownSources),
        Encoders.row(DedupTables.FINGERPRINTS)), unknownSources);
  }

  /** Pass 1, per partition. Serializable: it holds settings and a broadcast handle only. */
  static final class FingerprintFunction implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, Integer> priorities;
    private final ExactMatch exactMatch;
    private final MinHashParameters minHash;
    private final LshParameters lsh;
    private final Broadcast<NgramIndex> contamination;
    private final boolean signed;
    private final boolean keepSignature;
    private final boolean keepTokens;
    private final CollectionAccumulator<String> unknownSources;

    FingerprintFunction(HashMap<String, Integer> priorities, ExactMatch exactMatch,
        MinHashParameters minHash, LshParameters lsh, Broadcast<NgramIndex> contamination,
        boolean signed, boolean keepSignature, boolean keepTokens,
        CollectionAccumulator<String> unknownSources) {
      this.priorities = priorities;
      this.exactMatch = exactMatch;
      this.minHash = minHash;
      this.lsh = lsh;
      this.contamination = contamination;
      this.signed = signed;
      this.keepSignature = keepSignature;
      this.keepTokens = keepTokens;
      this.unknownSources = unknownSources;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
      TextScanner scanner = new TextScanner(exactMatch);
      MinHasher hasher = new MinHasher(minHash);
      NgramIndex index = contamination == null ? null : contamination.value();
      Set<String> reported = new HashSet<>();
      return PartitionIterators.map(documents, document -> {
        String source = document.isNullAt(1) ? "null" : document.getString(1);
        String text = document.isNullAt(3) ? "" : document.getString(3);
        ScannedText scanned = scanner.scan(text);
        long[] words = scanned.words();
        // Shingles are hashed once, for the signature and the verification's token set.
        int[] tokens = Shingles.tokens(words, minHash.shingleWords());
        MinHashSignature signature =
            tokens.length == 0 || !signed ? null : hasher.signature(tokens);
        byte[] hits = index == null ? null : encode(index.probe(words));
        return RowFactory.create(
            document.getString(0),
            source,
            priority(document.isNullAt(1) ? null : source, reported),
            document.isNullAt(2) ? null : document.getString(2),
            scanned.exactHash().h1(),
            scanned.exactHash().h2(),
            scanned.exactHash().hex(),
            utf8Length(text),
            words.length,
            signature == null || !keepSignature ? null : signature.serialize(),
            signature == null ? null : lsh.bandKeys(signature),
            hits,
            keepTokens && tokens.length > 0 ? tokenBytes(Shingles.sortedSet(tokens)) : null);
      });
    }

    /**
     * The source's priority. An unknown source sorts last until the check after the pass fails;
     * it is noted once per task, not once per document, so that a whole undeclared source does
     * not send one accumulator entry per document to the driver.
     */
    private int priority(String source, Set<String> reported) {
      Integer priority = source == null ? null : priorities.get(source);
      if (priority == null) {
        if (reported.add(String.valueOf(source))) {
          unknownSources.add(String.valueOf(source));
        }
        return Integer.MAX_VALUE;
      }
      return priority;
    }
  }

  /** A token set as big-endian ints, as {@link NearDuplicatePairs.ExactFunction} reads it. */
  static byte[] tokenBytes(int[] tokens) {
    ByteBuffer bytes = ByteBuffer.allocate(4 * tokens.length);
    bytes.asIntBuffer().put(tokens);
    return bytes.array();
  }

  static byte[] encode(List<ContaminationHit> hits) {
    if (hits.isEmpty()) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(8 * hits.size());
    for (ContaminationHit hit : hits) {
      buffer.putInt(hit.item()).putInt(hit.sharedNgrams());
    }
    return buffer.array();
  }

  static List<ContaminationHit> decode(byte[] bytes) {
    List<ContaminationHit> hits = new ArrayList<>(bytes.length / 8);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.remaining() >= 8) {
      hits.add(new ContaminationHit(buffer.getInt(), buffer.getInt()));
    }
    return hits;
  }

  /** UTF-8 length without encoding (a lone surrogate counts 1, as String.getBytes writes '?'). */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
