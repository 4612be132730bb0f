package org.clearsource.dedup.text;

/**
 * What one pass over a document gives: its exact hash and the hashes of its words, in order.
 *
 * @param exactHash the 128-bit hash of the normalized text
 * @param words 64-bit hashes of the case-folded words (see {@link TextScanner}); empty when the
 *     text has no letters or digits
 */
public record ScannedText(ExactHash exactHash, long[] words) {}
