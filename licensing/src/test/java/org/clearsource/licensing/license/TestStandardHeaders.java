package org.clearsource.licensing.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard headers (SPDX {@code standardLicenseHeader}) of the common licences, filled in
 * as a project would, in the comment styles of C, Java, Python, shell and HTML, above code.
 * EPL-2.0 has no SPDX header; the Eclipse Foundation's recommended one is used.
 */
class TestStandardHeaders {

  private static final Map<String, ListedText> LISTED = SpdxListedTexts.load().stream()
      .collect(Collectors.toMap(ListedText::id, Function.identity(), (a, b) -> a));

  private static final List<String> COMMON = List.of(
      "Apache-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later",
      "LGPL-2.1-only", "LGPL-2.1-or-later", "MPL-2.0", "AGPL-3.0-only", "AGPL-3.0-or-later",
      "EPL-2.0");

  private static final List<String> STYLES =
      List.of("C_BLOCK_COMMENT", "JAVA_LINE_COMMENTS", "PYTHON_COMMENTS", "SHELL_COMMENTS",
          "HTML_COMMENT");

  static Stream<Arguments> headersInEveryStyle() {
    return COMMON.stream().flatMap(id -> STYLES.stream().map(style -> Arguments.of(id, style)));
  }

  /** The header with its replaceable parts filled in as a project would. */
  static String header(String id) throws IOException {
    if (id.equals("EPL-2.0")) {
      try (InputStream in = TestStandardHeaders.class.getResourceAsStream(
          "/license/epl-2.0-header.txt")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    StringBuilder text = new StringBuilder();
    for (LicenseTemplate.Part part : LicenseTemplate.parse(LISTED.get(id).headerTemplate())) {
      if (part instanceof LicenseTemplate.Fixed fixed) {
        text.append(fixed.text());
      } else if (part instanceof LicenseTemplate.Replaceable replaceable) {
        text.append(filledIn(replaceable.original()));
      }
    }
    return text.toString();
  }

  private static String filledIn(String placeholder) {
    String lower = placeholder.toLowerCase();
    if (lower.contains("one line to give")) {
      return "Greeter, a program that says hello.";
    }
    if (lower.contains("author") || lower.contains("owner") || lower.contains("yyyy")) {
      return "2024 Jane Example";
    }
    return placeholder;
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("headersInEveryStyle")
  void findsTheHeaderOfACommonLicence(String id, String style) throws IOException {
    String header = header(id);
    String file = LicenseTextVariants.valueOf(style).apply(new ListedText(
        id, false, id, header, header, "", List.of(), false));

    List<LicenseFinding> findings = LicenseDetector.standard().detect(file);

    assertThat(LicenseSummary.of(findings).expression()).as("findings %s", findings).isEqualTo(id);
    assertThat(findings).extracting(LicenseFinding::kind)
        .containsAnyOf(MatchKind.NOTICE, MatchKind.REFERENCE, MatchKind.SPDX_TAG);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headersWithTemplates")
  void matchesTheHeaderTemplateItself(String id) throws IOException {
    List<LicenseFinding> findings = LicenseDetector.standard().detect(header(id));

    assertThat(findings).filteredOn(finding -> finding.kind() == MatchKind.NOTICE)
        .extracting(LicenseFinding::expression).containsExactly(id);
  }

  static Stream<String> headersWithTemplates() {
    return COMMON.stream().filter(id -> !id.equals("EPL-2.0"));
  }
}
