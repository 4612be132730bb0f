import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.clearsource.ingestion.document.LanguageIdentifier;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The floor under ingestion's speed: single-thread CPU throughput of the least work any reader of
 * these files must do, with the libraries the project uses, and nothing of what Clearsource adds
 * (no language identification, no metadata, no SHA-256, no Parquet writing, no Spark).
 *
 * <pre>
 *   java -cp CLASSPATH bench/ingest/IngestFloor.java CORPUS_DIR
 * </pre>
 *
 * Each line adds one step to the line before: for CORPUS_DIR/jsonl/*.gz gunzip alone; + splitting
 * lines and Jackson pulling the "text" field as a String; + language identification (Clearsource's
 * {@code LanguageIdentifier}, the cheapest we have); + writing text and language to a zstd Parquet
 * file. For CORPUS_DIR/warc/*.gz gunzip alone; + jwarc and jsoup's parse of every HTML response
 * (the DOM); + jsoup's {@code body().text()}; + language; + Parquet. Last, SHA-256 of every file
 * as stored (the inventory's checksum). Every measure runs once on
 * the first file to warm the JIT, then times all files by this thread's CPU time. Prints one
 * "name uncompressed_bytes cpu_seconds" line per measure.
 */
public final class IngestFloor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MessageType TABLE = MessageTypeParser.parseMessageType(
      "message doc { required binary text (UTF8); required binary lang (UTF8); }");

  interface Work {
    long run(Path file) throws IOException;  // returns a checksum-like value so the JIT keeps it
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    List<Path> jsonl = files(corpus.resolve("jsonl"));
    List<Path> warc = files(corpus.resolve("warc"));
    long jsonlBytes = uncompressed(jsonl);
    long warcBytes = uncompressed(warc);
    measure("jsonl gunzip", jsonl, jsonlBytes, IngestFloor::gunzip);
    measure("jsonl +jackson", jsonl, jsonlBytes, file -> jsonText(file, false, false));
    measure("jsonl +langid", jsonl, jsonlBytes, file -> jsonText(file, true, false));
    measure("jsonl +parquet", jsonl, jsonlBytes, file -> jsonText(file, true, true));
    measure("warc gunzip", warc, warcBytes, IngestFloor::gunzip);
    measure("warc +jwarc+jsoup", warc, warcBytes, file -> htmlParse(file, 0));
    measure("warc +text", warc, warcBytes, file -> htmlParse(file, 1));
    measure("warc +langid", warc, warcBytes, file -> htmlParse(file, 2));
    measure("warc +parquet", warc, warcBytes, file -> htmlParse(file, 3));
    measure("both sha256", concat(jsonl, warc), 0, IngestFloor::sha256);
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static long sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return digest.digest()[0];
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A zstd Parquet file of text and language, as the documents table stores them. */
  private static ParquetWriter<Group> parquet() throws IOException {
    java.io.File target = java.io.File.createTempFile("floor", ".parquet");
    target.delete();
    target.deleteOnExit();
    return ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(target.toURI()))
        .withConf(new Configuration())
        .withType(TABLE)
        .withCompressionCodec(CompressionCodecName.ZSTD)
        .withDictionaryEncoding("text", false)
        .build();
  }

  /** Where each text goes: optionally language identification, optionally a Parquet file. */
  private static final class Sink implements java.io.Closeable {
    private final boolean langid;
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups = new SimpleGroupFactory(TABLE);
    long total;

    Sink(boolean langid, boolean parquet) throws IOException {
      this.langid = langid;
      this.writer = parquet ? parquet() : null;
    }

    void accept(String text) throws IOException {
      total += text.length();
      String language = langid ? LanguageIdentifier.identify(text) : "";
      total += language.length();
      if (writer != null) {
        writer.write(groups.newGroup().append("text", text).append("lang", language));
      }
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
      }
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (var listing = Files.list(dir)) {
      return listing.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
    }
  }

  private static long uncompressed(List<Path> files) throws IOException {
    long total = 0;
    for (Path file : files) {
      total += gunzip(file);
    }
    return total;
  }

  private static void measure(String name, List<Path> files, long bytes, Work work)
      throws IOException {
    long sink = work.run(files.get(0));  // JIT warm-up
    long start = THREADS.getCurrentThreadCpuTime();
    for (Path file : files) {
      sink += work.run(file);
    }
    double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf("%s %d %.3f%n", name, bytes, seconds);
    if (sink == 42) {
      System.err.println();
    }
  }

  private static long gunzip(Path file) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
      }
    }
    return total;
  }

  private static long jsonText(Path file, boolean langid, boolean parquet) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (Sink sink = new Sink(langid, parquet);
        BufferedReader lines = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      for (String line; (line = lines.readLine()) != null; ) {
        try (JsonParser parser = factory.createParser(line)) {
          parser.nextToken();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("text".equals(field)) {
              sink.accept(parser.getText());
            } else {
              parser.skipChildren();
            }
          }
        }
      }
      return sink.total;
    }
  }

  /** Level 0: parse only; 1: and the body's text; 2: and its language; 3: and Parquet. */
  private static long htmlParse(Path file, int level) throws IOException {
    long total = 0;
    try (Sink sink = new Sink(level >= 2, level >= 3);
        WarcReader reader = new WarcReader(FileChannel.open(file))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          HttpResponse http = response.http();
          String type = http.contentType().base().toString();
          if (type.contains("html")) {
            org.jsoup.nodes.Document page =
                Jsoup.parse(http.body().stream(), null, response.target());
            if (level == 0) {
              total += page.childNodeSize();
            } else {
              sink.accept(page.body().text());
            }
          }
        }
      }
      return total + sink.total;
    }
  }
}
