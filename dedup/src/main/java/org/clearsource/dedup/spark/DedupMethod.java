package org.clearsource.dedup.spark;

/** How near-duplicate pairs are found; exact duplicates and clustering are the same for both. */
public enum DedupMethod {
  /**
   * Our MinHash-LSH: signatures computed once per document, banding through a shuffle of compact
   * (band key, document index) records, buckets paired by {@link
   * org.clearsource.dedup.cluster.BucketPairer}, candidates verified. The default.
   */
  MINHASH_LSH,
  /**
   * Spark MLlib's {@code MinHashLSH} and {@code approxSimilarityJoin} over the same shingle tokens
   * (as sparse vectors): the benchmark's baseline and a cross-check. MLlib's hash tables are
   * single hashes OR-ed together ({@link DedupSettings#mllibHashTables()} of them), and its join
   * verifies every candidate with the exact Jaccard distance of the two vectors.
   */
  MLLIB
}
