package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCreativeCommons {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  private static String summary(String text) {
    return LicenseSummary.of(DETECTOR.detect(text)).expression();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "This work is licensed under CC BY 4.0.                                       | CC-BY-4.0",
      "Text is available under the CC BY-SA 4.0 license.                            | CC-BY-SA-4.0",
      "Licence: CC-BY-NC-4.0                                                        | CC-BY-NC-4.0",
      "Photos (CC BY-ND 2.0) by Jane.                                               | CC-BY-ND-2.0",
      "Released under CC BY-NC-SA 3.0.                                              | CC-BY-NC-SA-3.0",
      "Distributed under CC BY-NC-ND 2.5.                                           | CC-BY-NC-ND-2.5",
      "To the extent possible under law, waived under CC0 1.0 Universal.           | CC0-1.0",
      "Dedicated to the public domain under Creative Commons Zero.                 | CC0-1.0",
      "Creative Commons Attribution-NonCommercial 4.0 International                 | CC-BY-NC-4.0",
      "a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License | CC-BY-NC-SA-3.0",
      "Creative Commons Attribution 2.5 Generic                                     | CC-BY-2.5",
      "Attribution-NoDerivs 3.0 Unported                                            | CC-BY-ND-3.0",
      "Creative Commons Attribution-NoDerivatives 4.0 International Public License  | CC-BY-ND-4.0",
      "Creative Commons Attribution-ShareAlike 3.0 Germany                          | CC-BY-SA-3.0-DE",
      "Creative Commons Attribution 3.0 Austria                                     | CC-BY-3.0-AT",
      "Creative Commons Attribution-ShareAlike 2.0 England and Wales                | CC-BY-SA-2.0-UK",
      "Creative Commons Attribution 3.0 Spain (a port the SPDX list lacks)         | CC-BY-3.0",
      "Creative Commons Attribution-Non-Commercial-Share Alike 2.0 France           | CC-BY-NC-SA-2.0-FR",
      "CC BY-SA (no version given)                                                  | LicenseRef-CC-BY-SA",
  })
  void readsCreativeCommonsReferences(String text, String expected) {
    assertThat(summary(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<a rel=license href='https://creativecommons.org/licenses/by-sa/4.0/'>      | CC-BY-SA-4.0",
      "see http://creativecommons.org/licenses/by-nc-nd/3.0/de/ for details          | CC-BY-NC-ND-3.0-DE",
      "https://creativecommons.org/licenses/by/2.5/                                  | CC-BY-2.5",
      "https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode                   | CC-BY-NC-SA-4.0",
      "https://creativecommons.org/licenses/by/4.0/deed.de                           | CC-BY-4.0",
      "http://creativecommons.org/publicdomain/zero/1.0/                             | CC0-1.0",
      "http://creativecommons.org/licenses/by/3.0/us/                                | CC-BY-3.0-US",
      "<img src='https://licensebuttons.net/l/by-nc/4.0/88x31.png'>                   | CC-BY-NC-4.0",
      "<img src='https://i.creativecommons.org/l/by-sa/3.0/88x31.png'>                | CC-BY-SA-3.0",
      "<img src='https://licensebuttons.net/p/zero/1.0/88x31.png'>                    | CC0-1.0",
      "<img src='https://i.creativecommons.org/l/by-nc-nd/2.0/uk/80x15.png'>          | CC-BY-NC-ND-2.0",
      "https://creativecommons.org/publicdomain/mark/1.0/                            | CC-PDM-1.0",
  })
  void readsDeedLinksAndBadges(String text, String expected) {
    List<LicenseFinding> findings = DETECTOR.detect(text);
    assertThat(findings).extracting(LicenseFinding::kind).containsOnly(MatchKind.URL);
    assertThat(LicenseSummary.of(findings).expression()).isEqualTo(expected);
  }

  /** Every element combination in every version: text, deed URL and badge name the same id. */
  @Test
  void coversEveryListedElementCombinationAndVersion() {
    String[][] combinations = {{"BY", "by"}, {"BY-SA", "by-sa"}, {"BY-NC", "by-nc"},
        {"BY-ND", "by-nd"}, {"BY-NC-SA", "by-nc-sa"}, {"BY-NC-ND", "by-nc-nd"}};
    List<String> checked = new ArrayList<>();
    for (String[] combination : combinations) {
      for (String version : List.of("1.0", "2.0", "2.5", "3.0", "4.0")) {
        String id = SpdxIds.listed("CC-" + combination[0] + "-" + version);
        if (id == null) {
          continue;
        }
        assertThat(summary("Licensed under CC " + combination[0] + " " + version + "."))
            .isEqualTo(id);
        assertThat(summary("https://creativecommons.org/licenses/" + combination[1] + "/"
            + version + "/")).isEqualTo(id);
        assertThat(summary("https://licensebuttons.net/l/" + combination[1] + "/" + version
            + "/88x31.png")).isEqualTo(id);
        checked.add(id);
      }
    }
    assertThat(checked).hasSize(30);
  }

  @Test
  void readsTheLicenceLinksOfTheMetadata() {
    List<LicenseFinding> findings = DETECTOR.detect("A photo of a river.", Map.of(
        LicenseDetector.HTML_LICENSE, "https://creativecommons.org/licenses/by-nc/4.0/",
        "http.content-type", "text/html"));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.expression()).isEqualTo("CC-BY-NC-4.0");
      assertThat(finding.kind()).isEqualTo(MatchKind.HTML_REL_LICENSE);
      assertThat(finding.inText()).isFalse();
    });
  }

  @Test
  void classifiesEachFamilyWithItsConditions() {
    assertThat(terms("CC-BY-4.0")).isEqualTo(
        new LicenseTerms(LicenseClass.ATTRIBUTION, true, false, false));
    assertThat(terms("CC-BY-SA-4.0")).isEqualTo(
        new LicenseTerms(LicenseClass.SHARE_ALIKE, true, true, false));
    assertThat(terms("CC-BY-NC-4.0")).isEqualTo(
        new LicenseTerms(LicenseClass.NON_COMMERCIAL, true, false, true));
    assertThat(terms("CC-BY-NC-SA-3.0-DE")).isEqualTo(
        new LicenseTerms(LicenseClass.NON_COMMERCIAL, true, true, true));
    assertThat(terms("CC-BY-ND-4.0")).isEqualTo(
        new LicenseTerms(LicenseClass.NO_DERIVATIVES, true, false, false));
    assertThat(terms("CC-BY-NC-ND-4.0")).isEqualTo(
        new LicenseTerms(LicenseClass.NO_DERIVATIVES, true, false, true));
    assertThat(terms("CC0-1.0").licenseClass()).isEqualTo(LicenseClass.PUBLIC_DOMAIN);
    assertThat(terms("LicenseRef-CC-BY-SA").licenseClass()).isEqualTo(LicenseClass.SHARE_ALIKE);
  }

  private static LicenseTerms terms(String expression) {
    return LicenseClassifier.terms(expression);
  }

  @Test
  void findsTheFullLegalCodeInAPage() {
    ListedText legalCode = SpdxListedTexts.load().stream()
        .filter(listed -> listed.id().equals("CC-BY-SA-4.0")).findFirst().orElseThrow();
    String page = "<h1>About this wiki</h1>\n<p>All content is shared under the licence below."
        + "</p>\n" + legalCode.text() + "\n<footer>Contact us</footer>";

    List<LicenseFinding> findings = DETECTOR.detect(page);

    assertThat(findings).filteredOn(finding -> finding.kind() == MatchKind.FULL_TEXT)
        .extracting(LicenseFinding::expression).containsExactly("CC-BY-SA-4.0");
    assertThat(LicenseSummary.of(findings).licenseClass()).isEqualTo(LicenseClass.SHARE_ALIKE);
  }
}
