package org.clearsource.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestTextScanner {

  final TextScanner sensitive = new TextScanner(ExactMatch.CASE_SENSITIVE);
  final TextScanner insensitive = new TextScanner(ExactMatch.CASE_INSENSITIVE);

  @Test
  void composedAndDecomposedAccentsAreTheSameText() {
    ScannedText composed = sensitive.scan("Caf\u00e9 au lait");
    ScannedText decomposed = sensitive.scan("Cafe\u0301 au lait");
    assertThat(decomposed.exactHash()).isEqualTo(composed.exactHash());
    assertThat(decomposed.words()).containsExactly(composed.words());
  }

  @Test
  void whiteSpaceRunsCollapseAndEndsAreTrimmed() {
    ExactHash plain = sensitive.scan("one two three").exactHash();
    assertThat(sensitive.scan("  one\t\ttwo\n\nthree \r\n").exactHash()).isEqualTo(plain);
    assertThat(sensitive.scan("one\u00a0two\u2003three").exactHash()).isEqualTo(plain);
    assertThat(sensitive.scan("one twothree").exactHash()).isNotEqualTo(plain);
  }

  @Test
  void caseMattersToTheExactHashOnlyWhenAsked() {
    assertThat(sensitive.scan("The River").exactHash())
        .isNotEqualTo(sensitive.scan("the river").exactHash());
    assertThat(insensitive.scan("The River").exactHash())
        .isEqualTo(insensitive.scan("the river").exactHash());
    assertThat(insensitive.scan("\u039b\u039f\u0393\u039f\u03a3").exactHash())
        .isEqualTo(insensitive.scan("\u03bb\u03bf\u03b3\u03bf\u03c2").exactHash());
    assertThat(sensitive.scan("The River").words()).containsExactly(
        insensitive.scan("the river").words());
  }

  @Test
  void theExactHashIsMurmur3OfTheNormalizedUtf8() {
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "aZ \t\n\u00e9e\u0301\u00a0\u4e1c\u00df\uD83D\uDE00.,";
    for (int trial = 0; trial < 300; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (trial % 10 == 0) {
        text.append('\uD800'); // a lone surrogate
      }
      for (TextScanner scanner : new TextScanner[] {sensitive, insensitive}) {
        byte[] utf8 = scanner.normalize(text.toString()).getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(text.toString()).exactHash())
            .as("'%s'", text)
            .isEqualTo(Murmur3.hash128(utf8, 0, utf8.length));
      }
    }
  }

  @Test
  void wordsIgnorePunctuationAndCase() {
    assertThat(sensitive.scan("Hello, WORLD! (again)").words())
        .containsExactly(sensitive.scan("hello world again").words());
    assertThat(sensitive.scan("it's 2024").words()).hasSize(3);
    assertThat(sensitive.scan("... --- !!!").words()).isEmpty();
    assertThat(sensitive.scan("").words()).isEmpty();
  }

  @Test
  void scriptsWithoutSpacesGiveOneWordPerCharacter() {
    assertThat(sensitive.scan("\u6771\u4eac\u90fd\u306b\u4f4f\u3080").words()).hasSize(6);
    assertThat(sensitive.scan("\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35").words()).hasSize(6);
    assertThat(sensitive.scan("Tokyo \u6771\u4eac").words()).hasSize(3);
  }

  @Test
  void scannerBuffersGrowForLongTexts() {
    String longText = "word ".repeat(100_000);
    assertThat(sensitive.scan(longText).words()).hasSize(100_000);
    assertThat(sensitive.scan("short").words()).hasSize(1);
  }
}
