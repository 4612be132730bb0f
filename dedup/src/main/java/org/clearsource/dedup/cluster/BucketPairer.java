package org.clearsource.dedup.cluster;

import java.util.Objects;

/**
 * Turns LSH buckets into candidate pairs, streaming: feed it (bucket key, member) records sorted
 * by key, then member, and it emits each bucket's pairs as soon as they are known.
 *
 * <p>A bucket of up to {@code allPairsLimit} members gives all its pairs. A larger bucket (thousands
 * of copies of one boilerplate page share every band) would give millions, so it gives instead a
 * <em>star</em> from its smallest member to every other, plus a <em>chain</em> between members
 * that follow each other: 2(m - 1) pairs for m members, each verified like any other. Members that
 * fail verification against the star's centre still meet their neighbours in the chain, and their
 * other bands. Members are document indexes in the representative order, so the centre is the
 * bucket's best representative and the pairs are the same however the input was partitioned.
 *
 * <p>Holds at most {@code allPairsLimit} members in memory, whatever the bucket size.
 */
public final class BucketPairer {

  private final int allPairsLimit;
  private final PairSink sink;
  private final long[] members;
  private boolean started;
  private long key;
  private int size;
  private long bucketSize;
  private long first;
  private long previous;
  private long buckets;
  private long oversizedBuckets;
  private long largestBucket;
  private long pairs;

  /**
   * @param allPairsLimit largest bucket whose pairs are all emitted, at least 2
   * @param sink receives the pairs
   */
  public BucketPairer(int allPairsLimit, PairSink sink) {
    if (allPairsLimit < 2) {
      throw new IllegalArgumentException(
          "Cannot pair buckets with an all-pairs limit of " + allPairsLimit + ": use at least 2");
    }
    this.allPairsLimit = allPairsLimit;
    this.sink = Objects.requireNonNull(sink, "Cannot pair buckets without a sink");
    this.members = new long[allPairsLimit];
  }

  /**
   * Adds one member of one bucket.
   *
   * @throws IllegalStateException when records arrive out of (key, member) order
   */
  public void add(long bucketKey, long member) {
    if (!started || bucketKey != key) {
      closeBucket();
      started = true;
      key = bucketKey;
      size = 0;
      bucketSize = 0;
    } else if (member <= previous) {
      if (member == previous) {
        return;
      }
      throw new IllegalStateException("Cannot pair bucket members out of order: " + member
          + " after " + previous + " in bucket " + bucketKey);
    }
    bucketSize++;
    if (bucketSize <= allPairsLimit) {
      members[size++] = member;
    } else {
      if (bucketSize == allPairsLimit + 1) {
        first = members[0];
        for (int i = 1; i < size; i++) {
          emit(first, members[i]);
          if (i > 1) {
            emit(members[i - 1], members[i]);
          }
        }
      }
      emit(first, member);
      emit(previous, member);
    }
    previous = member;
  }

  /** Closes the last bucket; call once after the last record. */
  public void finish() {
    closeBucket();
    started = false;
  }

  private void closeBucket() {
    if (!started) {
      return;
    }
    buckets++;
    largestBucket = Math.max(largestBucket, bucketSize);
    if (bucketSize > allPairsLimit) {
      oversizedBuckets++;
      return;
    }
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        emit(members[i], members[j]);
      }
    }
  }

  private void emit(long smaller, long larger) {
    pairs++;
    sink.pair(smaller, larger);
  }

  /** Buckets closed so far. */
  public long buckets() {
    return buckets;
  }

  /** Buckets larger than the all-pairs limit, paired as a star and a chain. */
  public long oversizedBuckets() {
    return oversizedBuckets;
  }

  public long largestBucket() {
    return largestBucket;
  }

  /** Pairs emitted so far (a pair found in several bands is emitted once per band). */
  public long pairs() {
    return pairs;
  }
}
