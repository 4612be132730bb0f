package org.clearsource.dedup.contamination;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearsource.dedup.minhash.Shingles;

/**
 * Every word n-gram of the evaluation items, for probing corpus documents one n-gram at a time.
 *
 * <p>N-grams are {@link Shingles#hashes} of width n (64-bit: at a billion probes per corpus
 * gigabyte, 32 bits would give false hits). The table is open addressing over the n-gram hashes,
 * each pointing into a sorted list of the items holding that n-gram; a bit filter of 8 bits per
 * n-gram in front of it answers most probes (almost all miss) from cache. About 25 bytes per
 * distinct n-gram: a million evaluation n-grams (roughly a hundred thousand items of a paragraph)
 * take 25 MB, which every Spark task holds once, by broadcast.
 *
 * <p>Immutable once built; {@link Builder} builds it on the driver.
 */
public final class NgramIndex implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int ngramWords;
  private final List<EvaluationItem> items;
  private final int[] itemsTooShort;
  private final long[] filter;
  private final long[] keys;
  private final int[] offsets;
  private final int[] counts;
  private final int[] postings;
  private final int mask;
  private final int filterMask;

  private NgramIndex(int ngramWords, List<EvaluationItem> items, int[] itemsTooShort,
      long[] sortedHashes, int[] sortedItems) {
    this.ngramWords = ngramWords;
    this.items = List.copyOf(items);
    this.itemsTooShort = itemsTooShort;
    int distinct = 0;
    for (int i = 0; i < sortedHashes.length; i++) {
      if (i == 0 || sortedHashes[i] != sortedHashes[i - 1]) {
        distinct++;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(16, distinct * 2 - 1)) << 1;
    mask = capacity - 1;
    keys = new long[capacity];
    offsets = new int[capacity];
    counts = new int[capacity];
    postings = sortedItems;
    int filterBits = Integer.highestOneBit(Math.max(64, distinct * 8 - 1)) << 1;
    filter = new long[filterBits / 64];
    filterMask = filterBits - 1;
    int start = 0;
    while (start < sortedHashes.length) {
      int end = start;
      while (end < sortedHashes.length && sortedHashes[end] == sortedHashes[start]) {
        end++;
      }
      put(sortedHashes[start], start, end - start);
      start = end;
    }
  }

  /** Words per n-gram. */
  public int ngramWords() {
    return ngramWords;
  }

  /** The items, in the order of {@link ContaminationHit#item()}. */
  public List<EvaluationItem> items() {
    return items;
  }

  /** Indexes of the items with fewer words than an n-gram: they cannot be checked. */
  public int[] itemsTooShort() {
    return itemsTooShort.clone();
  }

  /** Whether no item has an n-gram, so that no document can match. */
  public boolean isEmpty() {
    return postings.length == 0;
  }

  /**
   * The items a document shares n-grams with, by item index.
   *
   * @param words the document's word hashes ({@link org.clearsource.dedup.text.TextScanner})
   */
  public List<ContaminationHit> probe(long[] words) {
    if (words.length < ngramWords) {
      return List.of();
    }
    long[] ngrams = Shingles.hashes(words, ngramWords);
    long[] matched = null;
    int matches = 0;
    for (long ngram : ngrams) {
      int bit = (int) (ngram >>> 40) & filterMask;
      if ((filter[bit >>> 6] & (1L << bit)) == 0 || slot(ngram) < 0) {
        continue;
      }
      if (matched == null) {
        matched = new long[8];
      } else if (matches == matched.length) {
        matched = Arrays.copyOf(matched, matches * 2);
      }
      matched[matches++] = ngram;
    }
    if (matches == 0) {
      return List.of();
    }
    Arrays.sort(matched, 0, matches);
    // One posting per (distinct matched n-gram, item); counting runs of the sorted postings gives
    // the shared n-grams per item without a table as large as the item list.
    int[] owners = new int[8];
    int owned = 0;
    for (int i = 0; i < matches; i++) {
      if (i > 0 && matched[i] == matched[i - 1]) {
        continue;
      }
      int slot = slot(matched[i]);
      for (int p = offsets[slot]; p < offsets[slot] + counts[slot]; p++) {
        if (owned == owners.length) {
          owners = Arrays.copyOf(owners, owned * 2);
        }
        owners[owned++] = postings[p];
      }
    }
    Arrays.sort(owners, 0, owned);
    List<ContaminationHit> hits = new ArrayList<>();
    int start = 0;
    while (start < owned) {
      int end = start;
      while (end < owned && owners[end] == owners[start]) {
        end++;
      }
      hits.add(new ContaminationHit(owners[start], end - start));
      start = end;
    }
    return hits;
  }

  private void put(long key, int offset, int count) {
    int slot = (int) key & mask;
    while (counts[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    offsets[slot] = offset;
    counts[slot] = count;
    int bit = (int) (key >>> 40) & filterMask;
    filter[bit >>> 6] |= 1L << bit;
  }

  private int slot(long key) {
    int slot = (int) key & mask;
    while (counts[slot] != 0) {
      if (keys[slot] == key) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  public static Builder builder(int ngramWords) {
    return new Builder(ngramWords);
  }

  /** Collects the evaluation items' n-grams. */
  public static final class Builder {
    private final int ngramWords;
    private final List<EvaluationItem> items = new ArrayList<>();
    private final List<Integer> tooShort = new ArrayList<>();
    private long[] hashes = new long[1024];
    private int[] owners = new int[1024];
    private int size;

    private Builder(int ngramWords) {
      if (ngramWords < 1) {
        throw new IllegalArgumentException("Cannot index n-grams of " + ngramWords + " words");
      }
      this.ngramWords = ngramWords;
    }

    /** Adds one item and its word hashes. */
    public Builder add(EvaluationItem item, long[] words) {
      int index = items.size();
      items.add(item);
      if (words.length < ngramWords) {
        tooShort.add(index);
        return this;
      }
      for (long ngram : Shingles.hashes(words, ngramWords)) {
        if (size == hashes.length) {
          hashes = Arrays.copyOf(hashes, size * 2);
          owners = Arrays.copyOf(owners, size * 2);
        }
        hashes[size] = ngram;
        owners[size] = index;
        size++;
      }
      return this;
    }

    public NgramIndex build() {
      // Sort (hash, item) pairs by hash then item, dropping repeats: postings come out sorted.
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int byHash = Long.compare(hashes[a], hashes[b]);
        return byHash != 0 ? byHash : Integer.compare(owners[a], owners[b]);
      });
      long[] sortedHashes = new long[size];
      int[] sortedItems = new int[size];
      int kept = 0;
      for (int i = 0; i < size; i++) {
        long hash = hashes[order[i]];
        int owner = owners[order[i]];
        if (kept > 0 && sortedHashes[kept - 1] == hash && sortedItems[kept - 1] == owner) {
          continue;
        }
        sortedHashes[kept] = hash;
        sortedItems[kept] = owner;
        kept++;
      }
      return new NgramIndex(ngramWords, items,
          tooShort.stream().mapToInt(Integer::intValue).toArray(),
          Arrays.copyOf(sortedHashes, kept), Arrays.copyOf(sortedItems, kept));
    }
  }
}
