package org.clearsource.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestShingles {

  static final long[] SEVEN = {1, 2, 3, 4, 5, 6, 7};

  @Test
  void aTextOfMWordsHasMMinusNPlusOneShingles() {
    assertThat(Shingles.hashes(SEVEN, 5)).hasSize(3);
    assertThat(Shingles.hashes(SEVEN, 1)).hasSize(7);
    assertThat(Shingles.hashes(SEVEN, 7)).hasSize(1);
  }

  @Test
  void aShortTextIsOneShingleAndAnEmptyOneNone() {
    assertThat(Shingles.hashes(new long[] {1, 2}, 5)).hasSize(1);
    assertThat(Shingles.hashes(new long[0], 5)).isEmpty();
  }

  @Test
  void wordOrderMatters() {
    assertThat(Shingles.hashes(new long[] {1, 2, 3}, 3)[0])
        .isNotEqualTo(Shingles.hashes(new long[] {3, 2, 1}, 3)[0]);
    long[] shifted = Shingles.hashes(new long[] {9, 1, 2, 3, 4, 5}, 5);
    assertThat(shifted[1]).isEqualTo(Shingles.hashes(new long[] {1, 2, 3, 4, 5}, 5)[0]);
  }

  @Test
  void tokenSetsAreSortedWithoutRepeats() {
    int[] tokens = Shingles.tokenSet(new long[] {1, 2, 1, 2, 1, 2, 3}, 2);
    assertThat(tokens).hasSize(3).isSorted();
  }

  @Test
  void widthMustBePositive() {
    assertThatThrownBy(() -> Shingles.hashes(SEVEN, 0))
        .hasMessageStartingWith("Cannot build shingles of 0 words");
  }
}
