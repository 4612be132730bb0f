package org.clearsource.cluster.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.ingestion.spark.IngestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest and scan of a crawl whose URLs {@code java.net.URI} rejects: each page must still find
 * its site's robots.txt, which blocks GPTBot, and be judged reserved; a URL without a usable host
 * is counted, not silently unknown.
 */
class TestOptOutOfLenientUrls {

  private static final String BLOCK_GPTBOT = "User-agent: GPTBot\nDisallow: /\n";

  @Test
  void pagesOnUrlsThatJavaNetUriRejectsAreReservedByTheirSitesRobotsTxt(@TempDir Path dir)
      throws IOException {
    SharedSparkSession.get();
    Files.createDirectories(dir.resolve("crawl"));
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    // The robots.txt of münchen.example captured in Unicode, a page of it in punycode; the other
    // site the other way round.
    response(warc, "https://m\u00fcnchen.example/robots.txt", "text/plain", BLOCK_GPTBOT);
    response(warc, "https://xn--mnchen-3ya.example/stadt|plan?q={x}", "text/html",
        page("Stadtplan"));
    response(warc, "https://xn--kln-sna.example/robots.txt", "text/plain", BLOCK_GPTBOT);
    response(warc, "https://k\u00f6ln.example/dom", "text/html", page("Dom"));
    response(warc, "https://my_shop.example/robots.txt", "text/plain", BLOCK_GPTBOT);
    response(warc, "https://my_shop.example/items/a^b/100%zz", "text/html", page("Items"));
    response(warc, "https://exa mple.example/no-host", "text/html", page("No host"));
    Files.write(dir.resolve("crawl/crawl.warc"), warc.toByteArray());
    Files.writeString(dir.resolve("manifest.yaml"), """
        dataset: {name: urls, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: web
            class: public
            paths: [crawl]
            provenance: {obtain_from: https://crawl.example, how_obtained: crawl}
        """);
    Manifest manifest = ManifestReader.read(dir.resolve("manifest.yaml").toString(),
        new org.apache.hadoop.conf.Configuration());
    RunLayout layout = new RunLayout(dir.resolve("run").toString());

    try (AuditPipeline pipeline = AuditPipeline.start(null, Map.of())) {
      StageStats ingest =
          pipeline.ingest(manifest, layout, IngestSettings.defaults(), (stage, message) -> { });
      pipeline.scan(manifest, layout, (stage, message) -> { });

      Map<String, String> statusByUrl = new HashMap<>();
      Map<String, String> urlById = new HashMap<>();
      for (Row row : SharedSparkSession.get().read().parquet(layout.documents())
          .select("doc_id", "url", "host").collectAsList()) {
        urlById.put(row.getString(0), row.getString(1));
      }
      for (Row row : SharedSparkSession.get().read().parquet(layout.signals())
          .select("doc_id", "optout_status").collectAsList()) {
        statusByUrl.put(urlById.get(row.getString(0)), row.getString(1));
      }
      assertThat(statusByUrl).containsOnly(
          Map.entry("https://xn--mnchen-3ya.example/stadt|plan?q={x}", "reserved"),
          Map.entry("https://k\u00f6ln.example/dom", "reserved"),
          Map.entry("https://my_shop.example/items/a^b/100%zz", "reserved"),
          Map.entry("https://exa mple.example/no-host", "unknown"));
      assertThat(ingest.count("web", "documents")).isEqualTo(4);
      assertThat(ingest.count("web", "captured")).isEqualTo(3);
      assertThat(ingest.count("web", "urls_without_host")).isEqualTo(1);
    }
  }

  private static String page(String title) {
    return "<html><head><title>" + title + "</title></head><body><p>" + title
        + " is a page of a site that asks AI crawlers to stay away.</p></body></html>\n";
  }

  /** A WARC/1.1 response record, written by hand: WARC writers want a valid URI. */
  private static void response(ByteArrayOutputStream out, String url, String type, String body)
      throws IOException {
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "; charset=utf-8\r\n"
        + "Content-Length: " + bodyBytes.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[http.length + bodyBytes.length];
    System.arraycopy(http, 0, block, 0, http.length);
    System.arraycopy(bodyBytes, 0, block, http.length, bodyBytes.length);
    String headers = "WARC/1.1\r\nWARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
            url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2024-05-14T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http;msgtype=response\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    out.write(headers.getBytes(StandardCharsets.UTF_8));
    out.write(block);
    out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
