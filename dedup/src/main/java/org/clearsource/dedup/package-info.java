/**
 * Exact and near-duplicate detection, and the contamination check against evaluation sets.
 *
 * <p>The algorithms are plain Java, one package per family: {@link org.clearsource.dedup.text}
 * (normalization and the exact hash), {@link org.clearsource.dedup.minhash} (shingles, MinHash
 * signatures, LSH banding), {@link org.clearsource.dedup.cluster} (candidate pairs from buckets,
 * connected components, the representative rule), {@link org.clearsource.dedup.contamination}
 * (long n-gram overlap) and {@link org.clearsource.dedup.quality} (the generator and brute-force
 * oracle that measure precision and recall). Only {@link org.clearsource.dedup.spark} imports Spark;
 * it moves data around these classes. docs/dedup.md explains the method and its parameters.
 */
package org.clearsource.dedup;
