package org.clearsource.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.clearsource.licensing.license.LicenseClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestDeclaredLicenseClass {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT | permissive",
        "CC-BY-4.0 | attribution",
        "CC-BY-SA-4.0 | share_alike",
        "CC0-1.0 | public_domain",
        "GPL-3.0-or-later | strong_copyleft",
        "LGPL-2.1-only | weak_copyleft",
        "CC-BY-NC-4.0 | non_commercial",
        "CC-BY-NC-ND-4.0 | no_derivatives",
        "Apache-2.0 OR MIT | permissive",
        "MIT AND CC-BY-NC-4.0 | non_commercial",
        "LicenseRef-Books-Agreement | unknown",
        "NOASSERTION | unknown",
      })
  void classifiesAsTheLicensingStageDoes(String expression, String expected) {
    assertThat(DeclaredLicenseClass.of(expression)).isEqualTo(expected);
  }

  @Test
  void nothingDeclaredHasNoClass() {
    assertThat(DeclaredLicenseClass.of(null)).isNull();
  }

  /** The reports' vocabulary (policy, charts, unshareable filter) covers every class the scan writes. */
  @Test
  void everyLicensingClassIsInTheVocabulary() {
    for (LicenseClass licenseClass : LicenseClass.values()) {
      assertThat(StageCounters.LICENSE_CLASSES)
          .contains(licenseClass.name().toLowerCase(Locale.ROOT));
    }
  }
}
