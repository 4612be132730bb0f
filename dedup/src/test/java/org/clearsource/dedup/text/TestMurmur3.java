package org.clearsource.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestMurmur3 {

  @Test
  void agreesWithGuavaOnEveryTailLength() {
    SplittableRandom random = new SplittableRandom(3);
    for (int length = 0; length <= 80; length++) {
      byte[] data = new byte[length + 5];
      random.nextBytes(data);
      byte[] slice = java.util.Arrays.copyOfRange(data, 3, 3 + length);
      assertThat(Murmur3.hash128(data, 3, length).hex())
          .as("length %d", length)
          .isEqualTo(Hashing.murmur3_128().hashBytes(slice).toString());
    }
  }

  @Test
  void pinsTheHashOfAKnownText() {
    // Also checked with an independent Python implementation of MurmurHash3 x64 128.
    byte[] text = "The quick brown fox jumps over the lazy dog, twice: the quick brown fox."
        .getBytes(StandardCharsets.UTF_8);
    assertThat(Murmur3.hash128(text, 0, text.length).hex())
        .isEqualTo("0a70a6cdc6d9ff4609136b1cdb988a7f");
  }

  @Test
  void hexRoundTrips() {
    ExactHash hash = new ExactHash(0x0123456789abcdefL, -2L);
    assertThat(ExactHash.fromHex(hash.hex())).isEqualTo(hash);
    assertThat(hash.hex()).hasSize(32).startsWith("efcdab8967452301");
  }
}
