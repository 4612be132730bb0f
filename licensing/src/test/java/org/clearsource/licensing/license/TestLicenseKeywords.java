package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestLicenseKeywords {

  private static final List<ListedText> LISTED = SpdxListedTexts.load();
  private static final LicenseKeywords KEYWORDS =
      LicenseKeywords.measuredOn(LISTED.stream().map(ListedText::text).toList());

  /** The text a copy of a template always has: its fixed, non-optional parts. */
  private static String fixedText(String template) {
    StringBuilder text = new StringBuilder();
    for (LicenseTemplate.Part part : LicenseTemplate.parse(template)) {
      text.append(part instanceof LicenseTemplate.Fixed fixed && !fixed.optional()
          ? fixed.text() : " ");
    }
    return text.toString();
  }

  /** So the prefilter never hides a listed text, whatever its replaceable parts say. */
  @Test
  void everyListedTemplatesFixedTextHasAKeyword() {
    List<String> without = new ArrayList<>();
    for (ListedText listed : LISTED) {
      if (!listed.deprecated() && !KEYWORDS.anyIn(fixedText(listed.template()))) {
        without.add(listed.id());
      }
    }
    assertThat(without).isEmpty();
  }

  @Test
  void findsKeywordsAcrossCommentMarkersAndCase() {
    assertThat(KEYWORDS.anyIn("/* Released into the Public\n * Domain. */")).isTrue();
    assertThat(KEYWORDS.anyIn("# SPDX-License-Identifier: MIT")).isTrue();
    assertThat(KEYWORDS.anyIn("MIT")).isTrue();
    assertThat(KEYWORDS.anyIn("CC BY")).isTrue();
    assertThat(KEYWORDS.anyIn("Distributed under the MIT.")).isTrue();
    assertThat(KEYWORDS.anyIn("(C) 2020 Foo. ALL RIGHTS RESERVED")).isTrue();
    assertThat(KEYWORDS.anyIn("see https://mozilla.org/MPL/2.0/")).isTrue();
    assertThat(KEYWORDS.anyIn("\u8457\u4f5c\u6a29\u6cd5")).isTrue();
  }

  @Test
  void ignoresWordsThatOnlyContainAName() {
    assertThat(KEYWORDS.anyIn("submit the commit; import edu.mit.ll; int cc = 0xcc0;"))
        .isFalse();
    assertThat(KEYWORDS.anyIn("")).isFalse();
  }

  /** Long texts are scanned as interleaved parts; a keyword must be found wherever it falls. */
  @Test
  void findsAKeywordAnywhereInTextsOfAnyLength() {
    for (int length : new int[] {40, 511, 512, 513, 1000, 4099}) {
      for (int at = 0; at + 5 <= length; at += 1 + at / 3) {
        char[] chars = " x".repeat(length).substring(0, length).toCharArray();
        "licen".getChars(0, 5, chars, at);
        long ends = KEYWORDS.keywordEnds(new String(chars));
        assertThat(ends).as("'licen' at %d of %d", at, length)
            .isEqualTo((long) (at + 4) << 32 | (at + 4));
      }
    }
  }

  @Test
  void measuresItsMarginOnTheListedTexts() {
    assertThat(KEYWORDS.margin()).isBetween(LicenseKeywords.SLACK, 5000);
  }
}
