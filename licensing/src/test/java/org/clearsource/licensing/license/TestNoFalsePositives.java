package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Texts without a licence give no finding: generated prose from a vocabulary that includes the
 * words licences are made of (but not licence names, which the tricky sentences cover),
 * sentences that use the names in other senses, and code.
 */
class TestNoFalsePositives {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  private static final String[] WORDS = ("the of and to in a is that for it as was with be by on"
      + " not this are or from at which have an they you were her she there been one all we"
      + " their has would when if so no will more about can out up what some time could them"
      + " into only other than then its also two first over new after years people river city"
      + " market council report water school history music science energy station library"
      + " garden village public domain general free software license licence copy copies"
      + " permission granted right rights reserved warranty any kind source code use using"
      + " distribute distribution modify modified terms conditions notice author authors"
      + " commercial personal version common creative commons attribution share alike open"
      + " provided above following material may be reproduced"
      + " without written prior express implied fitness particular purpose liable damages"
      + " contract tort event holders contributors").split(" ");

  private static final List<String> TRICKY = List.of(
      "MIT researchers and Apache helicopters were both in the news on Tuesday.",
      "The BSD socket API returns an error when the connection is reset.",
      "Our GPU cluster trains models; the GPL of the county is a different acronym.",
      "He showed his driving licence and the licence plate number to the officer.",
      "In the public square, the general public gathered to hear the mayor.",
      "All rights to the river were reserved for fishing cooperatives in 1902.",
      "She copied the notes by hand; the copies were distributed to the class.",
      "The Eclipse of 1999 was visible across Europe; Mozilla was a browser.",
      "Creative writing classes meet on Thursdays in the common room.",
      "Version 2.0 of the app is free for personal users and schools.",
      "The software is provided as part of the curriculum for the course.",
      "Permission to enter the site must be requested at the front desk.",
      "Attribution of the painting to Rembrandt is disputed by historians.");

  private static final List<String> CODE = List.of(
      "package demo;\n\nimport java.util.List;\n\npublic final class Counter {\n"
          + "  private int count;\n  public void add(int n) { count += n; }\n"
          + "  public int total() { return count; }\n}\n",
      "import os\n\n\ndef read_license_file(path):\n    \"\"\"Return the text of a file.\"\"\"\n"
          + "    with open(path) as f:\n        return f.read()\n",
      "#include <stdio.h>\n/* Copy n bytes. */\nvoid copy(char *dst, const char *src, int n) {\n"
          + "  for (int i = 0; i < n; i++) dst[i] = src[i];\n}\n",
      "#!/bin/sh\nset -eu\nfor f in *.txt; do\n  cp \"$f\" backup/\ndone\n",
      "<html><head><title>Garden club</title></head><body><p>Meeting at noon.</p></body></html>",
      "SELECT name, version FROM packages WHERE license IS NULL ORDER BY name;");

  @Test
  void findsNothingInGeneratedProseTrickySentencesAndCode() {
    SplittableRandom random = new SplittableRandom(4);
    List<String> texts = new ArrayList<>(TRICKY);
    texts.addAll(CODE);
    for (int p = 0; p < 400; p++) {
      StringBuilder paragraph = new StringBuilder();
      int words = 40 + random.nextInt(120);
      for (int i = 0; i < words; i++) {
        double u = random.nextDouble();
        paragraph.append(WORDS[(int) (WORDS.length * u * u)]).append(i % 13 == 12 ? ". " : " ");
      }
      texts.add(paragraph.toString());
    }

    List<String> withFindings = new ArrayList<>();
    for (String text : texts) {
      List<LicenseFinding> findings = DETECTOR.detect(text);
      if (!findings.isEmpty()) {
        withFindings.add(findings + " in: " + text);
      }
    }

    assertThat(texts).hasSizeGreaterThan(400);
    assertThat(withFindings).isEmpty();
  }

  @Test
  void findsNothingInEmptyOrBlankText() {
    assertThat(DETECTOR.detect("")).isEmpty();
    assertThat(DETECTOR.detect(" \n\t ")).isEmpty();
    assertThat(LicenseSummary.of(DETECTOR.detect("")).asserted()).isFalse();
  }
}
