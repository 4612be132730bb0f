package org.clearsource.core.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestSpdxExpression {

  @Test
  void parsesSimpleAndCompoundExpressionsToCanonicalSpelling() {
    assertThat(SpdxExpression.parse("mit").toString()).isEqualTo("MIT");
    assertThat(SpdxExpression.parse("Apache-2.0 OR MIT").toString()).isEqualTo("Apache-2.0 OR MIT");
    assertThat(SpdxExpression.parse("GPL-2.0-only WITH Classpath-exception-2.0").toString())
        .isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(SpdxExpression.parse("(MIT OR Apache-2.0) AND BSD-3-Clause").toString())
        .isEqualTo("(MIT OR Apache-2.0) AND BSD-3-Clause");
    assertThat(SpdxExpression.parse("LicenseRef-Demo-Agreement"))
        .isEqualTo(new SpdxExpression.LicenseRef("LicenseRef-Demo-Agreement"));
    assertThat(SpdxExpression.parse("GPL-2.0+")).isEqualTo(new SpdxExpression.License("GPL-2.0", true));
  }

  @Test
  void andBindsTighterThanOr() {
    SpdxExpression expression = SpdxExpression.parse("MIT OR Apache-2.0 AND BSD-2-Clause");
    assertThat(expression).isInstanceOf(SpdxExpression.Or.class);
    assertThat(((SpdxExpression.Or) expression).terms().get(1)).isInstanceOf(SpdxExpression.And.class);
  }

  @Test
  void rejectsUnknownIdsWithASuggestion() {
    assertThatThrownBy(() -> SpdxExpression.parse("CC-BY-SA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'CC-BY-SA' is not an SPDX licence id")
        .hasMessageContaining("did you mean CC-BY-SA-");
    assertThatThrownBy(() -> SpdxExpression.parse("MIT OR")).hasMessageContaining("ends where");
    assertThatThrownBy(() -> SpdxExpression.parse("(MIT")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> SpdxExpression.parse("MIT WITH Nope-exception"))
        .hasMessageContaining("not an SPDX licence exception id");
  }

  @Test
  void bundledListHasTheWholeSpdxList() {
    SpdxLicenseList list = SpdxLicenseList.get();
    assertThat(list.licenseCount()).isGreaterThanOrEqualTo(700);
    assertThat(list.exceptionCount()).isGreaterThanOrEqualTo(80);
    assertThat(list.name("Apache-2.0")).isEqualTo("Apache License 2.0");
  }
}
