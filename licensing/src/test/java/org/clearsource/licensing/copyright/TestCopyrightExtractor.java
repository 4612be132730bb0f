package org.clearsource.licensing.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestCopyrightExtractor {

  static Stream<Arguments> realWorldShapes() {
    return Stream.of(
        Arguments.of("Copyright (c) 2019-2021 Foo Inc.", List.of("Foo Inc."), "2019-2021"),
        Arguments.of("(C) Baz 1998", List.of("Baz"), "1998"),
        Arguments.of("Copyright 2004 by Jane Doe", List.of("Jane Doe"), "2004"),
        Arguments.of("(c) 2020 Bar", List.of("Bar"), "2020"),
        Arguments.of("© 2024 Northwind Gazette Ltd. All rights reserved.",
            List.of("Northwind Gazette Ltd."), "2024"),
        Arguments.of("Copyright 2021-2024 The Demo Authors", List.of("The Demo Authors"),
            "2021-2024"),
        Arguments.of("Copyright (C) 1989, 1991 Free Software Foundation, Inc.",
            List.of("Free Software Foundation, Inc."), "1989,1991"),
        Arguments.of("Copyright © 2003-2010, 2015 Acme", List.of("Acme"), "2003-2010,2015"),
        Arguments.of("Copyright: 2012 X <x@example.org>", List.of("X"), "2012"),
        Arguments.of("&copy; 2020 Foo", List.of("Foo"), "2020"),
        Arguments.of("© Valley Courier 2024", List.of("Valley Courier"), "2024"),
        Arguments.of("Copyright 2024 Metro Daily Group. All rights reserved.",
            List.of("Metro Daily Group"), "2024"),
        Arguments.of("Copyright (c) 1998-99 Old Timer", List.of("Old Timer"), "1998-1999"),
        Arguments.of("Copyright (c) 2019 - present Ongoing Co.", List.of("Ongoing Co."), "2019"),
        Arguments.of("Copyright (c) 2015 sindresorhus", List.of("sindresorhus"), "2015"),
        Arguments.of("COPYRIGHT (C) 2010 SHOUTING CORP", List.of("SHOUTING CORP"), "2010"),
        Arguments.of("Copyright (c) 2007 Free Software Foundation, Inc. <https://fsf.org/>",
            List.of("Free Software Foundation, Inc."), "2007"),
        Arguments.of("Copyright 2020 Jane Roe <jane@example.com>, John Poe <john@example.com>",
            List.of("Jane Roe", "John Poe"), "2020"),
        Arguments.of("Copyright (c) Foo Bar", List.of("Foo Bar"), ""),
        Arguments.of("© The Gazette", List.of("The Gazette"), ""),
        Arguments.of("Copyright by Jane Doe", List.of("Jane Doe"), ""),
        Arguments.of("Copyright 2020 J. R. Tolkien Estate. Licensed under MIT.",
            List.of("J. R. Tolkien Estate"), "2020"),
        Arguments.of("© 2024 Foo Media | Privacy Policy | Terms", List.of("Foo Media"), "2024"),
        Arguments.of("Copyright (c) 2018, Kestrel Labs (https://kestrel.example)",
            List.of("Kestrel Labs"), "2018"),
        Arguments.of("Copyright © 2016 Smith &amp; Sons", List.of("Smith & Sons"), "2016"),
        Arguments.of("Drawn by Ann Lee &copy; 2021 Ann Lee", List.of("Ann Lee"), "2021"),
        Arguments.of("<p>© Valley Courier 2024</p></footer>", List.of("Valley Courier"), "2024"),
        Arguments.of("Copyright 2020", List.of(), "2020"));
  }

  @ParameterizedTest
  @MethodSource("realWorldShapes")
  void readsHoldersAndYearsOfRealWorldShapes(String line, List<String> holders, String years) {
    List<CopyrightStatement> found = CopyrightExtractor.extract("Some text.\n" + line + "\nMore.");

    assertThat(found).as(line).hasSize(1);
    CopyrightStatement statement = found.get(0);
    assertThat(statement.holders()).as(line).isEqualTo(holders);
    assertThat(yearsOf(statement)).as(line).isEqualTo(years);
  }

  @Test
  void statementKeepsTheRightsPhraseAndSpanPointsIntoTheText() {
    String text = "<footer>© 2024 Northwind Gazette Ltd. All rights reserved.</footer>";

    CopyrightStatement statement = CopyrightExtractor.extract(text).get(0);

    assertThat(statement.statement())
        .isEqualTo("© 2024 Northwind Gazette Ltd. All rights reserved.");
    assertThat(text.substring(statement.span().start(), statement.span().end()))
        .isEqualTo("© 2024 Northwind Gazette Ltd. All rights reserved.");
  }

  @Test
  void findsStatementsInEveryCommentStyle() throws IOException {
    List<CopyrightStatement> found = CopyrightExtractor.extract(resource("header.c"));

    assertThat(found).extracting(CopyrightStatement::holders).containsExactly(
        List.of("Kestrel Labs Inc."),
        List.of("Heron Systems"),
        List.of("Lark Devices"),
        List.of("Jane Roe"),
        List.of("Free Software Foundation, Inc."),
        List.of("Plover Data AB"),
        List.of("Wren Tools"),
        List.of("Finch Media"));
    assertThat(found.get(1).statement())
        .isEqualTo("Portions Copyright (C) 2001 Heron Systems <dev@heron.example>");
    assertThat(found.get(6).statement()).isEqualTo("Copyright 2024 Wren Tools");
  }

  @Test
  void readsDebianCopyrightFieldsWithContinuationLines() throws IOException {
    List<CopyrightStatement> found = CopyrightExtractor.extract(resource("debian-copyright.txt"));

    assertThat(found).hasSize(2);
    assertThat(found.get(0).holders()).containsExactly("Xavier Quill", "Yvonne Rask");
    assertThat(yearsOf(found.get(0))).isEqualTo("2012,2013-2015");
    assertThat(found.get(1).holders()).containsExactly("Zoltán Úrhegyi");
    assertThat(yearsOf(found.get(1))).isEqualTo("2016,2018");
  }

  @Test
  void proseAndTemplatesAreMentionsNotStatements() throws IOException {
    CopyrightFindings findings = CopyrightExtractor.scan(resource("prose.txt"));

    assertThat(findings.statements()).isEmpty();
    // law, holder, infringement, Act, Office, copyrighted, notice, and two words per template.
    assertThat(findings.mentions()).isEqualTo(11);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Copyright 2019 was a good year for the committee.",
      "(c) 2019 amendments to the schedule",
      "(c) 2019 was the year of the flood",
      "(c) Foo",
      "Copyright Foo Inc.",
      "Copyright 1900 Ancient House",
      "Copyright (c) 98 Two Digit",
      "f(c) 2020 + g(c)",
      "x = (c) Foo Bar Baz Qux Quux Corge Grault 2020"})
  void rejectsLookAlikes(String text) {
    assertThat(CopyrightExtractor.extract(text)).as(text).isEmpty();
  }

  @Test
  void repairsMisDecodedUtf8OnlyWhenUnambiguous() {
    CopyrightStatement mojibake =
        CopyrightExtractor.extract("Copyright Â© 2020 CafÃ© MÃ¼ller GmbH").get(0);
    CopyrightStatement latin1 = CopyrightExtractor.extract("© 2020 Café Müller GmbH").get(0);
    CopyrightStatement mixed = CopyrightExtractor.extract("© 2020 CafÃ© Zoë").get(0);

    assertThat(mojibake.holders()).containsExactly("Café Müller GmbH");
    assertThat(mojibake.statement()).isEqualTo("Copyright © 2020 Café Müller GmbH");
    assertThat(latin1.holders()).containsExactly("Café Müller GmbH");
    // "ë" alone is not a UTF-8 sequence, so the holder does not round-trip: left as found.
    assertThat(mixed.holders()).containsExactly("CafÃ© Zoë");
  }

  @Test
  void symbolVouchesForYearsWhenTheHolderReadsAsProse() {
    CopyrightStatement statement =
        CopyrightExtractor.extract("© 2019 was a good year for the committee.").get(0);

    assertThat(statement.statement()).isEqualTo("© 2019");
    assertThat(statement.holders()).isEmpty();
    assertThat(statement.years()).containsExactly(YearRange.of(2019));
  }

  @Test
  void findsSeveralStatementsOnOneLine() {
    List<CopyrightStatement> found =
        CopyrightExtractor.extract("Copyright 2001 Alpha Ltd. Copyright 2002 Beta Inc.");

    assertThat(found).extracting(s -> s.holders().get(0))
        .containsExactly("Alpha Ltd.", "Beta Inc.");
  }

  @Test
  void textWithoutMarkersCostsOnlyThePrefilter() {
    assertThat(CopyrightExtractor.mayContainMarker("Plain text about cats, (a) and (b)."))
        .isFalse();
    assertThat(CopyrightExtractor.scan("Plain text")).isSameAs(CopyrightFindings.NONE);
    assertThat(CopyrightExtractor.mayContainMarker("CopyRight 2020 Mixed Case")).isTrue();
  }

  // Each test gets its own 5 s budget; on an idle core each takes well under half a second.
  @Test
  void fiveMegabytesOfRepeatedCopyrightWordsStayLinear() {
    String copyrights = "Copyright ".repeat(500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      CopyrightFindings findings = CopyrightExtractor.scan(copyrights);
      assertThat(findings.statements()).isEmpty();
      assertThat(findings.mentions()).isEqualTo(1);
    });
  }

  @Test
  void oneMegabyteOfParenthesizedCsStaysLinear() {
    String parens = "(c)".repeat(350_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThat(CopyrightExtractor.scan(parens).statements()).isEmpty());
  }

  @Test
  void manyStatementsStayLinear() {
    String symbols = "© Ann Lee ".repeat(20_000);
    String lines = "Copyright (c) 2020 Foo Inc.\n".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(CopyrightExtractor.scan(symbols).statements()).hasSize(20_000);
      assertThat(CopyrightExtractor.scan(lines).statements()).hasSize(10_000);
    });
  }

  @Test
  void overlongHoldersAndYearListsStayLinear() {
    String longHolder = "© " + "x".repeat(5_000_000);
    String years = "Copyright " + "2020, ".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(CopyrightExtractor.scan(longHolder).statements()).isEmpty();
      assertThat(CopyrightExtractor.scan(years).statements()).singleElement()
          .satisfies(s -> assertThat(s.years()).hasSize(100_000));
    });
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> CopyrightExtractor.extract(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Cannot scan a null text");
  }

  private static String yearsOf(CopyrightStatement statement) {
    return String.join(",", statement.years().stream().map(YearRange::toString).toList());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TestCopyrightExtractor.class.getResourceAsStream("/copyright/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
