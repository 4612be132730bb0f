package org.clearsource.dedup.quality;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Precision and recall of found pairs against the true ones.
 *
 * @param truePositives pairs found and true
 * @param falsePositives pairs found but not true
 * @param falseNegatives true pairs not found
 */
public record PairQuality(long truePositives, long falsePositives, long falseNegatives) {

  /** Scores {@code found} against {@code truth}. */
  public static PairQuality of(Collection<SimilarPair> found, Collection<SimilarPair> truth) {
    Set<Long> trueKeys = new HashSet<>();
    truth.forEach(pair -> trueKeys.add(pair.key()));
    Set<Long> foundKeys = new HashSet<>();
    found.forEach(pair -> foundKeys.add(pair.key()));
    long hits = foundKeys.stream().filter(trueKeys::contains).count();
    return new PairQuality(hits, foundKeys.size() - hits, trueKeys.size() - hits);
  }

  /** Found pairs that are true; 1 when nothing was found. */
  public double precision() {
    long found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** True pairs that were found; 1 when there are none. */
  public double recall() {
    long relevant = truePositives + falseNegatives;
    return relevant == 0 ? 1.0 : (double) truePositives / relevant;
  }

  @Override
  public String toString() {
    return String.format("precision %.4f, recall %.4f (%d found true, %d found false, %d missed)",
        precision(), recall(), truePositives, falsePositives, falseNegatives);
  }
}
