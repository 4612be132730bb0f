package org.clearsource.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestJaccard {

  @Test
  void sharedOverUnion() {
    assertThat(Jaccard.exact(new int[] {1, 2, 3, 4}, new int[] {3, 4, 5})).isEqualTo(2.0 / 5);
    assertThat(Jaccard.exact(new int[] {-5, 1}, new int[] {-5, 1})).isEqualTo(1.0);
    assertThat(Jaccard.exact(new int[] {1}, new int[] {2})).isZero();
    assertThat(Jaccard.exact(new int[0], new int[] {2})).isZero();
    assertThat(Jaccard.exact(new int[0], new int[0])).isEqualTo(1.0);
  }
}
