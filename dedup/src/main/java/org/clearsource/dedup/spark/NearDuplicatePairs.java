package org.clearsource.dedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.sketch.BloomFilter;
import org.clearsource.dedup.cluster.BucketPairer;
import org.clearsource.dedup.cluster.BucketSorter;
import org.clearsource.dedup.minhash.Jaccard;
import org.clearsource.dedup.minhash.MinHashParameters;
import org.clearsource.dedup.minhash.MinHashSignature;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.minhash.Verification;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;

/**
 * Finds the verified near-duplicate pairs among the distinct texts, by either method. Pairs are of
 * ranks (document indexes in the representative order), smaller first.
 */
final class NearDuplicatePairs {

  /**
   * What the search did, for the parameters file.
   *
   * @param bandRecords (band key, rank) records shuffled
   * @param buckets band keys with at least one document
   * @param oversizedBuckets buckets paired as star and chain
   * @param largestBucket documents in the largest bucket
   * @param candidatePairs distinct candidate pairs
   * @param verifiedPairs candidates confirmed as near duplicates
   */
  record Figures(long bandRecords, long buckets, long oversizedBuckets, long largestBucket,
      long candidatePairs, long verifiedPairs) {}

  /**
   * Verified pairs, (a, b, similarity), and the figures.
   *
   * @param verified persisted; the caller unpersists it
   */
  record Result(Dataset<Row> verified, Figures figures) {}

  private NearDuplicatePairs() {}

  /**
   * Our MinHash-LSH.
   *
   * @param signed (rank, signature, band_keys) of every distinct text that has words
   * @param uniques the distinct texts ({@link DedupTables#UNIQUES})
   * @param fingerprints pass 1's table, whose token sets exact verification reads
   * @param staging where intermediate tables may be written
   */
  static Result minHashLsh(SparkSession spark, Dataset<Row> signed, Dataset<Row> uniques,
      Dataset<Row> fingerprints, DedupSettings settings, String staging,
      Consumer<String> progress) {
    LongAccumulator records = spark.sparkContext().longAccumulator("dedup band records");
    LongAccumulator buckets = spark.sparkContext().longAccumulator("dedup buckets");
    LongAccumulator oversized = spark.sparkContext().longAccumulator("dedup oversized buckets");
    MaxAccumulator largest = new MaxAccumulator();
    spark.sparkContext().register(largest, "dedup largest bucket");

    // One 16-byte (band key, rank) record per band, exploded by Spark from the keys pass 1 made.
    Dataset<Row> candidates = signed
        .select(explode(col("band_keys")).as("band_key"), col("rank"))
        .repartition(col("band_key"))
        // By the key alone, which Spark radix-sorts; BucketSorter orders each bucket's ranks.
        .sortWithinPartitions("band_key")
        .mapPartitions(new BucketFunction(settings.allPairsLimit(), records, buckets, oversized,
            largest), Encoders.row(DedupTables.PAIRS))
        .distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    long candidateCount = candidates.count();
    long bandRecords = records.value();
    progress.accept(String.format("LSH: %,d band records in %,d buckets (%,d oversized, largest"
            + " %,d) gave %,d candidate pairs", bandRecords, buckets.value(),
        oversized.value(), largest.value(), candidateCount));

    List<Dataset<Row>> intermediates = new ArrayList<>(List.of(candidates));
    Dataset<Row> verified;
    if (candidateCount == 0) {
      verified = spark.createDataFrame(List.of(), DedupTables.VERIFIED);
    } else if (settings.verification() == Verification.ESTIMATED) {
      verified = verifyEstimated(signed, candidates, settings);
    } else {
      verified = verifyExact(spark, candidates, candidateCount, uniques, fingerprints, settings,
          staging, intermediates);
    }
    verified = verified.persist(StorageLevel.MEMORY_AND_DISK());
    long verifiedCount = verified.count();
    intermediates.forEach(Dataset::unpersist);
    progress.accept(String.format("verified %,d of %,d candidate pairs (%s Jaccard >= %s)",
        verifiedCount, candidateCount,
        settings.verification().name().toLowerCase(java.util.Locale.ROOT),
        settings.threshold()));
    return new Result(verified, new Figures(bandRecords, buckets.value(),
        oversized.value(), largest.value(), candidateCount, verifiedCount));
  }

  private static Dataset<Row> verifyEstimated(Dataset<Row> signed, Dataset<Row> candidates,
      DedupSettings settings) {
    Dataset<Row> first = signed.select(col("rank").as("a"), col("signature").as("signature_a"));
    Dataset<Row> second = signed.select(col("rank").as("b"), col("signature").as("signature_b"));
    return candidates.join(first, "a").join(second, "b")
        .select("a", "b", "signature_a", "signature_b")
        .mapPartitions(new EstimateFunction(settings.minHash(), settings.threshold()),
            Encoders.row(DedupTables.VERIFIED));
  }

  /**
   * Takes the candidates' shingle token sets from pass 1's table (a Bloom filter of their doc ids
   * keeps the rest out of the shuffle) and keeps the pairs whose exact Jaccard reaches the
   * threshold.
   */
  private static Dataset<Row> verifyExact(SparkSession spark, Dataset<Row> candidates,
      long candidateCount, Dataset<Row> uniques, Dataset<Row> fingerprints,
      DedupSettings settings, String staging, List<Dataset<Row>> intermediates) {
    Dataset<Row> ranks = candidates.select(col("a").as("rank"))
        .union(candidates.select(col("b").as("rank")))
        .distinct();
    Dataset<Row> candidateDocs = ranks.join(uniques.select("rank", "rep_doc_id"), "rank")
        .persist(StorageLevel.MEMORY_AND_DISK());
    // n pairs have at most 2n documents: sized for that, the filter's false positives stay <= 1%.
    BloomFilter filter = candidateDocs.stat().bloomFilter("rep_doc_id",
        Math.max(1, 2 * candidateCount), 0.01);
    Broadcast<BloomFilter> wanted =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(filter);
    // Staged rather than cached: read twice, by the two joins below, and no columnar encoding.
    fingerprints.select("doc_id", "tokens")
        .filter(functions.udf(new MightContain(wanted), DataTypes.BooleanType)
            .apply(col("doc_id")))
        .join(candidateDocs, col("doc_id").equalTo(col("rep_doc_id")))
        .select("rank", "tokens")
        .write().mode(SaveMode.Overwrite)
        .option("compression", "none")
        .option("parquet.enable.dictionary", "false")
        .parquet(staging + "/candidate-tokens");
    Dataset<Row> tokens = spark.read().parquet(staging + "/candidate-tokens");
    Dataset<Row> first = tokens.select(col("rank").as("a"), col("tokens").as("tokens_a"));
    Dataset<Row> second = tokens.select(col("rank").as("b"), col("tokens").as("tokens_b"));
    intermediates.add(candidateDocs);
    return candidates.join(first, "a").join(second, "b")
        .select("a", "b", "tokens_a", "tokens_b")
        .mapPartitions(new ExactFunction(settings.threshold()), Encoders.row(DedupTables.VERIFIED));
  }

  /**
   * MLlib's MinHashLSH and approxSimilarityJoin over the same shingle tokens, as sparse vectors of
   * 2^30 dimensions (a token's low 30 bits; MLlib's hash needs indexes below its prime
   * 2,038,074,743).
   */
  static Result mllib(SparkSession spark, Dataset<Row> signed, Dataset<Row> uniques,
      Dataset<Row> documents, DedupSettings settings, Consumer<String> progress) {
    Dataset<Row> texts = documents.select("doc_id", "text")
        .join(uniques.join(signed.select("rank"), "rank").select("rank", "rep_doc_id"),
            col("doc_id").equalTo(col("rep_doc_id")))
        .select("rank", "text");
    StructType vectorSchema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("rank", DataTypes.LongType, false),
        DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)));
    Dataset<Row> vectors = texts
        .mapPartitions(new VectorFunction(settings.minHash().shingleWords()),
            Encoders.row(vectorSchema))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long documentsWithWords = vectors.count();
    MinHashLSHModel model = new MinHashLSH()
        .setNumHashTables(settings.mllibHashTables())
        .setSeed(settings.minHash().seed())
        .setInputCol("features")
        .setOutputCol("hashes")
        .fit(vectors);
    // MLlib keeps distances strictly below its threshold; the epsilon keeps J = t itself.
    Dataset<Row> verified = model
        .approxSimilarityJoin(vectors, vectors, 1 - settings.threshold() + 1e-9, "distance")
        .select(col("datasetA.rank").as("a"), col("datasetB.rank").as("b"),
            lit(1.0).minus(col("distance")).as("similarity"))
        .filter(col("a").lt(col("b")).and(col("similarity").geq(settings.threshold() - 1e-9)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long verifiedCount = verified.count();
    vectors.unpersist();
    progress.accept(String.format("MLlib MinHashLSH (%d hash tables) over %,d texts: %,d pairs"
        + " with Jaccard >= %s", settings.mllibHashTables(), documentsWithWords, verifiedCount,
        settings.threshold()));
    return new Result(verified, new Figures(0, 0, 0, 0, verifiedCount, verifiedCount));
  }

  /** Band records sorted by key to candidate pairs, with {@link BucketSorter}. */
  static final class BucketFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int allPairsLimit;
    private final LongAccumulator records;
    private final LongAccumulator buckets;
    private final LongAccumulator oversized;
    private final MaxAccumulator largest;

    BucketFunction(int allPairsLimit, LongAccumulator records, LongAccumulator buckets,
        LongAccumulator oversized, MaxAccumulator largest) {
      this.allPairsLimit = allPairsLimit;
      this.records = records;
      this.buckets = buckets;
      this.oversized = oversized;
      this.largest = largest;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sorted) {
      List<Row> out = new ArrayList<>();
      BucketPairer pairer = new BucketPairer(allPairsLimit,
          (a, b) -> out.add(RowFactory.create(a, b)));
      BucketSorter sorter = new BucketSorter(pairer);
      return new FeedingIterator<Row, Row>(sorted) {
        @Override
        protected void feed(Row row) {
          sorter.add(row.getLong(0), row.getLong(1));
          drain();
        }

        @Override
        protected void finish() {
          sorter.finish();
          drain();
          records.add(sorter.records());
          buckets.add(pairer.buckets());
          oversized.add(pairer.oversizedBuckets());
          largest.add(pairer.largestBucket());
        }

        private void drain() {
          out.forEach(this::emit);
          out.clear();
        }
      };
    }
  }

  /** (a, b, signature a, signature b) to (a, b, estimated similarity) at the threshold. */
  static final class EstimateFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final MinHashParameters minHash;
    private final double threshold;

    EstimateFunction(MinHashParameters minHash, double threshold) {
      this.minHash = minHash;
      this.threshold = threshold;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
      return new FeedingIterator<Row, Row>(pairs) {
        @Override
        protected void feed(Row row) {
          double similarity = MinHashSignature.deserialize(row.getAs(2), minHash)
              .estimateJaccard(MinHashSignature.deserialize(row.getAs(3), minHash));
          if (similarity >= threshold) {
            emit(RowFactory.create(row.getLong(0), row.getLong(1), similarity));
          }
        }
      };
    }
  }

  /** (a, b, tokens a, tokens b) to (a, b, exact similarity) at the threshold. */
  static final class ExactFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double threshold;

    ExactFunction(double threshold) {
      this.threshold = threshold;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
      return new FeedingIterator<Row, Row>(pairs) {
        @Override
        protected void feed(Row row) {
          double similarity = Jaccard.exact(ints(row.getAs(2)), ints(row.getAs(3)));
          if (similarity >= threshold) {
            emit(RowFactory.create(row.getLong(0), row.getLong(1), similarity));
          }
        }
      };
    }

    private static int[] ints(byte[] bytes) {
      int[] values = new int[bytes.length / 4];
      ByteBuffer.wrap(bytes).asIntBuffer().get(values);
      return values;
    }
  }

  /** (rank, text) to (rank, sparse vector of shingle tokens) for MLlib. */
  static final class VectorFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final int DIMENSIONS = 1 << 30;
    private final int shingleWords;

    VectorFunction(int shingleWords) {
      this.shingleWords = shingleWords;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> texts) {
      TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
      return new FeedingIterator<Row, Row>(texts) {
        @Override
        protected void feed(Row row) {
          int[] tokens = Shingles.tokenSet(scanner.scan(row.getString(1)).words(), shingleWords);
          if (tokens.length == 0) {
            return;
          }
          int[] indexes = new int[tokens.length];
          for (int i = 0; i < tokens.length; i++) {
            indexes[i] = tokens[i] & (DIMENSIONS - 1);
          }
          java.util.Arrays.sort(indexes);
          int distinct = 0;
          for (int i = 0; i < indexes.length; i++) {
            if (i == 0 || indexes[i] != indexes[i - 1]) {
              indexes[distinct++] = indexes[i];
            }
          }
          double[] ones = new double[distinct];
          java.util.Arrays.fill(ones, 1.0);
          emit(RowFactory.create(row.getLong(0), Vectors.sparse(DIMENSIONS,
              java.util.Arrays.copyOf(indexes, distinct), ones)));
        }
      };
    }
  }

  /** Whether the Bloom filter may hold a doc id. */
  static final class MightContain implements UDF1<String, Boolean> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<BloomFilter> filter;

    MightContain(Broadcast<BloomFilter> filter) {
      this.filter = filter;
    }

    @Override
    public Boolean call(String docId) {
      return filter.value().mightContainString(docId);
    }
  }
}
