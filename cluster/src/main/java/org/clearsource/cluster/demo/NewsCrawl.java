package org.clearsource.cluster.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Source {@code news-crawl}: one WARC segment of request/response pairs over twelve invented news
 * sites carrying every opt-out signal, and one WET segment of a later crawl.
 */
final class NewsCrawl {

  static final String USER_AGENT = "ClearsourceDemoBot/1.0 (+https://clearsource.example/bot)";

  /** How a site's pages reserve their rights, if at all. */
  enum Signal { NONE, TDM_HEADER, TDM_META, ROBOTS_META_NOAI, X_ROBOTS_NOAI, LICENSE_LINK }

  /** A crawled site: its pages, its robots.txt, its page-level signal and footer. */
  record Site(String host, String name, int pages, Signal signal, String robots, String footer) {}

  static final List<Site> SITES = List.of(
      new Site("northwind-gazette.example", "Northwind Gazette", 16, Signal.NONE,
          "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
          "© 2024 Northwind Gazette Ltd. All rights reserved."),
      new Site("examplemedia.example", "Example Media", 14, Signal.TDM_HEADER,
          "User-agent: *\nDisallow:\n", "Copyright (c) 2019-2023 Example Media Inc."),
      new Site("harbor-times.example", "Harbor Times", 12, Signal.TDM_META,
          "User-agent: CCBot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n",
          "© 2023 Harbor Times Publishing. All rights reserved."),
      new Site("valley-courier.example", "Valley Courier", 11, Signal.ROBOTS_META_NOAI,
          "User-agent: *\nAllow: /\n", "© Valley Courier 2024"),
      new Site("metro-daily.example", "Metro Daily", 10, Signal.X_ROBOTS_NOAI,
          "User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /\n\n"
              + "User-agent: *\nAllow: /\n",
          "Copyright 2024 Metro Daily Group. All rights reserved."),
      new Site("open-press.example", "Open Press", 10, Signal.LICENSE_LINK,
          "User-agent: *\nDisallow:\n\nSitemap: https://open-press.example/sitemap.xml\n",
          "Text available under the Creative Commons Attribution 4.0 International License"
              + " (CC BY 4.0)."),
      new Site("news-a.example", "News A", 10, Signal.NONE,
          "User-agent: CCBot\nDisallow: /\n", "© 2024 News A Media. All rights reserved."),
      new Site("news-b.example", "News B", 9, Signal.NONE,
          "User-agent: *\nDisallow: /\n", "© 2024 News B Ltd."),
      new Site("riverside-post.example", "Riverside Post", 9, Signal.NONE,
          "User-agent: *\nAllow: /\n", "Riverside Post, an independent local paper."),
      new Site("tech-wire.example", "Tech Wire", 8, Signal.NONE,
          "User-agent: *\nDisallow: /private/\n", "© 2022-2024 Tech Wire Reports Ltd."),
      new Site("civic-ledger.example", "Civic Ledger", 6, Signal.NONE,
          "User-agent: GPTBot\nDisallow: /\n\nUser-agent: Google-Extended\nDisallow: /\n\n"
              + "User-agent: *\nAllow: /\n",
          "Civic Ledger is published by volunteers."),
      new Site("wiki-mirror.example", "Wiki Mirror", 5, Signal.NONE,
          "# no restrictions\nUser-agent: *\nDisallow:\n", "Mirror of public articles."));

  /** Sites that each run the same four wire stories, a word or two apart. */
  static final List<String> SYNDICATING =
      List.of("news-a.example", "news-b.example", "valley-courier.example");
  static final int WIRE_STORIES = 4;
  /** tech-wire.example pages under /reports/, which its tdmrep.json reserves. */
  static final int TDMREP_RESERVED_PAGES = 4;
  static final int WET_NEW_STORIES = 21;
  /** Sites whose second page the WET segment recrawls, with the same text. */
  static final List<String> RECRAWLED =
      List.of("northwind-gazette.example", "riverside-post.example", "civic-ledger.example");

  private static final Instant WARC_START = Instant.parse("2024-05-14T08:00:00Z");
  private static final Instant WET_START = Instant.parse("2024-06-11T09:30:00Z");
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final Synth synth = new Synth(0x5EED_0002L);
  private final List<Encyclopedia.Article> mirrored;
  private final List<String[]> recrawlable = new ArrayList<>();
  private URI warcinfoId;
  private Instant clock = WARC_START;
  private final List<String> stories = new ArrayList<>();
  private int quotedIndex = -1;

  /** @param mirrored encyclopedia articles that wiki-mirror.example republishes */
  NewsCrawl(List<Encyclopedia.Article> mirrored) {
    this.mirrored = mirrored;
  }

  /** The text of every HTML page and WET record, in crawl order. */
  List<String> stories() {
    return stories;
  }

  /** Where in {@link #stories()} the northwind-gazette.example story the evaluation quotes is. */
  int quotedIndex() {
    return quotedIndex;
  }

  String quotedStory() {
    return stories.get(quotedIndex);
  }

  void write(Path dir) throws IOException {
    writeWarc(dir.resolve("warc/CC-DEMO-20240514-00000.warc.gz"));
    writeWet(dir.resolve("wet/CC-DEMO-20240611-00001.warc.wet.gz"));
  }

  private void writeWarc(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    List<NewsText.Story> wire = new ArrayList<>();
    for (int i = 0; i < WIRE_STORIES; i++) {
      wire.add(NewsText.story(synth, synth.between(7, 9)));
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      warcinfoId = urn();
      writer.write(new Warcinfo.Builder().recordId(warcinfoId).date(WARC_START)
          .filename(file.getFileName().toString())
          .fields(warcinfoFields("Demo crawl of twelve invented news sites, May 2024")).build());
      for (int s = 0; s < SITES.size(); s++) {
        Site site = SITES.get(s);
        InetAddress ip = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, (byte) (10 + s)});
        capture(writer, ip, "https://" + site.host() + "/robots.txt",
            response(200, "OK", "text/plain", Outputs.utf8(site.robots())));
        if (site.host().equals("tech-wire.example")) {
          capture(writer, ip, "https://tech-wire.example/.well-known/tdmrep.json",
              response(200, "OK", "application/json", Outputs.utf8(
                  "[{\"location\": \"/reports/*\", \"tdm-reservation\": 1,"
                      + " \"tdm-policy\": \"https://tech-wire.example/policies/tdm.json\"},\n"
                      + " {\"location\": \"/news/*\", \"tdm-reservation\": 0}]\n")));
        }
        for (int p = 0; p < site.pages(); p++) {
          capturePage(writer, ip, site, p, wire);
        }
        extraCaptures(writer, ip, site);
      }
    }
  }

  private void capturePage(WarcWriter writer, InetAddress ip, Site site, int page,
      List<NewsText.Story> wire) throws IOException {
    String section = site.host().equals("tech-wire.example") && page < TDMREP_RESERVED_PAGES
        ? "reports" : "news";
    NewsText.Story story;
    String path;
    if (site.host().equals("wiki-mirror.example")) {
      Encyclopedia.Article article = mirrored.get(page);
      path = "/article/" + article.title().replace(' ', '_');
      story = mirrorStory(article);
    } else if (SYNDICATING.contains(site.host()) && page < WIRE_STORIES) {
      story = NewsText.syndicated(synth, wire.get(page), "By Demo Wire staff, via " + site.name());
      path = "/" + section + "/2024/05/" + Words.slug(story.headline());
    } else {
      story = NewsText.story(synth, page == 0 && site.host().startsWith("northwind")
          ? 40 : synth.between(2, 16));
      path = "/" + section + "/2024/05/" + Words.slug(story.headline()) + "-" + (page + 1);
    }
    if (site.host().equals("northwind-gazette.example") && page == 3) {
      quotedIndex = stories.size();
    }
    boolean latin1 = site.host().equals("riverside-post.example") && page == 0;
    if (latin1) {
      story = latin1Story(story);
    }
    Charset charset = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    String url = "https://" + site.host() + path;
    byte[] html = html(site, story, !latin1).getBytes(charset);
    HttpResponse.Builder response = new HttpResponse.Builder(200, "OK")
        .setHeader("Date", HTTP_DATE.format(clock))
        .setHeader("Server", "demo-httpd/2.4");
    if (site.signal() == Signal.TDM_HEADER) {
      response.setHeader("tdm-reservation", "1")
          .setHeader("tdm-policy", "https://" + site.host() + "/tdm-policy.json");
    } else if (site.signal() == Signal.X_ROBOTS_NOAI) {
      response.setHeader("X-Robots-Tag", "noai");
    }
    response.body(MediaType.parse("text/html; charset=" + (latin1 ? "ISO-8859-1" : "utf-8")), html);
    capture(writer, ip, url, response.build());
    stories.add(story.plainText());
    if (page == 1 && RECRAWLED.contains(site.host())) {
      recrawlable.add(new String[] {url, story.plainText()});
    }
  }

  private void extraCaptures(WarcWriter writer, InetAddress ip, Site site) throws IOException {
    if (site.host().equals("civic-ledger.example")) {
      HttpResponse moved = new HttpResponse.Builder(301, "Moved Permanently")
          .setHeader("Date", HTTP_DATE.format(clock))
          .setHeader("Location", "https://civic-ledger.example/news/2024/05/")
          .body(MediaType.parse("text/html"), Outputs.utf8(
              "<html><body><a href=\"/news/2024/05/\">Moved</a></body></html>\n"))
          .build();
      capture(writer, ip, "https://civic-ledger.example/2023/05/council-budget-story", moved);
      capture(writer, ip, "https://civic-ledger.example/news/2024/05/withdrawn-story",
          response(404, "Not Found", "text/html", Outputs.utf8(
              "<html><head><title>Not found</title></head><body><h1>Not found</h1>"
                  + "<p>The page you asked for does not exist.</p></body></html>\n")));
    } else if (site.host().equals("open-press.example")) {
      capture(writer, ip, "https://open-press.example/images/masthead.png",
          response(200, "OK", "image/png", Outputs.png(16)));
    }
  }

  private void capture(WarcWriter writer, InetAddress ip, String url, HttpResponse response)
      throws IOException {
    URI requestId = urn();
    URI responseId = urn();
    URI target = URI.create(url);
    String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? ""
        : "?" + target.getRawQuery());
    HttpRequest request = new HttpRequest.Builder("GET", pathAndQuery)
        .setHeader("Host", target.getHost())
        .setHeader("User-Agent", USER_AGENT)
        .setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .setHeader("Accept-Encoding", "identity")
        .build();
    writer.write(new WarcRequest.Builder(target).recordId(requestId).date(clock)
        .warcinfoId(warcinfoId).ipAddress(ip).concurrentTo(responseId).body(request).build());
    writer.write(new WarcResponse.Builder(target).recordId(responseId).date(clock)
        .warcinfoId(warcinfoId).ipAddress(ip).body(response).build());
    clock = clock.plusSeconds(23);
  }

  private HttpResponse response(int status, String reason, String type, byte[] body) {
    return new HttpResponse.Builder(status, reason)
        .setHeader("Date", HTTP_DATE.format(clock))
        .setHeader("Server", "demo-httpd/2.4")
        .body(MediaType.parse(type), body)
        .build();
  }

  private void writeWet(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      URI info = urn();
      writer.write(new Warcinfo.Builder().recordId(info).date(WET_START)
          .filename(file.getFileName().toString())
          .fields(warcinfoFields("Text extracted from a June 2024 recrawl")).build());
      Instant at = WET_START;
      List<String[]> records = new ArrayList<>();
      for (int i = 0; i < WET_NEW_STORIES; i++) {
        Site site = SITES.get(i % (SITES.size() - 1));
        NewsText.Story story = NewsText.story(synth, synth.between(3, 10));
        records.add(new String[] {"https://" + site.host() + "/news/2024/06/"
            + Words.slug(story.headline()) + "-" + (i + 1), story.plainText()});
        stories.add(story.plainText());
      }
      for (int i = 0; i < recrawlable.size(); i++) {
        records.add(5 + 6 * i, recrawlable.get(i));
      }
      for (String[] record : records) {
        writer.write(new WarcConversion.Builder().recordId(urn()).date(at).warcinfoId(info)
            .setHeader("WARC-Target-URI", record[0])
            .refersTo(urn())
            .setHeader("WARC-Identified-Content-Language", "eng")
            .body(MediaType.PLAIN_TEXT, Outputs.utf8(record[1])).build());
        at = at.plusSeconds(41);
      }
    }
  }

  private static Map<String, List<String>> warcinfoFields(String description) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("clearsource-demo-generator/1.0 (jwarc)"));
    fields.put("isPartOf", List.of("CC-DEMO-2024"));
    fields.put("operator", List.of("Clearsource demo <demo@clearsource.example>"));
    fields.put("description", List.of(description));
    fields.put("http-header-user-agent", List.of(USER_AGENT));
    fields.put("robots", List.of("checked, not always obeyed (see examples/demo/README.md)"));
    fields.put("format", List.of("WARC File Format 1.0"));
    fields.put("conformsTo",
        List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/"));
    return fields;
  }

  private URI urn() {
    return URI.create("urn:uuid:" + synth.uuid());
  }

  private static NewsText.Story mirrorStory(Encyclopedia.Article article) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : article.text().split("\n\n")) {
      paragraphs.add(block.trim());
    }
    return new NewsText.Story(article.title(), "From the Demo Encyclopedia", paragraphs);
  }

  /** A story with accented names, for the page served as ISO-8859-1. */
  private static NewsText.Story latin1Story(NewsText.Story story) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Café Müller on Bridge Row reopened on Saturday after a renovation that took"
        + " almost a year. Señora Ibáñez, who has run the café since 1998, said the crème brûlée"
        + " is made to the same recipe as before.");
    paragraphs.add("Regulars such as Zoë Fenwick and René Ambry queued from eight o'clock, and the"
        + " façade, painted in the original pale green, drew photographers all morning.");
    paragraphs.addAll(story.paragraphs());
    return new NewsText.Story("Café Müller reopens on Bridge Row", story.byline(), paragraphs);
  }

  private static String html(Site site, NewsText.Story story, boolean declareUtf8) {
    StringBuilder head = new StringBuilder();
    if (declareUtf8) {
      head.append("<meta charset=\"utf-8\">\n");
    }
    head.append("<title>").append(escape(story.headline())).append(" | ").append(site.name())
        .append("</title>\n");
    switch (site.signal()) {
      case TDM_META -> head.append("<meta name=\"tdm-reservation\" content=\"1\">\n")
          .append("<meta name=\"tdm-policy\" content=\"https://").append(site.host())
          .append("/policy\">\n");
      case ROBOTS_META_NOAI -> head.append("<meta name=\"robots\" content=\"noai, noimageai\">\n");
      case LICENSE_LINK -> head.append(
          "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">\n");
      default -> { }
    }
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append(head).append("</head>\n<body>\n<header><a href=\"/\">").append(site.name())
        .append("</a> <nav><a href=\"/news/\">News</a> <a href=\"/business/\">Business</a>")
        .append(" <a href=\"/sport/\">Sport</a> <a href=\"/culture/\">Culture</a></nav>")
        .append("</header>\n<article>\n<h1>").append(escape(story.headline())).append("</h1>\n")
        .append("<p class=\"byline\">").append(escape(story.byline())).append("</p>\n");
    for (String paragraph : story.paragraphs()) {
      page.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return page.append("</article>\n<footer><p>").append(escape(site.footer()))
        .append("</p></footer>\n</body>\n</html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
