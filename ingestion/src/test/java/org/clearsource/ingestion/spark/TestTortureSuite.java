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
import org.clearsource.ingestion.SourceFixtures;
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
    gzipTrailer(sources);
    repeatedMembers(sources);
    parquetBadText(sources);
    legacyEncodings(sources);
    warcEncodings(sources);
    malformedJsonDetail(sources);
    oddNames(sources);
    specialEntries(sources);
    lenientUrls(sources);
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
    assertThat(stats.sources()).hasSize(20);
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
    assertThat(stats.count("symlink-loop", "files_skipped.link_loop")).isEqualTo(1);
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

  @Test
  void plainLinesAfterAGzipStreamAreOneTrailingGarbageRowPerFile() {
    assertThat(stats.count("gzip-trailer", "quarantined.trailing_garbage")).isEqualTo(2);
    assertThat(texts("gzip-trailer")).containsExactlyInAnyOrder("record before the trailer",
        "a text file before the trailer");
    assertThat(quarantine("gzip-trailer").select("locator").as(Encoders.STRING()).collectAsList())
        .allMatch(locator -> locator.startsWith("trailer:"));
  }

  @Test
  void repeatedArchiveMemberPathsAreDistinctDocuments() {
    assertThat(stats.count("repeated-members", "documents")).isEqualTo(4);
    assertThat(documents("repeated-members").select("doc_id").distinct().count()).isEqualTo(4);
  }

  @Test
  void aParquetTextColumnOfTheWrongTypeCountsEveryRowAndBadBlobsAreQuarantined() {
    assertThat(stats.count("parquet-bad-text", "quarantined.missing_text")).isEqualTo(5);
    assertThat(stats.count("parquet-bad-text", "quarantined.binary_content")).isEqualTo(1);
    assertThat(stats.count("parquet-bad-text", "quarantined.invalid_encoding")).isEqualTo(1);
    assertThat(texts("parquet-bad-text")).containsExactly("a clean blob");
  }

  @Test
  void utf16AndLegacyTextFilesAreReadWithTheirCharset() {
    List<Row> rows = documents("legacy-encodings").select("title", "text", "metadata")
        .collectAsList();
    assertThat(stats.count("legacy-encodings", "quarantined")).isZero();
    assertThat(rows).hasSize(4);
    for (Row row : rows) {
      String charset = row.<String, String>getJavaMap(2).get("charset");
      switch (row.getString(0)) {
        case "le.txt" -> assertThat(charset).isEqualTo("UTF-16LE");
        case "be.txt" -> assertThat(charset).isEqualTo("UTF-16BE");
        case "old.c" -> assertThat(charset).isIn("ISO-8859-1", "windows-1252");
        default -> assertThat(charset).isEqualTo("windows-1252");
      }
      assertThat(row.getString(1)).doesNotContain("\ufffd");
    }
  }

  @Test
  void deflateAndBrotliEncodedWarcBodiesAreRead() {
    assertThat(stats.count("warc-encodings", "quarantined")).isZero();
    assertThat(texts("warc-encodings")).hasSize(3).allMatch(text -> text.contains("Encoded page"));
  }

  @Test
  void malformedJsonDetailsDoNotQuoteTheRecord() {
    assertThat(stats.count("json-detail", "quarantined.malformed_json")).isEqualTo(2);
    assertThat(quarantine("json-detail").select("detail").as(Encoders.STRING()).collectAsList())
        .hasSize(2).allSatisfy(detail -> assertThat(detail).doesNotContain("secret"));
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

  @Test
  void fileNamesAUriParserWouldChangeAreEachReadAsNamed() {
    assertThat(texts("odd-names")).containsExactlyInAnyOrderElementsOf(
        SourceFixtures.ODD_NAMES.stream().map(name -> "the text of " + name).toList());
  }

  @Test
  void aFifoLinksAndHiddenNamesAreSkippedCountedAndNeverHang() {
    assertThat(texts("special-entries")).containsExactly("the one regular file");
    assertThat(stats.count("special-entries", "files_skipped")).isEqualTo(4);
    for (String reason : List.of("special_file", "link_outside_root", "dangling_link", "hidden")) {
      assertThat(stats.count("special-entries", "files_skipped." + reason)).as(reason)
          .isEqualTo(1);
    }
  }

  @Test
  void urlsThatJavaNetUriRejectsStillHaveTheirHostAndOneWithoutIsCounted() {
    java.util.Map<String, String> hosts = new java.util.TreeMap<>();
    for (Row row : documents("lenient-urls").collectAsList()) {
      hosts.put(row.getAs("record_id"), String.valueOf(row.<String>getAs("host")));
    }
    assertThat(hosts).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of(
        "pipe", "pipe.example", "braces", "braces.example", "caret", "caret.example",
        "bad-escape", "escape.example", "underscore", "my_shop.example",
        "idn", "xn--mnchen-3ya.example", "no-host", "null")));
    assertThat(stats.count("lenient-urls", "urls_without_host")).isEqualTo(1);
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
    return warcResponse(url, contentType, body, lengthError, "");
  }

  /** One WARC response record whose body has a Content-Encoding. */
  private static byte[] warcResponse(String url, String contentType, byte[] body, String coding) {
    return warcResponse(url, contentType, body, 0, "Content-Encoding: " + coding + "\r\n");
  }

  private static byte[] warcResponse(String url, String contentType, byte[] body, int lengthError,
      String extraHeaders) {
    byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: " + contentType
        + "\r\n" + extraHeaders + "Content-Length: " + body.length + "\r\n\r\n"), body);
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

  private static void oddNames(StringBuilder sources) throws IOException {
    Path odd = dir("odd-names");
    for (String name : SourceFixtures.ODD_NAMES) {
      Files.writeString(odd.resolve(name), "the text of " + name);
    }
    source(sources, "odd-names", "odd-names", "text");
  }

  private static void specialEntries(StringBuilder sources) throws IOException {
    Path special = dir("special-entries");
    Files.writeString(special.resolve("regular.txt"), "the one regular file");
    Files.writeString(dir("outside-the-source").resolve("secret.txt"), "not part of the source");
    Files.createSymbolicLink(special.resolve("secret.txt"),
        corpus.resolve("outside-the-source/secret.txt"));
    Files.createSymbolicLink(special.resolve("dangling.txt"), corpus.resolve("no-such-file"));
    Files.writeString(Files.createDirectories(special.resolve("_static")).resolve("style.txt"),
        "a hidden folder's file");
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", special.resolve("pipe.txt").toString())
          .inheritIO().start();
      if (mkfifo.waitFor() != 0) {
        throw new IOException("mkfifo failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    source(sources, "special-entries", "special-entries", "text");
  }

  private static void lenientUrls(StringBuilder sources) throws IOException {
    String[][] urls = {
        {"pipe", "https://pipe.example/a|b"},
        {"braces", "https://braces.example/{id}?q={x}"},
        {"caret", "https://caret.example/x^y"},
        {"bad-escape", "https://escape.example/%zz?%zz"},
        {"underscore", "https://my_shop.example/"},
        {"idn", "https://m\u00fcnchen.example/stadt"},
        {"no-host", "https://bad host.example/page"}};
    StringBuilder lines = new StringBuilder();
    for (String[] url : urls) {
      lines.append("{\"id\":\"").append(url[0]).append("\",\"url\":\"").append(url[1])
          .append("\",\"text\":\"a page about ").append(url[0]).append("\"}\n");
    }
    Files.writeString(dir("lenient-urls").resolve("pages.jsonl"), lines);
    source(sources, "lenient-urls", "lenient-urls", null);
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

  private static byte[] gzip(byte[] content) throws IOException {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(content);
    }
    return buffer.toByteArray();
  }

  private static void gzipTrailer(StringBuilder sources) throws IOException {
    byte[] lines = utf8("plain 1\nplain 2\nplain 3\nplain 4\nplain 5\n");
    Path dir = dir("gzip-trailer");
    Files.write(dir.resolve("records.jsonl.gz"),
        concat(gzip(utf8("{\"text\":\"record before the trailer\"}\n")), lines));
    Files.write(dir.resolve("notes.txt.gz"),
        concat(gzip(utf8("a text file before the trailer")), lines));
    source(sources, "gzip-trailer", "gzip-trailer", null);
  }

  private static void repeatedMembers(StringBuilder sources) throws IOException {
    Path dir = dir("repeated-members");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("a.zip")))) {
      // java.util.zip refuses a repeated name: the second member differs only in case, then
      // the archive is patched so that both names are equal.
      for (String name : List.of("docs/readme.txt", "docs/README.txt")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8("zip member " + name));
        zip.closeEntry();
      }
    }
    byte[] zip = Files.readAllBytes(dir.resolve("a.zip"));
    Files.write(dir.resolve("a.zip"), replaceAll(zip, utf8("docs/README.txt"),
        utf8("docs/readme.txt")));
    java.io.ByteArrayOutputStream tarBytes = new java.io.ByteArrayOutputStream();
    try (org.apache.commons.compress.archivers.tar.TarArchiveOutputStream tar =
        new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(tarBytes)) {
      for (String text : List.of("first tar member", "second tar member")) {
        org.apache.commons.compress.archivers.tar.TarArchiveEntry entry =
            new org.apache.commons.compress.archivers.tar.TarArchiveEntry("docs/readme.txt");
        entry.setSize(utf8(text).length);
        tar.putArchiveEntry(entry);
        tar.write(utf8(text));
        tar.closeArchiveEntry();
      }
    }
    Files.write(dir.resolve("b.tar"), tarBytes.toByteArray());
    source(sources, "repeated-members", "repeated-members", "text");
  }

  private static byte[] replaceAll(byte[] bytes, byte[] from, byte[] to) {
    byte[] out = bytes.clone();
    for (int i = 0; i + from.length <= out.length; i++) {
      if (Arrays.equals(out, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, out, i, to.length);
      }
    }
    return out;
  }

  private static void parquetBadText(StringBuilder sources) throws IOException {
    Path dir = dir("parquet-bad-text");
    writeParquet(dir.resolve("numbers.parquet"), "message m { optional int32 text; }",
        List.of(1, 2, 3, 4, 5));
    writeParquet(dir.resolve("blobs.parquet"), "message m { optional binary text; }",
        List.of(org.apache.parquet.io.api.Binary.fromConstantByteArray(utf8("a clean blob")),
            org.apache.parquet.io.api.Binary.fromConstantByteArray(new byte[] {'a', 0, 'b'}),
            org.apache.parquet.io.api.Binary.fromConstantByteArray(
                new byte[] {'c', 'a', 'f', (byte) 0xe9})));
    source(sources, "parquet-bad-text", "parquet-bad-text", null);
  }

  private static void writeParquet(Path file, String schema, List<?> texts) throws IOException {
    org.apache.parquet.schema.MessageType type =
        org.apache.parquet.schema.MessageTypeParser.parseMessageType(schema);
    org.apache.parquet.example.data.simple.SimpleGroupFactory groups =
        new org.apache.parquet.example.data.simple.SimpleGroupFactory(type);
    try (org.apache.parquet.hadoop.ParquetWriter<org.apache.parquet.example.data.Group> writer =
        org.apache.parquet.hadoop.example.ExampleParquetWriter
            .builder(new org.apache.parquet.io.LocalOutputFile(file)).withType(type).build()) {
      for (Object text : texts) {
        org.apache.parquet.example.data.Group group = groups.newGroup();
        if (text instanceof Integer number) {
          group.append("text", number);
        } else {
          group.append("text", (org.apache.parquet.io.api.Binary) text);
        }
        writer.write(group);
      }
    }
  }

  private static void legacyEncodings(StringBuilder sources) throws IOException {
    Path dir = dir("legacy-encodings");
    String text = "UTF-16 text with a byte-order mark: caf\u00e9";
    Files.write(dir.resolve("le.txt"), concat(new byte[] {(byte) 0xff, (byte) 0xfe},
        text.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(dir.resolve("be.txt"), concat(new byte[] {(byte) 0xfe, (byte) 0xff},
        text.getBytes(StandardCharsets.UTF_16BE)));
    Files.write(dir.resolve("old.c"), "/* Copyright \u00a9 1994 The Regents. */\nint x;\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("quotes.txt"), "He said \u201ccaf\u00e9\u201d twice."
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    source(sources, "legacy-encodings", "legacy-encodings", "text");
  }

  private static void warcEncodings(StringBuilder sources) throws IOException {
    byte[] html = utf8("<html><body><p>Encoded page</p></body></html>");
    // <p>Encoded page</p> and twenty <p>encoded words repeat</p>, from brotli -q 11.
    byte[] brotli = java.util.Base64.getDecoder().decode(
        "oUASAGacLPOqW0qeMrh68XHKAQUqVSJtGVzY7zl8flIOXKvlCY1jMz/AorAMIG2KvT0wcbsN");
    Files.write(dir("warc-encodings").resolve("encoded.warc"), concat(concat(
        warcResponse("https://zlib.example/", "text/html", deflate(html, false), "deflate"),
        warcResponse("https://raw.example/", "text/html", deflate(html, true), "deflate")),
        warcResponse("https://br.example/", "text/html", brotli, "br")));
    source(sources, "warc-encodings", "warc-encodings", "warc");
  }

  private static byte[] deflate(byte[] content, boolean raw) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, raw);
    deflater.setInput(content);
    deflater.finish();
    byte[] buffer = new byte[content.length + 64];
    int length = deflater.deflate(buffer);
    deflater.end();
    return Arrays.copyOf(buffer, length);
  }

  private static void malformedJsonDetail(StringBuilder sources) throws IOException {
    Files.writeString(dir("json-detail").resolve("bad.jsonl"),
        "{\"text\": secretword}\n{\"text\": \"ok\", secretkey: 1}\n{\"text\":\"fine\"}\n");
    source(sources, "json-detail", "json-detail", null);
  }
}
