package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestLicenseSummary {

  private static LicenseFinding finding(String expression, MatchKind kind) {
    return new LicenseFinding(expression, kind, 0.9, LicenseClassifier.terms(expression), 0, 1);
  }

  @Test
  void andsIndependentLicencesInTheOrderFound() {
    LicenseSummary summary = LicenseSummary.of(List.of(
        finding("MIT", MatchKind.NOTICE), finding("Apache-2.0", MatchKind.FULL_TEXT),
        finding("MIT", MatchKind.URL)));

    assertThat(summary.expression()).isEqualTo("MIT AND Apache-2.0");
    assertThat(summary.licenseClass()).isEqualTo(LicenseClass.PERMISSIVE);
    assertThat(summary.findingCount()).isEqualTo(3);
  }

  @Test
  void keepsAChoiceAndDropsItsOptionsFoundAlone() {
    LicenseSummary summary = LicenseSummary.of(List.of(
        finding("MIT OR Apache-2.0", MatchKind.REFERENCE), finding("MIT", MatchKind.FULL_TEXT),
        finding("Apache-2.0", MatchKind.FULL_TEXT)));

    assertThat(summary.expression()).isEqualTo("MIT OR Apache-2.0");
  }

  @Test
  void keepsTheExceptionAndTheGrantOfLaterVersions() {
    assertThat(LicenseSummary.of(List.of(
        finding("GPL-2.0-only", MatchKind.FULL_TEXT),
        finding("GPL-2.0-only WITH Classpath-exception-2.0", MatchKind.NOTICE))).expression())
        .isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(LicenseSummary.of(List.of(
        finding("GPL-2.0-only", MatchKind.FULL_TEXT),
        finding("GPL-2.0-or-later", MatchKind.NOTICE))).expression())
        .isEqualTo("GPL-2.0-or-later");
    // A tag that says "-only" is taken at its word.
    assertThat(LicenseSummary.of(List.of(
        finding("GPL-2.0-only", MatchKind.SPDX_TAG),
        finding("GPL-2.0-or-later", MatchKind.REFERENCE))).expression())
        .isEqualTo("GPL-2.0-only AND GPL-2.0-or-later");
  }

  @Test
  void choosesTheMostRestrictiveClassOfAllLicences() {
    LicenseSummary summary = LicenseSummary.of(List.of(
        finding("CC-BY-4.0", MatchKind.URL),
        finding(LicenseClassifier.ALL_RIGHTS_RESERVED, MatchKind.PHRASE)));

    assertThat(summary.expression()).isEqualTo("CC-BY-4.0 AND LicenseRef-All-Rights-Reserved");
    assertThat(summary.licenseClass()).isEqualTo(LicenseClass.ALL_RIGHTS_RESERVED);
    assertThat(summary.terms().attributionRequired()).isTrue();
  }

  @Test
  void saysNoAssertionWithoutFindings() {
    LicenseSummary summary = LicenseSummary.of(List.of());

    assertThat(summary.expression()).isEqualTo(LicenseSummary.NOASSERTION);
    assertThat(summary.asserted()).isFalse();
    assertThat(summary.licenseClass()).isEqualTo(LicenseClass.UNKNOWN);
  }

  @Test
  void rejectsFindingsThatCannotBe() {
    LicenseTerms terms = LicenseTerms.of(LicenseClass.PERMISSIVE);
    assertThatThrownBy(() -> new LicenseFinding("MIT", MatchKind.URL, 1.5, terms, 0, 1))
        .hasMessageStartingWith("Cannot create a licence finding with score 1.5");
    assertThatThrownBy(() -> new LicenseFinding("MIT", MatchKind.URL, 1, terms, 5, 2))
        .hasMessageStartingWith("Cannot create a licence finding spanning 5..2");
    assertThatThrownBy(() -> new LicenseFinding(null, MatchKind.URL, 1, terms, 0, 1))
        .hasMessageStartingWith("Cannot create a licence finding without an expression");
  }
}
