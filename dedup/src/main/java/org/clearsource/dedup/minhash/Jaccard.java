package org.clearsource.dedup.minhash;

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle token sets. */
public final class Jaccard {

  private Jaccard() {}

  /**
   * The exact similarity of two sorted sets without repeats ({@link Shingles#tokenSet}); 1 when
   * both are empty.
   */
  public static double exact(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }
}
