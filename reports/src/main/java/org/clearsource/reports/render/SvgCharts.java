package org.clearsource.reports.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Charts as inline SVG, made in Java so that the HTML report needs no script and no network. Every
 * label is escaped here; coordinates are formatted with one decimal in the root locale, so the same
 * figures give the same bytes.
 */
public final class SvgCharts {

  /** Colours of series, in order; chosen to stay apart for common colour-vision deficiencies. */
  static final List<String> PALETTE =
      List.of(
          "#2f5fb3", "#e07b39", "#3a9a5b", "#c23b58", "#7b5fb3", "#2aa1a8", "#b3942f", "#6b7280",
          "#a0522d", "#1f4e79", "#c7c9d1", "#8aa63a");

  private static final int WIDTH = 840;
  private static final int LABEL_WIDTH = 220;
  private static final int BAR_X = LABEL_WIDTH + 10;
  private static final int BAR_MAX = 400;
  private static final int ROW = 24;
  private static final int BAR_HEIGHT = 16;
  private static final int TITLE_HEIGHT = 30;
  private static final int MAX_LABEL = 34;

  private SvgCharts() {}

  /**
   * One bar.
   *
   * @param label what it measures (escaped here)
   * @param value its length, relative to the largest bar
   * @param valueLabel the figure written after it ("12.5 KiB", "3 (2.1%)")
   */
  public record Bar(String label, double value, String valueLabel) {
    public Bar {
      Objects.requireNonNull(label, "Cannot create a bar without a label");
      Objects.requireNonNull(valueLabel, "Cannot create a bar without a value label");
    }
  }

  /**
   * One stacked bar: its parts in the order of the chart's series.
   *
   * @param label what it measures
   * @param values one value per series
   * @param valueLabel the figure written after it
   */
  public record Stack(String label, List<Double> values, String valueLabel) {
    public Stack {
      Objects.requireNonNull(label, "Cannot create a stacked bar without a label");
      values = List.copyOf(values);
    }
  }

  /** A horizontal bar chart, bars in the given order. */
  public static Svg bars(String id, String title, List<Bar> bars) {
    checkId(id);
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int height = TITLE_HEIGHT + bars.size() * ROW + 10;
    StringBuilder svg = open(id, title, height);
    int y = TITLE_HEIGHT;
    for (Bar bar : bars) {
      double width = max <= 0 ? 0 : Math.max(bar.value() > 0 ? 1 : 0, bar.value() / max * BAR_MAX);
      label(svg, bar.label(), y);
      svg.append("<rect class=\"bar\" x=\"").append(BAR_X).append("\" y=\"").append(y + 2)
          .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR_HEIGHT)
          .append("\" fill=\"").append(PALETTE.get(0)).append("\"><title>")
          .append(Escape.html(bar.label() + ": " + bar.valueLabel())).append("</title></rect>");
      svg.append("<text x=\"").append(number(BAR_X + width + 6)).append("\" y=\"").append(y + 15)
          .append("\" fill=\"#1d2433\">").append(Escape.html(bar.valueLabel())).append("</text>\n");
      y += ROW;
    }
    return close(svg);
  }

  /** Bars stacked to 100% of each row, one colour per series, with a legend. */
  public static Svg stacked(String id, String title, List<String> series, List<Stack> stacks) {
    checkId(id);
    if (series.size() > PALETTE.size()) {
      throw new IllegalArgumentException(
          "Cannot stack " + series.size() + " series: at most " + PALETTE.size());
    }
    int legendRows = (series.size() + 3) / 4;
    int top = TITLE_HEIGHT + legendRows * 18 + 6;
    int height = top + stacks.size() * ROW + 10;
    StringBuilder svg = open(id, title, height);
    for (int i = 0; i < series.size(); i++) {
      int x = BAR_X + (i % 4) * 130 - 120;
      int y = TITLE_HEIGHT + (i / 4) * 18;
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\"")
          .append(" height=\"12\" fill=\"").append(PALETTE.get(i)).append("\"></rect>")
          .append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 11).append("\">")
          .append(Escape.html(truncate(series.get(i), 18))).append("</text>\n");
    }
    int y = top;
    for (Stack stack : stacks) {
      label(svg, stack.label(), y);
      double total = stack.values().stream().mapToDouble(Double::doubleValue).sum();
      double x = BAR_X;
      for (int i = 0; i < stack.values().size() && i < series.size(); i++) {
        double value = stack.values().get(i);
        if (value <= 0 || total <= 0) {
          continue;
        }
        double width = value / total * BAR_MAX;
        svg.append("<rect class=\"bar\" x=\"").append(number(x)).append("\" y=\"").append(y + 2)
            .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR_HEIGHT)
            .append("\" fill=\"").append(PALETTE.get(i)).append("\"><title>")
            .append(Escape.html(stack.label() + ", " + series.get(i) + ": "
                + percent(value / total)))
            .append("</title></rect>");
        x += width;
      }
      svg.append("<text x=\"").append(BAR_X + BAR_MAX + 6).append("\" y=\"").append(y + 15)
          .append("\">").append(Escape.html(stack.valueLabel())).append("</text>\n");
      y += ROW;
    }
    return close(svg);
  }

  /**
   * A matrix of counts, shaded by size: {@code values.get(i).get(j)} in row {@code labels.get(i)},
   * column {@code labels.get(j)}.
   */
  public static Svg matrix(String id, String title, List<String> labels, List<List<Long>> values) {
    checkId(id);
    int n = labels.size();
    int cell = n == 0 ? 40 : Math.max(18, Math.min(44, 440 / n));
    int left = 170;
    int longest = labels.stream().mapToInt(label -> truncate(label, 20).length()).max().orElse(0);
    // Column labels are rotated 45 degrees: leave room for the longest.
    int top = TITLE_HEIGHT + 24 + longest * 5;
    int height = top + n * cell + 10;
    // Shades scale to the largest off-diagonal count: the diagonal (within one source) is grey.
    long max = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        max = i == j ? max : Math.max(max, values.get(i).get(j));
      }
    }
    StringBuilder svg = open(id, title, height);
    for (int j = 0; j < n; j++) {
      double x = left + j * cell + cell / 2.0;
      svg.append("<text transform=\"translate(").append(number(x)).append(',').append(top - 6)
          .append(") rotate(-45)\">").append(Escape.html(truncate(labels.get(j), 20)))
          .append("</text>\n");
    }
    for (int i = 0; i < n; i++) {
      int y = top + i * cell;
      svg.append("<text x=\"").append(left - 6).append("\" y=\"")
          .append(number(y + cell / 2.0 + 4)).append("\" text-anchor=\"end\">")
          .append(Escape.html(truncate(labels.get(i), 22))).append("</text>\n");
      for (int j = 0; j < n; j++) {
        long value = values.get(i).get(j);
        double shade = value == 0 || max == 0 ? 0.05 : 0.15 + 0.85 * value / max;
        svg.append("<rect class=\"cell\" x=\"").append(left + j * cell).append("\" y=\"").append(y)
            .append("\" width=\"").append(cell - 1).append("\" height=\"").append(cell - 1)
            .append("\" fill=\"").append(i == j ? "#eeeeee" : PALETTE.get(3))
            .append("\" fill-opacity=\"").append(opacity(i == j ? 1 : shade)).append("\"><title>")
            .append(Escape.html(labels.get(i) + " / " + labels.get(j) + ": " + value))
            .append("</title></rect>");
        if (value > 0 && cell >= 24) {
          svg.append("<text x=\"").append(number(left + j * cell + cell / 2.0)).append("\" y=\"")
              .append(number(y + cell / 2.0 + 4)).append("\" text-anchor=\"middle\">")
              .append(value).append("</text>");
        }
      }
      svg.append('\n');
    }
    return close(svg);
  }

  private static StringBuilder open(String id, String title, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">\n")
        .append("<title id=\"").append(id).append("-title\">").append(Escape.html(title))
        .append("</title>\n")
        .append("<text x=\"0\" y=\"18\" font-weight=\"600\" font-size=\"14\">")
        .append(Escape.html(title)).append("</text>\n");
    return svg;
  }

  private static Svg close(StringBuilder svg) {
    return new Svg(svg.append("</svg>").toString());
  }

  private static void label(StringBuilder svg, String label, int y) {
    svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 15)
        .append("\" text-anchor=\"end\">").append(Escape.html(truncate(label, MAX_LABEL)))
        .append("</text>");
  }

  private static void checkId(String id) {
    if (!id.matches("chart-[a-z0-9-]+")) {
      throw new IllegalArgumentException("Cannot use chart id '" + id + "': use chart-[a-z0-9-]+");
    }
  }

  static String truncate(String text, int max) {
    String line = Escape.oneLine(text);
    return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String opacity(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
