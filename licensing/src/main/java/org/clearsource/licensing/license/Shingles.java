package org.clearsource.licensing.license;

/**
 * Word shingles: the hash of {@link #WIDTH} consecutive words. Licence texts and documents are
 * compared as sets of shingles, so that word order counts locally and a changed word costs only
 * the shingles that contain it.
 */
final class Shingles {

  /** Words per shingle: four tell licences apart and survive a changed word or bullet. */
  static final int WIDTH = 4;

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private Shingles() {}

  /** The shingle of {@code words[from..from+WIDTH)}; never 0, which tables use for "empty". */
  static long hash(long[] words, int from) {
    long hash = words[from];
    for (int i = 1; i < WIDTH; i++) {
      hash = hash * MULTIPLIER + words[from + i];
    }
    return hash == 0 ? 1 : hash;
  }
}
