package org.clearsource.reports.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document as blocks, rendered to Markdown by {@link MarkdownRenderer} and to HTML by {@link
 * HtmlRenderer}: the reports are written once and escaped in one place.
 */
public final class Doc {

  private final List<Block> blocks = new ArrayList<>();

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  public Doc add(Block block) {
    blocks.add(block);
    return this;
  }

  public Doc heading(int level, String text, String anchor) {
    return add(new Block.Heading(level, text, anchor));
  }

  public Doc paragraph(Inline... inlines) {
    return add(new Block.Paragraph(Arrays.asList(inlines)));
  }

  public Doc paragraph(List<Inline> inlines) {
    return add(new Block.Paragraph(inlines));
  }

  public Doc text(String text) {
    return paragraph(Inline.text(text));
  }

  public Doc note(Inline... inlines) {
    return add(new Block.Note(Arrays.asList(inlines)));
  }

  public Doc note(String text) {
    return note(Inline.text(text));
  }

  public Doc bullets(List<List<Inline>> items) {
    return items.isEmpty() ? this : add(new Block.Bullets(items));
  }

  public Doc contents() {
    return add(new Block.Contents());
  }

  public Doc figure(Svg svg, String caption) {
    return add(new Block.Figure(svg, caption));
  }

  public TableBuilder table(String... header) {
    return new TableBuilder(this, Arrays.asList(header));
  }

  /** Builds a table row by row; {@link #numeric(int...)} marks right-aligned columns. */
  public static final class TableBuilder {
    private final Doc doc;
    private final List<String> header;
    private final List<Boolean> numeric;
    private final List<List<List<Inline>>> rows = new ArrayList<>();

    private TableBuilder(Doc doc, List<String> header) {
      this.doc = doc;
      this.header = header;
      this.numeric = new ArrayList<>();
      header.forEach(column -> numeric.add(false));
    }

    /** Default: no column is numeric. */
    public TableBuilder numeric(int... columns) {
      for (int column : columns) {
        numeric.set(column, true);
      }
      return this;
    }

    /** A row of plain-text cells. */
    public TableBuilder row(String... cells) {
      List<List<Inline>> row = new ArrayList<>();
      for (String cell : cells) {
        row.add(List.of(Inline.text(cell)));
      }
      rows.add(row);
      return this;
    }

    /** A row of cells, each a list of inlines. */
    public TableBuilder cells(List<List<Inline>> row) {
      rows.add(row);
      return this;
    }

    public int size() {
      return rows.size();
    }

    /** Adds the table to the document (nothing when it has no rows). */
    public Doc end() {
      return rows.isEmpty() ? doc : doc.add(new Block.Table(header, numeric, rows));
    }
  }
}
