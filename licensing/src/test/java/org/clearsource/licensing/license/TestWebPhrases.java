package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestWebPhrases {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(c) 2024 Example News. All rights reserved.                     | LicenseRef-All-Rights-Reserved | ALL_RIGHTS_RESERVED",
      "ALL RIGHTS RESERVED                                             | LicenseRef-All-Rights-Reserved | ALL_RIGHTS_RESERVED",
      "These images are for personal use only.                         | LicenseRef-Personal-Use-Only | NON_COMMERCIAL",
      "Recipes for personal and non-commercial use only.               | LicenseRef-Personal-Use-Only | NON_COMMERCIAL",
      "Non-commercial use only.                                        | LicenseRef-Non-Commercial-Use-Only | NON_COMMERCIAL",
      "Maps are not for commercial use.                                | LicenseRef-Non-Commercial-Use-Only | NON_COMMERCIAL",
      "This article may not be reproduced without permission.          | LicenseRef-Permission-Required | ALL_RIGHTS_RESERVED",
      "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Example Media. | LicenseRef-Permission-Required | ALL_RIGHTS_RESERVED",
      "No part of this publication may be reproduced in any form without the prior written permission of the publisher. | LicenseRef-Permission-Required | ALL_RIGHTS_RESERVED",
      "Reproduction in whole or in part without permission is prohibited. | LicenseRef-Permission-Required | ALL_RIGHTS_RESERVED",
      "This file is released into the public domain.                   | LicenseRef-Public-Domain | PUBLIC_DOMAIN",
      "The author hereby places this work in the public domain.        | LicenseRef-Public-Domain | PUBLIC_DOMAIN",
  })
  void readsRightsStatements(String text, String expected, LicenseClass licenseClass) {
    List<LicenseFinding> findings = DETECTOR.detect(text);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.expression()).isEqualTo(expected);
      assertThat(finding.kind()).isEqualTo(MatchKind.PHRASE);
      assertThat(finding.licenseClass()).isEqualTo(licenseClass);
    });
  }

  @Test
  void personalUseIsNonCommercialWithoutAttribution() {
    LicenseFinding finding = DETECTOR.detect("For personal use only.").get(0);
    assertThat(finding.terms()).isEqualTo(
        new LicenseTerms(LicenseClass.NON_COMMERCIAL, false, false, true));
  }

  @Test
  void allRightsReservedAboveALicenceIsNotAFinding() {
    String header = "/*\n * Copyright (c) 2005, Example Corp. All rights reserved.\n *\n"
        + " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        + " * you may not use this file except in compliance with the License.\n */\n";

    assertThat(LicenseSummary.of(DETECTOR.detect(header)).expression()).isEqualTo("Apache-2.0");
  }

  @Test
  void restrictiveStatementsStillShowBesideALicence() {
    String page = "Photos: CC BY 4.0. Articles may not be reproduced without permission.";

    LicenseSummary summary = LicenseSummary.of(DETECTOR.detect(page));

    assertThat(summary.expression())
        .isEqualTo("CC-BY-4.0 AND LicenseRef-Permission-Required");
    assertThat(summary.licenseClass()).isEqualTo(LicenseClass.ALL_RIGHTS_RESERVED);
  }

  @Test
  void proseAboutTheseTopicsIsNoStatement() {
    assertThat(DETECTOR.detect("Works in the public domain can be used by anyone.")).isEmpty();
    assertThat(DETECTOR.detect("The court reserved its judgement on all rights of way."))
        .isEmpty();
    assertThat(DETECTOR.detect("Personal use of the car is allowed on weekends.")).isEmpty();
    assertThat(DETECTOR.detect("The statue may not be moved without permission of the city."))
        .isEmpty();
  }
}
