package org.clearsource.licensing.license;

import java.util.Arrays;
import java.util.List;

/**
 * An inverted index from shingle to the patterns (licence texts, headers, exceptions) that allow
 * it: an open-addressing table of shingle hashes to dense entry numbers, and per entry a postings
 * list of pattern numbers in two sorted runs: the patterns that require the shingle, then those
 * that only allow it. Counting candidates reads the short first run only. Immutable once built;
 * lookups allocate nothing and are safe from any thread.
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
  /** Per entry, where its "requires" run ends and its "allows" run begins. */
  private final int[] requiredEnds;
  private final int[] postings;
  private final long[] shingleFilter;
  private final long[] wordFilter;

  private ShingleIndex(
      long[] table, int[] postingOffsets, int[] requiredEnds, int[] postings,
      long[] shingleFilter, long[] wordFilter) {
    this.table = table;
    this.mask = table.length / 2 - 1;
    this.postingOffsets = postingOffsets;
    this.requiredEnds = requiredEnds;
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
    ShingleIndex sized = new ShingleIndex(table, null, null, null, null, null);
    int[] requiredCounts = new int[distinct];
    for (PatternShingles pattern : patterns) {
      for (long shingle : pattern.allowed()) {
        counts[sized.entry(shingle) + 1]++;
      }
      for (long shingle : pattern.required()) {
        requiredCounts[sized.entry(shingle)]++;
      }
    }
    for (int i = 1; i < counts.length; i++) {
      counts[i] += counts[i - 1];
    }
    int[] offsets = counts.clone();
    int[] requiredEnds = new int[distinct];
    int[] requiredFill = Arrays.copyOf(counts, distinct);
    int[] allowedFill = new int[distinct];
    for (int e = 0; e < distinct; e++) {
      requiredEnds[e] = offsets[e] + requiredCounts[e];
      allowedFill[e] = requiredEnds[e];
    }
    int[] postings = new int[total];
    // Patterns in number order: each run comes out sorted.
    for (int number = 0; number < patterns.size(); number++) {
      long[] required = patterns.get(number).required();
      int r = 0;
      for (long shingle : patterns.get(number).allowed()) {
        while (r < required.length && required[r] < shingle) {
          r++;
        }
        int entry = sized.entry(shingle);
        boolean isRequired = r < required.length && required[r] == shingle;
        postings[isRequired ? requiredFill[entry]++ : allowedFill[entry]++] = number;
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
    return new ShingleIndex(table, offsets, requiredEnds, postings, shingleFilter, wordFilter);
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

  /** Index of an entry's first posting in {@link #posting}: its "requires" run. */
  int postingsFrom(int entry) {
    return postingOffsets[entry];
  }

  /** Index one past the entry's "requires" run, where its "allows" run begins. */
  int requiredTo(int entry) {
    return requiredEnds[entry];
  }

  /** Index one past an entry's last posting. */
  int postingsTo(int entry) {
    return postingOffsets[entry + 1];
  }

  /** A pattern number. */
  int posting(int index) {
    return postings[index];
  }

  int entryCount() {
    return postingOffsets.length - 1;
  }

  /** Approximate heap use of the tables, for the documentation of memory needs. */
  long bytes() {
    return table.length * 8L + postingOffsets.length * 4L + requiredEnds.length * 4L
        + postings.length * 4L
        + shingleFilter.length * 8L + wordFilter.length * 8L;
  }
}
