package org.clearsource.licensing.license;

import java.util.List;
import java.util.Set;

/**
 * Rights statements of web pages that are not licences, as {@code LicenseRef-}s: "All rights
 * reserved", "for personal use only", "for non-commercial use only", "may not be reproduced
 * without permission", and public-domain dedications ("released into the public domain").
 */
final class WebPhrases {

  /** A statement found: its {@code LicenseRef-} and last word. */
  record Found(String ref, int lastWord) {}

  private enum Rule { FIXED, PERMISSION, PUBLIC_DOMAIN }

  private record Phrase(Rule rule, String ref) {}

  private static final long PERMISSION = Tokenizer.wordHash("permission");
  private static final long PROHIBITED = Tokenizer.wordHash("prohibited");
  private static final long IS = Tokenizer.wordHash("is");
  private static final long ARE = Tokenizer.wordHash("are");
  private static final Set<Long> REPRODUCED = Set.copyOf(List.of(
      Tokenizer.wordHash("reproduced"), Tokenizer.wordHash("copied"),
      Tokenizer.wordHash("republished"), Tokenizer.wordHash("reprinted"),
      Tokenizer.wordHash("redistributed"), Tokenizer.wordHash("reproduction")));
  private static final Set<Long> DEDICATING = Set.copyOf(List.of(
      Tokenizer.wordHash("released"), Tokenizer.wordHash("placed"),
      Tokenizer.wordHash("dedicated"), Tokenizer.wordHash("dedicate"),
      Tokenizer.wordHash("dedicates"), Tokenizer.wordHash("put"), Tokenizer.wordHash("donated"),
      Tokenizer.wordHash("contributed"), Tokenizer.wordHash("hereby"),
      Tokenizer.wordHash("into")));

  private final WordTrie<Phrase> phrases = new WordTrie<>();

  WebPhrases() {
    fixed(LicenseClassifier.ALL_RIGHTS_RESERVED, "all rights reserved");
    fixed(LicenseClassifier.PERSONAL_USE_ONLY, "for personal use only", "personal use only",
        "for your personal use only", "for personal non commercial use only",
        "for personal and non commercial use only", "for personal noncommercial use only",
        "personal and non commercial use only", "for private use only");
    fixed(LicenseClassifier.NON_COMMERCIAL_USE_ONLY, "for non commercial use only",
        "non commercial use only", "for noncommercial use only", "noncommercial use only",
        "not for commercial use", "not for commercial purposes",
        "for non commercial purposes only", "commercial use is prohibited",
        "commercial use is not permitted");
    for (String anchor : List.of("may not be reproduced", "may not be copied",
        "may not be republished", "may not be reprinted", "may not be redistributed",
        "no part of this", "reproduction without", "reproduction is prohibited",
        "reproduction prohibited", "reproduction in whole or in part")) {
      phrases.add(anchor, new Phrase(Rule.PERMISSION, LicenseClassifier.PERMISSION_REQUIRED));
    }
    phrases.add("public domain", new Phrase(Rule.PUBLIC_DOMAIN, LicenseClassifier.PUBLIC_DOMAIN));
  }

  private void fixed(String ref, String... texts) {
    for (String text : texts) {
      phrases.add(text, new Phrase(Rule.FIXED, ref));
    }
  }

  /** Calls {@code action} with each word a statement can start with. */
  void forEachFirstWord(java.util.function.LongConsumer action) {
    phrases.forEachFirstWord(action);
  }

  Found at(TextView view, int i) {
    WordTrie.Match<Phrase> match = phrases.longestAt(view.words(), i);
    if (match == null) {
      return null;
    }
    Phrase phrase = match.value();
    int last = match.lastWord();
    return switch (phrase.rule()) {
      case FIXED -> new Found(phrase.ref(), last);
      case PERMISSION -> permissionEnd(view, i, last) < 0 ? null
          : new Found(phrase.ref(), permissionEnd(view, i, last));
      case PUBLIC_DOMAIN -> dedicated(view, i) ? new Found(phrase.ref(), last) : null;
    };
  }

  /**
   * The last word of a "may not be reproduced ... without permission" statement, or -1: the
   * anchor must be followed, within the sentence, by a copying verb (for "no part of this") and
   * by "permission" or "prohibited".
   */
  private static int permissionEnd(TextView view, int first, int anchorEnd) {
    boolean copying = false;
    for (int k = first; k <= anchorEnd; k++) {
      copying |= REPRODUCED.contains(view.word(k));
      if (view.word(k) == PROHIBITED) {
        return anchorEnd;
      }
    }
    for (int k = anchorEnd + 1; k < view.size() && k <= anchorEnd + 30; k++) {
      if (view.sentenceBreak(k - 1, k)) {
        return -1;
      }
      long word = view.word(k);
      copying |= REPRODUCED.contains(word);
      if (copying && (word == PERMISSION || word == PROHIBITED)) {
        return k;
      }
    }
    return -1;
  }

  /** "released into the public domain", "is hereby placed in the public domain". */
  private static boolean dedicated(TextView view, int first) {
    for (int k = first - 1; k >= 0 && k >= first - 6; k--) {
      if (view.sentenceBreak(k, k + 1)) {
        return false;
      }
      long word = view.word(k);
      if (DEDICATING.contains(word) || ((word == IS || word == ARE) && k >= first - 3)) {
        return true;
      }
    }
    return false;
  }
}
