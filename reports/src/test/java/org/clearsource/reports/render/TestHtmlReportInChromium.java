package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.clearsource.reports.Chromium;
import org.clearsource.reports.Fixtures;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Policy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: it renders without console errors, its charts are in the DOM,
 * and nothing planted in the data runs. The screenshot is kept under target/ for people to look at.
 */
class TestHtmlReportInChromium {

  @TempDir static Path work;
  private static Path report;
  private static Path dataInformation;

  @BeforeAll
  static void writePages() throws Exception {
    ReportModel model = Fixtures.allStages();
    var files = ReportArtifacts.render(model, Policy.defaults().evaluate(model));
    report = work.resolve("report.html");
    dataInformation = work.resolve("data-information.html");
    Files.writeString(report, files.get("report.html"), StandardCharsets.UTF_8);
    Files.writeString(dataInformation, files.get("data-information.html"), StandardCharsets.UTF_8);
  }

  @Test
  void rendersWithChartsAndNoConsoleErrors() throws Exception {
    Chromium.assumeInstalled();
    Path png = Files.createDirectories(Path.of("target", "screenshots"))
        .resolve("fixture-report.png");
    Files.deleteIfExists(png);

    Chromium.Run shot = Chromium.screenshot(report, png, work);

    assertThat(shot.consoleMessages()).isEmpty();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    assertThat(distinctColours(image)).as("a page with text and charts, not a blank one")
        .isGreaterThan(50);

    Chromium.Run dom = Chromium.dumpDom(report, work);
    assertThat(dom.consoleMessages()).isEmpty();
    Document rendered = Jsoup.parse(dom.stdout());
    assertThat(rendered.select("svg.chart")).hasSize(9);
    assertThat(rendered.select("svg.chart rect.bar")).hasSizeGreaterThan(20);
    assertThat(rendered.select("svg#chart-overlap rect.cell")).hasSize(16);
  }

  @Test
  void plantedScriptsDoNotRun() throws Exception {
    Chromium.assumeInstalled();
    for (Path page : new Path[] {report, dataInformation}) {
      Chromium.Run dom = Chromium.dumpDom(page, work);

      assertThat(dom.consoleMessages()).as("%s console", page.getFileName()).isEmpty();
      Document rendered = Jsoup.parse(dom.stdout());
      assertThat(rendered.title()).doesNotContain(Fixtures.EXECUTED_MARKER);
      assertThat(rendered.body().attr("data-xss")).isEmpty();
      assertThat(rendered.select("script, img, [onerror], [onmouseover]")).isEmpty();
      assertThat(rendered.select("a[href^=javascript]")).isEmpty();
      // What was planted is on the page as text.
      assertThat(rendered.text()).contains(Fixtures.SCRIPT);
    }
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
