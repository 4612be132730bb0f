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
  void radixSortOrdersLikeArraysSort() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int length : new int[] {0, 1, 63, 64, 65, 700, 5000}) {
      int[] values = random.ints(length).toArray();
      // Extremes and repeats, where a sign or digit slip would show.
      if (length > 3) {
        values[0] = Integer.MIN_VALUE;
        values[1] = Integer.MAX_VALUE;
        values[2] = 0;
        values[3] = values[length - 1];
      }
      int[] expected = values.clone();
      java.util.Arrays.sort(expected);
      Shingles.sort(values);
      assertThat(values).as("length " + length).containsExactly(expected);
    }
  }

  @Test
  void tokensKeepTextOrderAndRepeats() {
    long[] words = {1, 2, 1, 2, 1, 2, 3};
    int[] tokens = Shingles.tokens(words, 2);
    assertThat(tokens).hasSize(6);
    assertThat(tokens[0]).isEqualTo(tokens[2]).isEqualTo(tokens[4]);
    assertThat(Shingles.sortedSet(tokens.clone())).containsExactly(Shingles.tokenSet(words, 2));
  }

  @Test
  void widthMustBePositive() {
    assertThatThrownBy(() -> Shingles.hashes(SEVEN, 0))
        .hasMessageStartingWith("Cannot build shingles of 0 words");
  }
}
