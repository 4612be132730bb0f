package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.List;
import org.clearsource.core.spdx.SpdxExpression;

/**
 * One pass over a document's words for everything that is not a licence text: SPDX tags, licence
 * URLs, Creative Commons references, licence and exception names, and rights statements. A word
 * that cannot start any of them costs one probe of a bit set that stays in L1 cache.
 *
 * <p>References that the text joins by "or", or that follow "dual licensed" / "multiple-licensed"
 * in the same sentence, become one {@code A OR B} reference.
 */
final class ReferenceScanner {

  private static final long CREATIVECOMMONS = Tokenizer.wordHash("creativecommons");
  private static final long LICENSEBUTTONS = Tokenizer.wordHash("licensebuttons");
  private static final long DUAL = Tokenizer.wordHash("dual");
  private static final long MULTIPLE = Tokenizer.wordHash("multiple");
  private static final long MULTI = Tokenizer.wordHash("multi");
  private static final long EITHER = Tokenizer.wordHash("either");
  private static final long ALTERNATIVELY = Tokenizer.wordHash("alternatively");
  private static final int STARTER_BITS = 1 << 16;
  /** Most words between two references that the text joins into one choice. */
  private static final int CHOICE_GAP = 20;
  /** Most words between two references that "Alternatively, ..." joins across sentences. */
  private static final int ALTERNATIVE_GAP = 40;

  private final LicenseNames names;
  private final WebPhrases phrases;
  private final LicenseUrls urls;
  private final long[] starters = new long[STARTER_BITS / 64];

  ReferenceScanner(LicenseNames names, WebPhrases phrases, LicenseUrls urls) {
    this.names = names;
    this.phrases = phrases;
    this.urls = urls;
    names.forEachFirstWord(this::addStarter);
    phrases.forEachFirstWord(this::addStarter);
    CreativeCommons.forEachFirstWord(this::addStarter);
    for (long word : new long[] {Words.SPDX, Words.HTTP, Words.WWW, CREATIVECOMMONS,
        LICENSEBUTTONS}) {
      addStarter(word);
    }
  }

  private void addStarter(long word) {
    int bit = (int) word & (STARTER_BITS - 1);
    starters[bit >>> 6] |= 1L << bit;
  }

  private boolean mayStart(long word) {
    int bit = (int) word & (STARTER_BITS - 1);
    return (starters[bit >>> 6] & (1L << bit)) != 0;
  }

  /** A reference with its words, for joining choices. */
  private record Located(Evidence evidence, int firstWord, int lastWord) {}

  List<Evidence> scan(TextView view) {
    List<Located> found = new ArrayList<>();
    int n = view.size();
    int i = 0;
    while (i < n) {
      long word = view.word(i);
      if (!mayStart(word)) {
        i++;
        continue;
      }
      int next = tryAt(view, i, found);
      i = next > i ? next : i + 1;
    }
    return joinChoices(view, found);
  }

  /** Looks for each kind of reference at word i; returns the word after what it found, or i. */
  private int tryAt(TextView view, int i, List<Located> found) {
    long word = view.word(i);
    if (word == Words.SPDX && SpdxTags.startsAt(view, i)) {
      SpdxTags.Found tag = SpdxTags.at(view, i, names);
      if (tag != null) {
        int last = Math.max(i + 2, view.words().wordAt(tag.endOffset()) - 1);
        found.add(new Located(Evidence.of(tag.expression(), MatchKind.SPDX_TAG, tag.score(),
            view.start(i), tag.endOffset()), i, last));
        return last + 1;
      }
    }
    if (word == Words.HTTP || word == Words.WWW || word == CREATIVECOMMONS
        || word == LICENSEBUTTONS) {
      int start = view.start(i);
      int end = LicenseUrls.urlEnd(view.text(), start);
      String id = urls.idOf(view.text().substring(start, end));
      int after = view.words().wordAt(end);
      if (id != null) {
        boolean exception = SpdxIds.exception(id) != null;
        found.add(new Located(new Evidence(id, exception, MatchKind.URL, 0.9, start, end), i,
            after - 1));
      }
      return after;
    }
    if (CreativeCommons.startsWith(word)) {
      CreativeCommons.Found cc = CreativeCommons.parse(view, i);
      if (cc != null) {
        add(found, view, cc.id(), false, MatchKind.REFERENCE, cc.versioned() ? 0.9 : 0.6, i,
            cc.lastWord());
        return cc.lastWord() + 1;
      }
    }
    LicenseNames.Found named = names.at(view, i);
    if (named != null) {
      add(found, view, named.expression(), named.exception(), MatchKind.REFERENCE,
          named.score(), i, named.lastWord());
      return named.lastWord() + 1;
    }
    WebPhrases.Found phrase = phrases.at(view, i);
    if (phrase != null) {
      add(found, view, phrase.ref(), false, MatchKind.PHRASE, 0.8, i, phrase.lastWord());
      return phrase.lastWord() + 1;
    }
    return i;
  }

  private static void add(
      List<Located> found, TextView view, String expression, boolean exception, MatchKind kind,
      double score, int first, int last) {
    found.add(new Located(
        new Evidence(expression, exception, kind, score, view.start(first), view.end(last)),
        first, last));
  }

  /** Joins neighbouring references into "A OR B" where the text offers a choice. */
  private static List<Evidence> joinChoices(TextView view, List<Located> found) {
    List<Evidence> out = new ArrayList<>(found.size());
    int i = 0;
    while (i < found.size()) {
      Located first = found.get(i);
      int j = i;
      if (isChoosable(first)) {
        boolean announced = announcesChoice(view, first.firstWord());
        while (j + 1 < found.size() && isChoosable(found.get(j + 1))
            && joinedAsChoice(view, found.get(j), found.get(j + 1), announced)) {
          j++;
        }
      }
      if (j == i) {
        out.add(first.evidence());
      } else {
        out.add(choice(found.subList(i, j + 1)));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean isChoosable(Located located) {
    Evidence evidence = located.evidence();
    return evidence.kind() == MatchKind.REFERENCE && !evidence.exception()
        && !evidence.expression().startsWith("LicenseRef-");
  }

  /** "dual licensed", "multiple-licensed", "either" within ten words before a reference. */
  private static boolean announcesChoice(TextView view, int firstWord) {
    for (int k = Math.max(0, firstWord - 10); k < firstWord; k++) {
      long word = view.word(k);
      if ((word == DUAL || word == MULTIPLE || word == MULTI || word == EITHER)
          && !view.sentenceBreak(k, firstWord)) {
        return true;
      }
    }
    return false;
  }

  private static boolean joinedAsChoice(
      TextView view, Located left, Located right, boolean announced) {
    int gap = right.firstWord() - left.lastWord() - 1;
    if (gap >= 0 && gap <= ALTERNATIVE_GAP) {
      // "... subject to the Mozilla Public License 1.1. Alternatively, ... under the terms of
      // the GNU Lesser General Public License"
      for (int k = left.lastWord() + 1; k < right.firstWord(); k++) {
        if (view.word(k) == ALTERNATIVELY) {
          return true;
        }
      }
    }
    // An announced choice ("dual-licensed under either ...") may span paragraphs.
    if (gap < 0 || gap > CHOICE_GAP
        || (!announced && view.sentenceBreak(left.lastWord(), right.firstWord()))) {
      return false;
    }
    for (int k = left.lastWord() + 1; k < right.firstWord(); k++) {
      if (view.word(k) == Words.OR) {
        return true;
      }
    }
    return announced;
  }

  private static Evidence choice(List<Located> options) {
    List<SpdxExpression> terms = new ArrayList<>();
    double score = 1;
    for (Located option : options) {
      SpdxExpression term = Expressions.parse(option.evidence().expression());
      if (!terms.contains(term)) {
        terms.add(term);
      }
      score = Math.min(score, option.evidence().score());
    }
    String expression = terms.size() == 1 ? terms.get(0).toString()
        : new SpdxExpression.Or(List.copyOf(terms)).toString();
    return Evidence.of(expression, MatchKind.REFERENCE, score,
        options.get(0).evidence().start(), options.get(options.size() - 1).evidence().end());
  }
}
