package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearsource.core.spdx.SpdxExpression;

/**
 * Turns a document's evidence into findings.
 *
 * <ol>
 *   <li>References, URLs and statements inside a matched licence text or header are part of it
 *       ("Licensed under the Apache License, Version 2.0" inside the Apache header).
 *   <li>Each exception joins the nearest licence before it (else after it) within {@link
 *       #EXCEPTION_REACH} characters, or the document's only licence: {@code GPL-2.0-only WITH
 *       Classpath-exception-2.0}. An exception with no licence to modify is dropped.
 *   <li>Weaker evidence of a licence stronger evidence already names is dropped: an unversioned
 *       {@code LicenseRef-GPL} beside {@code GPL-2.0-only}, a gnu.org URL ("-only") beside the
 *       notice that says "or later".
 *   <li>"All rights reserved" is a finding only where nothing grants a licence: in a copyright
 *       line above a licence it reserves what the licence does not grant. A public-domain
 *       statement beside a public-domain licence (CC0) is that licence.
 *   <li>Repeated evidence (same expression, same kind) is kept once, at its first place, with its
 *       best score.
 * </ol>
 */
final class FindingResolver {

  /** How far (in characters) an exception looks for the licence it modifies. */
  static final int EXCEPTION_REACH = 600;

  private FindingResolver() {}

  static List<LicenseFinding> resolve(List<Evidence> evidence) {
    List<Evidence> kept = dropContained(evidence);
    kept = pairExceptions(kept);
    kept = dropSubsumed(kept);
    kept = dropReservationBesideGrant(kept);
    return merge(kept);
  }

  private static List<Evidence> dropContained(List<Evidence> evidence) {
    List<Evidence> texts = evidence.stream()
        .filter(e -> e.kind() == MatchKind.FULL_TEXT || e.kind() == MatchKind.NOTICE)
        .toList();
    List<Evidence> kept = new ArrayList<>();
    for (Evidence e : evidence) {
      boolean minor = e.kind() == MatchKind.REFERENCE || e.kind() == MatchKind.URL
          || e.kind() == MatchKind.PHRASE;
      if (minor && !e.exception() && texts.stream().anyMatch(text -> text.contains(e))) {
        continue;
      }
      kept.add(e);
    }
    return kept;
  }

  private static List<Evidence> pairExceptions(List<Evidence> evidence) {
    List<Evidence> licenses = new ArrayList<>();
    List<Evidence> exceptions = new ArrayList<>();
    for (Evidence e : evidence) {
      (e.exception() ? exceptions : licenses).add(e);
    }
    for (Evidence exception : exceptions) {
      int target = licenseFor(exception, licenses);
      if (target >= 0) {
        Evidence license = licenses.get(target);
        String combined = withException(license.expression(), exception.expression());
        if (combined != null) {
          int start = license.inText() && exception.inText()
              ? Math.min(license.start(), exception.start()) : license.start();
          int end = license.inText() && exception.inText()
              ? Math.max(license.end(), exception.end()) : license.end();
          licenses.set(target, new Evidence(combined, false, license.kind(),
              Math.min(license.score(), exception.score()), start, end));
        }
      }
    }
    return licenses;
  }

  /** The index of the licence an exception modifies, or -1. */
  private static int licenseFor(Evidence exception, List<Evidence> licenses) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    int candidates = 0;
    for (int i = 0; i < licenses.size(); i++) {
      Evidence license = licenses.get(i);
      if (license.kind() == MatchKind.PHRASE || license.expression().startsWith("LicenseRef-")) {
        continue;
      }
      candidates++;
      if (!license.inText() || !exception.inText()) {
        continue;
      }
      boolean before = license.start() <= exception.start();
      int distance = before ? Math.max(0, exception.start() - license.end())
          : license.start() - exception.end();
      // Prefer the licence before the exception: "GPL-2.0 ... with the Classpath exception".
      int weighted = before ? distance : distance + EXCEPTION_REACH / 2;
      if (distance <= EXCEPTION_REACH && weighted < bestDistance) {
        best = i;
        bestDistance = weighted;
      }
    }
    if (best < 0 && candidates == 1) {
      for (int i = 0; i < licenses.size(); i++) {
        Evidence license = licenses.get(i);
        if (license.kind() != MatchKind.PHRASE && !license.expression().startsWith("LicenseRef-")) {
          return i;
        }
      }
    }
    return best;
  }

  /**
   * The expression with the exception applied to its GNU licence (or its only licence); null when
   * it already has an exception or offers nothing to apply it to.
   */
  static String withException(String expression, String exception) {
    SpdxExpression parsed;
    try {
      parsed = Expressions.parse(expression);
    } catch (IllegalArgumentException e) {
      return null;
    }
    SpdxExpression applied = apply(parsed, exception, true);
    if (applied == null) {
      applied = apply(parsed, exception, false);
    }
    return applied == null ? null : applied.toString();
  }

  private static SpdxExpression apply(
      SpdxExpression expression, String exception, boolean gnuOnly) {
    if (expression instanceof SpdxExpression.License license) {
      return !gnuOnly || SpdxIds.isGnu(license.id())
          ? new SpdxExpression.With(license, exception) : null;
    }
    List<SpdxExpression> terms;
    if (expression instanceof SpdxExpression.Or or) {
      terms = or.terms();
    } else if (expression instanceof SpdxExpression.And and) {
      terms = and.terms();
    } else {
      return null;
    }
    List<SpdxExpression> changed = new ArrayList<>(terms);
    for (int i = 0; i < terms.size(); i++) {
      SpdxExpression applied = apply(terms.get(i), exception, gnuOnly);
      if (applied != null) {
        changed.set(i, applied);
        return expression instanceof SpdxExpression.Or
            ? new SpdxExpression.Or(List.copyOf(changed))
            : new SpdxExpression.And(List.copyOf(changed));
      }
    }
    return null;
  }

  private static List<Evidence> dropSubsumed(List<Evidence> evidence) {
    List<Evidence> kept = new ArrayList<>();
    for (Evidence e : evidence) {
      if (!isSubsumed(e, evidence)) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static boolean isSubsumed(Evidence e, List<Evidence> all) {
    String expression = e.expression();
    for (Evidence other : all) {
      if (other == e || other.expression().equals(expression)) {
        continue;
      }
      if (expression.startsWith("LicenseRef-")
          && namesFamily(other.expression(), expression.substring("LicenseRef-".length()))) {
        return true;
      }
      boolean weak = e.kind() == MatchKind.URL || e.kind() == MatchKind.HTML_REL_LICENSE;
      boolean stronger =
          other.kind() != MatchKind.URL && other.kind() != MatchKind.HTML_REL_LICENSE;
      if (weak && stronger && SpdxIds.isGnu(expression)
          && SpdxIds.base(expression).equals(SpdxIds.base(other.expression()))) {
        return true;
      }
    }
    return false;
  }

  /** True when an expression has an id of the family ("GPL" for GPL-2.0-only). */
  private static boolean namesFamily(String expression, String family) {
    for (String token : expression.split("[ ()]+")) {
      if (token.startsWith(family + "-")) {
        return true;
      }
    }
    return false;
  }

  private static List<Evidence> dropReservationBesideGrant(List<Evidence> evidence) {
    boolean granted = evidence.stream().anyMatch(e -> e.kind() != MatchKind.PHRASE
        || e.expression().equals(LicenseClassifier.PUBLIC_DOMAIN));
    // "released to the public domain, as explained at .../publicdomain/zero/1.0/": CC0 says it.
    boolean dedicatedByLicense = evidence.stream().anyMatch(e -> e.kind() != MatchKind.PHRASE
        && LicenseClassifier.terms(e.expression()).licenseClass() == LicenseClass.PUBLIC_DOMAIN);
    return evidence.stream()
        .filter(e -> !(granted && e.expression().equals(LicenseClassifier.ALL_RIGHTS_RESERVED)))
        .filter(e -> !(dedicatedByLicense
            && e.expression().equals(LicenseClassifier.PUBLIC_DOMAIN)))
        .toList();
  }

  private static List<LicenseFinding> merge(List<Evidence> evidence) {
    Map<String, Evidence> first = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      first.merge(e.kind() + " " + e.expression(), e, (a, b) -> new Evidence(
          a.expression(), false, a.kind(), Math.max(a.score(), b.score()), a.start(), a.end()));
    }
    List<LicenseFinding> findings = new ArrayList<>();
    for (Evidence e : first.values()) {
      findings.add(new LicenseFinding(e.expression(), e.kind(), round(e.score()),
          LicenseClassifier.terms(e.expression()), e.start(), e.end()));
    }
    // Text order; metadata (no span) last.
    findings.sort(Comparator.comparingInt(
        (LicenseFinding f) -> f.inText() ? f.start() : Integer.MAX_VALUE)
        .thenComparing(LicenseFinding::kind));
    return findings;
  }

  private static double round(double score) {
    return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000.0;
  }
}
