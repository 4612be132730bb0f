package org.clearsource.dedup.minhash;

import java.util.Arrays;
import org.clearsource.dedup.text.Murmur3;

/**
 * Word n-gram shingles of a document, from its word hashes ({@link
 * org.clearsource.dedup.text.TextScanner}). Shingle i hashes words i to i+n-1 in order; a text
 * with fewer than n words (but at least one) has one shingle, of all its words; a text without words
 * has none. The 64-bit hash serves the contamination check's long n-grams; MinHash and the exact
 * Jaccard use its low 32 bits, the shingle's <em>token</em>.
 */
public final class Shingles {

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private Shingles() {}

  /** The 64-bit hashes of the n-word shingles of {@code words}, in text order. */
  public static long[] hashes(long[] words, int n) {
    checkSize(n);
    if (words.length == 0) {
      return new long[0];
    }
    int width = Math.min(n, words.length);
    long[] shingles = new long[words.length - width + 1];
    for (int start = 0; start < shingles.length; start++) {
      shingles[start] = hash(words, start, width);
    }
    return shingles;
  }

  /**
   * The n-word shingle tokens of {@code words} as a sorted set without repeats: what {@link
   * Jaccard#exact} compares.
   */
  public static int[] tokenSet(long[] words, int n) {
    return sortedSet(tokens(words, n));
  }

  /** The n-word shingle tokens of {@code words}, in text order, repeats kept. */
  public static int[] tokens(long[] words, int n) {
    checkSize(n);
    if (words.length == 0) {
      return new int[0];
    }
    int width = Math.min(n, words.length);
    int[] tokens = new int[words.length - width + 1];
    for (int start = 0; start < tokens.length; start++) {
      tokens[start] = token(hash(words, start, width));
    }
    return tokens;
  }

  /** Tokens as a sorted set without repeats; sorts {@code tokens} in place. */
  public static int[] sortedSet(int[] tokens) {
    sort(tokens);
    int distinct = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (i == 0 || tokens[i] != tokens[i - 1]) {
        tokens[distinct++] = tokens[i];
      }
    }
    return distinct == tokens.length ? tokens : Arrays.copyOf(tokens, distinct);
  }

  /**
   * Sorts ints in signed order. Token sets are hundreds of uniformly random values, where a
   * comparison sort mispredicts about every other branch: four byte-wise counting passes (LSD
   * radix) ran several times faster than {@link Arrays#sort} and were a tenth of the dedup stage's
   * CPU before.
   */
  static void sort(int[] values) {
    if (values.length < 64) {
      Arrays.sort(values);
      return;
    }
    int[] from = values;
    int[] to = new int[values.length];
    int[] starts = new int[257];
    for (int shift = 0; shift < 32; shift += 8) {
      Arrays.fill(starts, 0);
      for (int value : from) {
        starts[digit(value, shift) + 1]++;
      }
      for (int d = 0; d < 256; d++) {
        starts[d + 1] += starts[d];
      }
      for (int value : from) {
        to[starts[digit(value, shift)]++] = value;
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    // Four passes, an even number of swaps: the sorted values are back in {@code values}.
  }

  /** Byte {@code shift / 8} of the value with its sign bit flipped, so unsigned order is signed. */
  private static int digit(int value, int shift) {
    return ((value ^ Integer.MIN_VALUE) >>> shift) & 0xFF;
  }

  /** The 32-bit token of a 64-bit shingle hash. */
  public static int token(long shingleHash) {
    return (int) shingleHash;
  }

  /** The hash of the shingle of {@code width} words from {@code start}. */
  static long hash(long[] words, int start, int width) {
    long h = MULTIPLIER * width;
    for (int i = start; i < start + width; i++) {
      h = Long.rotateLeft(h ^ words[i], 29) * MULTIPLIER;
    }
    return Murmur3.fmix64(h);
  }

  private static void checkSize(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Cannot build shingles of " + n + " words");
    }
  }
}
