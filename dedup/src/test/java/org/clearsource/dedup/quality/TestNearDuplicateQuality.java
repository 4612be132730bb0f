package org.clearsource.dedup.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.clearsource.dedup.minhash.LshParameters;
import org.clearsource.dedup.minhash.MinHashParameters;
import org.clearsource.dedup.minhash.MinHasher;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.minhash.Verification;
import org.clearsource.dedup.quality.NearDuplicateGenerator.EditedCopy;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality targets, measured against the brute-force oracle: for pairs with Jaccard at
 * least 0.8, recall >= 0.95 and precision >= 0.98 after verification, with the stage's defaults.
 */
class TestNearDuplicateQuality {

  static final double THRESHOLD = 0.8;
  static final MinHashParameters PARAMETERS = new MinHashParameters(42, 128, 5);

  static List<String> texts;
  static List<SimilarPair> truth;

  @BeforeAll
  static void generateAndMeasure() {
    SyntheticText synthetic = SyntheticText.standard();
    NearDuplicateGenerator generator = new NearDuplicateGenerator(synthetic);
    SplittableRandom random = new SplittableRandom(20261101);
    texts = new ArrayList<>();
    for (int original = 0; original < 800; original++) {
      Prose prose = synthetic.document(random, 1 + random.nextInt(6));
      texts.add(prose.render());
      if (original < 500) {
        // Aim evenly over [0.55, 1): as many pairs just below the threshold as just above.
        double target = 0.55 + 0.45 * random.nextDouble();
        EditedCopy copy = generator.edit(prose,
            NearDuplicateGenerator.editsFor(prose.words(), target, 5), random);
        texts.add(copy.text());
        if (original < 100) {
          texts.add(generator.edit(copy.prose(), 1 + random.nextInt(4), random).text());
        }
      } else if (original < 560) {
        texts.add(NearDuplicateGenerator.reformat(prose.render(), random));
      }
    }
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    List<int[]> tokenSets = new ArrayList<>();
    for (String text : texts) {
      tokenSets.add(Shingles.tokenSet(scanner.scan(text).words(), 5));
    }
    truth = BruteForceJaccard.pairsAtLeast(tokenSets, THRESHOLD);
    List<SimilarPair> justBelow = BruteForceJaccard.pairsAtLeast(tokenSets, 0.7);
    System.out.printf("quality corpus: %d documents, %d pairs >= %.2f, %d in [0.7, 0.8)%n",
        texts.size(), truth.size(), THRESHOLD, justBelow.size() - truth.size());
  }

  static PairQuality measure(Verification verification) {
    NearDuplicateSearch search = new NearDuplicateSearch(new MinHasher(PARAMETERS),
        LshParameters.optimal(THRESHOLD, PARAMETERS.permutations()), THRESHOLD, verification, 32);
    NearDuplicateSearch.Result result = search.search(texts);
    PairQuality quality = PairQuality.of(result.verified(), truth);
    System.out.printf("%s verification: %d candidates, %s%n", verification, result.candidates(),
        quality);
    return quality;
  }

  @Test
  void theCorpusHasPairsOnBothSidesOfTheThreshold() {
    assertThat(truth).hasSizeGreaterThan(250);
    assertThat(truth.stream().filter(pair -> pair.jaccard() < 0.85)).hasSizeGreaterThan(40);
  }

  @Test
  void exactVerificationMeetsTheTargets() {
    PairQuality quality = measure(Verification.EXACT);
    assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(quality.precision()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void estimatedVerificationTradesAccuracyNearTheThreshold() {
    PairQuality quality = measure(Verification.ESTIMATED);
    assertThat(quality.recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(quality.precision()).isGreaterThanOrEqualTo(0.85);
  }
}
