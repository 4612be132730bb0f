package org.clearsource.dedup.quality;

import java.util.ArrayList;
import java.util.List;
import org.clearsource.dedup.minhash.Jaccard;

/**
 * The oracle: the exact Jaccard similarity of every pair of a sample, O(n^2). Slow by design and
 * simple enough to trust; precision and recall of the fast path are measured against it.
 */
public final class BruteForceJaccard {

  private BruteForceJaccard() {}

  /**
   * Every pair whose exact similarity is at least {@code threshold}.
   *
   * @param tokenSets each document's sorted shingle token set ({@link
   *     org.clearsource.dedup.minhash.Shingles#tokenSet})
   */
  public static List<SimilarPair> pairsAtLeast(List<int[]> tokenSets, double threshold) {
    List<SimilarPair> pairs = new ArrayList<>();
    for (int i = 0; i < tokenSets.size(); i++) {
      int[] a = tokenSets.get(i);
      for (int j = i + 1; j < tokenSets.size(); j++) {
        int[] b = tokenSets.get(j);
        // |A ∩ B| <= min, |A ∪ B| >= max: a size ratio below the threshold rules the pair out.
        if (Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) {
          continue;
        }
        double similarity = Jaccard.exact(a, b);
        if (similarity >= threshold) {
          pairs.add(new SimilarPair(i, j, similarity));
        }
      }
    }
    return pairs;
  }
}
