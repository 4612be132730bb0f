package org.clearsource.licensing.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.clearsource.licensing.optout.TdmRep.Reservation;
import org.junit.jupiter.api.Test;

class TestTdmRep {

  @Test
  void headerAndMetaValuesAreOneZeroOrUnset() {
    assertThat(TdmRep.reservation("1")).isEqualTo(Reservation.RESERVED);
    assertThat(TdmRep.reservation(" 1 ")).isEqualTo(Reservation.RESERVED);
    assertThat(TdmRep.reservation("\"1\"")).isEqualTo(Reservation.RESERVED);
    assertThat(TdmRep.reservation("0")).isEqualTo(Reservation.NOT_RESERVED);
    assertThat(TdmRep.reservation("true")).isEqualTo(Reservation.UNSET);
    assertThat(TdmRep.reservation("2")).isEqualTo(Reservation.UNSET);
    assertThat(TdmRep.reservation("10")).isEqualTo(Reservation.UNSET);
    assertThat(TdmRep.reservation("")).isEqualTo(Reservation.UNSET);
    assertThat(TdmRep.reservation(null)).isEqualTo(Reservation.UNSET);
  }

  @Test
  void splitsJoinedValues() {
    assertThat(TdmRep.values("1 | 0 |  | 1")).containsExactly("1", "0", "1");
    assertThat(TdmRep.values("1")).containsExactly("1");
    assertThat(TdmRep.values(null)).isEmpty();
  }

  @Test
  void fileGivesReservationAndPolicyPerPath() throws IOException {
    TdmRepFile file = TdmRepFile.parse(TestRobotsTxt.resource("tdmrep.json"));

    assertThat(file.problems()).isEmpty();
    TdmRepRule reports = file.ruleFor("/reports/2024/q1-outlook").orElseThrow();
    assertThat(reports.reservation()).isEqualTo(Reservation.RESERVED);
    assertThat(reports.policy()).isEqualTo("https://tech-wire.example/policies/tdm.json");
    assertThat(file.ruleFor("/news/2024/05/story").orElseThrow().reservation())
        .isEqualTo(Reservation.NOT_RESERVED);
    assertThat(file.ruleFor("/about")).isEmpty();
    assertThat(file.ruleFor("/reportsx")).isEmpty();
  }

  @Test
  void longestLocationWinsWhateverTheOrderAndTheFirstWinsATie() {
    TdmRepFile file = TdmRepFile.parse("""
        [{"location": "/", "tdm-reservation": 1},
         {"location": "/open/*", "tdm-reservation": 0},
         {"location": "/same", "tdm-reservation": 1, "tdm-policy": "https://a.example/p"},
         {"location": "/same", "tdm-reservation": 0},
         {"location": "/docs/*.pdf$", "tdm-reservation": 0}]
        """);

    assertThat(file.ruleFor("/anything").orElseThrow().reservation())
        .isEqualTo(Reservation.RESERVED);
    assertThat(file.ruleFor("/open/page").orElseThrow().reservation())
        .isEqualTo(Reservation.NOT_RESERVED);
    assertThat(file.ruleFor("/same").orElseThrow().policy()).isEqualTo("https://a.example/p");
    assertThat(file.ruleFor("/docs/a/b.pdf").orElseThrow().reservation())
        .isEqualTo(Reservation.NOT_RESERVED);
    assertThat(file.ruleFor("/docs/a/b.pdf?v=2").orElseThrow().reservation())
        .isEqualTo(Reservation.RESERVED);
  }

  @Test
  void parsingIsLenientAndSaysWhatWasWrong() {
    TdmRepFile file = TdmRepFile.parse("""
        [{"location": "https://site.example/private/*", "tdm-reservation": "1"},
         {"tdm-reservation": 1},
         {"location": "/odd", "tdm-reservation": 2},
         {"location": "relative/*", "tdm-reservation": 1}]
        """);

    assertThat(file.rules()).hasSize(3);
    assertThat(file.problems()).hasSize(2);
    assertThat(file.ruleFor("/private/x").orElseThrow().reservation())
        .isEqualTo(Reservation.RESERVED);
    assertThat(file.ruleFor("/odd").orElseThrow().reservation()).isEqualTo(Reservation.UNSET);
    assertThat(file.ruleFor("/relative/x").orElseThrow().reservation())
        .isEqualTo(Reservation.RESERVED);

    assertThat(TdmRepFile.parse("{not json").problems()).singleElement().asString()
        .startsWith("not valid JSON");
    assertThat(TdmRepFile.parse("{\"location\": \"/\"}").problems())
        .containsExactly("not a JSON array of rules");
    assertThat(TdmRepFile.parse("").rules()).isEmpty();
  }

  @Test
  void onlyA2xxResponseIsAFile() {
    assertThat(TdmRepFile.fromResponse(200, "[]")).isPresent();
    assertThat(TdmRepFile.fromResponse(0, "[]")).isPresent();
    assertThat(TdmRepFile.fromResponse(404, "[]")).isEmpty();
    assertThat(TdmRepFile.fromResponse(500, "[]")).isEmpty();
    assertThat(TdmRepFile.fromResponse(200, null)).isEmpty();
  }
}
