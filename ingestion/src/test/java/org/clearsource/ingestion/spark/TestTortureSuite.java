package org.clearsource.ingestion.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that break naive corpus readers, each planted in a source of its own and ingested in one
 * run. For every case the job finishes, the stats say what happened, and every record is
 * accounted for: records seen = documents + quarantined + captured.
 */
class TestTortureSuite {

  /** Uncompressed size of the gzip bomb and of the zip bomb's member (1,000x their stored size). */
  static final int BOMB_MIB = 256;
  /** The single-line document: larger than the default split, so it spans splits. */
  static final int LONG_LINE_MIB = 200;
  static final int NESTING = 100_000;
  static final int TINY_FILES = 100_000;
  static final int TINY_DIRECTORIES = 100;

  @TempDir static Path corpus;
  @TempDir static Path out;

  static StageStats stats;
  static RunLayout layout;

  @BeforeAll
  static void ingestTheTortureCorpus() throws IOException {
    StringBuilder sources = new StringBuilder();
    gzipBomb(sources);
    zipBomb(sources);
    longLine(sources);
    deepJson(sources);
    badBytes(sources);
    declaredCharset(sources);
    wrongContentLength(sources);
    emptyFiles(sources);
    symlinkLoop(sources);
    repeatedIds(sources);
    tinyFiles(sources);
    Files.writeString(corpus.resolve("manifest.yaml"),
        "dataset: {name: torture, version: \"1\", curator: c, contact: c@example.org}\n"
            + "sources:\n" + sources);
    Manifest manifest = ManifestReader.read(corpus.resolve("manifest.yaml").toString(),
        new org.apache.hadoop.conf.Configuration());
    layout = new RunLayout(out.toString());
    stats = IngestStage.run(SharedSparkSession.get(), manifest, layout, IngestSettings.defaults(),
        message -> {});
  }

  @Test
  void everyRecordOfEverySourceIsAccountedFor() {
    for (String source : stats.sources().keySet()) {
      assertThat(stats.count(source, "records_seen")).as(source).isEqualTo(
          stats.count(source, "documents") + stats.count(source, "quarantined")
              + stats.count(source, "captured"));
    }
    assertThat(stats.sources()).hasSize(11);
  }

  @Test
  void aGzipBombIsOneOversizedRecordAndTheLineAfterItIsRead() {
    assertThat(stats.count("gzip-bomb", "records_seen")).isEqualTo(2);
    assertThat(stats.count("gzip-bomb", "quarantined.record_too_large")).isEqualTo(1);
    assertThat(texts("gzip-bomb")).containsExactly("The line after the bomb is still read.");
  }

  @Test
  void aZipBombIsStoppedAtTheExpansionLimit() {
    assertThat(stats.count("zip-bomb", "quarantined.expansion_limit")).isEqualTo(1);
    assertThat(quarantine("zip-bomb").first().<String>getAs("detail")).contains("expan");
  }

  @Test
  void aDocumentLongerThanASplitIsQuarantinedAndItsNeighboursRead() {
    assertThat(stats.count("long-line", "records_seen")).isEqualTo(3);
    assertThat(stats.count("long-line", "quarantined.record_too_large")).isEqualTo(1);
    assertThat(texts("long-line")).containsExactlyInAnyOrder("Before the long line.",
        "After the long line.");
  }

  @Test
  void deeplyNestedJsonIsMalformedNotAStackOverflow() {
    assertThat(stats.count("deep-json", "quarantined.malformed_json")).isEqualTo(1);
    assertThat(texts("deep-json")).containsExactly("A flat record after the nested one.");
  }

  @Test
  void nulAndUndecodableBytesAreQuarantinedByReason() {
    assertThat(stats.count("bad-bytes", "quarantined.binary_content")).isEqualTo(1);
    assertThat(stats.count("bad-bytes", "quarantined.invalid_encoding")).isEqualTo(1);
    assertThat(texts("bad-bytes")).containsExactly("A clean line between the bad ones.");
  }

  @Test
  void aCharsetDeclaredOnlyInTheHttpHeaderDecodesThePage() {
    assertThat(texts("charset")).singleElement().asString().contains("Café Müller");
  }

  @Test
  void aWarcRecordWithAWrongContentLengthCostsThatRecordOnly() {
    assertThat(stats.count("warc-length", "quarantined")).isGreaterThanOrEqualTo(1);
    assertThat(texts("warc-length")).anyMatch(text -> text.contains("second page survives"));
  }

  @Test
  void emptyFilesAreCountedNotFatal() {
    assertThat(stats.count("empty", "files")).isEqualTo(3);
    assertThat(stats.count("empty", "documents")).isZero();
    assertThat(stats.count("empty", "quarantined.empty_text")).isEqualTo(1);
  }

  @Test
  void aSymbolicLinkLoopIsListedOnce() {
    assertThat(stats.count("symlink-loop", "files")).isEqualTo(2);
    assertThat(texts("symlink-loop")).containsExactlyInAnyOrder("top file", "nested file");
  }

  @Test
  void repeatedIdsInTheInputStillGiveDistinctDocuments() {
    Dataset<Row> documents = documents("repeated-ids");
    assertThat(documents.count()).isEqualTo(3);
    assertThat(documents.select("doc_id").distinct().count()).isEqualTo(3);
    assertThat(documents.select("record_id").distinct().as(Encoders.STRING()).collectAsList())
        .containsExactly("same");
  }

  @Test
  void ahundredThousandTinyFilesAreEachADocument() {
    assertThat(stats.count("tiny-files", "files")).isEqualTo(TINY_FILES);
    assertThat(stats.count("tiny-files", "documents")).isEqualTo(TINY_FILES);
    assertThat(documents("tiny-files").select("doc_id").distinct().count()).isEqualTo(TINY_FILES);
  }

  private static Dataset<Row> documents(String source) {
    return SharedSparkSession.get().read().schema(CorpusTables.DOCUMENTS)
        .parquet(layout.documents()).filter(org.apache.spark.sql.functions.col("source_id")
            .equalTo(source));
  }

  private static Dataset<Row> quarantine(String source) {
    return SharedSparkSession.get().read().schema(CorpusTables.QUARANTINE)
        .parquet(layout.quarantine()).filter(org.apache.spark.sql.functions.col("source_id")
            .equalTo(source));
  }

  private static List<String> texts(String source) {
    return documents(source).select("text").as(Encoders.STRING()).collectAsList();
  }

  private static void source(StringBuilder sources, String id, String path, String format) {
    sources.append("  - id: ").append(id).append('\n')
        .append("    class: open\n")
        .append("    paths: [").append(path).append("]\n");
    if (format != null) {
      sources.append("    format: ").append(format).append('\n');
    }
    sources.append("    provenance: {obtain_from: https://").append(id)
        .append(".example, how_obtained: public-dataset}\n");
  }

  private static Path dir(String name) throws IOException {
    return Files.createDirectories(corpus.resolve(name));
  }

  /** Writes {@code mebibytes} MiB of the letter a. */
  private static void letters(OutputStream out, int mebibytes) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'a');
    for (int i = 0; i < mebibytes; i++) {
      out.write(block);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void gzipBomb(StringBuilder sources) throws IOException {
    try (OutputStream out = new GZIPOutputStream(
        Files.newOutputStream(dir("gzip-bomb").resolve("bomb.jsonl.gz")), 1 << 16)) {
      out.write(utf8("{\"id\":\"bomb\",\"text\":\""));
      letters(out, BOMB_MIB);
      out.write(utf8("\"}\n{\"id\":\"after\",\"text\":\"The line after the bomb is still read.\"}\n"));
    }
    source(sources, "gzip-bomb", "gzip-bomb", null);
  }

  private static void zipBomb(StringBuilder sources) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(
        Files.newOutputStream(dir("zip-bomb").resolve("bomb.zip")))) {
      zip.putNextEntry(new ZipEntry("bomb.txt"));
      letters(zip, BOMB_MIB);
      zip.closeEntry();
    }
    source(sources, "zip-bomb", "zip-bomb", "text");
  }

  private static void longLine(StringBuilder sources) throws IOException {
    try (OutputStream out = new BufferedOutputStream(
        Files.newOutputStream(dir("long-line").resolve("long.jsonl")), 1 << 20)) {
      out.write(utf8("{\"text\":\"Before the long line.\"}\n{\"text\":\""));
      letters(out, LONG_LINE_MIB);
      out.write(utf8("\"}\n{\"text\":\"After the long line.\"}\n"));
    }
    source(sources, "long-line", "long-line", null);
  }

  private static void deepJson(StringBuilder sources) throws IOException {
    String nested = "{\"text\":\"deep\",\"meta\":" + "[".repeat(NESTING) + "]".repeat(NESTING)
        + "}\n";
    Files.writeString(dir("deep-json").resolve("deep.jsonl"),
        nested + "{\"text\":\"A flat record after the nested one.\"}\n");
    source(sources, "deep-json", "deep-json", null);
  }

  private static void badBytes(StringBuilder sources) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir("bad-bytes").resolve("bytes.jsonl"))) {
      out.write(utf8("{\"text\":\"a NUL "));
      out.write(0);
      out.write(utf8(" inside\"}\n{\"text\":\"A clean line between the bad ones.\"}\n"));
      out.write(utf8("{\"text\":\"undecodable "));
      out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      out.write(utf8(" bytes\"}\n"));
    }
    source(sources, "bad-bytes", "bad-bytes", null);
  }

  private static void declaredCharset(StringBuilder sources) throws IOException {
    byte[] body = "<html><head><title>Menu</title></head><body><p>Café Müller reopens.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir("charset").resolve("page.warc"),
        warcResponse("https://charset.example/cafe", "text/html; charset=ISO-8859-1", body, 0));
    source(sources, "charset", "charset", "warc");
  }

  private static void wrongContentLength(StringBuilder sources) throws IOException {
    byte[] first = warcResponse("https://length.example/1", "text/html",
        utf8("<html><body><p>The first page lies about its length.</p></body></html>"), -10);
    byte[] second = warcResponse("https://length.example/2", "text/html",
        utf8("<html><body><p>The second page survives the first.</p></body></html>"), 0);
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    Files.write(dir("warc-length").resolve("bad.warc"), both);
    source(sources, "warc-length", "warc-length", "warc");
  }

  /** One WARC response record; {@code lengthError} is added to the true Content-Length. */
  private static byte[] warcResponse(String url, String contentType, byte[] body, int lengthError) {
    byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n"), body);
    String header = "WARC/1.0\r\n"
        + "WARC-Type: response\r\n"
        + "WARC-Target-URI: " + url + "\r\n"
        + "WARC-Date: 2024-05-14T08:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(utf8(url)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + (http.length + lengthError) + "\r\n\r\n";
    return concat(concat(utf8(header), http), utf8("\r\n\r\n"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static void emptyFiles(StringBuilder sources) throws IOException {
    Path empty = dir("empty");
    Files.write(empty.resolve("empty.jsonl"), new byte[0]);
    Files.write(empty.resolve("empty.jsonl.gz"), new byte[0]);
    Files.write(dir("empty/notes").resolve("withdrawn.txt"), new byte[0]);
    sources.append("""
          - id: empty
            class: open
            paths: [empty/*.jsonl, empty/*.jsonl.gz, empty/notes/*.txt]
            provenance: {obtain_from: https://empty.example, how_obtained: public-dataset}
        """);
  }

  private static void symlinkLoop(StringBuilder sources) throws IOException {
    Path loop = dir("symlink-loop");
    Files.writeString(loop.resolve("top.txt"), "top file");
    Path sub = Files.createDirectories(loop.resolve("sub"));
    Files.writeString(sub.resolve("nested.txt"), "nested file");
    Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
    source(sources, "symlink-loop", "symlink-loop", "text");
  }

  private static void repeatedIds(StringBuilder sources) throws IOException {
    Files.writeString(dir("repeated-ids").resolve("ids.jsonl"),
        "{\"id\":\"same\",\"text\":\"first record with the id\"}\n"
            + "{\"id\":\"same\",\"text\":\"second record with the id\"}\n"
            + "{\"id\":\"same\",\"text\":\"first record with the id\"}\n");
    source(sources, "repeated-ids", "repeated-ids", null);
  }

  private static void tinyFiles(StringBuilder sources) throws IOException {
    Path tiny = dir("tiny-files");
    for (int d = 0; d < TINY_DIRECTORIES; d++) {
      Path directory = Files.createDirectories(tiny.resolve(String.format("d%03d", d)));
      for (int f = 0; f < TINY_FILES / TINY_DIRECTORIES; f++) {
        Files.write(directory.resolve(String.format("f%04d.txt", f)),
            utf8("tiny file " + d + "/" + f));
      }
    }
    source(sources, "tiny-files", "tiny-files", "text");
  }
}
