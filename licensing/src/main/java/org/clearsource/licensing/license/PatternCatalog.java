package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The templates the text matcher looks for, built from the SPDX list: each current licence's text
 * template, its standard header template where it has one, and each exception's template.
 *
 * <p>Templates that match alike (same words, same optional and replaceable parts) are kept once,
 * under the shortest id: {@code GPL-2.0-only} for {@code GPL-2.0-or-later}'s identical text (only
 * a notice tells them apart), {@code MPL-2.0} for {@code MPL-2.0-no-copyleft-exception}. Deprecated
 * ids are left out (each has a current twin), and so are templates with fewer than {@link
 * TextMatcher#MIN_MATCHED} fixed shingles, which cannot be told from chance.
 */
final class PatternCatalog {

  private final List<LicensePattern> patterns;
  private final ShingleIndex index;

  private PatternCatalog(List<LicensePattern> patterns, ShingleIndex index) {
    this.patterns = patterns;
    this.index = index;
  }

  /** A template to compile: whose, which kind, its markup. */
  private record Source(ListedText text, MatchKind kind, String template) {}

  static PatternCatalog build(List<ListedText> texts) {
    List<ListedText> ordered = new ArrayList<>(texts);
    ordered.sort(Comparator.comparingInt((ListedText text) -> text.id().length())
        .thenComparing(ListedText::id));
    List<Source> sources = new ArrayList<>();
    for (ListedText text : ordered) {
      if (text.deprecated()) {
        continue;
      }
      sources.add(new Source(text, MatchKind.FULL_TEXT, text.template()));
      if (!text.headerTemplate().isBlank()) {
        sources.add(new Source(text, MatchKind.NOTICE, text.headerTemplate()));
      }
    }
    // Compiling is independent per template; in parallel it halves the start-up on two cores.
    List<PatternShingles> compiled = sources.parallelStream()
        .map(source -> PatternShingles.of(LicenseTemplate.parse(source.template()))).toList();
    List<LicensePattern> patterns = new ArrayList<>();
    List<PatternShingles> shingles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      PatternShingles template = compiled.get(i);
      String key = source.kind() + "/" + source.text().exception() + "/"
          + template.fingerprint();
      // Too short to tell from chance, or the twin of a template already kept.
      if (template.required().length >= TextMatcher.MIN_MATCHED && seen.add(key)) {
        patterns.add(new LicensePattern(source.text().id(), source.text().exception(),
            source.kind(), template.required().length, template.allowed().length));
        shingles.add(template);
      }
    }
    return new PatternCatalog(List.copyOf(patterns), ShingleIndex.build(shingles));
  }

  List<LicensePattern> patterns() {
    return patterns;
  }

  ShingleIndex index() {
    return index;
  }
}
