package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.clearsource.core.manifest.ReaderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class TestWarcRecordReader {

  private static final Instant FETCHED = Instant.parse("2024-05-01T12:00:00Z");
  private static final String DATE = "2024-05-01T12:00:00Z";
  private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

  private static final String PAGE_A =
      "<!doctype html><html><head><title>Page A</title></head><body>"
          + "<h1>Heading A</h1><p>First <b>bold</b> paragraph.</p><script>var hidden = 1;</script>"
          + "</body></html>";
  private static final String PAGE_B =
      "<html lang=\"en\"><head><meta name=\"robots\" content=\"noai, noimageai\">"
          + "<meta name=\"tdm-reservation\" content=\"1\">"
          + "<meta name=\"tdm-policy\" content=\"https://example.com/policy.json\">"
          + "<title>Page B</title></head><body><div>Robots say no.</div></body></html>";
  private static final String PAGE_C =
      "<html><head><link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">"
          + "</head><body><p>Licensed page.</p><a rel=\"license\" href=\"/license.html\">terms</a>"
          + "</body></html>";
  private static final String PAGE_D =
      "<html><body><p>Café crème à Zürich</p></body></html>";
  private static final String PAGE_E =
      "<html><head><meta charset=\"windows-1251\"><title>Привет</title></head>"
          + "<body><p>Привет, мир</p></body></html>";
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0
  };

  // ---------------------------------------------------------------------------------------------
  // A crawl with one record of every kind

  /** Writes the crawl with jwarc; returns the file and each record's offset by name. */
  private static Written crawl(WarcCompression compression) throws IOException {
    Recorder out = new Recorder(compression);
    out.add("warcinfo", new Warcinfo.Builder().filename("crawl.warc").date(FETCHED).build());
    out.add("request", request("https://example.com/a"));
    out.add(
        "a",
        response(
            "https://example.com/a",
            new HttpResponse.Builder(200, "OK")
                .addHeader("tdm-reservation", "1")
                .addHeader("TDM-Policy", "https://example.com/tdm-policy.json")
                .addHeader("X-Robots-Tag", "noai")
                .addHeader("x-robots-tag", "noimageai")
                .addHeader(
                    "Link",
                    "<https://creativecommons.org/licenses/by-sa/4.0/>; rel=\"license\", "
                        + "</about>; rel=next")
                .addHeader("Link", "</terms>; rel=license")
                .body(MediaType.HTML_UTF8, utf8(PAGE_A))
                // As the server sent it, not as jwarc would normalise it.
                .setHeader("Content-Type", "text/html; charset=utf-8")
                .build(),
            UUID.nameUUIDFromBytes(utf8("a"))));
    out.add("b", html("https://example.com/b", "text/html", utf8(PAGE_B)));
    out.add("c", html("https://example.com/c", "text/html; charset=UTF-8", utf8(PAGE_C)));
    out.add(
        "d",
        html(
            "https://example.com/d",
            "text/html; charset=ISO-8859-1",
            PAGE_D.getBytes(StandardCharsets.ISO_8859_1)));
    out.add("e", html("https://example.com/e", "text/html", PAGE_E.getBytes(cp1251())));
    out.add(
        "robots",
        plain("https://example.com/robots.txt", 200, "User-agent: GPTBot\nDisallow: /\n"));
    out.add("robots404", plain("https://other.example/robots.txt", 404, ""));
    out.add(
        "tdmrep",
        response(
            "https://example.com/.well-known/tdmrep.json",
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.JSON, utf8("[{\"location\":\"/\",\"tdm-reservation\":1}]"))
                .build(),
            null));
    out.add(
        "redirect",
        response(
            "https://example.com/old",
            new HttpResponse.Builder(301, "Moved Permanently")
                .addHeader("Location", "https://example.com/a")
                .build(),
            null));
    out.add(
        "missing",
        response(
            "https://example.com/missing",
            new HttpResponse.Builder(404, "Not Found")
                .body(MediaType.HTML, utf8("<p>Nothing\there, ünd</p>\r\n"))
                .build(),
            null));
    out.add(
        "image",
        response(
            "https://example.com/logo.png",
            new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), PNG).build(),
            null));
    out.add(
        "metadata",
        new WarcMetadata.Builder()
            .targetURI("https://example.com/a")
            .date(FETCHED)
            .fields(Map.of("outlink", List.of("https://example.com/b")))
            .build());
    out.add("notes", plain("https://example.com/notes.txt", 200, "Plain notes\nline two"));
    out.add(
        "resource",
        new WarcResource.Builder(URI.create("https://example.com/resource.txt"))
            .date(FETCHED)
            .body(MediaType.PLAIN_TEXT, utf8("Resource text"))
            .build());
    out.add(
        "blank",
        html("https://example.com/blank", "text/html",
            utf8("<html><body><script>x()</script>  \n </body></html>")));
    out.add("empty", html("https://example.com/empty", "text/html", new byte[0]));
    out.add(
        "revisit",
        new WarcRevisit.Builder(URI.create("https://example.com/a"))
            .date(FETCHED)
            .body(new HttpResponse.Builder(200, "OK").build())
            .build());
    return out.finish();
  }

  @ParameterizedTest
  @EnumSource(
      value = WarcCompression.class,
      names = {"NONE", "GZIP"})
  void readsEveryKindOfRecord(WarcCompression compression) throws IOException {
    Written crawl = crawl(compression);
    Map<String, ReadOutcome> read = byLocator(readAll(crawl.bytes(), DEFAULTS));

    ParsedDocument a = (ParsedDocument) read.get(crawl.locator("a"));
    assertThat(a.text()).isEqualTo("Heading A\nFirst bold paragraph.");
    assertThat(a.title()).isEqualTo("Page A");
    assertThat(a.url()).isEqualTo("https://example.com/a");
    assertThat(a.recordId()).isEqualTo("urn:uuid:" + UUID.nameUUIDFromBytes(utf8("a")));
    assertThat(a.date()).isEqualTo(DATE);
    assertThat(a.contentType()).isEqualTo("text/html");
    assertThat(a.metadata())
        .containsEntry(MetadataKeys.HTTP_STATUS, "200")
        .containsEntry(MetadataKeys.HTTP_TDM_RESERVATION, "1")
        .containsEntry(MetadataKeys.HTTP_TDM_POLICY, "https://example.com/tdm-policy.json")
        .containsEntry(MetadataKeys.HTTP_X_ROBOTS_TAG, "noai | noimageai")
        .containsEntry(MetadataKeys.HTTP_CONTENT_TYPE, "text/html; charset=utf-8")
        .containsEntry(
            MetadataKeys.HTTP_LICENSE_LINK,
            "https://creativecommons.org/licenses/by-sa/4.0/ | https://example.com/terms")
        .containsEntry(MetadataKeys.CHARSET, "UTF-8")
        .containsEntry(MetadataKeys.WARC_TYPE, "response")
        .doesNotContainKeys(MetadataKeys.HTML_ROBOTS, MetadataKeys.HTML_LICENSE);

    ParsedDocument b = (ParsedDocument) read.get(crawl.locator("b"));
    assertThat(b.text()).isEqualTo("Robots say no.");
    assertThat(b.metadata())
        .containsEntry(MetadataKeys.HTML_ROBOTS, "noai, noimageai")
        .containsEntry(MetadataKeys.HTML_TDM_RESERVATION, "1")
        .containsEntry(MetadataKeys.HTML_TDM_POLICY, "https://example.com/policy.json")
        .containsEntry(MetadataKeys.HTML_LANG, "en")
        .doesNotContainKeys(MetadataKeys.HTTP_TDM_RESERVATION, MetadataKeys.HTTP_X_ROBOTS_TAG);

    ParsedDocument c = (ParsedDocument) read.get(crawl.locator("c"));
    assertThat(c.metadata())
        .containsEntry(
            MetadataKeys.HTML_LICENSE,
            "https://creativecommons.org/licenses/by/4.0/ | https://example.com/license.html");
    assertThat(c.title()).isNull();

    ParsedDocument d = (ParsedDocument) read.get(crawl.locator("d"));
    assertThat(d.text()).isEqualTo("Café crème à Zürich");
    assertThat(d.metadata()).containsEntry(MetadataKeys.CHARSET, "ISO-8859-1");

    ParsedDocument e = (ParsedDocument) read.get(crawl.locator("e"));
    assertThat(e.text()).isEqualTo("Привет, мир");
    assertThat(e.title()).isEqualTo("Привет");
    assertThat(e.metadata()).containsEntry(MetadataKeys.CHARSET, "windows-1251");

    assertThat(read.get(crawl.locator("robots")))
        .isEqualTo(
            new Capture(
                crawl.locator("robots"), Capture.Kind.ROBOTS_TXT, "https://example.com/robots.txt",
                200, "User-agent: GPTBot\nDisallow: /\n", DATE));
    assertThat(read.get(crawl.locator("robots404")))
        .isEqualTo(
            new Capture(
                crawl.locator("robots404"), Capture.Kind.ROBOTS_TXT,
                "https://other.example/robots.txt", 404, "", DATE));
    assertThat(read.get(crawl.locator("tdmrep")))
        .isEqualTo(
            new Capture(
                crawl.locator("tdmrep"), Capture.Kind.TDMREP_JSON,
                "https://example.com/.well-known/tdmrep.json", 200,
                "[{\"location\":\"/\",\"tdm-reservation\":1}]", DATE));

    assertQuarantined(read.get(crawl.locator("redirect")), QuarantineReason.NO_CONTENT, "HTTP 301");
    Quarantined missing = (Quarantined) read.get(crawl.locator("missing"));
    assertThat(missing.reason()).isEqualTo(QuarantineReason.NO_CONTENT);
    assertThat(missing.detail()).isEqualTo("HTTP 404");
    assertThat(missing.excerpt()).isEqualTo("<p>Nothing\\u0009here, \\u00fcnd</p>\\u000d\\u000a");
    Quarantined image = (Quarantined) read.get(crawl.locator("image"));
    assertThat(image.reason()).isEqualTo(QuarantineReason.BINARY_CONTENT);
    assertThat(image.detail()).contains("image/png");
    assertThat(image.excerpt()).matches("[\\x20-\\x7e]+").startsWith("\\ufffdPNG\\u000d\\u000a");

    ParsedDocument notes = (ParsedDocument) read.get(crawl.locator("notes"));
    assertThat(notes.text()).isEqualTo("Plain notes\nline two");
    assertThat(notes.contentType()).isEqualTo("text/plain");
    assertThat(notes.title()).isNull();
    assertThat(notes.metadata()).containsEntry(MetadataKeys.CHARSET, "UTF-8");

    ParsedDocument resource = (ParsedDocument) read.get(crawl.locator("resource"));
    assertThat(resource.text()).isEqualTo("Resource text");
    assertThat(resource.url()).isEqualTo("https://example.com/resource.txt");
    assertThat(resource.metadata())
        .containsEntry(MetadataKeys.WARC_TYPE, "resource")
        .doesNotContainKey(MetadataKeys.HTTP_STATUS);

    assertQuarantined(read.get(crawl.locator("blank")), QuarantineReason.EMPTY_TEXT, null);
    assertQuarantined(read.get(crawl.locator("empty")), QuarantineReason.NO_CONTENT, "empty body");
  }

  @ParameterizedTest
  @EnumSource(
      value = WarcCompression.class,
      names = {"NONE", "GZIP"})
  void givesExactlyOneOutcomePerContentRecordInFileOrder(WarcCompression compression)
      throws IOException {
    Written crawl = crawl(compression);
    List<ReadOutcome> outcomes = readAll(crawl.bytes(), DEFAULTS);

    List<String> contentRecords =
        crawl.offsets().keySet().stream()
            .filter(name -> !List.of("warcinfo", "request", "metadata", "revisit").contains(name))
            .map(crawl::locator)
            .toList();
    assertThat(outcomes).extracting(ReadOutcome::locator).containsExactlyElementsOf(contentRecords);
    long documents = outcomes.stream().filter(o -> o instanceof ParsedDocument).count();
    long quarantined = outcomes.stream().filter(o -> o instanceof Quarantined).count();
    long captures = outcomes.stream().filter(o -> o instanceof Capture).count();
    assertThat(documents + quarantined + captures).isEqualTo(contentRecords.size());
    assertThat(documents).isEqualTo(7);
    assertThat(quarantined).isEqualTo(5);
    assertThat(captures).isEqualTo(3);
  }

  @Test
  void locatorsAreTheRecordOffsetsInTheRawFile() throws IOException {
    Written gz = crawl(WarcCompression.GZIP);
    Written plain = crawl(WarcCompression.NONE);
    // Offsets differ between the two layouts, and each matches where the writer put the record.
    assertThat(gz.locator("notes")).isNotEqualTo(plain.locator("notes"));
    assertThat(readAll(gz.bytes(), DEFAULTS)).extracting(ReadOutcome::locator)
        .contains(gz.locator("notes"), gz.locator("resource"));
    assertThat(readAll(plain.bytes(), DEFAULTS)).extracting(ReadOutcome::locator)
        .contains(plain.locator("notes"), plain.locator("resource"));
  }

  @Test
  void readsWetConversionRecordsAsText() throws IOException {
    Recorder out = new Recorder(WarcCompression.GZIP);
    out.add("warcinfo", new Warcinfo.Builder().filename("crawl.warc.wet.gz").build());
    out.add("hello", conversion("https://example.com/hello", "Hello WET\nSecond line"));
    out.add("greeting", conversion("https://example.de/gruss", "Grüße aus Köln"));
    out.add("blank", conversion("https://example.com/blank", "  \n "));
    Written wet = out.finish();

    List<ReadOutcome> outcomes = readAll(wet.bytes(), DEFAULTS);

    assertThat(outcomes).hasSize(3);
    ParsedDocument hello = (ParsedDocument) outcomes.get(0);
    assertThat(hello.locator()).isEqualTo(wet.locator("hello"));
    assertThat(hello.text()).isEqualTo("Hello WET\nSecond line");
    assertThat(hello.url()).isEqualTo("https://example.com/hello");
    assertThat(hello.contentType()).isEqualTo("text/plain");
    assertThat(hello.date()).isEqualTo(DATE);
    assertThat(hello.metadata())
        .containsEntry(MetadataKeys.WARC_TYPE, "conversion")
        .containsEntry(MetadataKeys.CHARSET, "UTF-8");
    assertThat(((ParsedDocument) outcomes.get(1)).text()).isEqualTo("Grüße aus Köln");
    assertQuarantined(outcomes.get(2), QuarantineReason.EMPTY_TEXT, null);
  }

  @Test
  void decodesChunkedAndGzipEncodedBodies() throws IOException {
    byte[] gzipped = gzip(utf8("<html><body><p>Compressed page</p></body></html>"));
    Recorder out = new Recorder(WarcCompression.NONE);
    out.add(
        "gzip",
        response(
            "https://example.com/gz",
            new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.HTML, gzipped)
                .build(),
            null));
    out.add(
        "chunked",
        response(
            "https://example.com/chunked",
            new HttpResponse.Builder(200, "OK")
                .addHeader("Transfer-Encoding", "chunked")
                .body(MediaType.PLAIN_TEXT, utf8("6\r\nHello \r\n6\r\nchunks\r\n0\r\n\r\n"))
                .build(),
            null));
    List<ReadOutcome> outcomes = readAll(out.finish().bytes(), DEFAULTS);

    assertThat(outcomes).extracting(o -> ((ParsedDocument) o).text())
        .containsExactly("Compressed page", "Hello chunks");
  }

  @Test
  void decodesDeflateAndBrotliEncodedBodies() throws IOException {
    byte[] html = utf8("<html><body><p>Deflated page</p></body></html>");
    // RFC 9110's deflate is zlib-wrapped; some servers send raw deflate: both are read.
    java.util.zip.Deflater zlib = new java.util.zip.Deflater(6, false);
    java.util.zip.Deflater raw = new java.util.zip.Deflater(6, true);
    // Brotli of <p>Brotli page</p> and twenty <p>brotli words repeat here</p>, from brotli -q 11.
    byte[] brotli = java.util.Base64.getDecoder().decode(
        "obgUAOU8sGPSw0utPrd+QXuDkzxCYg3CI0enfcrS2HjAxYg9zLjTa+Z5jJ1NLBkOv9AoN8NUH8LIAKallok30NjuCg==");
    Recorder out = new Recorder(WarcCompression.NONE);
    out.add("zlib", encoded("https://example.com/zlib", "deflate", deflate(zlib, html)));
    out.add("raw", encoded("https://example.com/raw", "deflate", deflate(raw, html)));
    out.add("br", encoded("https://example.com/br", "br", brotli));
    out.add("twice", encoded("https://example.com/twice", "deflate, gzip",
        gzip(deflate(new java.util.zip.Deflater(6, false), html))));
    out.add("unknown", encoded("https://example.com/unknown", "compress", html));
    List<ReadOutcome> outcomes = readAll(out.finish().bytes(), DEFAULTS);

    assertThat(outcomes.subList(0, 4)).extracting(o -> ((ParsedDocument) o).text())
        .containsExactly("Deflated page", "Deflated page",
            "Brotli page" + "\nbrotli words repeat here".repeat(20), "Deflated page");
    assertQuarantined(outcomes.get(4), QuarantineReason.CORRUPT_INPUT, null);
  }

  private static WarcRecord encoded(String url, String coding, byte[] body) throws IOException {
    return response(url, new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Encoding", coding).body(MediaType.HTML, body).build(), null);
  }

  private static byte[] deflate(java.util.zip.Deflater deflater, byte[] bytes) {
    deflater.setInput(bytes);
    deflater.finish();
    byte[] buffer = new byte[bytes.length + 64];
    int length = deflater.deflate(buffer);
    deflater.end();
    return Arrays.copyOf(buffer, length);
  }

  @Test
  void tellsBinaryServedAsTextFromWideText() throws IOException {
    Recorder out = new Recorder(WarcCompression.NONE);
    out.add("png", html("https://example.com/fake.html", "text/html", PNG));
    out.add(
        "utf16",
        html(
            "https://example.com/utf16.txt",
            "text/plain; charset=UTF-16LE",
            "wide text".getBytes(StandardCharsets.UTF_16LE)));
    List<ReadOutcome> outcomes = readAll(out.finish().bytes(), DEFAULTS);

    assertQuarantined(
        outcomes.get(0), QuarantineReason.BINARY_CONTENT, "NUL bytes in text/html content");
    assertThat(((ParsedDocument) outcomes.get(1)).text()).isEqualTo("wide text");
  }

  @Test
  void quarantinesRecordsOverTheSizeLimitAndReadsOn() throws IOException {
    String big = "<html><body><p>" + "word ".repeat(200) + "</p></body></html>";
    Recorder out = new Recorder(WarcCompression.GZIP);
    out.add("big", html("https://example.com/big", "text/html", utf8(big)));
    out.add("small", plain("https://example.com/small", 200, "small"));
    Written written = out.finish();

    List<ReadOutcome> outcomes =
        readAll(written.bytes(), ReaderOptions.builder().maxRecordBytes(400).build());

    assertThat(outcomes).hasSize(2);
    Quarantined tooLarge = (Quarantined) outcomes.get(0);
    assertThat(tooLarge.locator()).isEqualTo(written.locator("big"));
    assertThat(tooLarge.reason()).isEqualTo(QuarantineReason.RECORD_TOO_LARGE);
    assertThat(tooLarge.detail()).contains("over the limit of 400");
    assertThat(tooLarge.excerpt()).startsWith("HTTP/1.1 200 OK\\u000d\\u000a");
    assertThat(((ParsedDocument) outcomes.get(1)).text()).isEqualTo("small");
  }

  @Test
  void quarantinesABodyThatDecodesBeyondTheSizeLimit() throws IOException {
    byte[] bomb = gzip(utf8("<p>" + "a".repeat(100_000) + "</p>"));
    Recorder out = new Recorder(WarcCompression.NONE);
    out.add(
        "bomb",
        response(
            "https://example.com/bomb",
            new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.HTML, bomb)
                .build(),
            null));
    List<ReadOutcome> outcomes =
        readAll(out.finish().bytes(), ReaderOptions.builder().maxRecordBytes(10_000).build());

    assertQuarantined(outcomes.get(0), QuarantineReason.RECORD_TOO_LARGE, null);
    assertThat(((Quarantined) outcomes.get(0)).detail()).contains("decoded body");
  }

  @Test
  void aResponseThatIsNotValidHttpIsThatRecordsOutcomeOnly() throws IOException {
    Recorder out = new Recorder(WarcCompression.GZIP);
    out.add(
        "bad",
        new WarcResponse.Builder(URI.create("https://example.com/bad"))
            .date(FETCHED)
            .body(MediaType.HTTP_RESPONSE, utf8("HTTP/1.1 2x0 OK\r\n\r\nsecret body"))
            .build());
    out.add(
        "dns",
        new WarcResponse.Builder(URI.create("dns:example.com"))
            .date(FETCHED)
            .body(MediaType.parse("text/dns"), utf8("20240501120000\nexample.com. 300 IN A 1.2.3.4"))
            .build());
    out.add("good", plain("https://example.com/good", 200, "still read"));
    Written written = out.finish();

    List<ReadOutcome> outcomes = readAll(written.bytes(), DEFAULTS);

    assertThat(outcomes).extracting(ReadOutcome::locator)
        .containsExactly(written.locator("bad"), written.locator("dns"), written.locator("good"));
    Quarantined bad = (Quarantined) outcomes.get(0);
    assertThat(bad.reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
    assertThat(bad.detail()).startsWith("unreadable response record").doesNotContain("secret");
    assertThat(bad.excerpt()).startsWith("HTTP/1.1 2x0 OK");
    assertQuarantined(outcomes.get(1), QuarantineReason.NO_CONTENT, "not an HTTP response");
    assertThat(((ParsedDocument) outcomes.get(2)).text()).isEqualTo("still read");
  }

  // ---------------------------------------------------------------------------------------------
  // Damage

  @ParameterizedTest
  @EnumSource(
      value = WarcCompression.class,
      names = {"NONE", "GZIP"})
  void aFileCutInsideItsLastRecordGivesOneTruncatedRow(WarcCompression compression)
      throws IOException {
    Written whole = threePages(compression);
    long last = whole.offset("p3");
    List<ReadOutcome> complete = readAll(whole.bytes(), DEFAULTS);
    List<ReadOutcome> beforeLast = complete.subList(0, 2);

    List<Long> cuts = new ArrayList<>();
    for (long cut = last + 1; cut < whole.bytes().length; cut += 7) {
      cuts.add(cut);
    }
    cuts.addAll(List.of(last + 2, whole.bytes().length - 1L, whole.bytes().length - 3L));
    for (long cut : cuts) {
      byte[] truncated = Arrays.copyOf(whole.bytes(), (int) cut);

      List<ReadOutcome> outcomes = readAll(truncated, DEFAULTS);

      assertThat(outcomes).as("cut at %d", cut).hasSize(3);
      assertThat(outcomes.subList(0, 2)).as("cut at %d", cut).isEqualTo(beforeLast);
      Quarantined damage = (Quarantined) outcomes.get(2);
      assertThat(damage.locator()).as("cut at %d", cut).isEqualTo("offset:" + last);
      assertThat(damage.reason()).as("cut at %d", cut).isEqualTo(QuarantineReason.TRUNCATED_INPUT);
    }
  }

  @Test
  void aFileShorterThanAWarcHeaderIsOneTruncatedRow() throws IOException {
    assertThat(readAll(utf8("WA"), DEFAULTS))
        .singleElement()
        .satisfies(o -> assertQuarantined(o, QuarantineReason.TRUNCATED_INPUT, null))
        .extracting(ReadOutcome::locator)
        .isEqualTo("offset:0");
  }

  @Test
  void anEmptyFileHasNoRecords() throws IOException {
    assertThat(readAll(new byte[0], DEFAULTS)).isEmpty();
  }

  @Test
  void aFileThatIsNotWarcIsOneCorruptRow() throws IOException {
    byte[] notWarc = utf8("this is not a WARC file\n".repeat(20));
    assertThat(readAll(notWarc, DEFAULTS))
        .singleElement()
        .satisfies(o -> assertQuarantined(o, QuarantineReason.CORRUPT_INPUT, null))
        .extracting(ReadOutcome::locator)
        .isEqualTo("offset:0");
  }

  @ParameterizedTest
  @EnumSource(
      value = WarcCompression.class,
      names = {"NONE", "GZIP"})
  void aMalformedWarcHeaderIsOneCorruptRowAndReadingResumes(WarcCompression compression)
      throws IOException {
    List<byte[]> records = threePageRecords();
    records.set(1, replaceFirst(records.get(1), "WARC/1.", "WARX/1."));
    Written damaged = assemble(records, compression);

    List<ReadOutcome> outcomes = readAll(damaged.bytes(), DEFAULTS);

    assertThat(outcomes).hasSize(3);
    assertThat(((ParsedDocument) outcomes.get(0)).text()).isEqualTo("Page one");
    Quarantined damage = (Quarantined) outcomes.get(1);
    assertThat(damage.locator()).isEqualTo(damaged.locator("p2"));
    assertThat(damage.reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
    assertThat(damage.detail()).endsWith("reading resumed at offset:" + damaged.offset("p3"));
    assertThat(outcomes.get(2).locator()).isEqualTo(damaged.locator("p3"));
    assertThat(((ParsedDocument) outcomes.get(2)).text()).isEqualTo("Page three");
  }

  @Test
  void aDamagedGzipMemberIsOneCorruptRowAndReadingResumesAtTheNextMember() throws IOException {
    Written whole = assemble(threePageRecords(), WarcCompression.GZIP);
    byte[] damaged = whole.bytes().clone();
    long start = whole.offset("p2");
    long end = whole.offset("p3");
    for (long i = start + 20; i < end - 12; i++) {
      damaged[(int) i] = (byte) 0xff;
    }

    List<ReadOutcome> outcomes = readAll(damaged, DEFAULTS);

    assertThat(outcomes).extracting(ReadOutcome::locator)
        .containsExactly(whole.locator("p1"), whole.locator("p2"), whole.locator("p3"));
    assertThat(outcomes.get(0)).isInstanceOf(ParsedDocument.class);
    assertQuarantined(outcomes.get(1), QuarantineReason.CORRUPT_INPUT, null);
    assertThat(((ParsedDocument) outcomes.get(2)).text()).isEqualTo("Page three");
  }

  @ParameterizedTest
  @EnumSource(
      value = WarcCompression.class,
      names = {"NONE", "GZIP"})
  void aContentLengthTooShortQuarantinesThatRecordOnly(WarcCompression compression)
      throws IOException {
    assertWrongContentLength(compression, -10);
  }

  @ParameterizedTest
  @EnumSource(
      value = WarcCompression.class,
      names = {"NONE", "GZIP"})
  void aContentLengthTooLongQuarantinesThatRecordOnly(WarcCompression compression)
      throws IOException {
    assertWrongContentLength(compression, 60);
  }

  @Test
  void aContentLengthBeyondTheEndOfTheFileIsTruncation() throws IOException {
    List<byte[]> records = threePageRecords();
    records.set(2, withContentLength(records.get(2), 100_000));
    Written damaged = assemble(records, WarcCompression.NONE);

    List<ReadOutcome> outcomes = readAll(damaged.bytes(), DEFAULTS);

    assertThat(outcomes).hasSize(3);
    assertQuarantined(outcomes.get(2), QuarantineReason.TRUNCATED_INPUT, null);
    assertThat(outcomes.get(2).locator()).isEqualTo(damaged.locator("p3"));
  }

  private static void assertWrongContentLength(WarcCompression compression, int change)
      throws IOException {
    List<byte[]> records = threePageRecords();
    records.set(1, withContentLength(records.get(1), contentLength(records.get(1)) + change));
    Written damaged = assemble(records, compression);

    List<ReadOutcome> outcomes = readAll(damaged.bytes(), DEFAULTS);

    assertThat(outcomes).extracting(ReadOutcome::locator)
        .containsExactly(damaged.locator("p1"), damaged.locator("p2"), damaged.locator("p3"));
    assertThat(((ParsedDocument) outcomes.get(0)).text()).isEqualTo("Page one");
    assertQuarantined(outcomes.get(1), QuarantineReason.CORRUPT_INPUT, null);
    assertThat(((ParsedDocument) outcomes.get(2)).text()).isEqualTo("Page three");
  }

  @Test
  void aFailingStreamIsThrownNotQuarantined() throws IOException {
    byte[] bytes = crawl(WarcCompression.GZIP).bytes();
    InputStream failing = new FailingAfter(new ByteArrayInputStream(bytes), bytes.length / 2);

    try (RecordReader reader = WarcRecordReader.open(failing, DEFAULTS)) {
      assertThatThrownBy(() -> reader.forEachRemaining(outcome -> {}))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk on fire");
    }
  }

  @Test
  void aStreamFailingAtOnceCannotBeOpened() {
    InputStream failing = new FailingAfter(new ByteArrayInputStream(new byte[100]), 0);
    assertThatThrownBy(() -> WarcRecordReader.open(failing, DEFAULTS))
        .isInstanceOf(IOException.class)
        .hasMessage("disk on fire");
  }

  @Test
  void closingTheReaderClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(crawl(WarcCompression.NONE).bytes()) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    RecordReader reader = WarcRecordReader.open(in, DEFAULTS);
    reader.next();
    reader.close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void refusesMissingArguments() {
    assertThatThrownBy(() -> WarcRecordReader.open(null, DEFAULTS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Cannot ");
    assertThatThrownBy(() -> WarcRecordReader.open(new ByteArrayInputStream(new byte[0]), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Cannot ");
  }

  @Test
  void findsLicenseLinksInLinkHeaders() {
    assertThat(
            WarcRecordReader.licenseLinks(
                List.of(
                    "<https://a.example/l>; rel=\"license nofollow\"; title=\"x\", </n>; rel=next",
                    "</local>; REL=License"),
                "https://site.example/page"))
        .containsExactly("https://a.example/l", "https://site.example/local");
  }

  @Test
  void findsThePathOfInvalidUrls() {
    assertThat(WarcRecordReader.pathOf("https://example.com/robots.txt?x=1"))
        .isEqualTo("/robots.txt");
    assertThat(WarcRecordReader.pathOf("https://exa mple.com/robots.txt#top"))
        .isEqualTo("/robots.txt");
    assertThat(WarcRecordReader.pathOf(null)).isNull();
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures

  /** A written WARC file and the offset of each record by name. */
  private record Written(byte[] bytes, Map<String, Long> offsets) {
    long offset(String name) {
      return offsets.get(name);
    }

    String locator(String name) {
      return "offset:" + offset(name);
    }
  }

  /** Writes records with one jwarc writer, noting where each starts. */
  private static final class Recorder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final Map<String, Long> offsets = new LinkedHashMap<>();

    Recorder(WarcCompression compression) throws IOException {
      writer = new WarcWriter(Channels.newChannel(out), compression);
    }

    void add(String name, WarcRecord record) throws IOException {
      offsets.put(name, writer.position());
      writer.write(record);
    }

    Written finish() throws IOException {
      writer.close();
      return new Written(out.toByteArray(), offsets);
    }
  }

  private static Written threePages(WarcCompression compression) throws IOException {
    Recorder out = new Recorder(compression);
    out.add("p1", html("https://example.com/1", "text/html", utf8(page("Page one"))));
    out.add("p2", html("https://example.com/2", "text/html", utf8(page("Page two"))));
    out.add("p3", html("https://example.com/3", "text/html", utf8(page("Page three"))));
    return out.finish();
  }

  /** The three pages, each serialised on its own so that a test can damage one. */
  private static List<byte[]> threePageRecords() throws IOException {
    List<byte[]> records = new ArrayList<>();
    for (String text : List.of("Page one", "Page two", "Page three")) {
      Recorder out = new Recorder(WarcCompression.NONE);
      out.add("page", html("https://example.com/" + text.replace(' ', '-'), "text/html",
          utf8(page(text))));
      records.add(out.finish().bytes());
    }
    return records;
  }

  /** Concatenates serialised records, each as its own gzip member when asked. */
  private static Written assemble(List<byte[]> records, WarcCompression compression)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Long> offsets = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      offsets.put("p" + (i + 1), (long) out.size());
      out.write(compression == WarcCompression.GZIP ? gzip(records.get(i)) : records.get(i));
    }
    return new Written(out.toByteArray(), offsets);
  }

  private static String page(String text) {
    return "<html><head><title>" + text + "</title></head><body><p>" + text
        + "</p></body></html>";
  }

  private static WarcRecord html(String url, String contentType, byte[] body) throws IOException {
    return response(
        url,
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build(),
        null);
  }

  private static WarcRecord plain(String url, int status, String body) throws IOException {
    return response(
        url,
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.PLAIN_TEXT, utf8(body))
            .build(),
        null);
  }

  private static WarcRecord response(String url, HttpResponse http, UUID id) throws IOException {
    WarcResponse.Builder builder = new WarcResponse.Builder(URI.create(url)).date(FETCHED);
    if (id != null) {
      builder.recordId(id);
    }
    return builder.body(http).build();
  }

  private static WarcRecord request(String url) throws IOException {
    return new WarcRequest.Builder(URI.create(url))
        .date(FETCHED)
        .body(new HttpRequest.Builder("GET", URI.create(url).getPath()).build())
        .build();
  }

  private static WarcRecord conversion(String url, String text) {
    return new WarcConversion.Builder()
        .setHeader("WARC-Target-URI", url)
        .date(FETCHED)
        .body(MediaType.PLAIN_TEXT, utf8(text))
        .build();
  }

  private static int contentLength(byte[] record) {
    String header = new String(record, StandardCharsets.ISO_8859_1);
    int start = header.indexOf("Content-Length: ") + "Content-Length: ".length();
    return Integer.parseInt(header.substring(start, header.indexOf("\r\n", start)));
  }

  private static byte[] withContentLength(byte[] record, long length) {
    return replaceFirst(
        record, "Content-Length: " + contentLength(record), "Content-Length: " + length);
  }

  private static byte[] replaceFirst(byte[] record, String target, String replacement) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    assertThat(text).contains(target);
    return text.replaceFirst(java.util.regex.Pattern.quote(target), replacement)
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static List<ReadOutcome> readAll(byte[] bytes, ReaderOptions options)
      throws IOException {
    List<ReadOutcome> outcomes = new ArrayList<>();
    try (RecordReader reader = WarcRecordReader.open(new ByteArrayInputStream(bytes), options)) {
      reader.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static Map<String, ReadOutcome> byLocator(List<ReadOutcome> outcomes) {
    Map<String, ReadOutcome> byLocator = new LinkedHashMap<>();
    for (ReadOutcome outcome : outcomes) {
      assertThat(byLocator.put(outcome.locator(), outcome)).as(outcome.locator()).isNull();
    }
    return byLocator;
  }

  private static void assertQuarantined(
      ReadOutcome outcome, QuarantineReason reason, String detail) {
    assertThat(outcome).isInstanceOf(Quarantined.class);
    Quarantined quarantined = (Quarantined) outcome;
    assertThat(quarantined.reason()).isEqualTo(reason);
    if (detail != null) {
      assertThat(quarantined.detail()).isEqualTo(detail);
    }
    if (quarantined.excerpt() != null) {
      assertThat(quarantined.excerpt()).matches("[\\x20-\\x7e]*");
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Charset cp1251() {
    return Charset.forName("windows-1251");
  }

  /** A stream whose device fails after some bytes. */
  private static final class FailingAfter extends FilterInputStream {
    private long left;

    FailingAfter(InputStream in, long bytes) {
      super(in);
      this.left = bytes;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("disk on fire");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }
  }
}
