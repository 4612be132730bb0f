package org.clearsource.reports.render;

/**
 * SVG markup made by {@link SvgCharts}. The constructor is package-private so that no other code can
 * pass markup of its own into a page: the only raw markup a renderer writes is its own.
 */
public final class Svg {

  private final String markup;

  Svg(String markup) {
    this.markup = markup;
  }

  public String markup() {
    return markup;
  }
}
