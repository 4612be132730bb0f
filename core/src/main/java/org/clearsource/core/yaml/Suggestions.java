package org.clearsource.core.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt keys and values: the nearest known word by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known word nearest to {@code word} within {@code maxDistance} edits; ties go to the first
   * in alphabetical order, so the suggestion does not depend on the collection's order.
   */
  public static Optional<String> closest(String word, Collection<String> known, int maxDistance) {
    return known.stream()
        .filter(candidate -> editDistance(word, candidate) <= maxDistance)
        .min(Comparator.comparingInt((String candidate) -> editDistance(word, candidate))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
