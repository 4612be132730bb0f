package org.clearsource.dedup.cluster;

/** Receives pairs of document indexes, the smaller first. */
@FunctionalInterface
public interface PairSink {
  void pair(long smaller, long larger);
}
