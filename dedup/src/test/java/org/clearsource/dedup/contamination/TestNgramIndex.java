package org.clearsource.dedup.contamination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;
import org.junit.jupiter.api.Test;

class TestNgramIndex {

  static final TextScanner SCANNER = new TextScanner(ExactMatch.CASE_SENSITIVE);
  static final String PASSAGE = "the committee measured the temperature of the northern river"
      + " every morning during the dry season of nineteen";

  static long[] words(String text) {
    return SCANNER.scan(text).words();
  }

  static NgramIndex index() {
    return NgramIndex.builder(13)
        .add(new EvaluationItem("qa", "d1", "qa-1"), words("Question: " + PASSAGE + " ninety?"))
        .add(new EvaluationItem("qa", "d2", "qa-2"), words("Too short to check."))
        .add(new EvaluationItem("mc", "d3", null), words(PASSAGE))
        .build();
  }

  @Test
  void findsTheItemsADocumentQuotesWithTheSharedNgrams() {
    NgramIndex index = index();
    String quoting = "In the old report, The Committee measured the temperature of the northern"
        + " river every morning, during the dry season; nothing else.";
    List<ContaminationHit> hits = index.probe(words(quoting));
    // 15 quoted words give 3 thirteen-word n-grams; both items hold all three.
    assertThat(hits).containsExactly(new ContaminationHit(0, 3), new ContaminationHit(2, 3));
    assertThat(index.items().get(hits.get(0).item()).recordId()).isEqualTo("qa-1");
  }

  @Test
  void twelveSharedWordsAreNotEnough() {
    String twelve = "the committee measured the temperature of the northern river every morning"
        + " during";
    assertThat(words(twelve)).hasSize(12);
    assertThat(index().probe(words("Before " + twelve + " after"))).isEmpty();
  }

  @Test
  void shortItemsAreReportedAndUnrelatedTextsMiss() {
    NgramIndex index = index();
    assertThat(index.itemsTooShort()).containsExactly(1);
    assertThat(index.probe(words("A completely different text about mountains and lakes, with"
        + " more than thirteen words in it, so that it has n-grams to probe."))).isEmpty();
    assertThat(NgramIndex.builder(13).add(new EvaluationItem("x", "y", null), words("tiny"))
        .build().isEmpty()).isTrue();
  }
}
