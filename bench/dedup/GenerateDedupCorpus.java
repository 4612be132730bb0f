import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.clearsource.dedup.minhash.Jaccard;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.quality.NearDuplicateGenerator;
import org.clearsource.dedup.quality.SyntheticText;
import org.clearsource.dedup.quality.SyntheticText.Prose;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;

/**
 * Writes the dedup benchmark corpus, in plain Java (a thread per core, one zstd Parquet file per
 * 16 MB chunk and source): a documents-table-like dataset {@code documents/shard=NN/source_id=S/}
 * (doc_id, url, text, text_bytes) of synthetic prose with a known duplicate structure, and
 * {@code truth/shard=NN/} (doc_id, source_id, family, kind, jaccard_to_original).
 *
 * <p>Per family of documents: one original; with probability 1/4, 1 to 3 copies, each an exact
 * copy (verbatim or reformatted, 1/3) or a near copy (2/3) edited towards a Jaccard similarity
 * drawn evenly from [0.7, 1.0), so that about a third of near copies fall below 0.8. One document
 * in 100 is a page of one of the shard's 20 site templates (the same 120 words, a different
 * first line), which fills oversized LSH buckets. One web document in 10 ends with one of 20 site
 * footers. Deterministic: the same arguments give the same corpus.
 *
 * <p>Usage: java -cp CLASSPATH GenerateDedupCorpus.java OUT_DIR SHARDS MB_PER_SHARD [THREADS]
 */
public final class GenerateDedupCorpus {

  static final String[] SOURCES = {"web", "web", "web", "web", "web", "web", "news", "news",
      "books", "forum"};
  static final int CHUNK_MB = 16;
  static final MessageType DOCUMENTS = MessageTypeParser.parseMessageType(
      "message document { required binary doc_id (STRING); optional binary url (STRING);"
          + " required binary text (STRING); required int64 text_bytes; }");
  static final MessageType TRUTH = MessageTypeParser.parseMessageType(
      "message truth { required binary doc_id (STRING); required binary source_id (STRING);"
          + " required int64 family; required binary kind (STRING);"
          + " optional double jaccard_to_original; }");

  /** One generated document and what is known of it. */
  record Document(String docId, String source, String url, String text, long family,
      String kind, Double jaccard) {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]).toAbsolutePath();
    int shards = Integer.parseInt(args[1]);
    int mbPerShard = Integer.parseInt(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3])
        : Runtime.getRuntime().availableProcessors();
    long chunkBytes = (long) Math.min(mbPerShard, CHUNK_MB) << 20;
    int chunksPerShard = Math.max(1, mbPerShard / CHUNK_MB);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> results = new ArrayList<>();
    for (int shard = 0; shard < shards; shard++) {
      for (int chunk = 0; chunk < chunksPerShard; chunk++) {
        int s = shard;
        int c = chunk;
        results.add(pool.submit(() -> write(out, s, c, generate(s, c, chunkBytes))));
      }
    }
    long[] totals = new long[7];
    for (Future<long[]> result : results) {
      long[] counts = result.get();
      for (int i = 0; i < totals.length; i++) {
        totals[i] += counts[i];
      }
    }
    pool.shutdown();
    String json = String.format(
        "{\"shards\": %d, \"mb_per_shard\": %d, \"documents\": %d, \"text_bytes\": %d,"
            + " \"exact_copies\": %d, \"near_copies_at_least_0_8\": %d,"
            + " \"near_copies_below_0_8\": %d, \"template_pages\": %d,"
            + " \"templates\": %d}%n",
        shards, mbPerShard, totals[0], totals[1], totals[2], totals[3], totals[4], totals[5],
        20L * shards);
    Files.writeString(out.resolve("summary.json"), json);
    System.out.print(json);
  }

  /** Writes one chunk's Parquet files; returns its counts for the summary. */
  static long[] write(Path out, int shard, int chunk, List<Document> documents)
      throws IOException {
    Configuration conf = new Configuration();
    Map<String, ParquetWriter<Group>> writers = new TreeMap<>();
    SimpleGroupFactory documentGroups = new SimpleGroupFactory(DOCUMENTS);
    SimpleGroupFactory truthGroups = new SimpleGroupFactory(TRUTH);
    String name = String.format("part-%04d.zstd.parquet", chunk);
    long[] counts = new long[7];
    try (ParquetWriter<Group> truth = writer(out.resolve(String.format(
        "truth/shard=%02d/%s", shard, name)), TRUTH, conf)) {
      for (Document document : documents) {
        ParquetWriter<Group> writer = writers.get(document.source());
        if (writer == null) {
          writer = writer(out.resolve(String.format("documents/shard=%02d/source_id=%s/%s",
              shard, document.source(), name)), DOCUMENTS, conf);
          writers.put(document.source(), writer);
        }
        long bytes = document.text().getBytes(StandardCharsets.UTF_8).length;
        Group group = documentGroups.newGroup()
            .append("doc_id", document.docId())
            .append("text", document.text())
            .append("text_bytes", bytes);
        if (document.url() != null) {
          group.append("url", document.url());
        }
        writer.write(group);
        Group known = truthGroups.newGroup()
            .append("doc_id", document.docId())
            .append("source_id", document.source())
            .append("family", document.family())
            .append("kind", document.kind());
        if (document.jaccard() != null) {
          known.append("jaccard_to_original", document.jaccard());
        }
        truth.write(known);
        counts[0]++;
        counts[1] += bytes;
        switch (document.kind()) {
          case "exact" -> counts[2]++;
          case "near" -> counts[document.jaccard() >= 0.8 ? 3 : 4]++;
          case "template" -> counts[5]++;
          default -> { }
        }
      }
    } finally {
      for (ParquetWriter<Group> writer : writers.values()) {
        writer.close();
      }
    }
    return counts;
  }

  static ParquetWriter<Group> writer(Path file, MessageType schema, Configuration conf)
      throws IOException {
    Files.createDirectories(file.getParent());
    return ExampleParquetWriter.builder(
            HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))
        .withType(schema)
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.ZSTD)
        .withWriteMode(org.apache.parquet.hadoop.ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  static List<Document> generate(int shard, int chunk, long bytes)
      throws NoSuchAlgorithmException {
    SyntheticText text = SyntheticText.standard();
    NearDuplicateGenerator edits = new NearDuplicateGenerator(text);
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    SplittableRandom random = new SplittableRandom(((long) shard << 32) + chunk * 7919L + 1);
    // Templates and footers are per shard, so that every chunk of a shard shares them.
    SplittableRandom shardRandom = new SplittableRandom(shard * 31L + 5);
    String[] templates = new String[20];
    for (int i = 0; i < templates.length; i++) {
      List<String> words = new ArrayList<>();
      while (words.size() < 120) {
        words.addAll(text.sentence(shardRandom));
      }
      templates[i] = String.join(" ", words.subList(0, 120)) + ".";
    }
    String[] footers = new String[20];
    for (int i = 0; i < footers.length; i++) {
      footers[i] = "\n\n" + String.join(" ", text.sentence(shardRandom)) + ". "
          + String.join(" ", text.sentence(shardRandom)) + ".";
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<Document> rows = new ArrayList<>();
    long written = 0;
    long family = ((long) shard << 40) | ((long) chunk << 24);
    while (written < bytes) {
      family++;
      if (random.nextInt(100) == 0) {
        int template = random.nextInt(templates.length);
        String page = "Catalogue page " + random.nextInt(1_000_000) + " of site " + template
            + ". " + templates[template];
        rows.add(document(sha, "template-" + shard + "-" + template + "-" + family, "web",
            "https://shop" + template + ".example/p/" + family, page,
            ((long) shard << 40) | template, "template", null));
        written += page.length();
        continue;
      }
      String source = SOURCES[random.nextInt(SOURCES.length)];
      Prose prose = text.document(random, 1 + random.nextInt(12));
      String original = prose.render();
      if (source.equals("web") && random.nextInt(10) == 0) {
        original += footers[random.nextInt(footers.length)];
      }
      String url = url(source, family, 0);
      rows.add(document(sha, family + "/0", source, url, original, family, "original", 1.0));
      written += original.length();
      if (random.nextInt(4) != 0) {
        continue;
      }
      int[] tokens = null;
      int copies = 1 + random.nextInt(3);
      for (int copy = 1; copy <= copies; copy++) {
        String copySource = random.nextInt(2) == 0 ? source
            : SOURCES[random.nextInt(SOURCES.length)];
        String copyText;
        String kind;
        double similarity;
        if (random.nextInt(3) == 0) {
          copyText = random.nextBoolean() ? original
              : NearDuplicateGenerator.reformat(original, random);
          kind = "exact";
          similarity = 1.0;
        } else {
          double target = 0.7 + 0.3 * random.nextDouble();
          copyText = edits.edit(prose,
              Math.max(1, NearDuplicateGenerator.editsFor(prose.words(), target, 5)), random)
              .text();
          if (tokens == null) {
            tokens = Shingles.tokenSet(scanner.scan(original).words(), 5);
          }
          similarity = Jaccard.exact(tokens,
              Shingles.tokenSet(scanner.scan(copyText).words(), 5));
          kind = "near";
        }
        // A recrawl keeps its URL: exact copies in the same source share the original's.
        String copyUrl = kind.equals("exact") && copySource.equals(source) ? url
            : url(copySource, family, copy);
        rows.add(document(sha, family + "/" + copy, copySource, copyUrl, copyText, family, kind,
            similarity));
        written += copyText.length();
      }
    }
    return rows;
  }

  static String url(String source, long family, int copy) {
    return switch (source) {
      case "web" -> "https://site" + (family % 997) + ".example/a/" + family + "-" + copy;
      case "news" -> "https://news" + (family % 61) + ".example/story/" + family + "-" + copy;
      default -> null;
    };
  }

  static Document document(MessageDigest sha, String name, String source, String url,
      String text, long family, String kind, Double similarity) {
    byte[] digest = sha.digest(("bench/" + name).getBytes(StandardCharsets.UTF_8));
    return new Document(HexFormat.of().formatHex(digest, 0, 16), source, url, text, family, kind,
        similarity);
  }
}
