package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  private final Map<String, String> representedBy;
  private final List<String> tooShort;

  private PatternCatalog(
      List<LicensePattern> patterns, ShingleIndex index, Map<String, String> representedBy,
      List<String> tooShort) {
    this.patterns = patterns;
    this.index = index;
    this.representedBy = representedBy;
    this.tooShort = tooShort;
  }

  static PatternCatalog build(List<ListedText> texts) {
    List<ListedText> ordered = new ArrayList<>(texts);
    ordered.sort(Comparator.comparingInt((ListedText text) -> text.id().length())
        .thenComparing(ListedText::id));
    List<LicensePattern> patterns = new ArrayList<>();
    List<PatternShingles> shingles = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    Map<String, String> representedBy = new LinkedHashMap<>();
    List<String> tooShort = new ArrayList<>();
    for (ListedText text : ordered) {
      if (text.deprecated()) {
        continue;
      }
      add(text, text.template(), MatchKind.FULL_TEXT, patterns, shingles, seen, representedBy,
          tooShort);
      if (!text.headerTemplate().isBlank()) {
        add(text, text.headerTemplate(), MatchKind.NOTICE, patterns, shingles, seen,
            representedBy, tooShort);
      }
    }
    return new PatternCatalog(
        List.copyOf(patterns), ShingleIndex.build(shingles),
        Collections.unmodifiableMap(representedBy), List.copyOf(tooShort));
  }

  private static void add(
      ListedText text, String template, MatchKind kind, List<LicensePattern> patterns,
      List<PatternShingles> shingles, Map<String, String> seen, Map<String, String> representedBy,
      List<String> tooShort) {
    PatternShingles compiled = PatternShingles.of(LicenseTemplate.parse(template));
    if (compiled.required().length < TextMatcher.MIN_MATCHED) {
      tooShort.add(text.id() + (kind == MatchKind.NOTICE ? " (header)" : ""));
      return;
    }
    String key = kind + "/" + text.exception() + "/" + compiled.fingerprint();
    String twin = seen.putIfAbsent(key, text.id());
    if (twin != null) {
      if (kind == MatchKind.FULL_TEXT) {
        representedBy.put(text.id(), twin);
      }
      return;
    }
    patterns.add(new LicensePattern(
        text.id(), text.exception(), kind, compiled.required().length,
        compiled.allowed().length));
    shingles.add(compiled);
  }

  List<LicensePattern> patterns() {
    return patterns;
  }

  ShingleIndex index() {
    return index;
  }

  /** Ids whose text template is identical to another's, to the id reported for both. */
  Map<String, String> representedBy() {
    return representedBy;
  }

  /** Ids (and headers) too short to match by text; references, tags and URLs still find them. */
  List<String> tooShort() {
    return tooShort;
  }
}
