/**
 * Text normalization and the 128-bit exact hash: one pass over a document's code points gives both
 * the exact hash (of the NFC text with whitespace collapsed, optionally case-folded) and the
 * hashes of its words, from which shingles and n-grams are built.
 */
package org.clearsource.dedup.text;
