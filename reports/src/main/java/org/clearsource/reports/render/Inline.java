package org.clearsource.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Inline content of a {@link Doc}: rendered escaped; a {@link Link} only when its URL is http(s). */
public sealed interface Inline {

  /** Plain text. */
  record Text(String text) implements Inline {
    public Text {
      Objects.requireNonNull(text, "Cannot create text from null");
    }
  }

  /** Emphasised text. */
  record Strong(String text) implements Inline {
    public Strong {
      Objects.requireNonNull(text, "Cannot create strong text from null");
    }
  }

  /** An identifier or a value shown as code ({@code news-crawl}, {@code tdm-reservation: 1}). */
  record Code(String text) implements Inline {
    public Code {
      Objects.requireNonNull(text, "Cannot create code from null");
    }
  }

  /** A link; rendered as plain text when {@link Links#safeHttp} refuses its URL. */
  record Link(String text, String url) implements Inline {
    public Link {
      Objects.requireNonNull(text, "Cannot create a link without text");
    }
  }

  /** A link to a section of the same document. */
  record Anchor(String text, String anchor) implements Inline {
    public Anchor {
      Objects.requireNonNull(text, "Cannot create an anchor link without text");
      Objects.requireNonNull(anchor, "Cannot create an anchor link without a target");
    }
  }

  static Inline text(String text) {
    return new Text(text == null ? "" : text);
  }

  static Inline strong(String text) {
    return new Strong(text == null ? "" : text);
  }

  static Inline code(String text) {
    return new Code(text == null ? "" : text);
  }

  static Inline link(String text, String url) {
    return new Link(text == null ? "" : text, url);
  }

  /** Text in which every http(s) URL becomes a link to itself. */
  static List<Inline> linkified(String text) {
    List<Inline> inlines = new ArrayList<>();
    for (Links.Part part : Links.split(text)) {
      inlines.add(part.url() ? new Link(part.text(), part.text()) : new Text(part.text()));
    }
    return inlines;
  }
}
