package org.clearsource.reports.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a {@link Doc} as GitHub-flavoured Markdown. Text goes through {@link Escape#markdown}, so
 * no document or manifest text can open a link, an image, raw HTML or a new block; links are written
 * only for http(s) URLs.
 */
public final class MarkdownRenderer {

  /** Code spans are used only for text made of these characters; anything else is escaped text. */
  private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9 ._:/+=,@-]*");

  private final Map<String, String> slugs = new HashMap<>();

  private MarkdownRenderer() {}

  public static String render(Doc doc) {
    return new MarkdownRenderer().renderBlocks(doc.blocks());
  }

  private String renderBlocks(List<Block> blocks) {
    Map<String, Integer> seen = new HashMap<>();
    for (Block block : blocks) {
      if (block instanceof Block.Heading heading) {
        String slug = githubSlug(heading.text());
        int count = seen.merge(slug, 1, Integer::sum);
        slugs.put(heading.anchor(), count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      block(out, block, blocks);
    }
    return out.toString().stripTrailing() + "\n";
  }

  private void block(StringBuilder out, Block block, List<Block> all) {
    if (block instanceof Block.Heading heading) {
      out.append("#".repeat(heading.level())).append(' ')
          .append(Escape.markdownLineStart(heading.text()).strip()).append("\n\n");
    } else if (block instanceof Block.Paragraph paragraph) {
      out.append(inlines(paragraph.inlines())).append("\n\n");
    } else if (block instanceof Block.Note note) {
      out.append("> ").append(inlines(note.inlines())).append("\n\n");
    } else if (block instanceof Block.Bullets bullets) {
      for (List<Inline> item : bullets.items()) {
        out.append("- ").append(inlines(item)).append('\n');
      }
      out.append('\n');
    } else if (block instanceof Block.Table table) {
      table(out, table);
    } else if (block instanceof Block.Contents) {
      for (Block other : all) {
        if (other instanceof Block.Heading heading && heading.level() >= 2 && heading.level() <= 3) {
          out.append(heading.level() == 3 ? "  - " : "- ")
              .append(anchorLink(heading.text(), heading.anchor())).append('\n');
        }
      }
      out.append('\n');
    } else if (block instanceof Block.Figure figure) {
      out.append('*').append(Escape.markdown("Chart: " + figure.caption()))
          .append(" (see report.html)*\n\n");
    }
  }

  private void table(StringBuilder out, Block.Table table) {
    out.append('|');
    for (String title : table.header()) {
      out.append(' ').append(Escape.markdown(title)).append(" |");
    }
    out.append("\n|");
    for (boolean numeric : table.numeric()) {
      out.append(numeric ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<List<Inline>> row : table.rows()) {
      out.append('|');
      for (List<Inline> cell : row) {
        String text = inlines(cell);
        out.append(' ').append(text.isEmpty() ? " " : text).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  /** Inlines of one line; the first is escaped as the start of a line. */
  private String inlines(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : inlines) {
      out.append(inline(inline, out.length() == 0));
    }
    return out.toString().strip();
  }

  private String inline(Inline inline, boolean lineStart) {
    if (inline instanceof Inline.Text text) {
      return lineStart ? Escape.markdownLineStart(text.text()) : Escape.markdown(text.text());
    }
    if (inline instanceof Inline.Strong strong) {
      // Delimiters must touch the text: "**Fee:** none", never "**Fee: **none".
      String text = Escape.markdown(strong.text());
      String inner = text.strip();
      if (inner.isEmpty()) {
        return text;
      }
      return (text.startsWith(" ") ? " " : "") + "**" + inner + "**"
          + (text.endsWith(" ") ? " " : "");
    }
    if (inline instanceof Inline.Code code) {
      String text = Escape.oneLine(code.text()).strip();
      return !text.isEmpty() && PLAIN_CODE.matcher(text).matches()
          ? "`" + text + "`"
          : lineStart ? Escape.markdownLineStart(text) : Escape.markdown(text);
    }
    if (inline instanceof Inline.Link link) {
      String url = Links.safeHttp(link.url());
      String text = Escape.markdown(link.text().isBlank() ? String.valueOf(link.url()) : link.text());
      if (url == null) {
        return text;
      }
      return "[" + text + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
    }
    Inline.Anchor anchor = (Inline.Anchor) inline;
    return anchorLink(anchor.text(), anchor.anchor());
  }

  private String anchorLink(String text, String anchor) {
    String slug = slugs.get(anchor);
    return slug == null ? Escape.markdown(text) : "[" + Escape.markdown(text) + "](#" + slug + ")";
  }

  /** The id GitHub and Hugging Face give a heading: lower case, punctuation dropped, '-' for ' '. */
  static String githubSlug(String heading) {
    StringBuilder slug = new StringBuilder();
    for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        slug.append(c);
      } else if (c == ' ') {
        slug.append('-');
      }
    }
    return slug.toString();
  }
}
