package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TestFormat {

  @Test
  void numbersSizesAndShares() {
    assertThat(Format.count(1234567)).isEqualTo("1,234,567");
    assertThat(Format.bytes(512)).isEqualTo("512 B");
    assertThat(Format.bytes(847_333)).isEqualTo("827.5 KiB");
    assertThat(Format.bytes(3L << 40)).isEqualTo("3.0 TiB");
    assertThat(Format.percent(0.123456)).isEqualTo("12.3%");
    assertThat(Format.percent(0.0004)).isEqualTo("<0.1%");
    assertThat(Format.percent(0)).isEqualTo("0.0%");
    assertThat(Format.percent(1, 0)).isEqualTo("0.0%");
    assertThat(Format.tokens(999)).isEqualTo("999");
    assertThat(Format.tokens(212_096)).isEqualTo("212,096 (~212.1 thousand)");
    assertThat(Format.tokens(12_000_000_000L)).isEqualTo("12,000,000,000 (~12.0 billion)");
  }

  @Test
  void breakdownsAreLargestFirstThenByName() {
    Map<String, Long> counts = new TreeMap<>(Map.of("fr", 15L, "en", 649L, "de", 15L, "es", 15L));

    assertThat(Format.breakdown(counts, 10)).isEqualTo("en 649, de 15, es 15, fr 15");
    assertThat(Format.breakdown(counts, 2)).isEqualTo("en 649, de 15, ...");
    assertThat(Format.breakdown(Map.of(), 2)).isEmpty();
  }

  @Test
  void periodsAndSentences() {
    assertThat(Format.period("2024-01-01", "2024-01-31")).isEqualTo("2024-01-01 to 2024-01-31");
    assertThat(Format.period("2024-02-01", "2024-02-01")).isEqualTo("2024-02-01");
    assertThat(Format.period(null, "2024")).isEqualTo("until 2024");
    assertThat(Format.period(null, null)).isNull();
    assertThat(Format.sentence("no human labelling.")).isEqualTo("no human labelling.");
    assertThat(Format.sentence("none")).isEqualTo("none.");
  }
}
