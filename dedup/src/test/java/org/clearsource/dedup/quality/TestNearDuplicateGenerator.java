package org.clearsource.dedup.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.clearsource.dedup.minhash.Jaccard;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.quality.NearDuplicateGenerator.EditKind;
import org.clearsource.dedup.quality.NearDuplicateGenerator.EditedCopy;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;
import org.junit.jupiter.api.Test;

class TestNearDuplicateGenerator {

  static final SyntheticText TEXT = SyntheticText.standard();
  static final TextScanner SCANNER = new TextScanner(ExactMatch.CASE_SENSITIVE);

  static int[] tokens(String text) {
    return Shingles.tokenSet(SCANNER.scan(text).words(), 5);
  }

  @Test
  void theSameSeedGivesTheSameText() {
    assertThat(TEXT.document(new SplittableRandom(5), 3).render())
        .isEqualTo(TEXT.document(new SplittableRandom(5), 3).render())
        .isNotEqualTo(TEXT.document(new SplittableRandom(6), 3).render());
  }

  @Test
  void unrelatedDocumentsShareAlmostNoShingles() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 50; i++) {
      assertThat(Jaccard.exact(tokens(TEXT.document(random, 3).render()),
          tokens(TEXT.document(random, 3).render()))).isLessThan(0.05);
    }
  }

  @Test
  void reformattingKeepsTheExactHash() {
    String text = TEXT.document(new SplittableRandom(2), 4).render();
    String reformatted = NearDuplicateGenerator.reformat(text, new SplittableRandom(3));
    assertThat(reformatted).isNotEqualTo(text);
    assertThat(SCANNER.scan(reformatted).exactHash()).isEqualTo(SCANNER.scan(text).exactHash());
  }

  @Test
  void editsLandNearTheSimilarityAimedAt() {
    NearDuplicateGenerator generator = new NearDuplicateGenerator(TEXT);
    SplittableRandom random = new SplittableRandom(4);
    double error = 0;
    int trials = 100;
    for (int i = 0; i < trials; i++) {
      Prose original = TEXT.document(random, 4);
      double target = 0.6 + 0.4 * random.nextDouble();
      EditedCopy copy = generator.edit(original,
          NearDuplicateGenerator.editsFor(original.words(), target, 5), random);
      assertThat(copy.edits()).allSatisfy(edit -> assertThat(edit.kind()).isNotNull());
      error += Math.abs(Jaccard.exact(tokens(original.render()), tokens(copy.text())) - target);
    }
    assertThat(error / trials).isLessThan(0.08);
  }

  @Test
  void everyKindOfEditHappens() {
    NearDuplicateGenerator generator = new NearDuplicateGenerator(TEXT);
    SplittableRandom random = new SplittableRandom(9);
    java.util.Set<EditKind> seen = java.util.EnumSet.noneOf(EditKind.class);
    for (int i = 0; i < 60; i++) {
      generator.edit(TEXT.document(random, 3), 10, random).edits()
          .forEach(edit -> seen.add(edit.kind()));
    }
    assertThat(seen).containsExactlyInAnyOrder(EditKind.values());
  }
}
