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
    Map<String, String> metadata = signals(page);
    metadata.put(MetadataKeys.CHARSET, page.charset().name());
    return new Result(visibleText(page), title(page), metadata);
  }

  /** Extracts a page that is already text. */
  public static Result extract(String html, String baseUri) {
    Objects.requireNonNull(html, "Cannot extract text from HTML without the HTML");
    Document page = Jsoup.parse(html, nullToEmpty(baseUri));
    return new Result(visibleText(page), title(page), signals(page));
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

  private static String visibleText(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    BlockText text = new BlockText();
    body.filter(text);
    return text.toString();
  }

  private static Map<String, String> signals(Document page) {
    Map<String, String> found = new LinkedHashMap<>();
    putJoined(found, MetadataKeys.HTML_ROBOTS, metaContents(page, "robots"));
    putJoined(found, MetadataKeys.HTML_TDM_RESERVATION, metaContents(page, "tdm-reservation"));
    putJoined(found, MetadataKeys.HTML_TDM_POLICY, metaContents(page, "tdm-policy"));
    putJoined(found, MetadataKeys.HTML_LICENSE, licenseLinks(page));
    Element html = page.selectFirst("html");
    if (html != null) {
      String lang = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
      if (!lang.isBlank()) {
        found.put(MetadataKeys.HTML_LANG, lang.trim());
      }
    }
    return found;
  }

  private static Set<String> metaContents(Document page, String name) {
    Set<String> contents = new LinkedHashSet<>();
    for (Element meta : page.getElementsByTag("meta")) {
      if (meta.attr("name").trim().equalsIgnoreCase(name)) {
        String content = meta.attr("content").trim();
        if (!content.isEmpty()) {
          contents.add(content);
        }
      }
    }
    return contents;
  }

  private static Set<String> licenseLinks(Document page) {
    Set<String> links = new LinkedHashSet<>();
    for (Element link : page.select("link[rel], a[rel]")) {
      if (!hasToken(link.attr("rel"), "license")) {
        continue;
      }
      // absUrl is empty when the href cannot be resolved; the href as written is still evidence.
      String href = link.absUrl("href");
      if (href.isEmpty()) {
        href = link.attr("href").trim();
      }
      if (!href.isEmpty()) {
        links.add(href);
      }
    }
    return links;
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
   * Collects text the way a browser lays it out, as far as plain text can: whitespace collapses to
   * one space, and block elements and {@code <br>} start a new line. Inside {@code <pre>} text is
   * kept as written.
   */
  private static final class BlockText implements NodeFilter {
    private final StringBuilder out = new StringBuilder();
    private boolean spacePending;
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element element) {
        String name = element.normalName().toLowerCase(Locale.ROOT);
        if (INVISIBLE.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
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
      if (node instanceof Element element) {
        if (element.normalName().equalsIgnoreCase("pre")) {
          preDepth--;
        }
        if (element.isBlock()) {
          newline();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      if (preDepth > 0) {
        out.append(text);
        spacePending = false;
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          spacePending = true;
        } else {
          if (spacePending && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
          }
          spacePending = false;
          out.append(c);
        }
      }
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

    @Override
    public String toString() {
      return out.toString().strip();
    }
  }
}
