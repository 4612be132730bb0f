package org.clearsource.dedup.quality;

/**
 * Two documents, by index, and their similarity.
 *
 * @param first the smaller index
 * @param second the larger index
 * @param jaccard exact or estimated Jaccard similarity, as the producer says
 */
public record SimilarPair(int first, int second, double jaccard) {

  public SimilarPair {
    if (first >= second) {
      throw new IllegalArgumentException(
          "Cannot make a pair (" + first + ", " + second + "): the first index must be smaller");
    }
  }

  /** The pair as one long, for sets: first in the high half. */
  public long key() {
    return key(first, second);
  }

  public static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }
}
