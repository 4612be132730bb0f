/**
 * The quality harness: a generator of realistic synthetic text and of near-duplicate copies with
 * known edits ({@link org.clearsource.dedup.quality.SyntheticText}, {@link
 * org.clearsource.dedup.quality.NearDuplicateGenerator}), the brute-force exact Jaccard oracle
 * ({@link org.clearsource.dedup.quality.BruteForceJaccard}), an in-memory run of the same MinHash,
 * banding, bucket and verification classes the Spark stage uses ({@link
 * org.clearsource.dedup.quality.NearDuplicateSearch}), and {@link
 * org.clearsource.dedup.quality.PairQuality} to score one against the other. The tests and the
 * benchmark measure precision and recall with them.
 */
package org.clearsource.dedup.quality;
