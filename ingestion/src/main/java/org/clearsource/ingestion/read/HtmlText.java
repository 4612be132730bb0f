package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns an HTML page into its visible text, its title and the rights signals it declares ({@code
 * <meta name="robots">}, TDMRep meta tags, {@code rel="license"} links, {@code lang}). Shared by
 * every reader that meets HTML.
 */
public final class HtmlText {

  /** Elements whose content is never rendered as text. */
  private static final Set<String> INVISIBLE =
      Set.of("script", "style", "noscript", "template", "iframe");

  private static final String JOIN = " | ";

  private HtmlText() {}

  /**
   * What a page says.
   *
   * @param text the visible text, one line per block element, whitespace collapsed; never null
   * @param title the {@code <title>}, or null when there is none
   * @param metadata the {@code html.*} keys of {@link MetadataKeys} found in the page, and {@link
   *     MetadataKeys#CHARSET} when the page was decoded from bytes
   */
  public record Result(String text, String title, Map<String, String> metadata) {
    public Result {
      Objects.requireNonNull(text, "Cannot describe a page without its text");
      metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
  }

  /**
   * Decodes and extracts a page given as bytes.
   *
   * @param body the page's bytes; read to the end but not closed
   * @param charsetOrNull the charset declared outside the page (the HTTP {@code Content-Type}),
   *     or null to take it from a byte-order mark or {@code <meta charset>}, else UTF-8. An unknown
   *     name counts as null.
   * @param baseUri the page's URL, against which relative links are resolved; may be empty
   */
  public static Result extract(InputStream body, String charsetOrNull, String baseUri)
      throws IOException {
    Objects.requireNonNull(body, "Cannot extract text from HTML without its bytes");
    Document page = Jsoup.parse(body, supportedOrNull(charsetOrNull), nullToEmpty(baseUri));
    return read(page, page.charset().name());
  }

  /** Extracts a page that is already text. */
  public static Result extract(String html, String baseUri) {
    Objects.requireNonNull(html, "Cannot extract text from HTML without the HTML");
    return read(Jsoup.parse(html, nullToEmpty(baseUri)), null);
  }

  /**
   * Text and signals in one walk over the page: a walk per signal (meta tags, links, the body)
   * cost more than jsoup's parse itself.
   */
  private static Result read(Document page, String decodedFromCharset) {
    PageWalker walker = new PageWalker(page.body());
    page.filter(walker);
    Map<String, String> found = new LinkedHashMap<>();
    putJoined(found, MetadataKeys.HTML_ROBOTS, walker.robots);
    putJoined(found, MetadataKeys.HTML_TDM_RESERVATION, walker.tdmReservation);
    putJoined(found, MetadataKeys.HTML_TDM_POLICY, walker.tdmPolicy);
    putJoined(found, MetadataKeys.HTML_LICENSE, walker.licenses);
    Element html = page.selectFirst("html");
    if (html != null) {
      String lang = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
      if (!lang.isBlank()) {
        found.put(MetadataKeys.HTML_LANG, lang.trim());
      }
    }
    if (decodedFromCharset != null) {
      found.put(MetadataKeys.CHARSET, decodedFromCharset);
    }
    return new Result(walker.text(), title(page), found);
  }

  /** The charset of that name when this JVM has it, else null. */
  static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(name.trim()) ? Charset.forName(name.trim()) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private static String supportedOrNull(String name) {
    Charset charset = charsetOrNull(name);
    return charset == null ? null : charset.name();
  }

  private static String title(Document page) {
    String title = page.title();
    return title.isBlank() ? null : title.trim();
  }

  /** Whether a space-separated token list (a {@code rel} value) holds the token. */
  static boolean hasToken(String tokens, String token) {
    for (String candidate : tokens.trim().split("\\s+")) {
      if (candidate.equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  private static void putJoined(Map<String, String> into, String key, Set<String> values) {
    if (!values.isEmpty()) {
      into.put(key, String.join(JOIN, values));
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /**
   * One walk over the whole page. Inside {@code <body>} it collects text the way a browser lays it
   * out, as far as plain text can: whitespace collapses to one space, and block elements and {@code
   * <br>} start a new line; inside {@code <pre>} text is kept as written; invisible elements add
   * nothing. Everywhere it collects the rights signals: {@code <meta name=robots|tdm-reservation|
   * tdm-policy>} contents and {@code rel="license"} links of {@code <link>} and {@code <a>}.
   */
  private static final class PageWalker implements NodeFilter {
    private final Element body;
    private final StringBuilder out = new StringBuilder(4096);
    final Set<String> robots = new LinkedHashSet<>();
    final Set<String> tdmReservation = new LinkedHashSet<>();
    final Set<String> tdmPolicy = new LinkedHashSet<>();
    final Set<String> licenses = new LinkedHashSet<>();
    private boolean inBody;
    private boolean spacePending;
    private int preDepth;
    private int invisibleDepth;

    PageWalker(Element body) {
      this.body = body;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (inBody && invisibleDepth == 0) {
          append(text.getWholeText());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      if (element == body) {
        inBody = true;
      }
      String name = element.normalName();
      switch (name) {
        case "meta" -> collectMeta(element);
        case "link", "a" -> collectLicense(element);
        default -> { }
      }
      if (INVISIBLE.contains(name)) {
        invisibleDepth++;
      } else if (inBody && invisibleDepth == 0) {
        if (name.equals("pre")) {
          preDepth++;
        }
        if (name.equals("br") || element.isBlock()) {
          newline();
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String name = element.normalName();
      if (INVISIBLE.contains(name)) {
        invisibleDepth--;
      } else if (inBody && invisibleDepth == 0) {
        if (name.equals("pre")) {
          preDepth--;
        }
        if (element.isBlock()) {
          newline();
        }
      }
      if (element == body) {
        inBody = false;
      }
      return FilterResult.CONTINUE;
    }

    private void collectMeta(Element meta) {
      Set<String> into = switch (meta.attr("name").trim().toLowerCase(Locale.ROOT)) {
        case "robots" -> robots;
        case "tdm-reservation" -> tdmReservation;
        case "tdm-policy" -> tdmPolicy;
        default -> null;
      };
      String content = into == null ? "" : meta.attr("content").trim();
      if (!content.isEmpty()) {
        into.add(content);
      }
    }

    private void collectLicense(Element link) {
      if (!link.hasAttr("rel") || !hasToken(link.attr("rel"), "license")) {
        return;
      }
      // absUrl is empty when the href cannot be resolved; the href as written is still evidence.
      String href = link.absUrl("href");
      if (href.isEmpty()) {
        href = link.attr("href").trim();
      }
      if (!href.isEmpty()) {
        licenses.add(href);
      }
    }

    String text() {
      return out.toString().strip();
    }

    private void append(String text) {
      if (preDepth > 0) {
        out.append(text);
        spacePending = false;
        return;
      }
      // Whole words at a time: appending char by char was a third of the WARC reader's time.
      int length = text.length();
      int i = 0;
      while (i < length) {
        int start = i;
        while (i < length && isSpace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          spacePending = true;
        }
        if (i == length) {
          return;
        }
        int word = i;
        while (i < length && !isSpace(text.charAt(i))) {
          i++;
        }
        if (spacePending && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        spacePending = false;
        out.append(text, word, i);
      }
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || c == '\u00a0';
    }

    private void newline() {
      trimTrailingSpaces();
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      spacePending = false;
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0
          && out.charAt(end - 1) != '\n'
          && Character.isWhitespace(out.charAt(end - 1))) {
        end--;
      }
      out.setLength(end);
    }

  }
}
