package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestLicenseTemplate {

  @Test
  void splitsFixedOptionalAndReplaceableText() {
    List<LicenseTemplate.Part> parts = LicenseTemplate.parse(
        "<<beginOptional>>MIT License<<endOptional>> <<var;name=\"copyright\";"
            + "original=\"Copyright (c) <year> <holders>\";match=\".{0,5000}\">>\nPermission is"
            + " granted<<beginOptional>> to <<var;name=\"x\";original=\"any\";match=\"any|all\">>"
            + " person<<endOptional>>.");

    assertThat(parts).containsExactly(
        new LicenseTemplate.Fixed("MIT License", true),
        new LicenseTemplate.Fixed(" ", false),
        new LicenseTemplate.Replaceable("Copyright (c) <year> <holders>", ".{0,5000}", false),
        new LicenseTemplate.Fixed("\nPermission is granted", false),
        new LicenseTemplate.Fixed(" to ", true),
        new LicenseTemplate.Replaceable("any", "any|all", true),
        new LicenseTemplate.Fixed(" person", true),
        new LicenseTemplate.Fixed(".", false));
  }

  @Test
  void keepsALiteralAngleBracketBeforeARule() {
    assertThat(LicenseTemplate.parse("a <<<endOptional>>b")).containsExactly(
        new LicenseTemplate.Fixed("a <", false), new LicenseTemplate.Fixed("b", false));
  }

  @Test
  void requiresFixedTextAndAllowsOptionalAndReplaceableText() {
    PatternShingles shingles = PatternShingles.of(LicenseTemplate.parse(
        "one two three four <<beginOptional>>five six<<endOptional>> seven eight nine ten"));
    long[] words = new long[10];
    String[] spelled = "one two three four five six seven eight nine ten".split(" ");
    for (int i = 0; i < spelled.length; i++) {
      words[i] = Tokenizer.wordHash(spelled[i]);
    }
    long withOptional = Shingles.hash(words, 3);  // "four five six seven"
    long[] without = {words[0], words[1], words[2], words[3], words[6], words[7]};
    long joined = Shingles.hash(without, 1);      // "two three four seven"

    assertThat(shingles.required()).hasSize(2);   // "one..four", "seven..ten"
    assertThat(shingles.allowed()).contains(withOptional, joined).doesNotContain(0L);
  }
}
