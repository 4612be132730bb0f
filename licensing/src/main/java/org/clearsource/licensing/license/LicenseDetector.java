package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the licences of a document. A keyword prefilter ({@link LicenseKeywords}) finds the part
 * of the text that can hold licence evidence, and a document without any costs one pass over its
 * characters. In that part: full licence texts and standard headers matched against the SPDX
 * templates ({@link TextMatcher}), {@code SPDX-License-Identifier} tags, licence names,
 * Creative Commons references, licence URLs and rights statements in the text ({@link
 * ReferenceScanner}), and {@code rel="license"} links from the document's metadata; then resolves
 * them into findings ({@link FindingResolver}). {@link LicenseSummary#of} adds a document's
 * findings up.
 *
 * <p>Built once per JVM from the SPDX licence list bundled in java-spdx-library ({@link
 * #standard()}: one to three seconds, about 20 MB of heap kept). Thread-safe: call {@link
 * #detect} from any number of threads. Each thread keeps a word buffer and the matches of the
 * last few hundred distinct headers it saw (a few hundred KB); a call allocates working arrays
 * in proportion to the part of the text near licence keywords.
 */
public final class LicenseDetector {

  /** Metadata key of the page's {@code <link rel="license">} / {@code <a rel="license">} hrefs. */
  public static final String HTML_LICENSE = "html.license";
  /** Metadata key of the response's HTTP {@code Link: <...>; rel="license"} targets. */
  public static final String HTTP_LICENSE_LINK = "http.link-license";
  /** Separator of several values under one metadata key. */
  public static final String METADATA_SEPARATOR = " | ";
  /** A {@code rel="license"} link to a page that is no known licence: terms we cannot read. */
  public static final String LINKED_TERMS = "LicenseRef-Linked-Terms";

  /**
   * Characters around the keywords looked at first. Headers and notices sit within it; where
   * template shingles reach its cut, a licence text goes on, and the keywords' full margin is
   * used.
   */
  private static final int NEAR = 400;
  /** Words from a cut within which a template hit means the text may go on past it. */
  private static final int EDGE_WORDS = 24;

  private static final ThreadLocal<TokenStream> WORDS =
      ThreadLocal.withInitial(() -> new TokenStream(4096));

  private final PatternCatalog catalog;
  private final LicenseKeywords keywords;
  private final TextMatcher textMatcher;
  private final ReferenceScanner scanner;
  private final LicenseUrls urls;

  private LicenseDetector(
      PatternCatalog catalog, LicenseKeywords keywords, LicenseUrls urls, LicenseNames names) {
    this.catalog = catalog;
    this.keywords = keywords;
    this.textMatcher = new TextMatcher(catalog.index(), catalog.patterns());
    this.urls = urls;
    this.scanner = new ReferenceScanner(names, new WebPhrases(), urls);
  }

  /** The detector for the bundled SPDX list, built on first use and shared by the JVM. */
  public static LicenseDetector standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    private static final LicenseDetector STANDARD = build(SpdxListedTexts.load());
  }

  static LicenseDetector build(List<ListedText> texts) {
    List<String> listed = new ArrayList<>();
    for (ListedText text : texts) {
      listed.add(text.text());
      if (!text.headerTemplate().isBlank()) {
        listed.add(plain(text.headerTemplate()));
      }
    }
    return new LicenseDetector(PatternCatalog.build(texts), LicenseKeywords.measuredOn(listed),
        LicenseUrls.build(texts), LicenseNames.build(texts));
  }

  /** A template's text with the list's wording for its replaceable parts. */
  private static String plain(String template) {
    StringBuilder text = new StringBuilder();
    for (LicenseTemplate.Part part : LicenseTemplate.parse(template)) {
      text.append(part instanceof LicenseTemplate.Fixed fixed ? fixed.text()
          : ((LicenseTemplate.Replaceable) part).original());
    }
    return text.toString();
  }

  /** The licences of a text, in text order. */
  public List<LicenseFinding> detect(String text) {
    return detect(text, Map.of());
  }

  /**
   * The licences of a text and of its metadata ({@link #HTML_LICENSE}, {@link
   * #HTTP_LICENSE_LINK}; other keys are ignored). Findings from metadata come last, without span.
   */
  public List<LicenseFinding> detect(String text, Map<String, String> metadata) {
    Objects.requireNonNull(text, "Cannot detect licences in a null text: pass \"\" for none");
    Objects.requireNonNull(metadata, "Cannot detect licences with null metadata: pass Map.of()");
    List<Evidence> evidence = new ArrayList<>();
    long keywordEnds = keywords.keywordEnds(text);
    if (keywordEnds >= 0) {
      int firstKeyword = (int) (keywordEnds >>> 32);
      int lastKeyword = (int) keywordEnds;
      // The word buffers are the bulk of a call's allocation; each thread reuses its own.
      TokenStream words = WORDS.get();
      int reach = Math.min(NEAR, keywords.margin());
      Cut cut = matchAround(text, firstKeyword, lastKeyword, reach, words);
      if (reach < keywords.margin() && cut.throughText(text.length())) {
        cut = matchAround(text, firstKeyword, lastKeyword, keywords.margin(), words);
      }
      TextMatcher.Result matched = cut.matched();
      TextView view = new TextView(text, words);
      for (TextMatcher.Match match : matched.matches()) {
        if (!isAppendixExample(view, match, matched.matches())) {
          evidence.add(fromMatch(view, match));
        }
      }
      evidence.addAll(scanner.scan(view));
    }
    addLinks(metadata.get(HTML_LICENSE), evidence);
    addLinks(metadata.get(HTTP_LICENSE_LINK), evidence);
    return FindingResolver.resolve(evidence);
  }

  /** The part of the text that was matched, and what its words matched. */
  private record Cut(int from, int to, TokenStream words, TextMatcher.Result matched) {

    /**
     * True when template shingles hit within {@link #EDGE_WORDS} of a cut that is not the
     * text's own edge: a licence text may go on past it, so the full margin is needed.
     */
    boolean throughText(int length) {
      if (matched.firstHitWord() < 0) {
        return false;
      }
      return (from > 0 && matched.firstHitWord() < EDGE_WORDS)
          || (to < length && matched.lastHitWord() >= words.size() - EDGE_WORDS);
    }
  }

  /**
   * Tokenizes and matches the text from {@code reach} characters before the first keyword to
   * {@code reach} after the last, cut at word boundaries.
   */
  private Cut matchAround(
      String text, int firstKeyword, int lastKeyword, int reach, TokenStream words) {
    int length = text.length();
    int from = Math.max(0, firstKeyword - reach);
    int to = (int) Math.min(length, (long) lastKeyword + 1 + reach);
    while (from > 0 && Tokenizer.isWordChar(text.charAt(from - 1))) {
      from--;
    }
    while (to < length && Tokenizer.isWordChar(text.charAt(to))) {
      to++;
    }
    words.clear();
    new Tokenizer(words).feed(Tokenizer.charsOf(text, from, to), from, to);
    return new Cut(from, to, words, textMatcher.match(words));
  }

  private static Evidence fromMatch(TextView view, TextMatcher.Match match) {
    LicensePattern pattern = match.pattern();
    int start = view.start(match.firstWord());
    int end = view.end(match.lastWord());
    if (pattern.exception()) {
      return Evidence.ofException(pattern.id(), pattern.kind(), match.score(), start, end);
    }
    String id = pattern.id();
    if (pattern.kind() == MatchKind.NOTICE && SpdxIds.isGnu(id)) {
      // Real notices stray from the templates: the words say which licence, version and
      // "or later" they grant ("GNU Lesser ... either version 3" matches the GPL-3.0 template).
      String granted = LicenseNames.gnuNotice(
          view, match.firstWord(), match.lastWord(), id.substring(0, id.indexOf('-')));
      id = granted != null ? granted : id;
    }
    return Evidence.of(id, pattern.kind(), match.score(), start, end);
  }

  /**
   * True for the example notice of a licence's "How to apply" appendix (the GPL's): a notice
   * with the template's placeholders ("&lt;name of author&gt;") just after a full licence text.
   * It grants nothing; the full text before it says what is granted.
   */
  private static boolean isAppendixExample(
      TextView view, TextMatcher.Match match, List<TextMatcher.Match> matches) {
    if (match.pattern().kind() != MatchKind.NOTICE || !hasPlaceholders(view, match)) {
      return false;
    }
    for (TextMatcher.Match other : matches) {
      if (other.pattern().kind() == MatchKind.FULL_TEXT && other.firstWord() < match.firstWord()
          && match.firstWord() - other.lastWord() < APPENDIX_REACH) {
        return true;
      }
    }
    return false;
  }

  /** Words between a licence text's end and its appendix's example notice. */
  private static final int APPENDIX_REACH = 400;

  private static boolean hasPlaceholders(TextView view, TextMatcher.Match match) {
    for (int k = Math.max(0, match.firstWord() - 40); k <= match.lastWord(); k++) {
      long word = view.word(k);
      if ((word == NAME && view.is(k + 1, OF) && view.is(k + 2, AUTHOR))
          || (word == GIVE && view.is(k + 1, THE) && view.is(k + 2, PROGRAM))
          || word == YYYY) {
        return true;
      }
    }
    return false;
  }

  private static final long NAME = Tokenizer.wordHash("name");
  private static final long OF = Tokenizer.wordHash("of");
  private static final long AUTHOR = Tokenizer.wordHash("author");
  private static final long GIVE = Tokenizer.wordHash("give");
  private static final long THE = Tokenizer.wordHash("the");
  private static final long PROGRAM = Tokenizer.wordHash("program");
  private static final long YYYY = Tokenizer.wordHash("yyyy");

  private void addLinks(String value, List<Evidence> evidence) {
    if (value == null || value.isBlank()) {
      return;
    }
    for (String link : value.split(" \\| ")) {
      if (link.isBlank()) {
        continue;
      }
      String id = urls.idOf(link);
      if (id == null) {
        evidence.add(Evidence.of(LINKED_TERMS, MatchKind.HTML_REL_LICENSE, 0.5, -1, -1));
      } else {
        boolean exception = SpdxIds.exception(id) != null;
        evidence.add(new Evidence(id, exception, MatchKind.HTML_REL_LICENSE, 0.95, -1, -1));
      }
    }
  }

  /** The catalog of templates, for tests and documentation of what is matched. */
  PatternCatalog catalog() {
    return catalog;
  }
}
