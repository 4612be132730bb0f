package org.clearsource.dedup.minhash;

/** How a candidate pair from the LSH buckets is confirmed as a near duplicate. */
public enum Verification {
  /**
   * The exact Jaccard similarity of the two shingle token sets, recomputed from the texts of the
   * candidates only. The default: a pair is a duplicate exactly when its similarity reaches the
   * threshold, so the only errors left are the pairs LSH never proposed.
   */
  EXACT,
  /**
   * The share of agreeing signature values, an estimate with standard deviation sqrt(J(1-J)/k)
   * (0.035 at J = 0.8 with 128 permutations). Needs no second read of the texts, but pairs within a
   * few hundredths of the threshold fall on either side by chance.
   */
  ESTIMATED
}
