package org.clearsource.licensing.license;

/** Hashes of the words the reference matchers look for, computed once. */
final class Words {

  static final long LICENSE = Tokenizer.wordHash("license");
  static final long LICENSED = Tokenizer.wordHash("licensed");
  static final long LICENSES = Tokenizer.wordHash("licenses");
  static final long LICENSING = Tokenizer.wordHash("licensing");
  static final long UNDER = Tokenizer.wordHash("under");
  static final long OR = Tokenizer.wordHash("or");
  static final long AND = Tokenizer.wordHash("and");
  static final long ONLY = Tokenizer.wordHash("only");
  static final long THE = Tokenizer.wordHash("the");
  static final long SPDX = Tokenizer.wordHash("spdx");
  static final long IDENTIFIER = Tokenizer.wordHash("identifier");
  static final long HTTP = Tokenizer.wordHash("http");
  static final long WWW = Tokenizer.wordHash("www");

  private Words() {}

  static boolean isLicenseWord(long word) {
    return word == LICENSE || word == LICENSED || word == LICENSES || word == LICENSING;
  }

  /** True when the text of word i is all digits. */
  static boolean isNumber(TextView view, int i) {
    int start = view.start(i);
    int end = view.end(i);
    for (int c = start; c < end; c++) {
      if (!Character.isDigit(view.text().charAt(c))) {
        return false;
      }
    }
    return end > start;
  }

  /**
   * A version written from word i on ("2", "2.1", "v2", "v2.0"), or null. The words of "2.1" are
   * joined only when a lone dot separates them.
   *
   * @return the version and, in {@code lastWord[0]}, the index of its last word
   */
  static String versionAt(TextView view, int i, int[] lastWord) {
    String word = view.lower(i);
    String digits;
    if (isNumber(view, i)) {
      digits = word;
    } else if (word.length() > 1 && word.charAt(0) == 'v' && word.substring(1).chars()
        .allMatch(Character::isDigit)) {
      digits = word.substring(1);
    } else {
      return null;
    }
    if (digits.length() > 2) {
      return null;
    }
    StringBuilder version = new StringBuilder(digits);
    int last = i;
    while (last + 1 < view.size() && view.between(last, last + 1).equals(".")
        && isNumber(view, last + 1) && view.end(last + 1) - view.start(last + 1) <= 2) {
      version.append('.').append(view.lower(last + 1));
      last++;
    }
    lastWord[0] = last;
    return version.toString();
  }
}
