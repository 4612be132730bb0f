package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the licences of a document: full licence texts and standard headers matched against the
 * SPDX templates ({@link TextMatcher}), {@code SPDX-License-Identifier} tags, licence names,
 * Creative Commons references, licence URLs and rights statements in the text ({@link
 * ReferenceScanner}), and {@code rel="license"} links from the document's metadata; then resolves
 * them into findings ({@link FindingResolver}). {@link LicenseSummary#of} adds a document's
 * findings up.
 *
 * <p>Built once per JVM from the SPDX licence list bundled in java-spdx-library ({@link
 * #standard()}, about a second, about 30 MB of heap). Immutable and thread-safe: call {@link
 * #detect} from any number of threads; each call allocates only its own working arrays, in
 * proportion to the text.
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

  private static final ThreadLocal<TokenStream> WORDS =
      ThreadLocal.withInitial(() -> new TokenStream(4096));

  private final PatternCatalog catalog;
  private final TextMatcher textMatcher;
  private final ReferenceScanner scanner;
  private final LicenseUrls urls;

  private LicenseDetector(PatternCatalog catalog, LicenseUrls urls, LicenseNames names) {
    this.catalog = catalog;
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
    return new LicenseDetector(
        PatternCatalog.build(texts), LicenseUrls.build(texts), LicenseNames.build(texts));
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
    // The word buffers are the bulk of a call's allocation; each thread reuses its own.
    TokenStream words = Tokenizer.tokenize(text, WORDS.get());
    TextView view = new TextView(text, words);
    List<Evidence> evidence = new ArrayList<>();
    for (TextMatcher.Match match : textMatcher.match(words)) {
      if (!(match.pattern().kind() == MatchKind.NOTICE && isTemplateExample(view, match))) {
        evidence.add(fromMatch(view, match));
      }
    }
    evidence.addAll(scanner.scan(view));
    addLinks(metadata.get(HTML_LICENSE), evidence);
    addLinks(metadata.get(HTTP_LICENSE_LINK), evidence);
    return FindingResolver.resolve(evidence);
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
   * True for a notice that still has the template's placeholders ("&lt;one line to give the
   * program's name ...&gt;", "&lt;name of author&gt;"): the example in a licence's "How to apply"
   * appendix, which grants nothing.
   */
  private static boolean isTemplateExample(TextView view, TextMatcher.Match match) {
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
