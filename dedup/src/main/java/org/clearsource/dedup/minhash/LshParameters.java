package org.clearsource.dedup.minhash;

import org.clearsource.dedup.text.Murmur3;

/**
 * Banding of MinHash signatures: b bands of r rows. Two documents become a candidate pair when all
 * r values of at least one band agree, which for Jaccard similarity s happens with probability
 *
 * <pre>P(s) = 1 - (1 - s^r)^b</pre>
 *
 * an S-shaped curve whose steep part sits near {@code (1/b)^(1/r)}.
 *
 * <p><b>Choosing b and r.</b> {@link #optimal} tries every b x r that fits in the signature and
 * keeps the pair minimizing {@code wFP * FP + wFN * FN}, where, for the threshold t,
 *
 * <ul>
 *   <li>FP = the area under P(s) for s in [0, t): pairs below the threshold that still become
 *       candidates (each costs one verification, then is dropped), and
 *   <li>FN = the area above P(s) for s in [t, 1]: pairs at or above the threshold that never become
 *       candidates (missed duplicates; no later step can recover them).
 * </ul>
 *
 * Both areas assume similarities spread evenly over [0, 1]; they are a fair proxy for "how much of
 * the curve is on the wrong side of the threshold" (1 - FN / (1 - t) is the recall of pairs spread
 * evenly above t). Because every candidate is verified, a false positive costs one Jaccard
 * computation while a false negative is a duplicate missing from the report, so the defaults
 * ({@link #DEFAULT_FALSE_POSITIVE_WEIGHT}, {@link #DEFAULT_FALSE_NEGATIVE_WEIGHT}) weigh a miss
 * 5,000 times as much. With 128 permutations and t = 0.8 that gives 22 bands of 5 rows:
 *
 * <pre>
 * s      0.3    0.5    0.7    0.8     0.85    0.9
 * P(s)   0.052  0.503  0.983  0.9998  1.0000  1.0000
 * </pre>
 *
 * and FN = 2.2e-6 (recall 0.99999 for pairs spread over [0.8, 1]). For comparison, 16 x 8 (weights
 * 0.05 / 0.95) has P(0.8) = 0.947 and recall 0.9936, and Spark MLlib's MinHashLSH with 5 OR-ed hash
 * tables has P(0.8) = 0.9997 and recall 0.99995 but P(0.5) = 0.97 and P(0.3) = 0.83: almost every
 * pair of related documents becomes a candidate. The equal weights of the classic recipe give
 * 9 x 13, with P(0.8) = 0.40: most pairs near the threshold would be missed.
 *
 * @param bands number of bands b
 * @param rows values per band r
 */
public record LshParameters(int bands, int rows) implements java.io.Serializable {

  public static final double DEFAULT_FALSE_POSITIVE_WEIGHT = 0.0002;
  public static final double DEFAULT_FALSE_NEGATIVE_WEIGHT = 0.9998;

  private static final int INTEGRATION_STEPS = 512;

  public LshParameters {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "Cannot band signatures into " + bands + " bands of " + rows + " rows");
    }
  }

  /** The b x r minimizing the weighted error areas (see the class comment) for one threshold. */
  public static LshParameters optimal(
      double threshold, int permutations, double falsePositiveWeight,
      double falseNegativeWeight) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(
          "Cannot choose bands for a Jaccard threshold of " + threshold + ": use (0, 1)");
    }
    if (permutations < 1) {
      throw new IllegalArgumentException("Cannot band " + permutations + " permutations");
    }
    if (!(falsePositiveWeight >= 0 && falseNegativeWeight >= 0)
        || falsePositiveWeight + falseNegativeWeight == 0) {
      throw new IllegalArgumentException("Cannot weigh errors by " + falsePositiveWeight + " and "
          + falseNegativeWeight + ": use weights >= 0, not both 0");
    }
    LshParameters best = null;
    double bestError = Double.MAX_VALUE;
    for (int bands = 1; bands <= permutations; bands++) {
      for (int rows = 1; rows <= permutations / bands; rows++) {
        LshParameters candidate = new LshParameters(bands, rows);
        double error = falsePositiveWeight * candidate.falsePositiveArea(threshold)
            + falseNegativeWeight * candidate.falseNegativeArea(threshold);
        if (error < bestError) {
          bestError = error;
          best = candidate;
        }
      }
    }
    return best;
  }

  /** {@link #optimal} with the default weights. */
  public static LshParameters optimal(double threshold, int permutations) {
    return optimal(threshold, permutations, DEFAULT_FALSE_POSITIVE_WEIGHT,
        DEFAULT_FALSE_NEGATIVE_WEIGHT);
  }

  /** Signature values the bands use: b x r, at most the permutations. */
  public int valuesUsed() {
    return bands * rows;
  }

  /** P(s): the probability that a pair of Jaccard similarity s becomes a candidate. */
  public double candidateProbability(double similarity) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  /** The area under P(s) on [0, t). */
  public double falsePositiveArea(double threshold) {
    return integrate(0, threshold, false);
  }

  /** The area above P(s) on [t, 1]. */
  public double falseNegativeArea(double threshold) {
    return integrate(threshold, 1, true);
  }

  /**
   * The key of band {@code band} of a signature: a 64-bit hash of the band's index and its r
   * values. Two signatures share a key (but for 2^-64 collisions) exactly when they agree on the
   * whole band.
   *
   * @throws IllegalArgumentException when the signature is shorter than b x r
   */
  public long bandKey(MinHashSignature signature, int band) {
    if (valuesUsed() > signature.size()) {
      throw new IllegalArgumentException("Cannot take " + bands + " bands of " + rows
          + " rows from a signature of " + signature.size() + " values");
    }
    long h = Murmur3.fmix64((band + 1) * 0xC2B2AE3D27D4EB4FL);
    int from = band * rows;
    for (int i = from; i < from + rows; i++) {
      h = Long.rotateLeft(h ^ (signature.value(i) & 0xFFFFFFFFL), 31) * 0x9E3779B97F4A7C15L;
    }
    return Murmur3.fmix64(h);
  }

  /** The keys of every band of a signature, band 0 first. */
  public long[] bandKeys(MinHashSignature signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      keys[band] = bandKey(signature, band);
    }
    return keys;
  }

  // Composite Simpson's rule: smooth integrand, 512 steps is exact to ~1e-10 here.
  private double integrate(double from, double to, boolean complement) {
    double step = (to - from) / INTEGRATION_STEPS;
    double sum = 0;
    for (int i = 0; i <= INTEGRATION_STEPS; i++) {
      double s = from + i * step;
      double p = candidateProbability(s);
      double value = complement ? 1 - p : p;
      double weight = (i == 0 || i == INTEGRATION_STEPS) ? 1 : (i % 2 == 1 ? 4 : 2);
      sum += weight * value;
    }
    return sum * step / 3;
  }
}
