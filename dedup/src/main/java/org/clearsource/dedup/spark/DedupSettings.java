package org.clearsource.dedup.spark;

import java.util.Objects;
import org.clearsource.core.ClearsourceException;
import org.clearsource.dedup.minhash.LshParameters;
import org.clearsource.dedup.minhash.MinHashParameters;
import org.clearsource.dedup.minhash.Verification;
import org.clearsource.dedup.text.ExactMatch;

/**
 * Settings of the dedup stage. Build with {@link #builder()}; every default is documented there,
 * and docs/dedup.md explains how they trade speed against recall.
 *
 * @param method how near-duplicate pairs are found
 * @param threshold Jaccard similarity of shingle sets from which two documents are near duplicates
 * @param minHash seed, permutations and shingle width of the signatures
 * @param lsh bands and rows
 * @param verification how candidate pairs are confirmed
 * @param exactMatch whether letter case matters to exact duplicates
 * @param allPairsLimit largest LSH bucket whose pairs are all compared
 * @param contaminationNgramWords words per n-gram of the contamination check
 * @param mllibHashTables hash tables of the MLlib method
 */
public record DedupSettings(
    DedupMethod method,
    double threshold,
    MinHashParameters minHash,
    LshParameters lsh,
    Verification verification,
    ExactMatch exactMatch,
    int allPairsLimit,
    int contaminationNgramWords,
    int mllibHashTables) {

  public DedupSettings {
    Objects.requireNonNull(method, "Cannot dedup without a method");
    Objects.requireNonNull(minHash, "Cannot dedup without MinHash parameters");
    Objects.requireNonNull(lsh, "Cannot dedup without LSH parameters");
    Objects.requireNonNull(verification, "Cannot dedup without a verification mode");
    Objects.requireNonNull(exactMatch, "Cannot dedup without an exact-match mode");
    if (!(threshold > 0 && threshold < 1)) {
      throw new ClearsourceException("Cannot use a near-duplicate threshold of " + threshold
          + ": use a Jaccard similarity between 0 and 1, such as 0.8");
    }
    if (lsh.valuesUsed() > minHash.permutations()) {
      throw new ClearsourceException("Cannot band " + minHash.permutations() + " permutations into "
          + lsh.bands() + " bands of " + lsh.rows() + " rows: bands x rows must be at most the"
          + " permutations");
    }
    if (allPairsLimit < 2) {
      throw new ClearsourceException(
          "Cannot use an all-pairs bucket limit of " + allPairsLimit + ": use at least 2");
    }
    if (contaminationNgramWords < 1) {
      throw new ClearsourceException("Cannot check contamination with n-grams of "
          + contaminationNgramWords + " words: use at least 1 (13 is usual)");
    }
    if (mllibHashTables < 1) {
      throw new ClearsourceException(
          "Cannot run MLlib MinHashLSH with " + mllibHashTables + " hash tables");
    }
  }

  public static DedupSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DedupSettings}. */
  public static final class Builder {
    private DedupMethod method = DedupMethod.MINHASH_LSH;
    private double threshold = 0.8;
    private long seed = 42;
    private int permutations = 128;
    private int shingleWords = 5;
    private LshParameters lsh;
    private Verification verification = Verification.EXACT;
    private ExactMatch exactMatch = ExactMatch.CASE_SENSITIVE;
    private int allPairsLimit = 32;
    private int contaminationNgramWords = 13;
    private int mllibHashTables = 5;

    private Builder() {}

    /** Default: {@link DedupMethod#MINHASH_LSH}. */
    public Builder method(DedupMethod value) {
      this.method = value;
      return this;
    }

    /**
     * Default: 0.8, the Jaccard similarity of 5-word shingle sets from which two documents count as
     * near duplicates (a page and its copy with a few sentences edited).
     */
    public Builder threshold(double value) {
      this.threshold = value;
      return this;
    }

    /** Default: 42. Signatures of different seeds never mix. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Default: 128 permutations, i.e. 128 values per signature (528 bytes serialized). */
    public Builder permutations(int value) {
      this.permutations = value;
      return this;
    }

    /** Default: 5 words per shingle. */
    public Builder shingleWords(int value) {
      this.shingleWords = value;
      return this;
    }

    /**
     * Default: derived from the threshold and the permutations by {@link LshParameters#optimal}
     * with its default weights (22 bands of 5 rows for 0.8 and 128). {@code bands(16, 8)} makes
     * fewer candidates of pairs between 0.3 and 0.8, for a recall near 0.8 of 0.95 instead of
     * 0.9998.
     */
    public Builder bands(int bands, int rows) {
      this.lsh = new LshParameters(bands, rows);
      return this;
    }

    /** Default: {@link Verification#EXACT}. */
    public Builder verification(Verification value) {
      this.verification = value;
      return this;
    }

    /** Default: {@link ExactMatch#CASE_SENSITIVE}. */
    public Builder exactMatch(ExactMatch value) {
      this.exactMatch = value;
      return this;
    }

    /**
     * Default: 32. A bucket with more members is paired as a star and a chain (2(m - 1) pairs)
     * instead of all its m(m - 1)/2 pairs; see {@link org.clearsource.dedup.cluster.BucketPairer}.
     */
    public Builder allPairsLimit(int value) {
      this.allPairsLimit = value;
      return this;
    }

    /** Default: 13 words, the n-gram length of the GPT-3 and PaLM contamination analyses. */
    public Builder contaminationNgramWords(int value) {
      this.contaminationNgramWords = value;
      return this;
    }

    /**
     * Default: 5 hash tables for {@link DedupMethod#MLLIB}: a pair at Jaccard 0.8 becomes a
     * candidate with probability 1 - 0.2^5 = 0.9997, as in MLlib's own examples.
     */
    public Builder mllibHashTables(int value) {
      this.mllibHashTables = value;
      return this;
    }

    /**
     * @throws ClearsourceException when a setting is out of range; the message names it
     */
    public DedupSettings build() {
      try {
        MinHashParameters minHash = new MinHashParameters(seed, permutations, shingleWords);
        LshParameters bands = lsh != null ? lsh : LshParameters.optimal(
            checkThreshold(threshold), permutations);
        return new DedupSettings(method, threshold, minHash, bands, verification, exactMatch,
            allPairsLimit, contaminationNgramWords, mllibHashTables);
      } catch (IllegalArgumentException e) {
        throw new ClearsourceException(e.getMessage(), e);
      }
    }

    private static double checkThreshold(double threshold) {
      if (!(threshold > 0 && threshold < 1)) {
        throw new ClearsourceException("Cannot use a near-duplicate threshold of " + threshold
            + ": use a Jaccard similarity between 0 and 1, such as 0.8");
      }
      return threshold;
    }
  }
}
