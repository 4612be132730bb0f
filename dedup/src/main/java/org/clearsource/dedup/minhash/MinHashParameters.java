package org.clearsource.dedup.minhash;

import org.clearsource.dedup.text.Murmur3;

/**
 * What makes two MinHash signatures comparable: the seed of the permutations, their number and
 * the shingle width. {@link #fingerprint()} hashes all three together with the version of the
 * hashing scheme (word, shingle and permutation hashes); a serialized signature carries it, and
 * signatures with different fingerprints refuse to be compared or merged.
 *
 * @param seed seed of the hashing
 * @param permutations values per signature (bins of the one-permutation hashing; the name says
 *     what each value stands for, one permutation of classic MinHash)
 * @param shingleWords words per shingle
 */
public record MinHashParameters(long seed, int permutations, int shingleWords)
    implements java.io.Serializable {

  /**
   * Version of the hashing scheme behind a signature (TextScanner's word hash, Shingles, MinHasher).
   * Bump it when any of them changes, so that old signatures stop matching new ones. 2: one-
   * permutation hashing with densification (1 was k multiply-shift permutations).
   */
  public static final int SCHEME_VERSION = 2;

  /** Most permutations a signature may have. */
  public static final int MAX_PERMUTATIONS = 4096;

  public MinHashParameters {
    if (permutations < 1 || permutations > MAX_PERMUTATIONS) {
      throw new IllegalArgumentException("Cannot use " + permutations
          + " MinHash permutations: use 1 to " + MAX_PERMUTATIONS);
    }
    if (shingleWords < 1 || shingleWords > 64) {
      throw new IllegalArgumentException(
          "Cannot build shingles of " + shingleWords + " words: use 1 to 64");
    }
  }

  /** A 64-bit hash of the scheme version, seed, permutations and shingle width. */
  public long fingerprint() {
    long h = Murmur3.fmix64(SCHEME_VERSION * 0x9E3779B97F4A7C15L);
    h = Murmur3.fmix64(h ^ seed);
    h = Murmur3.fmix64(h ^ permutations);
    return Murmur3.fmix64(h ^ ((long) shingleWords << 32));
  }

  /** For messages: "seed 42, 128 permutations, 5-word shingles". */
  public String describe() {
    return "seed " + seed + ", " + permutations + " permutations, " + shingleWords
        + "-word shingles";
  }
}
