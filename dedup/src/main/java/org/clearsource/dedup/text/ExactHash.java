package org.clearsource.dedup.text;

import java.util.HexFormat;

/**
 * The 128-bit MurmurHash3 of a document's normalized text: two documents with the same hash are
 * exact duplicates. {@link #hex()} is the form the tables show.
 *
 * @param h1 the first 64 bits, as MurmurHash3 computes them
 * @param h2 the second 64 bits
 */
public record ExactHash(long h1, long h2) implements Comparable<ExactHash> {

  private static final HexFormat HEX = HexFormat.of();

  /**
   * 32 lower-case hex characters: the 16 bytes of h1 then h2, each little-endian, which is the byte
   * order of Guava's {@code HashCode} and Python's {@code mmh3.hash_bytes}.
   */
  public String hex() {
    return HEX.toHexDigits(Long.reverseBytes(h1)) + HEX.toHexDigits(Long.reverseBytes(h2));
  }

  /** Parses {@link #hex()}. */
  public static ExactHash fromHex(String hex) {
    if (hex == null || hex.length() != 32) {
      throw new IllegalArgumentException("Cannot parse an exact hash from '" + hex
          + "': expected 32 hex characters");
    }
    return new ExactHash(
        Long.reverseBytes(HexFormat.fromHexDigitsToLong(hex, 0, 16)),
        Long.reverseBytes(HexFormat.fromHexDigitsToLong(hex, 16, 32)));
  }

  @Override
  public int compareTo(ExactHash other) {
    int high = Long.compareUnsigned(h1, other.h1);
    return high != 0 ? high : Long.compareUnsigned(h2, other.h2);
  }

  @Override
  public String toString() {
    return hex();
  }
}
