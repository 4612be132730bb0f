package org.clearsource.licensing.license;

import java.util.Arrays;
import java.util.List;

/**
 * An inverted index from shingle to the patterns (licence texts, headers, exceptions) that allow
 * it: an open-addressing table of shingle hashes to dense entry numbers, and per entry a sorted
 * postings list of {@code pattern << 1 | required}. Immutable once built; lookups allocate nothing
 * and are safe from any thread.
 */
final class ShingleIndex {

  /** Bits of the shingle filter: 512 KiB, which stays in a core's L2 cache. */
  private static final int SHINGLE_FILTER_BITS = 1 << 22;
  /** Bits of the word filter: 32 KiB, which stays in L1. */
  private static final int WORD_FILTER_BITS = 1 << 18;

  /** Slot i holds a shingle at 2i and its entry number at 2i+1: one cache line per probe. */
  private final long[] table;
  private final int mask;
  private final int[] postingOffsets;
  private final int[] postings;
  private final long[] shingleFilter;
  private final long[] wordFilter;

  private ShingleIndex(
      long[] table, int[] postingOffsets, int[] postings, long[] shingleFilter,
      long[] wordFilter) {
    this.table = table;
    this.mask = table.length / 2 - 1;
    this.postingOffsets = postingOffsets;
    this.postings = postings;
    this.shingleFilter = shingleFilter;
    this.wordFilter = wordFilter;
  }

  /** Indexes the shingles of each pattern; a pattern's number is its position in the list. */
  static ShingleIndex build(List<PatternShingles> patterns) {
    int total = 0;
    for (PatternShingles pattern : patterns) {
      total += pattern.allowed().length;
    }
    long[] all = new long[total];
    int at = 0;
    for (PatternShingles pattern : patterns) {
      System.arraycopy(pattern.allowed(), 0, all, at, pattern.allowed().length);
      at += pattern.allowed().length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        distinct++;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(16, (int) (distinct / 0.6))) << 1;
    long[] table = new long[capacity * 2];
    int[] counts = new int[distinct + 1];
    int entryCount = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        int slot = slot(all[i], capacity - 1);
        while (table[2 * slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        table[2 * slot] = all[i];
        table[2 * slot + 1] = entryCount++;
      }
    }
    ShingleIndex sized = new ShingleIndex(table, null, null, null, null);
    for (PatternShingles pattern : patterns) {
      for (long shingle : pattern.allowed()) {
        counts[sized.entry(shingle) + 1]++;
      }
    }
    for (int i = 1; i < counts.length; i++) {
      counts[i] += counts[i - 1];
    }
    int[] offsets = counts.clone();
    int[] fill = Arrays.copyOf(counts, distinct);
    int[] postings = new int[total];
    for (int number = 0; number < patterns.size(); number++) {
      long[] required = patterns.get(number).required();
      int r = 0;
      for (long shingle : patterns.get(number).allowed()) {
        while (r < required.length && required[r] < shingle) {
          r++;
        }
        int isRequired = r < required.length && required[r] == shingle ? 1 : 0;
        postings[fill[sized.entry(shingle)]++] = number << 1 | isRequired;
      }
    }
    long[] shingleFilter = new long[SHINGLE_FILTER_BITS / 64];
    for (int slot = 0; slot < capacity; slot++) {
      if (table[2 * slot] != 0) {
        setBit(shingleFilter, table[2 * slot]);
      }
    }
    long[] wordFilter = new long[WORD_FILTER_BITS / 64];
    for (PatternShingles pattern : patterns) {
      for (long word : pattern.words()) {
        setBit(wordFilter, word);
      }
    }
    return new ShingleIndex(table, offsets, postings, shingleFilter, wordFilter);
  }

  private static void setBit(long[] filter, long hash) {
    int bit = (int) (hash >>> 40) & (filter.length * 64 - 1);
    filter[bit >>> 6] |= 1L << bit;
  }

  private static boolean bit(long[] filter, long hash) {
    int bit = (int) (hash >>> 40) & (filter.length * 64 - 1);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * False when no template has this word, so no shingle with it can hit; true says "maybe". A
   * probe of a table that stays in L1, so that the words of code and prose are skipped cheaply.
   */
  boolean mayHaveWord(long word) {
    return bit(wordFilter, word);
  }

  /** False when no template has this shingle; true says "maybe" (about 5% of misses). */
  boolean mayHaveShingle(long shingle) {
    return bit(shingleFilter, shingle);
  }

  private static int slot(long shingle, int mask) {
    return (int) (shingle ^ (shingle >>> 29)) & mask;
  }

  /** The entry number of a shingle, or -1 when no pattern has it. */
  int entry(long shingle) {
    int slot = slot(shingle, mask);
    long key;
    while ((key = table[2 * slot]) != 0) {
      if (key == shingle) {
        return (int) table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Index of an entry's first posting in {@link #posting}. */
  int postingsFrom(int entry) {
    return postingOffsets[entry];
  }

  /** Index one past an entry's last posting. */
  int postingsTo(int entry) {
    return postingOffsets[entry + 1];
  }

  /** {@code pattern << 1 | required}. */
  int posting(int index) {
    return postings[index];
  }

  /** The posting of a pattern in an entry's list, or -1 when the entry does not allow it. */
  int postingOf(int entry, int pattern) {
    int low = postingOffsets[entry];
    int high = postingOffsets[entry + 1] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int value = postings[mid] >>> 1;
      if (value < pattern) {
        low = mid + 1;
      } else if (value > pattern) {
        high = mid - 1;
      } else {
        return postings[mid];
      }
    }
    return -1;
  }

  int entryCount() {
    return postingOffsets.length - 1;
  }

  /** Approximate heap use of the tables, for the documentation of memory needs. */
  long bytes() {
    return table.length * 8L + postingOffsets.length * 4L + postings.length * 4L
        + shingleFilter.length * 8L + wordFilter.length * 8L;
  }
}
