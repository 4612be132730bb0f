package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clearsource.core.spdx.SpdxLicenseList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestLicenseClassifier {

  @Test
  void ordersClassesFromLeastToMostRestrictive() {
    assertThat(LicenseClass.values()).containsExactly(
        LicenseClass.PUBLIC_DOMAIN, LicenseClass.PERMISSIVE, LicenseClass.ATTRIBUTION,
        LicenseClass.WEAK_COPYLEFT, LicenseClass.SHARE_ALIKE, LicenseClass.STRONG_COPYLEFT,
        LicenseClass.NON_COMMERCIAL, LicenseClass.NO_DERIVATIVES,
        LicenseClass.ALL_RIGHTS_RESERVED, LicenseClass.UNKNOWN);
    assertThat(LicenseClass.PERMISSIVE.mostRestrictive(LicenseClass.STRONG_COPYLEFT))
        .isEqualTo(LicenseClass.STRONG_COPYLEFT);
    assertThat(LicenseClass.NO_DERIVATIVES.mostRestrictive(LicenseClass.NON_COMMERCIAL))
        .isEqualTo(LicenseClass.NO_DERIVATIVES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "CC0-1.0, PUBLIC_DOMAIN", "Unlicense, PUBLIC_DOMAIN", "0BSD, PUBLIC_DOMAIN",
      "MIT, PERMISSIVE", "BSD-3-Clause, PERMISSIVE", "Apache-2.0, PERMISSIVE", "ISC, PERMISSIVE",
      "Zlib, PERMISSIVE", "BSL-1.0, PERMISSIVE", "HPND-sell-variant, PERMISSIVE",
      "Unicode-3.0, PERMISSIVE", "CC-BY-4.0, ATTRIBUTION", "ODC-By-1.0, ATTRIBUTION",
      "LGPL-2.1-or-later, WEAK_COPYLEFT", "MPL-2.0, WEAK_COPYLEFT", "EPL-2.0, WEAK_COPYLEFT",
      "CDDL-1.1, WEAK_COPYLEFT", "CC-BY-SA-4.0, SHARE_ALIKE", "GFDL-1.3-only, SHARE_ALIKE",
      "ODbL-1.0, SHARE_ALIKE", "GPL-3.0-only, STRONG_COPYLEFT", "AGPL-3.0-or-later, STRONG_COPYLEFT",
      "EUPL-1.2, STRONG_COPYLEFT", "CC-BY-NC-4.0, NON_COMMERCIAL",
      "PolyForm-Noncommercial-1.0.0, NON_COMMERCIAL", "CC-BY-ND-4.0, NO_DERIVATIVES",
      "CC-BY-NC-ND-3.0-IGO, NO_DERIVATIVES", "LicenseRef-All-Rights-Reserved, ALL_RIGHTS_RESERVED",
      "BSD-Protection, UNKNOWN", "Elastic-2.0, UNKNOWN", "LicenseRef-Something-Else, UNKNOWN",
  })
  void classifiesCommonLicences(String expression, LicenseClass expected) {
    assertThat(LicenseClassifier.terms(expression).licenseClass()).isEqualTo(expected);
  }

  @Test
  void combinesExpressions() {
    // AND: both apply, the most restrictive wins.
    assertThat(LicenseClassifier.terms("MIT AND GPL-2.0-only").licenseClass())
        .isEqualTo(LicenseClass.STRONG_COPYLEFT);
    // OR: the user may choose the least restrictive.
    assertThat(LicenseClassifier.terms("GPL-2.0-only OR MIT").licenseClass())
        .isEqualTo(LicenseClass.PERMISSIVE);
    // An unknown option does not hide a known one.
    assertThat(LicenseClassifier.terms("LicenseRef-Odd OR MIT").licenseClass())
        .isEqualTo(LicenseClass.PERMISSIVE);
    // A linking exception makes strong copyleft weak; others keep the class.
    assertThat(LicenseClassifier.terms("GPL-2.0-only WITH Classpath-exception-2.0")
        .licenseClass()).isEqualTo(LicenseClass.WEAK_COPYLEFT);
    assertThat(LicenseClassifier.terms("GPL-2.0-or-later WITH Qwt-exception-1.0")
        .licenseClass()).isEqualTo(LicenseClass.STRONG_COPYLEFT);
    assertThat(LicenseClassifier.terms("CC-BY-SA-4.0 AND CC-BY-NC-4.0")).isEqualTo(
        new LicenseTerms(LicenseClass.NON_COMMERCIAL, true, true, true));
  }

  /** Every current id gets a class from a rule or the table; the rest are UNKNOWN, listed. */
  @Test
  void classifiesMostListedIdsAndLeavesTheRestUnknown() {
    List<String> unknown = new ArrayList<>();
    int total = 0;
    for (String id : SpdxLicenseList.get().licenseIds()) {
      total++;
      if (LicenseClassifier.terms(id).licenseClass() == LicenseClass.UNKNOWN) {
        unknown.add(id);
      }
    }
    System.out.printf("classified %d of %d listed licences; UNKNOWN (%d): %s%n",
        total - unknown.size(), total, unknown.size(), unknown);
    assertThat(total).isGreaterThan(650);
    assertThat(unknown.size()).isLessThan(total / 5);
  }
}
