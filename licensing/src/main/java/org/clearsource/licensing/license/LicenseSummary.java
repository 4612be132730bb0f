package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clearsource.core.spdx.SpdxExpression;

/**
 * What one document's findings add up to.
 *
 * <p>The expression ANDs the document's licences in the order found, after leaving out what
 * another finding already says: a licence offered inside a choice ({@code MIT} beside {@code MIT
 * OR Apache-2.0}), a licence beside itself with an exception ({@code GPL-2.0-only} beside {@code
 * GPL-2.0-only WITH Classpath-exception-2.0}), and a GNU "-only" beside the same licence "or
 * later" (a bare GNU licence text, a version named without "or later"), unless an SPDX tag said
 * "-only". The terms follow the expression: AND keeps the most
 * restrictive class and every condition, OR the least restrictive option.
 *
 * @param expression canonical SPDX expression; {@code NOASSERTION} when nothing was found
 * @param terms class and conditions of the expression; UNKNOWN when nothing was found
 * @param findingCount number of findings summarized
 */
public record LicenseSummary(String expression, LicenseTerms terms, int findingCount) {

  /** The expression of a document without findings. */
  public static final String NOASSERTION = "NOASSERTION";

  public LicenseSummary {
    Objects.requireNonNull(expression, "Cannot create a licence summary without an expression");
    Objects.requireNonNull(terms, "Cannot create a licence summary without terms");
  }

  /** The summary of one document's findings, as {@link LicenseDetector#detect} returns them. */
  public static LicenseSummary of(List<LicenseFinding> findings) {
    List<SpdxExpression> terms = new ArrayList<>();
    List<MatchKind> kinds = new ArrayList<>();
    for (LicenseFinding finding : findings) {
      SpdxExpression parsed = parse(finding.expression());
      if (!terms.contains(parsed)) {
        terms.add(parsed);
        kinds.add(finding.kind());
      } else if (finding.kind() != MatchKind.FULL_TEXT) {
        kinds.set(terms.indexOf(parsed), finding.kind());
      }
    }
    List<SpdxExpression> kept = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      SpdxExpression term = terms.get(i);
      if (!saidElsewhere(term, kinds.get(i), terms)) {
        List<SpdxExpression> parts =
            term instanceof SpdxExpression.And and ? and.terms() : List.of(term);
        parts.stream().filter(part -> !kept.contains(part)).forEach(kept::add);
      }
    }
    if (kept.isEmpty()) {
      return new LicenseSummary(NOASSERTION, LicenseTerms.UNKNOWN, findings.size());
    }
    SpdxExpression combined = kept.size() == 1 ? kept.get(0) : new SpdxExpression.And(kept);
    return new LicenseSummary(
        combined.toString(), LicenseClassifier.terms(combined), findings.size());
  }

  /** True when the expression found something. */
  public boolean asserted() {
    return !expression.equals(NOASSERTION);
  }

  public LicenseClass licenseClass() {
    return terms.licenseClass();
  }

  private static SpdxExpression parse(String expression) {
    try {
      return Expressions.parse(expression);
    } catch (IllegalArgumentException e) {
      return new SpdxExpression.LicenseRef(expression);
    }
  }

  private static boolean saidElsewhere(
      SpdxExpression term, MatchKind kind, List<SpdxExpression> all) {
    for (SpdxExpression other : all) {
      if (other.equals(term)) {
        continue;
      }
      if (covers(other, term)) {
        return true;
      }
      if (kind != MatchKind.SPDX_TAG
          && term instanceof SpdxExpression.License license && license.id().endsWith("-only")
          && mentionsLicense(other, SpdxIds.base(license.id()) + "-or-later")) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code other} offers {@code term} as an option or adds an exception to it. */
  private static boolean covers(SpdxExpression other, SpdxExpression term) {
    if (other instanceof SpdxExpression.Or or) {
      return or.terms().stream().anyMatch(option -> option.equals(term) || covers(option, term));
    }
    if (other instanceof SpdxExpression.And and) {
      return and.terms().stream().anyMatch(part -> covers(part, term));
    }
    return other instanceof SpdxExpression.With with && with.license().equals(term);
  }

  private static boolean mentionsLicense(SpdxExpression expression, String id) {
    if (expression instanceof SpdxExpression.License license) {
      return license.id().equals(id);
    }
    if (expression instanceof SpdxExpression.With with) {
      return mentionsLicense(with.license(), id);
    }
    List<SpdxExpression> parts = expression instanceof SpdxExpression.Or or ? or.terms()
        : expression instanceof SpdxExpression.And and ? and.terms() : List.of();
    return parts.stream().anyMatch(part -> mentionsLicense(part, id));
  }
}
