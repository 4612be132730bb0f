/**
 * MinHash-LSH over word shingles, in plain Java: {@link org.clearsource.dedup.minhash.Shingles}
 * (word n-grams hashed to 64 bits), {@link org.clearsource.dedup.minhash.MinHasher} and {@link
 * org.clearsource.dedup.minhash.MinHashSignature} (k values by one-permutation hashing from one
 * seed; a serialized signature carries a fingerprint of its parameters and refuses to meet
 * another's), {@link
 * org.clearsource.dedup.minhash.LshParameters} (bands x rows chosen from a Jaccard threshold by
 * the weighted false-positive and false-negative areas of the S-curve) and {@link
 * org.clearsource.dedup.minhash.Jaccard} (exact similarity of two shingle sets).
 */
package org.clearsource.dedup.minhash;
