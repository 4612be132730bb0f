package org.clearsource.dedup.minhash;

import java.util.Arrays;
import java.util.Objects;
import org.clearsource.dedup.text.Murmur3;

/**
 * Computes MinHash signatures of k values by one-permutation hashing with optimal densification
 * (Li, Owen and Zhang 2012; Shrivastava 2017): one hash per shingle instead of k.
 *
 * <p>Each shingle token x is hashed once, {@code h = fmix64(x ^ seedKey)}. Its high 32 bits pick
 * one of k bins ({@code (high * k) >>> 32}); its low 32 bits, shifted to 31, are its value; each
 * bin keeps the smallest value it receives. A bin that received nothing (a text of few shingles
 * leaves some empty) borrows the value of the first non-empty bin on a probe sequence that depends
 * only on the bin and the seed, the same for every document. Position i of two signatures then
 * agrees with probability equal to the Jaccard similarity of the two token sets, as with k
 * independent permutations (TestMinHashSignature measures the bias and the spread); a 31-bit value
 * leaves a 2^-31 chance of a false agreement.
 *
 * <p>Why: the k-permutation form computed k products per shingle, most of the dedup stage's CPU;
 * this computes one hash per shingle and a pass over k bins per document.
 *
 * <p>Thread-safe and serializable: it holds the parameters and a table of probe draws derived from
 * them.
 */
public final class MinHasher implements java.io.Serializable {

  private static final long serialVersionUID = 3L;

  private static final int EMPTY = Integer.MAX_VALUE;

  /** Probe draws per bin kept in a table: enough for all but the emptiest signatures. */
  private static final int TABLED_PROBES = 32;

  private final MinHashParameters parameters;
  private final long seedKey;
  /** The first {@link #TABLED_PROBES} draws of every bin's probe sequence, bin-major. */
  private final int[] probes;

  public MinHasher(MinHashParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "Cannot hash without parameters");
    seedKey = Murmur3.fmix64(parameters.seed() ^ 0x6A09E667F3BCC909L);
    int bins = parameters.permutations();
    probes = new int[bins * TABLED_PROBES];
    for (int bin = 0; bin < bins; bin++) {
      for (int attempt = 1; attempt <= TABLED_PROBES; attempt++) {
        probes[bin * TABLED_PROBES + attempt - 1] = probe(bin, attempt, bins);
      }
    }
  }

  public MinHashParameters parameters() {
    return parameters;
  }

  /**
   * The signature of a document's shingles of {@link MinHashParameters#shingleWords()} words,
   * from its word hashes ({@link org.clearsource.dedup.text.TextScanner}); the shingles are the
   * ones {@link Shingles#hashes} gives.
   *
   * @throws IllegalArgumentException when there are no words: such a text has no signature
   */
  public MinHashSignature signature(long[] words) {
    if (words.length == 0) {
      throw new IllegalArgumentException(
          "Cannot compute a MinHash signature of a text without words");
    }
    return signature(Shingles.tokens(words, parameters.shingleWords()));
  }

  /**
   * The signature of a document's shingle tokens ({@link Shingles#tokens}, repeats allowed).
   *
   * @throws IllegalArgumentException when there are no tokens
   */
  public MinHashSignature signature(int[] tokens) {
    if (tokens.length == 0) {
      throw new IllegalArgumentException(
          "Cannot compute a MinHash signature of a text without words");
    }
    int bins = parameters.permutations();
    int[] values = new int[bins];
    Arrays.fill(values, EMPTY);
    for (int token : tokens) {
      long h = Murmur3.fmix64((token & 0xFFFFFFFFL) ^ seedKey);
      int bin = binOf(h, bins);
      int value = ((int) h) >>> 1;
      if (value < values[bin]) {
        values[bin] = value;
      }
    }
    densify(values);
    return new MinHashSignature(parameters, values);
  }

  /**
   * Fills every empty bin from the first non-empty bin on its probe sequence: bins drawn by a hash
   * of (seed, bin, attempt), the same for every document, which is what keeps the agreement
   * probability at the Jaccard similarity. At least one bin is non-empty, so each draw finds one
   * with probability at least 1/k; after 64k draws (never seen) the next bins in order are taken.
   */
  private void densify(int[] values) {
    int bins = values.length;
    int[] filled = null;
    for (int bin = 0; bin < bins; bin++) {
      if (values[bin] != EMPTY) {
        continue;
      }
      if (filled == null) {
        filled = values.clone();
      }
      int source = -1;
      for (int attempt = 1; attempt <= 64 * bins && source < 0; attempt++) {
        int candidate = attempt <= TABLED_PROBES
            ? probes[bin * TABLED_PROBES + attempt - 1] : probe(bin, attempt, bins);
        if (values[candidate] != EMPTY) {
          source = candidate;
        }
      }
      for (int step = 1; source < 0; step++) {
        int candidate = (bin + step) % bins;
        if (values[candidate] != EMPTY) {
          source = candidate;
        }
      }
      filled[bin] = values[source];
    }
    if (filled != null) {
      System.arraycopy(filled, 0, values, 0, bins);
    }
  }

  /** Draw {@code attempt} of the probe sequence of {@code bin}: the same for every document. */
  private int probe(int bin, int attempt, int bins) {
    return binOf(Murmur3.fmix64(seedKey ^ ((long) bin << 32 | attempt)), bins);
  }

  /** The bin of a 64-bit hash: its high 32 bits scaled to [0, bins) by a multiply and a shift. */
  private static int binOf(long hash, int bins) {
    return (int) (((hash >>> 32) * bins) >>> 32);
  }
}
