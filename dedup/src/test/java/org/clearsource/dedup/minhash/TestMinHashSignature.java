package org.clearsource.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.clearsource.core.ClearsourceException;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;
import org.junit.jupiter.api.Test;

class TestMinHashSignature {

  static final MinHashParameters DEFAULTS = new MinHashParameters(42, 128, 5);
  static final String FOX =
      "The quick brown fox jumps over the lazy dog, twice: the quick brown fox.";

  static MinHashSignature sign(MinHashParameters parameters, String text) {
    long[] words = new TextScanner(ExactMatch.CASE_SENSITIVE).scan(text).words();
    return new MinHasher(parameters).signature(words);
  }

  /** Word hashes of two sets with {@code shared} common and {@code own} own shingles each. */
  static long[][] overlapping(SplittableRandom random, int shared, int own) {
    long[] a = new long[shared + own];
    long[] b = new long[shared + own];
    for (int i = 0; i < shared; i++) {
      a[i] = b[i] = random.nextLong();
    }
    for (int i = shared; i < shared + own; i++) {
      a[i] = random.nextLong();
      b[i] = random.nextLong();
    }
    return new long[][] {a, b};
  }

  @Test
  void pinsTheSchemeSoThatAChangeMustBumpItsVersion() {
    MinHashSignature signature = sign(DEFAULTS, FOX);
    assertThat(Long.toHexString(DEFAULTS.fingerprint())).isEqualTo("c0340411832cf61");
    assertThat(signature.value(0)).isEqualTo(234666315);
    assertThat(signature.value(1)).isEqualTo(1765398520);
    assertThat(signature.value(2)).isEqualTo(335081558);
    assertThat(signature.value(3)).isEqualTo(617991488);
    for (int i = 0; i < signature.size(); i++) {
      assertThat(signature.value(i)).as("31-bit values").isNotNegative();
    }
  }

  @Test
  void serializedFormCarriesTheParametersFingerprint() {
    MinHashSignature signature = sign(DEFAULTS, FOX);
    byte[] bytes = signature.serialize();
    assertThat(bytes).hasSize(16 + 4 * 128);
    assertThat(Arrays.copyOf(bytes, 4)).containsExactly('C', 'M', 1, 0);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    assertThat(buffer.getLong(4)).isEqualTo(DEFAULTS.fingerprint());
    assertThat(buffer.getInt(12)).isEqualTo(128);
    assertThat(MinHashSignature.deserialize(bytes, DEFAULTS)).isEqualTo(signature);
  }

  @Test
  void refusesToReadASignatureMadeWithOtherParameters() {
    byte[] bytes = sign(DEFAULTS, FOX).serialize();
    for (MinHashParameters other : new MinHashParameters[] {
        new MinHashParameters(43, 128, 5), new MinHashParameters(42, 128, 4)}) {
      assertThatThrownBy(() -> MinHashSignature.deserialize(bytes, other))
          .isInstanceOf(ClearsourceException.class)
          .hasMessageContaining("Cannot use a MinHash signature made with other parameters")
          .hasMessageContaining(other.describe());
    }
    assertThatThrownBy(() -> MinHashSignature.deserialize(new byte[] {1, 2, 3}, DEFAULTS))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageStartingWith("Cannot read a MinHash signature");
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 4);
    assertThatThrownBy(() -> MinHashSignature.deserialize(truncated, DEFAULTS))
        .hasMessageContaining("its header announces 128 values");
    byte[] future = bytes.clone();
    future[2] = 2;
    assertThatThrownBy(() -> MinHashSignature.deserialize(future, DEFAULTS))
        .hasMessageContaining("format version 2");
  }

  @Test
  void refusesToCompareWithOtherParameters() {
    MinHashSignature ours = sign(DEFAULTS, FOX);
    MinHashSignature theirs = sign(new MinHashParameters(7, 128, 5), FOX);
    assertThatThrownBy(() -> ours.estimateJaccard(theirs))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageStartingWith("Cannot compare MinHash signatures made with seed 42");
  }

  @Test
  void estimatesAreUnbiasedWithTheBinomialSpread() {
    MinHashParameters single = new MinHashParameters(5, 128, 1);
    MinHasher hasher = new MinHasher(single);
    SplittableRandom random = new SplittableRandom(17);
    int trials = 300;
    double sum = 0;
    double squares = 0;
    for (int trial = 0; trial < trials; trial++) {
      long[][] sets = overlapping(random, 600, 75); // J = 600 / 750 = 0.8
      double estimate = hasher.signature(sets[0])
          .estimateJaccard(hasher.signature(sets[1]));
      sum += estimate;
      squares += estimate * estimate;
    }
    double mean = sum / trials;
    double deviation = Math.sqrt(squares / trials - mean * mean);
    assertThat(mean).isCloseTo(0.8, org.assertj.core.api.Assertions.within(0.01));
    // sqrt(0.8 * 0.2 / 128) = 0.0354
    assertThat(deviation).isBetween(0.028, 0.043);
  }

  @Test
  void aShortTextFillsEveryValueFromItsOwnShingles() {
    // 3 shingles for 128 values: most bins are empty and borrow, always from a filled bin.
    MinHasher hasher = new MinHasher(DEFAULTS);
    long[] words = new SplittableRandom(8).longs(7).toArray();
    MinHashSignature signature = hasher.signature(words);
    java.util.Set<Integer> own = new java.util.HashSet<>();
    for (int token : Shingles.tokenSet(words, 5)) {
      own.add(hasher.signature(new int[] {token}).value(0));
    }
    assertThat(own).hasSize(3);
    for (int i = 0; i < signature.size(); i++) {
      assertThat(own).contains(signature.value(i));
    }
    assertThat(hasher.signature(words.clone())).isEqualTo(signature);
  }

  @Test
  void estimatesStayUnbiasedForTextsShorterThanTheSignature() {
    // 30 shingles in 128 bins: densification must not bias the estimate.
    MinHasher hasher = new MinHasher(new MinHashParameters(11, 128, 1));
    SplittableRandom random = new SplittableRandom(23);
    int trials = 400;
    double sum = 0;
    for (int trial = 0; trial < trials; trial++) {
      long[][] sets = overlapping(random, 24, 6); // J = 24 / 36 = 0.667
      sum += hasher.signature(sets[0]).estimateJaccard(hasher.signature(sets[1]));
    }
    assertThat(sum / trials).isCloseTo(24.0 / 36, org.assertj.core.api.Assertions.within(0.03));
  }

  @Test
  void signaturesEstimateTheJaccardOfTheShingleTokenSets() {
    // MinHasher hashes shingles on the fly; they must be the shingles Shingles.tokenSet compares.
    MinHasher hasher = new MinHasher(new MinHashParameters(3, 2048, 5));
    SplittableRandom random = new SplittableRandom(4);
    for (int trial = 0; trial < 10; trial++) {
      long[] a = random.longs(300).toArray();
      long[] b = a.clone();
      for (int edit = random.nextInt(20); edit > 0; edit--) {
        b[random.nextInt(b.length)] = random.nextLong();
      }
      double exact = Jaccard.exact(Shingles.tokenSet(a, 5), Shingles.tokenSet(b, 5));
      assertThat(hasher.signature(a).estimateJaccard(hasher.signature(b)))
          .isCloseTo(exact, org.assertj.core.api.Assertions.within(0.05));
    }
  }

  @Test
  void aTextWithoutWordsHasNoSignature() {
    assertThatThrownBy(() -> new MinHasher(DEFAULTS).signature(new long[0]))
        .hasMessageStartingWith("Cannot compute a MinHash signature of a text without words");
  }

  @Test
  void parametersAreChecked() {
    assertThatThrownBy(() -> new MinHashParameters(1, 0, 5))
        .hasMessageStartingWith("Cannot use 0 MinHash permutations");
    assertThatThrownBy(() -> new MinHashParameters(1, 128, 0))
        .hasMessageStartingWith("Cannot build shingles of 0 words");
  }
}
