package org.clearsource.reports.render;

import java.util.List;

/**
 * Renders a {@link Doc} as one self-contained HTML page: inline CSS, inline SVG, no script, and a
 * Content-Security-Policy that forbids every external or inline resource except the page's own
 * styles and data: images. Text goes through {@link Escape#html}; links are written only for
 * http(s) URLs.
 */
public final class HtmlRenderer {

  /** Nothing may load or run: no scripts, fonts, frames or connections; only inline styles. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private static final String CSS =
      """
      :root{--ink:#1d2433;--muted:#5b6478;--line:#d9dee8;--bg:#ffffff;--accent:#2f5fb3;--note:#fff7e0}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
      main{max-width:1100px;margin:0 auto;padding:24px 32px 64px}
      h1{font-size:28px;margin:8px 0 4px}
      h2{font-size:22px;margin:40px 0 8px;padding-top:8px;border-top:2px solid var(--line)}
      h3{font-size:18px;margin:28px 0 6px}
      h4{font-size:15px;margin:18px 0 4px}
      p{margin:6px 0 10px}
      a{color:var(--accent)}
      code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f1f3f7;padding:1px 4px;border-radius:3px}
      .note{background:var(--note);border-left:4px solid #e0b040;padding:6px 10px;border-radius:3px}
      .table{overflow-x:auto;margin:8px 0 16px}
      table{border-collapse:collapse;min-width:50%}
      th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f4f6fa;font-weight:600}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tbody tr:nth-child(even){background:#fafbfd}
      nav.toc{background:#f7f8fb;border:1px solid var(--line);border-radius:6px;padding:8px 16px;margin:16px 0}
      nav.toc ul{margin:4px 0;padding-left:20px}
      figure{margin:12px 0 20px}
      figcaption{color:var(--muted);font-size:13px}
      svg.chart{max-width:100%;height:auto;font:12px system-ui,Arial,sans-serif}
      .verdict-pass{color:#1f7a3a}
      .verdict-fail{color:#b3261e}
      """;

  private HtmlRenderer() {}

  /**
   * A complete page.
   *
   * @param title the page title (escaped)
   * @param doc the content
   */
  public static String page(String title, Doc doc) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>").append(Escape.html(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    List<Block> blocks = doc.blocks();
    for (Block block : blocks) {
      block(out, block, blocks);
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void block(StringBuilder out, Block block, List<Block> all) {
    if (block instanceof Block.Heading heading) {
      out.append("<h").append(heading.level()).append(" id=\"")
          .append(Escape.html(heading.anchor())).append("\">")
          .append(Escape.html(heading.text()))
          .append("</h").append(heading.level()).append(">\n");
    } else if (block instanceof Block.Paragraph paragraph) {
      out.append("<p>").append(inlines(paragraph.inlines())).append("</p>\n");
    } else if (block instanceof Block.Note note) {
      out.append("<p class=\"note\">").append(inlines(note.inlines())).append("</p>\n");
    } else if (block instanceof Block.Bullets bullets) {
      out.append("<ul>\n");
      for (List<Inline> item : bullets.items()) {
        out.append("<li>").append(inlines(item)).append("</li>\n");
      }
      out.append("</ul>\n");
    } else if (block instanceof Block.Table table) {
      table(out, table);
    } else if (block instanceof Block.Contents) {
      contents(out, all);
    } else if (block instanceof Block.Figure figure) {
      out.append("<figure>\n").append(figure.svg().markup()).append("\n<figcaption>")
          .append(Escape.html(figure.caption())).append("</figcaption>\n</figure>\n");
    }
  }

  private static void table(StringBuilder out, Block.Table table) {
    out.append("<div class=\"table\"><table>\n<thead><tr>");
    for (int i = 0; i < table.header().size(); i++) {
      out.append(table.numeric().get(i) ? "<th class=\"num\">" : "<th>")
          .append(Escape.html(table.header().get(i))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<List<Inline>> row : table.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(table.numeric().get(i) ? "<td class=\"num\">" : "<td>")
            .append(inlines(row.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
  }

  private static void contents(StringBuilder out, List<Block> all) {
    out.append("<nav class=\"toc\" aria-label=\"Contents\">\n<strong>Contents</strong>\n<ul>\n");
    boolean nested = false;
    for (Block block : all) {
      if (!(block instanceof Block.Heading heading) || heading.level() < 2 || heading.level() > 3) {
        continue;
      }
      if (heading.level() == 3 && !nested) {
        out.append("<ul>\n");
        nested = true;
      } else if (heading.level() == 2 && nested) {
        out.append("</ul>\n");
        nested = false;
      }
      out.append("<li><a href=\"#").append(Escape.html(heading.anchor())).append("\">")
          .append(Escape.html(heading.text())).append("</a></li>\n");
    }
    if (nested) {
      out.append("</ul>\n");
    }
    out.append("</ul>\n</nav>\n");
  }

  static String inlines(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : inlines) {
      out.append(inline(inline));
    }
    return out.toString();
  }

  private static String inline(Inline inline) {
    if (inline instanceof Inline.Text text) {
      return Escape.html(text.text());
    }
    if (inline instanceof Inline.Strong strong) {
      return "<strong>" + Escape.html(strong.text()) + "</strong>";
    }
    if (inline instanceof Inline.Code code) {
      return "<code>" + Escape.html(code.text()) + "</code>";
    }
    if (inline instanceof Inline.Link link) {
      String url = Links.safeHttp(link.url());
      String text = Escape.html(link.text().isBlank() ? String.valueOf(link.url()) : link.text());
      if (url == null) {
        return text;
      }
      return "<a href=\"" + Escape.html(url) + "\" rel=\"noopener noreferrer nofollow\">" + text
          + "</a>";
    }
    Inline.Anchor anchor = (Inline.Anchor) inline;
    return "<a href=\"#" + Escape.html(anchor.anchor()) + "\">" + Escape.html(anchor.text()) + "</a>";
  }
}
