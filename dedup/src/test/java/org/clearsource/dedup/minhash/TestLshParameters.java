package org.clearsource.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestLshParameters {

  @Test
  void defaultsFavourRecallAtTheThreshold() {
    LshParameters lsh = LshParameters.optimal(0.8, 128);
    assertThat(lsh).isEqualTo(new LshParameters(22, 5));
    assertThat(lsh.candidateProbability(0.8)).isGreaterThan(0.9998);
    assertThat(lsh.candidateProbability(0.5)).isCloseTo(0.503, within(0.001));
    assertThat(lsh.candidateProbability(0.3)).isLessThan(0.06);
    // More recall than MLlib's 5 OR-ed hash tables, whose missed area is 0.2^6 / 6.
    assertThat(lsh.falseNegativeArea(0.8)).isLessThan(Math.pow(0.2, 6) / 6);
    assertThat(LshParameters.optimal(0.8, 128, 0.05, 0.95)).isEqualTo(new LshParameters(16, 8));
  }

  @Test
  void equalWeightsGiveTheClassicRecipe() {
    // The b x r of datasketch's MinHashLSH for threshold 0.8 and 128 permutations.
    assertThat(LshParameters.optimal(0.8, 128, 0.5, 0.5)).isEqualTo(new LshParameters(9, 13));
  }

  @Test
  void areasMatchAnIndependentIntegration() {
    // scipy.integrate.quad on the same S-curve.
    LshParameters lsh = new LshParameters(16, 8);
    assertThat(lsh.falsePositiveArea(0.8)).isCloseTo(0.1382535677416147, within(1e-9));
    assertThat(lsh.falseNegativeArea(0.8)).isCloseTo(0.0012839262767589672, within(1e-9));
  }

  @Test
  void aBandKeyChangesWithAnyValueOfTheBandAndWithTheBandIndex() {
    MinHashParameters parameters = new MinHashParameters(1, 4, 1);
    MinHasher hasher = new MinHasher(parameters);
    LshParameters lsh = new LshParameters(2, 2);
    MinHashSignature a = hasher.signature(new long[] {1, 2, 3});
    MinHashSignature same = hasher.signature(new long[] {3, 2, 1, 1});
    assertThat(lsh.bandKeys(same)).containsExactly(lsh.bandKeys(a));
    MinHashSignature other = hasher.signature(new long[] {4, 5, 6});
    assertThat(lsh.bandKey(other, 0)).isNotEqualTo(lsh.bandKey(a, 0));
    assertThat(lsh.bandKey(a, 0)).isNotEqualTo(lsh.bandKey(a, 1));
  }

  @Test
  void preconditionsSpeakToTheUser() {
    assertThatThrownBy(() -> LshParameters.optimal(1.0, 128))
        .hasMessageStartingWith("Cannot choose bands for a Jaccard threshold of 1.0");
    assertThatThrownBy(() -> new LshParameters(0, 8))
        .hasMessageStartingWith("Cannot band signatures into 0 bands");
    MinHashSignature small = new MinHasher(new MinHashParameters(1, 8, 1))
        .signature(new long[] {1});
    assertThatThrownBy(() -> new LshParameters(3, 3).bandKey(small, 0))
        .hasMessageStartingWith("Cannot take 3 bands of 3 rows from a signature of 8 values");
  }
}
