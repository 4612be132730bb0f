package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clearsource.reports.Fixtures;
import org.junit.jupiter.api.Test;

class TestSvgCharts {

  @Test
  void barsAreScaledToTheLargest() {
    String svg = SvgCharts.bars("chart-test", "Title", List.of(
        new SvgCharts.Bar("big", 200, "200"), new SvgCharts.Bar("half", 100, "100"),
        new SvgCharts.Bar("zero", 0, "0"))).markup();

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""
        + " id=\"chart-test\"")
        .contains("width=\"400.0\"", "width=\"200.0\"", "width=\"0.0\"", "<title id=\"chart-test-title\">Title</title>")
        .endsWith("</svg>");
  }

  @Test
  void labelsAreEscapedAndTruncated() {
    String svg = SvgCharts.bars("chart-test", Fixtures.SCRIPT, List.of(
        new SvgCharts.Bar(Fixtures.ON_ERROR, 1, Fixtures.SCRIPT))).markup();

    assertThat(svg).doesNotContain("<script", "<img", "onerror=\"").contains("&lt;script&gt;");
    assertThat(SvgCharts.truncate("a".repeat(50), 10)).isEqualTo("aaaaaaaaa\u2026");
  }

  @Test
  void stackedBarsSplitEachRowByShare() {
    String svg = SvgCharts.stacked("chart-stack", "Stacked", List.of("a", "b"), List.of(
        new SvgCharts.Stack("row", List.of(3.0, 1.0), "4"))).markup();

    assertThat(svg).contains("width=\"300.0\"", "width=\"100.0\"", "row, a: 75.0%", "row, b: 25.0%");
  }

  @Test
  void matrixShadesCellsAndGreysTheDiagonal() {
    String svg = SvgCharts.matrix("chart-matrix", "Overlap", List.of("x", "y", "z"),
        List.of(List.of(9L, 4L, 0L), List.of(1L, 0L, 0L), List.of(0L, 0L, 0L))).markup();

    // Shades scale to the largest count between two sources (4), not the diagonal's 9.
    assertThat(svg).contains("x / y: 4", "y / x: 1", "fill=\"#eeeeee\"",
        "x / y: 4</title>", "fill-opacity=\"0.36\"", "fill-opacity=\"0.05\"")
        .containsPattern("fill-opacity=\"1.00\"><title>x / y: 4");
  }

  @Test
  void chartIdsAreChecked() {
    assertThatThrownBy(() -> SvgCharts.bars("x\" onload=\"alert(1)", "t", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot use chart id");
  }

  @Test
  void sameFiguresSameMarkup() {
    List<SvgCharts.Bar> bars = List.of(new SvgCharts.Bar("a", 1.0 / 3, "x"));
    assertThat(SvgCharts.bars("chart-a", "t", bars).markup())
        .isEqualTo(SvgCharts.bars("chart-a", "t", bars).markup());
  }
}
