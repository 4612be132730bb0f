import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the ingestion benchmark corpus: JSONL.gz shards (Dolma-style records) and gzip-per-record
 * WARC files of HTML pages, each about half of the requested uncompressed size, from a fixed seed.
 *
 * <p>Usage: java -cp CLASSPATH GenerateIngestCorpus.java OUT_DIR TOTAL_MB [SHARDS]
 */
public final class GenerateIngestCorpus {

  private static final String[] WORDS = (
      "the of and to in a is that for it as was with be by on not he this are or his from at which"
      + " but have an they you were her she there been one all we their has would when if so no"
      + " will more about can out up what some time could them into only other than then its also"
      + " two first over new after years people river city market council report water school"
      + " history music science energy station library garden village harbour mountain season"
      + " committee government research museum railway festival province century language bridge"
      + " northern southern eastern western ancient modern public private national local annual"
      + " published described announced opened built founded measured recorded increased reduced"
      + " between during because although however therefore meanwhile several important different"
      + " analysis evidence community development population production distribution temperature").split(" ");

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long totalBytes = Long.parseLong(args[1]) << 20;
    int shards = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Files.createDirectories(out.resolve("jsonl"));
    Files.createDirectories(out.resolve("warc"));
    long perShard = totalBytes / 2 / shards;
    for (int shard = 0; shard < shards; shard++) {
      writeJsonl(out.resolve(String.format("jsonl/part-%03d.jsonl.gz", shard)), perShard, shard);
      writeWarc(out.resolve(String.format("warc/crawl-%03d.warc.gz", shard)), perShard, shard);
    }
  }

  /** Zipf-ish word choice: frequent words often, rare ones seldom, like real prose. */
  private static String paragraph(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder(words * 7);
    for (int i = 0; i < words; i++) {
      double u = random.nextDouble();
      int index = (int) (WORDS.length * u * u * u);
      String word = WORDS[index];
      if (i % 14 == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      text.append(word);
      text.append(i % 14 == 13 ? ". " : " ");
    }
    return text.toString().trim() + ".";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static void writeJsonl(Path file, long bytes, int shard) throws IOException {
    SplittableRandom random = new SplittableRandom(1000 + shard);
    long written = 0;
    int record = 0;
    try (OutputStream out = new BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16)) {
      while (written < bytes) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
          text.append(paragraph(random, 40 + random.nextInt(200))).append("\n\n");
        }
        String line = "{\"id\":\"s" + shard + "-" + record + "\",\"text\":\"" + escape(text.toString())
            + "\",\"source\":\"bench\",\"added\":\"2026-11-01\",\"metadata\":{\"url\":"
            + "\"https://site" + random.nextInt(500) + ".example/a/" + record + "\"}}\n";
        byte[] encoded = line.getBytes(StandardCharsets.UTF_8);
        out.write(encoded);
        written += encoded.length;
        record++;
      }
    }
  }

  private static void writeWarc(Path file, long bytes, int shard) throws IOException {
    SplittableRandom random = new SplittableRandom(2000 + shard);
    long written = 0;
    int page = 0;
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      while (written < bytes) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>")
            .append(paragraph(random, 6)).append("</title>");
        if (page % 10 == 0) {
          html.append("<meta name=\"robots\" content=\"noai\">");
        }
        html.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "<article><h1>").append(paragraph(random, 8)).append("</h1>");
        int paragraphs = 2 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
          html.append("<p>").append(paragraph(random, 40 + random.nextInt(150))).append("</p>");
        }
        html.append("</article><footer>Copyright 2026 Site ").append(shard)
            .append(". All rights reserved.</footer></body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), body);
        if (page % 7 == 0) {
          http.addHeader("tdm-reservation", "1");
        }
        WarcResponse response = new WarcResponse.Builder(
                URI.create("https://site" + random.nextInt(500) + ".example/p/" + shard + "/" + page))
            .recordId(new UUID(shard, page))
            .date(Instant.parse("2026-10-01T00:00:00Z").plusSeconds(page))
            .body(http.build())
            .build();
        writer.write(response);
        written += body.length;
        page++;
      }
    }
  }
}
