package org.clearsource.dedup.minhash;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Computes MinHash signatures with k permutations drawn from one seed.
 *
 * <p>Permutation i maps a shingle token x (32 bits) to {@code (a_i * x + b_i) >>> 1}: 32-bit
 * arithmetic (mod 2^32), a_i odd and b_i drawn from {@code SplittableRandom(seed)}, keeping the top
 * 31 bits. Tokens are already uniform hashes, and a product by a large odd multiplier spreads every
 * bit of x into the high bits that decide which value is smallest. The signature keeps, for each
 * i, the smallest value over the document's shingles. Two signatures agree at position i with
 * probability equal to the Jaccard similarity of the two shingle sets (TestMinHashSignature
 * measures the bias and the spread); dropping one bit leaves a 2^-31 chance of a false agreement.
 *
 * <p>Why 31 bits: with non-negative values, min(v, h) is {@code v + (d & (d >> 31))} for {@code d
 * = h - v}, which cannot overflow, so the update of all k values for one token is a loop of
 * multiply, add, shift, subtract and mask that the JIT vectorizes (16 lanes with AVX-512). Java 17
 * does not vectorize {@code Math.min}; this loop ran 3 to 4 times faster than it per shingle.
 *
 * <p>Thread-safe and serializable: it holds only the parameters and the drawn coefficients.
 */
public final class MinHasher implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final MinHashParameters parameters;
  private final int[] multipliers;
  private final int[] increments;

  public MinHasher(MinHashParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "Cannot hash without parameters");
    SplittableRandom random = new SplittableRandom(parameters.seed());
    multipliers = new int[parameters.permutations()];
    increments = new int[parameters.permutations()];
    for (int i = 0; i < multipliers.length; i++) {
      multipliers[i] = random.nextInt() | 1;
      increments[i] = random.nextInt();
    }
  }

  public MinHashParameters parameters() {
    return parameters;
  }

  /**
   * The signature of a document's shingles of {@link MinHashParameters#shingleWords()} words,
   * from its word hashes ({@link org.clearsource.dedup.text.TextScanner}); the shingles are the
   * ones {@link Shingles#hashes} gives, hashed on the fly.
   *
   * @throws IllegalArgumentException when there are no words: such a text has no signature
   */
  public MinHashSignature signature(long[] words) {
    if (words.length == 0) {
      throw new IllegalArgumentException(
          "Cannot compute a MinHash signature of a text without words");
    }
    int[] values = new int[multipliers.length];
    Arrays.fill(values, Integer.MAX_VALUE);
    int width = Math.min(parameters.shingleWords(), words.length);
    for (int start = 0; start + width <= words.length; start++) {
      update(values, Shingles.token(Shingles.hash(words, start, width)));
    }
    return new MinHashSignature(parameters, values);
  }

  // All k permutations of one token, branch-free (see the class comment), vectorized by the JIT.
  private void update(int[] values, int token) {
    int[] a = multipliers;
    int[] b = increments;
    for (int i = 0; i < values.length; i++) {
      int difference = ((a[i] * token + b[i]) >>> 1) - values[i];
      values[i] += difference & (difference >> 31);
    }
  }
}
