package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTokenizer {

  private static List<Long> words(String text) {
    TokenStream stream = Tokenizer.tokenize(text);
    List<Long> words = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      if (!stream.ignored(i)) {
        words.add(stream.word(i));
      }
    }
    return words;
  }

  @Test
  void ignoresCasePunctuationQuotesDashesAndCommentMarkers() {
    List<Long> plain = words("the Software is provided as is without warranty");
    assertThat(words("/*\n * THE SOFTWARE IS PROVIDED \u201cAS IS\u201d, WITHOUT WARRANTY\n */"))
        .isEqualTo(plain);
    assertThat(words("# The software is provided \"as-is\" -- without warranty;")).isEqualTo(plain);
    assertThat(words("<!-- the software\n// is provided 'as is' \u2014 without warranty -->"))
        .isEqualTo(plain);
  }

  @Test
  void foldsEquivalentSpellings() {
    assertThat(words("Licence licenced sublicence organisation https"))
        .isEqualTo(words("license licensed sublicense organization http"));
  }

  @Test
  void dropsListBulletsAtTheStartOfALine() {
    assertThat(words("1. Redistributions\n(b) of source\n  iv) must retain\n a. the notice"))
        .isEqualTo(words("Redistributions of source must retain the notice"));
    // A number inside a line is a word.
    assertThat(words("version 2.1 of the License")).hasSize(6);
  }

  @Test
  void keepsEachWordsSpan() {
    String text = "  Hello, W\u00f6rld-2024!";
    TokenStream stream = Tokenizer.tokenize(text);

    assertThat(stream.size()).isEqualTo(3);
    assertThat(text.substring(stream.start(1), stream.end(1))).isEqualTo("W\u00f6rld");
    assertThat(stream.wordAt(stream.start(2))).isEqualTo(2);
    assertThat(Tokenizer.wordHash("w\u00d6RLD")).isEqualTo(stream.word(1));
  }

  @Test
  void reusesABufferWithoutCarryingOverWords() {
    TokenStream reused = new TokenStream(4);
    Tokenizer.tokenize("one two three four five six", reused);
    Tokenizer.tokenize("seven", reused);

    assertThat(reused.size()).isEqualTo(1);
    assertThat(reused.word(0)).isEqualTo(Tokenizer.wordHash("seven"));
  }
}
