package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Licences named in prose, SPDX tags, licence URLs, choices and exceptions. */
class TestLicenseReferences {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  private static String summary(String text) {
    return LicenseSummary.of(DETECTOR.detect(text)).expression();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Licensed under the Apache License, Version 2.0                       | Apache-2.0",
      "This library is released under the MIT License.                      | MIT",
      "GNU General Public License v3 or later                               | GPL-3.0-or-later",
      "under the terms of the GNU GPL, version 2 only                       | GPL-2.0-only",
      "License: GNU Lesser General Public License (LGPL), version 2.1 or later. | LGPL-2.1-or-later",
      "This program is licensed under the GPLv2+.                           | GPL-2.0-or-later",
      "Available under the LGPL-2.1+ licence.                               | LGPL-2.1-or-later",
      "Covered by the GNU Affero General Public License, version 3.         | AGPL-3.0-only",
      "This Source Code is subject to the terms of the Mozilla Public License, v. 2.0. | MPL-2.0",
      "made available under the Eclipse Public License v1.0                 | EPL-1.0",
      "Distributed under the Boost Software License, Version 1.0.           | BSL-1.0",
      "The code is MIT licensed.                                            | MIT",
      "License: BSD-3-Clause                                                | BSD-3-Clause",
      "released under the new BSD license                                   | BSD-3-Clause",
      "released under the Simplified BSD License                            | BSD-2-Clause",
      "License: Apache 2.0                                                  | Apache-2.0",
      "The Academic Free License v3.0 applies to this file.                 | AFL-3.0",
      "Licensed under the Artistic License 2.0.                             | Artistic-2.0",
      "You may use it under the terms of the GPL.                           | LicenseRef-GPL",
      "This is free and unencumbered software released into the public domain (the Unlicense). | Unlicense",
  })
  void readsLicenceNames(String text, String expected) {
    assertThat(summary(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "This project is dual licensed under MIT or Apache-2.0.                   | MIT OR Apache-2.0",
      "Licensed under either of Apache License, Version 2.0 or MIT license at your option. | Apache-2.0 OR MIT",
      "Multiple-Licensed under the MPL 2.0, and the EPL 1.0.                    | MPL-2.0 OR EPL-1.0",
      "The contents of this file are subject to the Mozilla Public License Version 1.1. Alternatively, the contents of this file may be used under the terms of the GNU Lesser General Public License Version 2.1 or later. | MPL-1.1 OR LGPL-2.1-or-later",
      "This code uses the MIT License; the documentation uses the Apache License 2.0.     | MIT AND Apache-2.0",
  })
  void joinsChoicesWithOrAndTheRestWithAnd(String text, String expected) {
    assertThat(summary(text)).isEqualTo(expected);
  }

  @Test
  void pairsExceptionsWithTheLicenceTheyModify() {
    assertThat(summary("This code is free software; you can redistribute it and/or modify it"
        + " under the terms of the GNU General Public License version 2 only, as published by"
        + " the Free Software Foundation. Oracle designates this particular file as subject to"
        + " the \"Classpath\" exception as provided by Oracle in the LICENSE file."))
        .isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(summary("modify it under the terms of the GNU General Public License, version"
        + " 2.0, as published by the Free Software Foundation. This file is also subject to the"
        + " Universal FOSS Exception, version 1.0, a copy of which can be found at"
        + " http://oss.oracle.com/licenses/universal-foss-exception."))
        .isEqualTo("GPL-2.0-only WITH Universal-FOSS-exception-1.0");
    assertThat(summary("// SPDX-License-Identifier: GPL-3.0-or-later WITH GCC-exception-3.1"))
        .isEqualTo("GPL-3.0-or-later WITH GCC-exception-3.1");
    // An exception without a licence to modify says nothing on its own.
    assertThat(DETECTOR.detect("We catch the Classpath exception below; license unknown."))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "// SPDX-License-Identifier: MIT                                          | MIT",
      "/* SPDX-License-Identifier: (GPL-2.0-only OR BSD-2-Clause) */           | GPL-2.0-only OR BSD-2-Clause",
      "# SPDX-License-Identifier: Apache-2.0 OR MIT                             | Apache-2.0 OR MIT",
      "<!-- SPDX-License-Identifier: CC-BY-4.0 -->                              | CC-BY-4.0",
      "// SPDX-License-Identifier: GPL-2.0+                                     | GPL-2.0-or-later",
      "// SPDX-License-Identifier: GPL-2.0                                      | GPL-2.0-only",
      "// SPDX-License-Identifier: mit                                          | MIT",
      "// SPDX-License-Identifier: Apache 2                                     | Apache-2.0",
      "// SPDX-License-Identifier: LicenseRef-Proprietary                       | LicenseRef-Proprietary",
      "// SPDX-License-Identifier: Our Own Terms v7                             | LicenseRef-Our-Own-Terms-v7",
      "// SPDX-License-Identifier: LicenseRef-My_Terms                          | LicenseRef-My-Terms",
      "// SPDX-License-Identifier: LicenseRef-Acme Corp Terms                   | LicenseRef-Acme-Corp-Terms",
      "// SPDX-License-Identifier: licenseref-acme_1                            | LicenseRef-acme-1",
      "// SPDX-License-Identifier: LicenseRef-LicenseRef-x_y                    | LicenseRef-x-y",
      "// SPDX-License-Identifier: DocumentRef-spdx-tool:LicenseRef-x_y         | LicenseRef-x-y",
  })
  void readsSpdxTags(String text, String expected) {
    List<LicenseFinding> findings = DETECTOR.detect(text);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.kind()).isEqualTo(MatchKind.SPDX_TAG);
      assertThat(finding.expression()).isEqualTo(expected);
    });
  }

  @Test
  void scoresTagsByHowWellTheyRead() {
    assertThat(DETECTOR.detect("SPDX-License-Identifier: MIT").get(0).score()).isEqualTo(1.0);
    assertThat(DETECTOR.detect("SPDX-License-Identifier: Apache 2").get(0).score())
        .isEqualTo(SpdxTags.NAMED);
    LicenseFinding invalid = DETECTOR.detect("SPDX-License-Identifier: Our Own Terms v7").get(0);
    assertThat(invalid.score()).isEqualTo(SpdxTags.INVALID);
    assertThat(invalid.licenseClass()).isEqualTo(LicenseClass.UNKNOWN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://www.gnu.org/licenses/gpl-3.0.html              | GPL-3.0-only",
      "http://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt  | LGPL-2.1-only",
      "https://opensource.org/licenses/MIT                    | MIT",
      "http://www.opensource.org/licenses/mit-license.php     | MIT",
      "https://www.apache.org/licenses/LICENSE-2.0.txt        | Apache-2.0",
      "https://mozilla.org/MPL/2.0/                           | MPL-2.0",
      "https://www.eclipse.org/legal/epl-v10.html             | EPL-1.0",
      "https://spdx.org/licenses/BSD-3-Clause.html            | BSD-3-Clause",
      "https://choosealicense.com/licenses/agpl-3.0/          | AGPL-3.0-only",
      "https://www.boost.org/LICENSE_1_0.txt                  | BSL-1.0",
  })
  void readsLicenceUrls(String url, String expected) {
    List<LicenseFinding> findings = DETECTOR.detect("See " + url + " for the terms.");
    assertThat(findings).extracting(LicenseFinding::kind).containsOnly(MatchKind.URL);
    assertThat(LicenseSummary.of(findings).expression()).isEqualTo(expected);
  }

  @Test
  void readsLinkHeadersAndMarksUnknownLinkedTerms() {
    List<LicenseFinding> findings = DETECTOR.detect("", Map.of(
        LicenseDetector.HTTP_LICENSE_LINK, "https://opensource.org/licenses/MIT",
        LicenseDetector.HTML_LICENSE, "https://example.com/terms | https://example.com/more"));

    assertThat(findings).extracting(LicenseFinding::expression)
        .containsExactlyInAnyOrder("MIT", LicenseDetector.LINKED_TERMS);
    assertThat(findings).allSatisfy(finding -> {
      assertThat(finding.kind()).isEqualTo(MatchKind.HTML_REL_LICENSE);
      assertThat(finding.start()).isEqualTo(-1);
    });
  }

  @Test
  void keepsEachFindingsSpanOnItsEvidence() {
    String text = "Intro.\n\nCopyright 2024 Jane. Released under the MIT License.\n";
    LicenseFinding finding = DETECTOR.detect(text).get(0);

    assertThat(text.substring(finding.start(), finding.end())).isEqualTo("MIT License");
    assertThat(finding.kind()).isEqualTo(MatchKind.REFERENCE);
  }
}
