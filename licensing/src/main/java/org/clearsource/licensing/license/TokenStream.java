package org.clearsource.licensing.license;

import java.util.Arrays;

/**
 * The words of a text as the SPDX matching guidelines see them: lower case, punctuation and
 * comment markers dropped, variant spellings folded ({@link WordEquivalents}). Each word keeps its
 * character span; list bullets are flagged {@link #IGNORED}: licence texts are matched without
 * them, references and phrases still see them.
 */
final class TokenStream {

  /** Flag of a word that text matching skips: a list bullet. */
  static final byte IGNORED = 1;

  private long[] words;
  private int[] starts;
  private int[] ends;
  private byte[] flags;
  private int size;
  private int ignoredCount;

  TokenStream(int expectedWords) {
    int capacity = Math.max(16, expectedWords);
    words = new long[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    flags = new byte[capacity];
  }

  void add(long word, int start, int end, byte flag) {
    if (size == words.length) {
      int capacity = size * 2;
      words = Arrays.copyOf(words, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    words[size] = word;
    starts[size] = start;
    ends[size] = end;
    flags[size] = flag;
    size++;
    if (flag != 0) {
      ignoredCount++;
    }
  }

  /** Empties the stream for reuse, keeping its arrays. */
  void clear() {
    size = 0;
    ignoredCount = 0;
  }

  /** True when some word is flagged {@link #IGNORED}. */
  boolean anyIgnored() {
    return ignoredCount > 0;
  }

  int size() {
    return size;
  }

  /** The word hashes, valid up to {@link #size()}; for the matcher's hot loop. Do not modify. */
  long[] wordArray() {
    return words;
  }

  /** The hash of word i ({@link Tokenizer#wordHash}). */
  long word(int i) {
    return words[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  boolean ignored(int i) {
    return (flags[i] & IGNORED) != 0;
  }

  /** The index of the first word that ends after {@code offset}, or size when none. */
  int wordAt(int offset) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
