package org.clearsource.dedup.text;

/**
 * MurmurHash3 x64 128-bit (Austin Appleby's reference, public domain) and its 64-bit finalizer.
 * Chosen because anyone can recompute our exact hashes with a standard tool: Guava's {@code
 * Hashing.murmur3_128()} and Python's {@code mmh3.hash_bytes} give the same bytes.
 */
public final class Murmur3 {

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  /** The 128-bit hash of {@code length} bytes of {@code data} from {@code offset}, seed 0. */
  public static ExactHash hash128(byte[] data, int offset, int length) {
    long h1 = 0;
    long h2 = 0;
    int blocks = length / 16;
    for (int block = 0; block < blocks; block++) {
      int at = offset + block * 16;
      long k1 = littleEndianLong(data, at);
      long k2 = littleEndianLong(data, at + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = offset + blocks * 16;
    int rest = length & 15;
    long k1 = 0;
    long k2 = 0;
    for (int i = rest - 1; i >= 8; i--) {
      k2 ^= (long) (data[tail + i] & 0xff) << ((i - 8) * 8);
    }
    for (int i = Math.min(rest, 8) - 1; i >= 0; i--) {
      k1 ^= (long) (data[tail + i] & 0xff) << (i * 8);
    }
    if (rest > 8) {
      h2 ^= mixK2(k2);
    }
    if (rest > 0) {
      h1 ^= mixK1(k1);
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    return new ExactHash(h1, h2);
  }

  /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output. */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  private static long mixK1(long k1) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    return k1 * C2;
  }

  private static long mixK2(long k2) {
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    return k2 * C1;
  }

  private static long littleEndianLong(byte[] data, int at) {
    return (data[at] & 0xffL)
        | (data[at + 1] & 0xffL) << 8
        | (data[at + 2] & 0xffL) << 16
        | (data[at + 3] & 0xffL) << 24
        | (data[at + 4] & 0xffL) << 32
        | (data[at + 5] & 0xffL) << 40
        | (data[at + 6] & 0xffL) << 48
        | (data[at + 7] & 0xffL) << 56;
  }
}
