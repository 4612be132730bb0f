package org.clearsource.reports.render;

import java.util.List;
import java.util.Objects;

/** Block content of a {@link Doc}. */
public sealed interface Block {

  /**
   * A heading.
   *
   * @param level 1 to 4
   * @param text the heading
   * @param anchor id to link to it ({@code [a-z0-9_-]}); the table of contents lists level-2 and
   *     level-3 headings
   */
  record Heading(int level, String text, String anchor) implements Block {
    public Heading {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("Cannot create a heading of level " + level);
      }
      Objects.requireNonNull(text, "Cannot create a heading without text");
      Objects.requireNonNull(anchor, "Cannot create a heading without an anchor");
      if (!anchor.matches("[a-z0-9][a-z0-9_-]*")) {
        throw new IllegalArgumentException("Cannot use heading anchor '" + anchor + "'");
      }
    }
  }

  record Paragraph(List<Inline> inlines) implements Block {
    public Paragraph {
      inlines = List.copyOf(inlines);
    }
  }

  /** A callout: "not measured", "to be answered by the dataset owner". */
  record Note(List<Inline> inlines) implements Block {
    public Note {
      inlines = List.copyOf(inlines);
    }
  }

  record Bullets(List<List<Inline>> items) implements Block {
    public Bullets {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A table; {@code numeric} columns are right-aligned.
   *
   * @param header column titles
   * @param numeric one flag per column
   * @param rows cells, one list of inlines per cell
   */
  record Table(List<String> header, List<Boolean> numeric, List<List<List<Inline>>> rows)
      implements Block {
    public Table {
      header = List.copyOf(header);
      numeric = List.copyOf(numeric);
      if (numeric.size() != header.size()) {
        throw new IllegalArgumentException("Cannot create a table with " + header.size()
            + " columns and " + numeric.size() + " alignment flags");
      }
      for (List<List<Inline>> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException("Cannot create a table with " + header.size()
              + " columns and a row of " + row.size() + " cells");
        }
      }
      rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
    }
  }

  /** The table of contents: the renderer fills it from the document's headings. */
  record Contents() implements Block {}

  /**
   * A chart: inline SVG, which only {@link SvgCharts} can make (it escapes every label), shown in
   * HTML; in Markdown only its caption appears.
   */
  record Figure(Svg svg, String caption) implements Block {
    public Figure {
      Objects.requireNonNull(svg, "Cannot create a figure without its SVG");
      Objects.requireNonNull(caption, "Cannot create a figure without a caption");
    }
  }
}
