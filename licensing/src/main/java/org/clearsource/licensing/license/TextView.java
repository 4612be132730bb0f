package org.clearsource.licensing.license;

import java.util.Locale;

/** A document's text with its words, for the matchers that need the characters around words. */
final class TextView {

  private final String text;
  private final TokenStream words;

  TextView(String text, TokenStream words) {
    this.text = text;
    this.words = words;
  }

  String text() {
    return text;
  }

  TokenStream words() {
    return words;
  }

  int size() {
    return words.size();
  }

  long word(int i) {
    return words.word(i);
  }

  /** Word i as written, lower case. */
  String lower(int i) {
    return text.substring(words.start(i), words.end(i)).toLowerCase(Locale.ROOT);
  }

  boolean is(int i, long word) {
    return i >= 0 && i < words.size() && words.word(i) == word;
  }

  int start(int i) {
    return words.start(i);
  }

  int end(int i) {
    return words.end(i);
  }

  /** The characters between word i and word j (i before j). */
  String between(int i, int j) {
    return text.substring(words.end(i), words.start(j));
  }

  /** True when words i and j (i before j) are in different sentences or paragraphs. */
  boolean sentenceBreak(int i, int j) {
    for (int k = i; k < j; k++) {
      if (breakBetween(words.end(k), words.start(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A full stop (or ! ?) before whitespace, or a blank line (comment markers allowed on it). */
  private boolean breakBetween(int from, int to) {
    int newlines = 0;
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if ((ch == '.' || ch == '!' || ch == '?')
          && (c + 1 == text.length() || Character.isWhitespace(text.charAt(c + 1)))) {
        return true;
      }
      if (ch == '\n' && ++newlines == 2) {
        return true;
      }
    }
    return false;
  }
}
