package org.clearsource.licensing.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TestPiiCounter {

  @ParameterizedTest
  @ValueSource(strings = {
      "write to jane.doe+news@example.com today",
      "<mailto:ops_team@mail.example.org>",
      "Contact: J.O'Neil? no: joneil@sub.domain.example.",
      "x@xn--bcher-kva.example"})
  void countsEmailAddresses(String text) {
    assertThat(PiiCounter.count(text).emails()).as(text).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "icon@2x.png", "user@localhost", "a@b.c", "@handle on social media", "name@.example.com",
      "first..last@example.com", "decorators like @Override and @Test", "foo@bar.123"})
  void ignoresEmailLookAlikes(String text) {
    assertThat(PiiCounter.count(text).emails()).as(text).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Call +1 555-0142 now", "Tel: +44 20 7946 0958.", "+442079460958", "+49 (0)30 1234567",
      "0044 20 7946 0958", "(212) 555-0142", "212-555-0142", "212.555.0142", "1-800-555-0199",
      "020 7946 0958", "030 12345678", "01 23 45 67 89", "07700 900123", "Fax 030/1234567"})
  void countsPhoneNumbers(String text) {
    assertThat(PiiCounter.count(text).phones()).as(text).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "In 2019-2021 sales grew", "Published 2024-05-14", "on 14.05.2024 at noon",
      "on 05/14/2024 10 people", "ISBN 0-306-40615-2", "ISBN 978-3-16-148410-0",
      "order 1234567890123", "ID-555-010-0199", "https://x.example/item/020-7946-0958",
      "a range of 555-0142", "$212 555 0142", "serial 02079460958", "+1234567",
      "pages 100-200-3000 are blank? no: 100 200", "version 1.2.3.4 released",
      "a table: 10 20 30 40 50", "pi is 3.14159 26535"})
  void ignoresPhoneLookAlikes(String text) {
    assertThat(PiiCounter.count(text).phones()).as(text).isZero();
  }

  @Test
  void countsIpv4AndIpv6Addresses() {
    assertThat(PiiCounter.count("from 192.0.2.17 and 198.51.100.7").ipAddresses()).isEqualTo(2);
    assertThat(PiiCounter.count("hosts 10.0.0.1 10.0.0.2, gateway 203.0.113.0/24.").ipAddresses())
        .isEqualTo(3);
    assertThat(PiiCounter.count("IPv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 is full")
        .ipAddresses()).isEqualTo(1);
    assertThat(PiiCounter.count("try 2001:db8::1, fe80::1 or ::ffff:192.0.2.1.").ipAddresses())
        .isEqualTo(3);
    assertThat(PiiCounter.count("IP:2001:db8::7").ipAddresses()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "version 1.2.3.4", "Version: 10.0.19041.1", "v1.2.3.4", "build 4.18.0.147",
      "see section 1.2.3.4", "OID 1.3.6.1.4.1", "256.1.1.1", "1.2.3", "01.02.03.04",
      "10.0.0.1.example.net", "at 12:30:45 sharp", "MAC 00:1A:2B:3C:4D:5E", "std::map<int>",
      "ratio 1:2:3", "a::b", "deadbeef::cafe"})
  void ignoresAddressLookAlikes(String text) {
    assertThat(PiiCounter.count(text).ipAddresses()).as(text).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "paid with 4111 1111 1111 1111, thanks", "card 5500-0000-0000-0004", "card 4012888888881881",
      "amex 3782 822463 10005", "mc 2223000048400011", "discover 6011 1111 1111 1117",
      "diners 3056 930902 5904", "card 4111 1111 1111 1111 exp 12/26"})
  void countsLuhnValidCardsOfKnownIssuers(String text) {
    assertThat(PiiCounter.count(text).paymentCards()).as(text).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "4111 1111 1111 1112", "1234 5678 9012 3456", "9111 1111 1111 1111 1",
      "4111 1111-1111 1111", "4111111111111111abc", "ref 41111111111111111111",
      "+4111111111111111", "41 11 11 11 11 11 11 11"})
  void ignoresCardLookAlikes(String text) {
    assertThat(PiiCounter.count(text).paymentCards()).as(text).isZero();
  }

  @Test
  void countsEachValueOnceInAMixedText() throws IOException {
    PiiCounts counts = PiiCounter.count(resource("ticket.txt"));

    assertThat(counts).isEqualTo(new PiiCounts(2, 2, 2, 2));
    assertThat(counts.total()).isEqualTo(8);
  }

  @Test
  void textWithoutIndicatorsCountsNothing() {
    assertThat(PiiCounter.count("Nothing personal here, just 42 words in 2024."))
        .isEqualTo(PiiCounts.NONE);
    assertThat(PiiCounter.count("")).isEqualTo(PiiCounts.NONE);
  }

  @Test
  void countsAddUp() {
    assertThat(new PiiCounts(1, 2, 3, 4).plus(new PiiCounts(10, 20, 30, 40)))
        .isEqualTo(new PiiCounts(11, 22, 33, 44));
    assertThatThrownBy(() -> new PiiCounts(-1, 0, 0, 0)).hasMessageContaining("Cannot count");
    assertThatThrownBy(() -> PiiCounter.count(null)).hasMessageContaining("Cannot count PII");
  }

  // Each test gets its own 5 s budget; on an idle core each takes well under half a second.
  @Test
  void fiveMegabytesOfRealisticTextStayFast() {
    String mixed = ("Reach jane.doe@example.com or +44 20 7946 0958 from 192.0.2.1 with card "
        + "4111 1111 1111 1111. ").repeat(50_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(PiiCounter.count(mixed))
        .isEqualTo(new PiiCounts(50_000, 50_000, 50_000, 50_000)));
  }

  @Test
  void pathologicalEmailInputsStayLinear() {
    String ats = "@".repeat(5_000_000);
    String localPart = "a".repeat(5_000_000) + "@example.com";
    String dotted = "a.".repeat(2_500_000) + "@" + "b.".repeat(2_500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(PiiCounter.count(ats).total()).isZero();
      assertThat(PiiCounter.count(localPart).emails()).isZero();
      assertThat(PiiCounter.count(dotted).emails()).isZero();
    });
  }

  @Test
  void pathologicalNumberAndColonInputsStayLinear() {
    String colons = ":".repeat(2_000_000) + "1:2:3".repeat(600_000);
    String digits = "1 ".repeat(2_500_000);
    String dots = "1.".repeat(2_500_000);
    String glued = "a1".repeat(2_500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(PiiCounter.count(colons).ipAddresses()).isZero();
      assertThat(PiiCounter.count(digits).total()).isZero();
      assertThat(PiiCounter.count(dots).total()).isZero();
      assertThat(PiiCounter.count(glued).total()).isZero();
    });
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TestPiiCounter.class.getResourceAsStream("/pii/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
