package org.clearsource.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearsource.reports.model.ReportModel;
import org.junit.jupiter.api.Test;

/** Reports over thousands of sources: every chart and table bounded, memory linear at most. */
class TestManySources {

  @Test
  void chartsAndTheOverviewShowTheLargestSourcesAndSumTheRest() {
    ReportModel model = ManySources.model(200);
    SortedMap<String, String> files = ManySources.render(model);

    assertThat(model.overlap().sources()).hasSize(21).last().isEqualTo("other 180 sources");
    long all = 0;
    for (List<Long> row : model.overlap().documents()) {
      all += row.stream().mapToLong(Long::longValue).sum();
    }
    long expected = 0;
    for (int i = 0; i < 200; i++) {
      for (int next = 1; next <= 3; next++) {
        expected += 1 + (i + next) % 13;
      }
    }
    assertThat(all).as("every shared document is in some cell").isEqualTo(expected);

    String html = files.get("report.html");
    assertThat(count(html, "class=\"cell\"")).isEqualTo(21 * 21);
    for (String chart : List.of("chart-duplicates", "chart-optout", "chart-licences")) {
      String svg = html.substring(html.indexOf("id=\"" + chart + "\""));
      svg = svg.substring(0, svg.indexOf("</svg>"));
      assertThat(count(svg, "class=\"bar\"")).as(chart).isLessThanOrEqualTo(26);
      assertThat(svg).as(chart).contains("other 175 sources");
    }
    assertThat(html).contains("other 150 sources");
    assertThat(files.get("datasheet.md")).contains("other 150 sources");
    assertThat(files.get("README.md")).contains("other 150 sources");
    assertThat(files.get("data-information.md")).as("the listing of all data stays complete")
        .contains(ManySources.id(199));
  }

  @Test
  void aReportOverFiveThousandSourcesRendersInAGigabyteOfHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g",
        "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        ManySources.class.getName(), "5000"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try {
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      process.destroyForcibly();
      throw e;
    }
    boolean ended = process.waitFor(10, TimeUnit.MINUTES);

    assertThat(ended).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("rendered 9 files");
  }

  private static int count(String text, String what) {
    Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
