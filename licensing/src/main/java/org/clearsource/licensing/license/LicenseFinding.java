package org.clearsource.licensing.license;

import java.util.Objects;

/**
 * One licence found in one document.
 *
 * @param expression canonical SPDX expression: a listed id ({@code MIT}), a choice found in the
 *     text ({@code MIT OR Apache-2.0}), a licence with its exception ({@code GPL-2.0-only WITH
 *     Classpath-exception-2.0}), or a {@code LicenseRef-} for what the SPDX list lacks ({@code
 *     LicenseRef-All-Rights-Reserved}, {@code LicenseRef-CC-BY-SA} without a version)
 * @param kind how it was found
 * @param score confidence from 0 to 1: for texts and notices the share of the template matched
 *     (harmonic mean of recall and precision); fixed values for the other kinds
 * @param terms the licence class and conditions of the expression
 * @param start first character of the evidence in the text, -1 when it came from metadata
 * @param end one past its last character, -1 when it came from metadata
 */
public record LicenseFinding(
    String expression, MatchKind kind, double score, LicenseTerms terms, int start, int end) {

  public LicenseFinding {
    Objects.requireNonNull(expression, "Cannot create a licence finding without an expression");
    Objects.requireNonNull(kind, "Cannot create a licence finding without a match kind");
    Objects.requireNonNull(terms, "Cannot create a licence finding without terms");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "Cannot create a licence finding with score " + score + ": use 0 to 1");
    }
    if (start < -1 || end < start || (start == -1) != (end == -1)) {
      throw new IllegalArgumentException(
          "Cannot create a licence finding spanning " + start + ".." + end
              + ": use 0 <= start <= end, or -1 for both when it came from metadata");
    }
  }

  public LicenseClass licenseClass() {
    return terms.licenseClass();
  }

  /** True when the evidence is in the text, false when it came from the document's metadata. */
  public boolean inText() {
    return start >= 0;
  }
}
