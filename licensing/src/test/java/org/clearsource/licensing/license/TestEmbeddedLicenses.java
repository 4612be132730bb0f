package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Licences inside longer documents, and several licences in one document. */
class TestEmbeddedLicenses {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();
  private static final Map<String, ListedText> LISTED = SpdxListedTexts.load().stream()
      .collect(Collectors.toMap(ListedText::id, Function.identity(), (a, b) -> a));

  private static String text(String id) {
    return LISTED.get(id).text();
  }

  private static List<String> fullTexts(List<LicenseFinding> findings) {
    return findings.stream().filter(finding -> finding.kind() == MatchKind.FULL_TEXT)
        .map(LicenseFinding::expression).toList();
  }

  @Test
  void findsALicenceSectionInAReadmeAndItsSpan() {
    String mit = text("MIT");
    String readme = "# Greeter\n\nGreeter says hello in forty languages. Install it with pip"
        + " and run `greeter`.\n\n## Licence\n\n" + mit + "\n\n## Contributing\n\nPull requests"
        + " are welcome; please add tests for new languages.\n";

    List<LicenseFinding> findings = DETECTOR.detect(readme);

    assertThat(fullTexts(findings)).containsExactly("MIT");
    LicenseFinding found = findings.stream()
        .filter(finding -> finding.kind() == MatchKind.FULL_TEXT).findFirst().orElseThrow();
    int licenceStart = readme.indexOf(mit);
    assertThat(found.start()).isBetween(licenceStart, licenceStart + 80);
    assertThat(found.end()).isBetween(licenceStart + mit.length() - 80,
        licenceStart + mit.length());
  }

  @Test
  void findsSeveralFullTextsOneAfterAnother() {
    String copying = text("GPL-2.0-only") + "\n\n" + text("LGPL-2.1-only") + "\n\n"
        + text("BSD-3-Clause");

    assertThat(fullTexts(DETECTOR.detect(copying)))
        .containsExactly("GPL-2.0-only", "LGPL-2.1-only", "BSD-3-Clause");
  }

  @Test
  void readsAChoiceBetweenTwoFullTexts() {
    String licence = "This project is dual licensed under MIT or Apache-2.0, at your option.\n\n"
        + text("MIT") + "\n\n" + text("Apache-2.0");

    List<LicenseFinding> findings = DETECTOR.detect(licence);

    assertThat(fullTexts(findings)).containsExactly("MIT", "Apache-2.0");
    assertThat(LicenseSummary.of(findings).expression()).isEqualTo("MIT OR Apache-2.0");
  }

  @Test
  void joinsAnExceptionTextToTheLicenceTextBeforeIt() {
    String licence = text("GPL-2.0-only") + "\n\n" + text("Classpath-exception-2.0");

    assertThat(LicenseSummary.of(DETECTOR.detect(licence)).expression())
        .isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
  }

  @Test
  void readsTheLesserGplTextThatIncludesTheGplAsOneLicence() {
    assertThat(fullTexts(DETECTOR.detect(text("LGPL-3.0-only")))).containsExactly("LGPL-3.0-only");
  }

  @Test
  void findsTheHeaderOfASourceFileAboveItsCode() {
    String source = "/*\n * Copyright 2024 Example Corp.\n *\n"
        + " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        + " * you may not use this file except in compliance with the License.\n"
        + " * You may obtain a copy of the License at\n *\n"
        + " *      http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        + " * Unless required by applicable law or agreed to in writing, software\n"
        + " * distributed under the License is distributed on an \"AS IS\" BASIS,\n"
        + " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        + " * See the License for the specific language governing permissions and\n"
        + " * limitations under the License.\n */\npackage demo;\n\n"
        + "/** Licenses are checked here; see the license service. */\n"
        + "public final class LicenseCheck {}\n";

    List<LicenseFinding> findings = DETECTOR.detect(source);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.expression()).isEqualTo("Apache-2.0");
      assertThat(finding.kind()).isEqualTo(MatchKind.NOTICE);
      assertThat(finding.end()).isLessThan(source.indexOf("package demo"));
    });
  }

  /** Matching remembers repeated headers; the spans must follow each document's own text. */
  @Test
  void findsTheSameHeaderAtAnyOffset() {
    String header = "/*\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        + " * you may not use this file except in compliance with the License.\n"
        + " * You may obtain a copy of the License at\n *\n"
        + " *      http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        + " * Unless required by applicable law or agreed to in writing, software\n"
        + " * distributed under the License is distributed on an \"AS IS\" BASIS,\n"
        + " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        + " * See the License for the specific language governing permissions and\n"
        + " * limitations under the License.\n */\n";
    String first = header + "package a;\n";
    String second = "// Generated file, do not edit.\n// Tool: greeter 1.2\n" + header + "package b;\n";

    LicenseFinding inFirst = DETECTOR.detect(first).get(0);
    LicenseFinding inSecond = DETECTOR.detect(second).get(0);

    int shift = second.indexOf(header);
    assertThat(inSecond.expression()).isEqualTo(inFirst.expression()).isEqualTo("Apache-2.0");
    assertThat(inSecond.start()).isEqualTo(inFirst.start() + shift);
    assertThat(inSecond.end()).isEqualTo(inFirst.end() + shift);
  }

  @Test
  void readsTheGrantOfAGnuNoticeFromItsWords() {
    String lesserV3 = "/*\n * This library is free software; you can redistribute it and/or\n"
        + " * modify it under the terms of the GNU Lesser General Public\n"
        + " * License as published by the Free Software Foundation, either\n"
        + " * version 3 of the License, or (at your option) any later version.\n *\n"
        + " * This library is distributed in the hope that it will be useful,\n"
        + " * but WITHOUT ANY WARRANTY; without even the implied warranty of\n"
        + " * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU\n"
        + " * Lesser General Public License for more details.\n */\n";

    assertThat(LicenseSummary.of(DETECTOR.detect(lesserV3)).expression())
        .isEqualTo("LGPL-3.0-or-later");
  }
}
