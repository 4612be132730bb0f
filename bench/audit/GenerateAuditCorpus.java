import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes the corpus of the end-to-end audit benchmark ({@code bench/audit/run.sh}): about SIZE_MB
 * megabytes (uncompressed file content) in every format Clearsource reads, the four OSAID classes,
 * with {@code manifest.yaml} and {@code truth.json}, which records what was planted, counted as it
 * was written.
 *
 * <p>Sources and their shares of SIZE_MB:
 *
 * <ul>
 *   <li>{@code web} (public, 35%): WARC, gzip per record: a robots.txt per host (a fifth of the
 *       hosts disallow GPTBot), HTML pages, a few with {@code tdm-reservation: 1} or {@code
 *       X-Robots-Tag: noai}, each host with one footer; per file a redirect, a 404 and an image.
 *   <li>{@code encyclopedia} (open, 25%): Dolma-style {@code .jsonl.gz}, most articles ending with
 *       a CC BY-SA 4.0 notice; 3 malformed lines.
 *   <li>{@code books} (obtainable, 15%): Parquet (snappy) chapters, some with "All rights
 *       reserved."; one null and one empty text.
 *   <li>{@code forum} (public, 10%): RedPajama-style {@code .jsonl.zst}; 2 malformed lines.
 *   <li>{@code code} (open, 10%): source trees in {@code .tar.gz}, SPDX Apache-2.0 or MIT headers,
 *       copyright lines; one binary file per archive.
 *   <li>{@code tickets} (unshareable, 5%): plain JSONL support tickets with e-mail addresses,
 *       phone numbers, IP addresses and Luhn-valid card numbers; 1 malformed line.
 * </ul>
 *
 * <p>In every source 5% of the records are exact copies of an earlier record of the same file and
 * 5% near copies (2 or 3 words inserted, replaced or dropped in a body of at least 300 words, so
 * the 5-word-shingle Jaccard similarity stays above 0.8; truth.json has the lowest one measured).
 * Text comes from a Zipf-distributed vocabulary of 40,000 words (common English words, then
 * invented ones) that holds none of the words licence, copyright or PII detectors look for, so
 * unrelated documents share almost no 5-word shingle and every signal is one we planted.
 *
 * <p>Deterministic: the same arguments give the same bytes, however the shards are scheduled.
 * Each source is cut into shards of at most 64 MB, written in parallel, each from its own random
 * stream split from the seed in a fixed order.
 *
 * <p>Usage: {@code java -cp CLASSPATH GenerateAuditCorpus.java OUT_DIR SIZE_MB SEED [THREADS]}
 * (THREADS: default the cores, at most 4).
 */
public final class GenerateAuditCorpus {

  /** Shard size; {@code -Dshard.mb=N} makes small corpora multi-shard, to test determinism. */
  static final long SHARD_BYTES = Long.getLong("shard.mb", 64) << 20;
  /** Per mille of records that are exact copies, and near copies, of an earlier record. */
  static final int EXACT_PER_MILLE = 50;
  static final int NEAR_PER_MILLE = 50;
  static final int MIN_BODY_WORDS = 300;
  static final String CC_BY_SA_NOTICE = "This work is licensed under the Creative Commons"
      + " Attribution-ShareAlike 4.0 International License.";
  static final String BENCH_TIME = "2024-05-14T08:00:00Z";

  /** A source of the corpus: its id, OSAID class, share of the size and how it is written. */
  record Source(String id, String osaidClass, double share, String format, ShardWriter writer) {}

  /** Writes one shard of a source and counts what it wrote. */
  interface ShardWriter {
    void write(Shard shard, Counts counts) throws IOException;
  }

  /** One shard's place in its source, its byte budget and its own random stream. */
  record Shard(Path dir, int index, int count, long budget, SplittableRandom random) {}

  static final List<Source> SOURCES = List.of(
      new Source("web", "public", 0.35, "warc", Web::write),
      new Source("encyclopedia", "open", 0.25, "jsonl.gz", Encyclopedia::write),
      new Source("books", "obtainable", 0.15, "parquet", Books::write),
      new Source("forum", "public", 0.10, "jsonl.zst", Forum::write),
      new Source("code", "open", 0.10, "tar.gz", Code::write),
      new Source("tickets", "unshareable", 0.05, "jsonl", Tickets::write));

  static final Prose PROSE = new Prose();

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("Usage: java -cp CLASSPATH GenerateAuditCorpus.java OUT_DIR SIZE_MB SEED"
          + " [THREADS]");
      System.exit(2);
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    int sizeMb = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3])
        : Math.min(4, Runtime.getRuntime().availableProcessors());
    Files.createDirectories(out);

    // Random streams are split in a fixed order before anything runs in parallel.
    SplittableRandom root = new SplittableRandom(seed);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<String, Counts> bySource = new TreeMap<>();
    Counts totals = new Counts();
    try {
      List<List<Future<Counts>>> results = new ArrayList<>();
      for (Source source : SOURCES) {
        long bytes = (long) (source.share() * sizeMb * (1L << 20));
        int shards = (int) Math.max(1, (bytes + SHARD_BYTES - 1) / SHARD_BYTES);
        Path dir = out.resolve("data").resolve(source.id());
        deleteTree(dir);  // shards of an earlier, larger corpus would match the manifest's globs
        Files.createDirectories(dir);
        List<Future<Counts>> shardResults = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
          Shard shard = new Shard(dir, i, shards, bytes / shards, root.split());
          shardResults.add(pool.submit(() -> {
            Counts counts = new Counts();
            source.writer().write(shard, counts);
            return counts;
          }));
        }
        results.add(shardResults);
      }
      for (int s = 0; s < SOURCES.size(); s++) {
        Counts counts = new Counts();
        for (Future<Counts> shard : results.get(s)) {
          counts.addAll(shard.get());
        }
        bySource.put(SOURCES.get(s).id(), counts);
        totals.addAll(counts);
      }
    } finally {
      pool.shutdownNow();
    }
    Files.writeString(out.resolve("manifest.yaml"), Manifest.yaml(sizeMb, seed));
    Files.writeString(out.resolve("truth.json"), truthJson(sizeMb, seed, bySource, totals));
    System.out.printf(Locale.ROOT, "wrote %,d records, %,d MB uncompressed, to %s%n",
        totals.get("records"), totals.get("bytes_uncompressed") >> 20, out);
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Counting

  /**
   * What one shard or source holds, by truth.json key; sums, except {@code
   * near_copy_min_jaccard}, the lowest similarity of a near copy to its original.
   */
  static final class Counts {
    /** Keys every source lists, zero or not, so that a reader never guesses at a missing one. */
    static final List<String> KEYS = List.of("files", "bytes_uncompressed", "records",
        "documents", "captured", "quarantined", "exact_copies", "near_copies",
        "license.share_alike", "license.all_rights_reserved", "license.permissive", "copyright",
        "optout.robots_ai_agent", "optout.tdm_header", "optout.noai_header", "optout.reserved",
        "optout.not_reserved", "optout.unknown", "pii.emails", "pii.phones", "pii.ip_addresses",
        "pii.payment_cards", "pii.documents");

    final TreeMap<String, Long> values = new TreeMap<>();
    double minNearJaccard = 1.0;

    Counts() {
      KEYS.forEach(key -> values.put(key, 0L));
    }

    void add(String key, long n) {
      values.merge(key, n, Long::sum);
    }

    long get(String key) {
      return values.getOrDefault(key, 0L);
    }

    void addAll(Counts other) {
      other.values.forEach(this::add);
      minNearJaccard = Math.min(minNearJaccard, other.minNearJaccard);
    }

    /** Counts one document: its rights footer, and the opt-out status of a non-web one. */
    void document(Footer footer, boolean web) {
      add("documents", 1);
      add("records", 1);
      switch (footer) {
        case CC_BY_SA -> add("license.share_alike", 1);
        case COPYRIGHT -> add("copyright", 1);
        case RESERVED -> {
          add("license.all_rights_reserved", 1);
          add("copyright", 1);
        }
        case NONE -> { }
      }
      if (!web) {
        add("optout.unknown", 1);
      }
    }

    void quarantined(String reason) {
      add("records", 1);
      add("quarantined", 1);
      add("quarantined." + reason, 1);
    }

    void copy(CopyKind kind, double jaccard) {
      if (kind == CopyKind.EXACT) {
        add("exact_copies", 1);
      } else if (kind == CopyKind.NEAR) {
        add("near_copies", 1);
        minNearJaccard = Math.min(minNearJaccard, jaccard);
      }
    }
  }

  static String truthJson(int sizeMb, long seed, Map<String, Counts> bySource, Counts totals) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"generator\": \"bench/audit/GenerateAuditCorpus.java\",\n");
    json.append("  \"size_mb\": ").append(sizeMb).append(",\n");
    json.append("  \"seed\": ").append(seed).append(",\n");
    json.append("  \"sources\": {\n");
    int i = 0;
    for (Map.Entry<String, Counts> source : bySource.entrySet()) {
      Source spec = SOURCES.stream().filter(s -> s.id().equals(source.getKey())).findFirst()
          .orElseThrow();
      json.append("    \"").append(source.getKey()).append("\": {\"class\": \"")
          .append(spec.osaidClass()).append("\", \"format\": \"").append(spec.format())
          .append("\",\n");
      appendCounts(json, source.getValue(), "      ");
      json.append("    }").append(++i < bySource.size() ? ",\n" : "\n");
    }
    json.append("  },\n  \"totals\": {\n");
    appendCounts(json, totals, "    ");
    return json.append("  }\n}\n").toString();
  }

  private static void appendCounts(StringBuilder json, Counts counts, String indent) {
    for (Map.Entry<String, Long> entry : counts.values.entrySet()) {
      json.append(indent).append('"').append(entry.getKey()).append("\": ")
          .append(entry.getValue()).append(",\n");
    }
    json.append(indent).append("\"near_copy_min_jaccard\": ")
        .append(String.format(Locale.ROOT, "%.4f", counts.minNearJaccard)).append('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** The rights statement a document ends with. */
  enum Footer {
    NONE, CC_BY_SA, COPYRIGHT, RESERVED;

    String text(int year, String holder) {
      return switch (this) {
        case NONE -> "";
        case CC_BY_SA -> CC_BY_SA_NOTICE;
        case COPYRIGHT -> "Copyright (c) " + year + " " + holder + ".";
        case RESERVED -> "Copyright (c) " + year + " " + holder + ". All rights reserved.";
      };
    }

    /** A footer drawn with the given per-mille rates of CC BY-SA, copyright only and reserved. */
    static Footer draw(SplittableRandom random, int ccBySa, int copyright, int reserved) {
      int roll = random.nextInt(1000);
      return roll < ccBySa ? CC_BY_SA : roll < ccBySa + copyright ? COPYRIGHT
          : roll < ccBySa + copyright + reserved ? RESERVED : NONE;
    }
  }

  /**
   * Prose from a Zipf-distributed vocabulary: common English words first, then invented words
   * of one to three syllables, shorter ones more frequent. No word is a licence, copyright or PII keyword ("licen",
   * "creative", "reserved", "commercial", "mit", ...), and numbers are rare, inside sentences and
   * never next to each other, so no run of digits looks like a phone or card number.
   */
  static final class Prose {
    static final String[] COMMON = (
        "the of and to a in is that it as was with be by on not he this are or his from at"
        + " which but have an they you were her she there been one all we their has would when"
        + " if so no will more about can out up what some time could them into only other than"
        + " then its also two first over new after years people city water school history"
        + " music science energy station library garden village harbour mountain season"
        + " committee research museum railway festival province century language bridge river"
        + " market council report northern southern eastern western ancient modern local"
        + " annual described announced opened built founded measured recorded increased"
        + " reduced between during because although however therefore several important"
        + " different analysis evidence community development population production"
        + " temperature children family house world country group company number system"
        + " program question work night point home room area money story fact month lot study"
        + " book eye job word business issue side kind head friend father power hour game line"
        + " end member car name team minute idea body information back parent face others"
        + " level office door health person art war party result change morning reason girl"
        + " moment air teacher force education road field winter summer spring autumn stone"
        + " forest island valley lake coast hill tower church castle farm mill street square"
        + " wall window table letter paper ship train engine machine tool picture song voice"
        + " light fire wind rain snow sea sky sun moon star animal bird fish tree flower seed"
        + " bread salt iron gold silver copper glass wood cloth wool leather corn wheat grape"
        + " apple horse sheep cattle dog cat wolf bear fox deer small large old young long"
        + " short high low early late quiet busy famous simple strong weak warm cold dark"
        + " bright heavy narrow wide deep rich poor").split(" ");

    private static final String[] ONSETS = {
      "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
      "dr", "gr", "st", "tr", "sh", "th", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "nd", "rt"};
    private static final int VOCABULARY = 40_000;
    private static final int BUCKETS = 1 << 16;

    final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    /** For each of BUCKETS equal slices of [0, 1), the first rank whose cumulative reaches it. */
    private final int[] bucketStart = new int[BUCKETS + 1];

    Prose() {
      Set<String> seen = new HashSet<>(Arrays.asList(COMMON));
      System.arraycopy(COMMON, 0, words, 0, COMMON.length);
      // A fixed seed: the vocabulary is the corpus's language, the same for every SEED.
      SplittableRandom random = new SplittableRandom(20240514);
      for (int i = COMMON.length; i < VOCABULARY; ) {
        StringBuilder word = new StringBuilder();
        int syllables = 1 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
          word.append(ONSETS[random.nextInt(ONSETS.length)])
              .append(VOWELS[random.nextInt(VOWELS.length)])
              .append(CODAS[random.nextInt(CODAS.length)]);
        }
        String candidate = word.toString();
        if (candidate.length() > 2 && seen.add(candidate) && !isKeyword(candidate)) {
          words[i++] = candidate;
        }
      }
      // Frequent words are short, as in every language: rank the invented ones by length.
      Arrays.sort(words, COMMON.length, VOCABULARY, Comparator.comparingInt(String::length));
      double sum = 0;
      for (int rank = 0; rank < VOCABULARY; rank++) {
        sum += 1.0 / (rank + 1);
        cumulative[rank] = sum;
      }
      for (int rank = 0; rank < VOCABULARY; rank++) {
        cumulative[rank] /= sum;
      }
      cumulative[VOCABULARY - 1] = 1.0;
      int rank = 0;
      for (int b = 0; b <= BUCKETS; b++) {
        double from = (double) b / BUCKETS;
        while (rank < VOCABULARY - 1 && cumulative[rank] < from) {
          rank++;
        }
        bucketStart[b] = rank;
      }
    }

    /** Substrings the licence prefilter and copyright finder react to: never in a word. */
    private static boolean isKeyword(String word) {
      for (String keyword : List.of("licen", "copy", "right", "reserv", "creat", "warrant",
          "reproduc", "commerc", "free", "attrib", "spdx", "gpl", "droit", "lizenz", "urheber",
          "permi", "domain", "mit", "bsd", "mpl", "epl", "asl", "expat", "artistic")) {
        if (word.contains(keyword)) {
          return true;
        }
      }
      return false;
    }

    String word(SplittableRandom random) {
      double u = random.nextDouble();
      int rank = bucketStart[(int) (u * BUCKETS)];
      while (cumulative[rank] < u) {
        rank++;
      }
      return words[rank];
    }

    /** A word of the long tail, for names and identifiers. */
    String rareWord(SplittableRandom random) {
      return words[COMMON.length + random.nextInt(VOCABULARY - COMMON.length)];
    }

    /** Appends one sentence; returns its number of words. */
    int sentence(StringBuilder out, SplittableRandom random) {
      int length = 6 + random.nextInt(10) + random.nextInt(14);
      boolean previousWasNumber = false;
      for (int i = 0; i < length; i++) {
        if (i > 0) {
          out.append(' ');
        }
        boolean number = i > 0 && i < length - 1 && !previousWasNumber && random.nextInt(70) == 0;
        if (number) {
          out.append(random.nextInt(4) == 0 ? 1700 + random.nextInt(325) : 2 + random.nextInt(500));
        } else {
          String word = word(random);
          if (i == 0) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
          } else {
            out.append(word);
          }
          if (i > 1 && i < length - 2 && random.nextInt(11) == 0) {
            out.append(',');
          }
        }
        previousWasNumber = number;
      }
      out.append('.');
      return length;
    }

    /** Appends a paragraph of 2 to 7 sentences; returns its number of words. */
    int paragraph(StringBuilder out, SplittableRandom random) {
      int sentences = 2 + random.nextInt(6);
      int words = 0;
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        words += sentence(out, random);
      }
      return words;
    }

    /** Paragraphs separated by a blank line, at least {@code minWords} words in all. */
    String body(SplittableRandom random, int minWords) {
      StringBuilder out = new StringBuilder(minWords * 8);
      int words = 0;
      while (words < minWords) {
        if (words > 0) {
          out.append("\n\n");
        }
        words += paragraph(out, random);
      }
      return out.toString();
    }

    /** A body length: at least {@link #MIN_BODY_WORDS}, mostly near {@code typical}. */
    static int bodyWords(SplittableRandom random, int typical, int max) {
      double extra = -(typical - MIN_BODY_WORDS) * Math.log(1 - random.nextDouble());
      return (int) Math.min(max, MIN_BODY_WORDS + extra);
    }

    /** Capitalized rare words, such as a title or a name. */
    String title(SplittableRandom random, int words) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < words; i++) {
        String word = rareWord(random);
        if (i > 0) {
          out.append(' ');
        }
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
      return out.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Copies

  enum CopyKind { ORIGINAL, EXACT, NEAR }

  /** Recent originals of one shard, each copied at most once. */
  static final class CopyPool<T> {
    private final List<T> originals = new ArrayList<>();

    void add(T original) {
      originals.add(original);
      if (originals.size() > 64) {
        originals.remove(0);
      }
    }

    /** Whether the next record is an original or a copy, at the planted rates. */
    CopyKind draw(SplittableRandom random) {
      int roll = random.nextInt(1000);
      if (originals.isEmpty() || roll >= EXACT_PER_MILLE + NEAR_PER_MILLE) {
        return CopyKind.ORIGINAL;
      }
      return roll < EXACT_PER_MILLE ? CopyKind.EXACT : CopyKind.NEAR;
    }

    /** An original to copy, taken out of the pool. */
    T take(SplittableRandom random) {
      return originals.remove(random.nextInt(originals.size()));
    }
  }

  /** Near copies and their measured similarity. */
  static final class NearCopies {

    /**
     * The body with 2 or 3 words inserted, replaced or dropped. Only lower-case words between
     * two other words are touched: never punctuation, numbers, markup or line structure, and a
     * dropped word never brings two numbers together.
     */
    static String edit(String body, SplittableRandom random) {
      while (true) {
        StringBuilder text = new StringBuilder(body);
        int edits = 2 + random.nextInt(2);
        for (int done = 0; done < edits; ) {
          int start = eligibleWord(text, random.nextInt(text.length()));
          if (start < 0) {
            continue;
          }
          int end = start;
          while (end < text.length() && isLower(text.charAt(end))) {
            end++;
          }
          String old = text.substring(start, end);
          String other = PROSE.word(random);
          switch (random.nextInt(3)) {
            case 0 -> {
              if (other.equals(old)) {
                continue;
              }
              text.replace(start, end, other);
            }
            case 1 -> text.insert(end, " " + other);
            default -> text.delete(start, end + 1);
          }
          done++;
        }
        String edited = text.toString();
        if (!edited.equals(body)) {
          return edited;
        }
      }
    }

    /** The start of the first editable word at or after {@code from}, or -1. */
    private static int eligibleWord(CharSequence text, int from) {
      int limit = Math.min(text.length() - 2, from + 400);
      for (int i = Math.max(2, from); i < limit; i++) {
        if (text.charAt(i - 1) != ' ' || !isLower(text.charAt(i))
            || !Character.isLetter(text.charAt(i - 2))) {
          continue;
        }
        int end = i;
        while (end < text.length() && isLower(text.charAt(end))) {
          end++;
        }
        if (end + 1 < text.length() && text.charAt(end) == ' '
            && Character.isLetter(text.charAt(end + 1))) {
          return i;
        }
      }
      return -1;
    }

    private static boolean isLower(char c) {
      return c >= 'a' && c <= 'z';
    }

    /** Jaccard similarity of the 5-word shingle sets, words as Clearsource's dedup reads them. */
    static double jaccard(String a, String b) {
      long[] x = shingles(a);
      long[] y = shingles(b);
      int i = 0;
      int j = 0;
      int common = 0;
      while (i < x.length && j < y.length) {
        if (x[i] == y[j]) {
          common++;
          i++;
          j++;
        } else if (x[i] < y[j]) {
          i++;
        } else {
          j++;
        }
      }
      return (double) common / (x.length + y.length - common);
    }

    private static long[] shingles(String text) {
      long[] words = new long[text.length() / 2 + 1];
      int count = 0;
      long hash = 0;
      boolean inWord = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          hash = hash * 1_000_003 + Character.toLowerCase(c);
          inWord = true;
        } else if (inWord) {
          words[count++] = hash;
          hash = 0;
          inWord = false;
        }
      }
      if (inWord) {
        words[count++] = hash;
      }
      int shingleCount = Math.max(1, count - 4);
      long[] shingles = new long[shingleCount];
      for (int i = 0; i < shingleCount; i++) {
        long h = 0;
        for (int k = i; k < Math.min(count, i + 5); k++) {
          h = (h ^ words[k]) * 0x9E3779B97F4A7C15L;
          h ^= h >>> 29;
        }
        shingles[i] = h;
      }
      Arrays.sort(shingles);
      int unique = 0;
      for (int i = 0; i < shingles.length; i++) {
        if (i == 0 || shingles[i] != shingles[i - 1]) {
          shingles[unique++] = shingles[i];
        }
      }
      return Arrays.copyOf(shingles, unique);
    }
  }

  /** A document as prefix + body + suffix; copies change the body only. */
  record Parts(String prefix, String body, String suffix) {
    String text() {
      return prefix + body + suffix;
    }

    /** This document's copy of the given kind, counted. */
    Parts copy(CopyKind kind, SplittableRandom random, Counts counts) {
      if (kind == CopyKind.EXACT) {
        counts.copy(kind, 1.0);
        return this;
      }
      Parts near = new Parts(prefix, NearCopies.edit(body, random), suffix);
      counts.copy(kind, NearCopies.jaccard(text(), near.text()));
      return near;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Output helpers

  /** Counts the bytes written through it: the uncompressed size of a file's content. */
  static final class CountingStream extends FilterOutputStream {
    long bytes;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      bytes += len;
    }
  }

  static OutputStream file(Path path) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  /** Gzip at the fastest level: the JDK writes no timestamp, so equal input gives equal bytes. */
  static OutputStream fastGzip(OutputStream out) throws IOException {
    return new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  /** Writes each record as its own gzip member, as WARC files are compressed. */
  static final class GzipMembers {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private final OutputStream out;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];

    GzipMembers(OutputStream out) {
      this.out = out;
    }

    void member(byte[] data, int length) throws IOException {
      out.write(HEADER);
      deflater.reset();
      deflater.setInput(data, 0, length);
      deflater.finish();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      crc.reset();
      crc.update(data, 0, length);
      ByteBuffer trailer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      trailer.putInt((int) crc.getValue()).putInt(length);
      out.write(trailer.array());
    }

    void close() throws IOException {
      deflater.end();
      out.close();
    }
  }

  /** Appends a JSON string literal. */
  static StringBuilder json(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  static String slug(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '-');
    }
    return out.toString();
  }

  static String personName(SplittableRandom random) {
    return PROSE.title(random, 2);
  }

  static final long BENCH_EPOCH_SECOND = Instant.parse(BENCH_TIME).getEpochSecond();

  static String isoTime(long secondsAfterStart) {
    return Instant.ofEpochSecond(BENCH_EPOCH_SECOND + secondsAfterStart).toString();
  }

  /**
   * Writes the JSONL malformed lines a shard owes once it has written {@code written} records
   * (at records 7, 70, 700, ...), or all that are left when {@code atEnd}; returns how many.
   */
  static int malformedDue(int owed, int alreadyWritten, long written, boolean atEnd) {
    if (atEnd) {
      return owed - alreadyWritten;
    }
    long next = 7;
    for (int i = 0; i < alreadyWritten; i++) {
      next *= 10;
    }
    return alreadyWritten < owed && written >= next ? 1 : 0;
  }

  /** Three kinds of broken JSON line, as a lossy export leaves them. */
  static String malformedLine(int which, String id, String text) {
    String head = "{\"id\": \"" + id + "-broken\", ";
    return switch (which % 3) {
      case 0 -> head + "\"text\": \"" + text.substring(0, Math.min(80, text.length())) + "\n";
      case 1 -> "{\"id\": \"" + id + "-broken\" \"text\": \"missing comma\"}\n";
      default -> head + "\"text\": \"trailing comma\",}\n";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Sources

  /** {@code web}: a WARC crawl of invented sites, gzip per record. */
  static final class Web {
    static final String USER_AGENT = "ClearsourceBenchBot/1.0 (+https://clearsource.example/bot)";
    static final String[] SECTIONS = {"news", "business", "culture", "sport", "science"};

    record Host(String name, String site, String robots, boolean blocksAi, Footer footer,
        String footerText, String ip) {}

    record Page(Host host, String path, String headline, Parts parts) {}

    /** The WARC records of one file, written as gzip members. */
    static final class Warc {
      final GzipMembers gzip;
      final SplittableRandom random;
      final ByteArrayOutputStream record = new ByteArrayOutputStream(1 << 16);
      long bytes;
      long clock;

      Warc(Path file, SplittableRandom random) throws IOException {
        this.gzip = new GzipMembers(file(file));
        this.random = random;
      }

      String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return "<urn:uuid:" + new UUID(high, low) + ">";
      }

      void write(String type, String uri, String id, String extra, String contentType,
          byte[] block) throws IOException {
        StringBuilder head = new StringBuilder(320).append("WARC/1.0\r\nWARC-Type: ")
            .append(type).append("\r\nWARC-Record-ID: ").append(id)
            .append("\r\nWARC-Date: ").append(isoTime(clock)).append("\r\n");
        if (uri != null) {
          head.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        head.append(extra).append("Content-Type: ").append(contentType)
            .append("\r\nContent-Length: ").append(block.length).append("\r\n\r\n");
        record.reset();
        record.write(head.toString().getBytes(StandardCharsets.UTF_8));
        record.write(block);
        record.write(new byte[] {'\r', '\n', '\r', '\n'});
        gzip.member(record.toByteArray(), record.size());
        bytes += record.size();
      }

      /** A request and its response, as a crawler archives one fetch. */
      void fetch(Host host, String path, String httpHead, byte[] body) throws IOException {
        String uri = "https://" + host.name() + path;
        String requestId = uuid();
        String responseId = uuid();
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host.name() + "\r\nUser-Agent: "
            + USER_AGENT + "\r\nAccept: text/html,*/*;q=0.8\r\n\r\n";
        String ip = "WARC-IP-Address: " + host.ip() + "\r\n";
        write("request", uri, requestId, ip + "WARC-Concurrent-To: " + responseId + "\r\n",
            "application/http; msgtype=request", request.getBytes(StandardCharsets.US_ASCII));
        byte[] head = httpHead.replace("{length}", Integer.toString(body.length))
            .getBytes(StandardCharsets.US_ASCII);
        byte[] block = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, block, head.length, body.length);
        write("response", uri, responseId, ip, "application/http; msgtype=response", block);
        clock += 7;
      }

      void close() throws IOException {
        gzip.close();
      }
    }

    static void write(Shard shard, Counts counts) throws IOException {
      SplittableRandom random = shard.random();
      Path path = shard.dir().resolve(String.format("crawl-20240514-%05d.warc.gz", shard.index()));
      Warc warc = new Warc(path, random);
      warc.write("warcinfo", null, warc.uuid(), "WARC-Filename: " + path.getFileName() + "\r\n",
          "application/warc-fields", ("software: bench/audit/GenerateAuditCorpus.java\r\n"
              + "format: WARC File Format 1.0\r\nhttp-header-user-agent: " + USER_AGENT
              + "\r\n").getBytes(StandardCharsets.US_ASCII));
      List<Host> hosts = hosts(shard, random);
      for (Host host : hosts) {
        warc.fetch(host, "/robots.txt", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
            + "Content-Length: {length}\r\n\r\n", host.robots().getBytes(StandardCharsets.UTF_8));
        counts.add("records", 1);
        counts.add("captured", 1);
        counts.add("captured.robots_txt", 1);
      }
      CopyPool<Page> pool = new CopyPool<>();
      int pages = 0;
      while (warc.bytes < shard.budget()) {
        CopyKind kind = pool.draw(random);
        Page page;
        if (kind == CopyKind.ORIGINAL) {
          Host host = hosts.get(random.nextInt(hosts.size()));
          String headline = PROSE.title(random, 3 + random.nextInt(5));
          String body = PROSE.body(random, Prose.bodyWords(random, 700, 2500));
          String pagePath = "/" + SECTIONS[random.nextInt(SECTIONS.length)] + "/2024/05/"
              + slug(headline) + "-" + (++pages);
          page = new Page(host, pagePath, headline, new Parts("", body, ""));
          pool.add(page);
        } else {
          Page original = pool.take(random);
          // A copy lives on the same host: a print view (exact) or an updated story (near).
          page = new Page(original.host(), kind == CopyKind.EXACT ? "/print" + original.path()
              : original.path() + "-updated", original.headline(),
              original.parts().copy(kind, random, counts));
        }
        boolean tdm = random.nextInt(100) < 10;
        boolean noai = random.nextInt(100) < 5;
        String httpHead = "HTTP/1.1 200 OK\r\nServer: bench-httpd/1.0\r\n"
            + "Content-Type: text/html; charset=utf-8\r\nContent-Length: {length}\r\n"
            + (tdm ? "tdm-reservation: 1\r\n" : "") + (noai ? "X-Robots-Tag: noai\r\n" : "")
            + "\r\n";
        warc.fetch(page.host(), page.path(), httpHead, html(page).getBytes(StandardCharsets.UTF_8));
        counts.document(page.host().footer(), true);
        if (page.host().blocksAi()) {
          counts.add("optout.robots_ai_agent", 1);
        }
        if (tdm) {
          counts.add("optout.tdm_header", 1);
        }
        if (noai) {
          counts.add("optout.noai_header", 1);
        }
        counts.add(page.host().blocksAi() || tdm || noai ? "optout.reserved"
            : "optout.not_reserved", 1);
      }
      // Responses that are no documents: a redirect and a 404 (no content), an image (binary).
      Host host = hosts.get(0);
      warc.fetch(host, "/old/front-page", "HTTP/1.1 301 Moved Permanently\r\nLocation: https://"
          + host.name() + "/\r\nContent-Type: text/html\r\nContent-Length: {length}\r\n\r\n",
          "<html><body><a href=\"/\">Moved</a></body></html>\n".getBytes(StandardCharsets.UTF_8));
      counts.quarantined("no_content");
      warc.fetch(host, "/news/withdrawn-story", "HTTP/1.1 404 Not Found\r\nContent-Type:"
          + " text/html\r\nContent-Length: {length}\r\n\r\n",
          "<html><body><h1>Not found</h1></body></html>\n".getBytes(StandardCharsets.UTF_8));
      counts.quarantined("no_content");
      warc.fetch(host, "/images/masthead.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
          + "Content-Length: {length}\r\n\r\n", Code.binaryFile());
      counts.quarantined("binary_content");
      warc.close();
      counts.add("files", 1);
      counts.add("bytes_uncompressed", warc.bytes);
    }

    /** The shard's hosts: a fifth block GPTBot (half of those CCBot too) in robots.txt. */
    static List<Host> hosts(Shard shard, SplittableRandom random) {
      int count = (int) Math.max(5, shard.budget() / (256 * 1024));
      List<Host> hosts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String first = PROSE.rareWord(random);
        String name = first + "-" + PROSE.rareWord(random) + "-" + shard.index() + "-" + i
            + ".example";
        String site = Character.toUpperCase(first.charAt(0)) + first.substring(1) + " "
            + new String[] {"Gazette", "Herald", "Courier", "Times", "Post"}[random.nextInt(5)];
        int policy = random.nextInt(10);
        boolean blocksAi = policy < 2;
        String robots = switch (policy) {
          case 0 -> "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n";
          case 1 -> "User-agent: GPTBot\nUser-agent: CCBot\nDisallow: /\n\nUser-agent: *\n"
              + "Disallow: /search\n";
          case 2, 3 -> "User-agent: *\nDisallow: /search\nDisallow: /private/\n";
          default -> "User-agent: *\nAllow: /\n";
        };
        Footer footer = Footer.draw(random, 150, 100, 200);
        String footerText = footer.text(2015 + random.nextInt(10), site + " Ltd");
        hosts.add(new Host(name, site, robots, blocksAi, footer, footerText,
            "192.0.2." + (1 + i % 254)));
      }
      return hosts;
    }

    static String html(Page page) {
      Host host = page.host();
      StringBuilder html = new StringBuilder(page.parts().body().length() + 600)
          .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .append(page.headline()).append(" | ").append(host.site())
          .append("</title>\n</head>\n<body>\n<header><a href=\"/\">").append(host.site())
          .append("</a> <nav><a href=\"/news/\">News</a> <a href=\"/business/\">Business</a>")
          .append(" <a href=\"/culture/\">Culture</a></nav></header>\n<article>\n<h1>")
          .append(page.headline()).append("</h1>\n<p>");
      String body = page.parts().body();
      int from = 0;
      for (int at = body.indexOf("\n\n"); at >= 0; at = body.indexOf("\n\n", from)) {
        html.append(body, from, at).append("</p>\n<p>");
        from = at + 2;
      }
      html.append(body, from, body.length()).append("</p>\n</article>\n<footer>");
      if (host.footer() != Footer.NONE) {
        html.append("<p>").append(host.footerText()).append("</p>");
      }
      return html.append("</footer>\n</body>\n</html>\n").toString();
    }
  }

  /** {@code encyclopedia}: Dolma-style articles, gzipped JSONL. */
  static final class Encyclopedia {
    static final int MALFORMED = 3;

    record Article(String title, String url, Footer footer, Parts parts) {}

    static void write(Shard shard, Counts counts) throws IOException {
      SplittableRandom random = shard.random();
      Path path = shard.dir().resolve(
          String.format("encyclopedia-en-%05d.jsonl.gz", shard.index()));
      CountingStream out = new CountingStream(fastGzip(file(path)));
      int owedMalformed = shard.index() == 0 ? MALFORMED : 0;
      int malformed = 0;
      CopyPool<Article> pool = new CopyPool<>();
      long written = 0;
      StringBuilder line = new StringBuilder(1 << 16);
      while (out.bytes < shard.budget()) {
        for (int n = malformedDue(owedMalformed, malformed, written, false); n > 0; n--) {
          out.write(malformedLine(malformed++, "enc", "An article cut short")
              .getBytes(StandardCharsets.UTF_8));
          counts.quarantined("malformed_json");
        }
        CopyKind kind = pool.draw(random);
        Article article;
        String url;
        if (kind == CopyKind.ORIGINAL) {
          String title = PROSE.title(random, 1 + random.nextInt(3));
          Footer footer = Footer.draw(random, 550, 30, 20);
          String suffix = footer == Footer.NONE ? "" : "\n\n" + footer.text(2021, "Example Corp");
          String body = PROSE.body(random, Prose.bodyWords(random, 900, 4000));
          article = new Article(title, "https://encyclopedia.example/wiki/"
              + title.replace(' ', '_'), footer, new Parts(title + "\n\n", body, suffix));
          pool.add(article);
          url = article.url();
          counts.document(footer, false);
        } else {
          Article original = pool.take(random);
          // Redirects repeat an article verbatim; old revisions differ by a few words.
          url = original.url() + (kind == CopyKind.EXACT ? "_(disambiguation)"
              : "?oldid=" + (100000 + random.nextInt(900000)));
          article = new Article(original.title(), url, original.footer(),
              original.parts().copy(kind, random, counts));
          counts.document(original.footer(), false);
        }
        line.setLength(0);
        line.append("{\"id\": ");
        json(line, String.format("enc-%d-%07d", shard.index(), ++written));
        line.append(", \"text\": ");
        json(line, article.parts().text());
        line.append(", \"source\": \"encyclopedia\", \"added\": \"2024-03-01T00:00:00Z\",")
            .append(" \"created\": \"").append(isoTime(-random.nextInt(400_000_000))).append("\",")
            .append(" \"metadata\": {\"url\": ");
        json(line, url).append(", \"title\": ");
        json(line, article.title()).append("}}\n");
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (int n = malformedDue(owedMalformed, malformed, written, true); n > 0; n--) {
        out.write(malformedLine(malformed++, "enc", "An article cut short")
            .getBytes(StandardCharsets.UTF_8));
        counts.quarantined("malformed_json");
      }
      out.close();
      counts.add("files", 1);
      counts.add("bytes_uncompressed", out.bytes);
    }
  }

  /** {@code forum}: RedPajama-style posts, JSONL compressed with zstd. */
  static final class Forum {
    static final int MALFORMED = 2;

    record Post(String url, Footer footer, Parts parts) {}

    static void write(Shard shard, Counts counts) throws IOException {
      SplittableRandom random = shard.random();
      Path path = shard.dir().resolve(String.format("forum-2023-%05d.jsonl.zst", shard.index()));
      CountingStream out = new CountingStream(new BufferedOutputStream(
          new ZstdOutputStream(file(path), 3), 1 << 16));
      int owedMalformed = shard.index() == 0 ? MALFORMED : 0;
      int malformed = 0;
      CopyPool<Post> pool = new CopyPool<>();
      long written = 0;
      StringBuilder line = new StringBuilder(1 << 15);
      while (out.bytes < shard.budget()) {
        for (int n = malformedDue(owedMalformed, malformed, written, false); n > 0; n--) {
          out.write(malformedLine(malformed++, "post", "A post cut short")
              .getBytes(StandardCharsets.UTF_8));
          counts.quarantined("malformed_json");
        }
        CopyKind kind = pool.draw(random);
        Post post;
        if (kind == CopyKind.ORIGINAL) {
          Footer footer = Footer.draw(random, 50, 20, 10);
          String suffix = footer == Footer.NONE ? ""
              : "\n\n" + footer.text(2023, personName(random));
          String question = PROSE.title(random, 4 + random.nextInt(4)) + "?\n\n";
          post = new Post(String.format("https://askaround.example/t/%d-%07d", shard.index(),
              written + 1), footer, new Parts(question, PROSE.body(random,
                  Prose.bodyWords(random, 450, 1500)), suffix));
          pool.add(post);
          counts.document(footer, false);
        } else {
          Post original = pool.take(random);
          post = new Post(original.url() + (kind == CopyKind.EXACT ? "?cross-posted"
              : "?edited"), original.footer(), original.parts().copy(kind, random, counts));
          counts.document(original.footer(), false);
        }
        written++;
        line.setLength(0);
        line.append("{\"text\": ");
        json(line, post.parts().text());
        line.append(", \"meta\": {\"url\": ");
        json(line, post.url()).append(", \"timestamp\": \"")
            .append(isoTime(-random.nextInt(40_000_000))).append("\", \"language\": \"en\",")
            .append(" \"source\": \"askaround\"}}\n");
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (int n = malformedDue(owedMalformed, malformed, written, true); n > 0; n--) {
        out.write(malformedLine(malformed++, "post", "A post cut short")
            .getBytes(StandardCharsets.UTF_8));
        counts.quarantined("malformed_json");
      }
      out.close();
      counts.add("files", 1);
      counts.add("bytes_uncompressed", out.bytes);
    }
  }

  /** {@code tickets} (unshareable): support tickets full of personal data, plain JSONL. */
  static final class Tickets {
    static final int MALFORMED = 1;

    record Ticket(String name, String email, Parts parts, long[] pii) {}

    static void write(Shard shard, Counts counts) throws IOException {
      SplittableRandom random = shard.random();
      Path path = shard.dir().resolve(String.format("tickets-2024-%05d.jsonl", shard.index()));
      CountingStream out = new CountingStream(file(path));
      int owedMalformed = shard.index() == 0 ? MALFORMED : 0;
      int malformed = 0;
      CopyPool<Ticket> pool = new CopyPool<>();
      long written = 0;
      StringBuilder line = new StringBuilder(1 << 14);
      while (out.bytes < shard.budget()) {
        for (int n = malformedDue(owedMalformed, malformed, written, false); n > 0; n--) {
          out.write(malformedLine(malformed++, "T", "Ticket cut short")
              .getBytes(StandardCharsets.UTF_8));
          counts.quarantined("malformed_json");
        }
        CopyKind kind = pool.draw(random);
        Ticket ticket;
        if (kind == CopyKind.ORIGINAL) {
          ticket = ticket(random);
          pool.add(ticket);
        } else {
          // A customer who sends the same complaint twice, or edits it a little.
          Ticket original = pool.take(random);
          ticket = new Ticket(original.name(), original.email(),
              original.parts().copy(kind, random, counts), original.pii());
        }
        counts.document(Footer.NONE, false);
        long[] pii = ticket.pii();
        counts.add("pii.emails", pii[0]);
        counts.add("pii.phones", pii[1]);
        counts.add("pii.ip_addresses", pii[2]);
        counts.add("pii.payment_cards", pii[3]);
        if (pii[0] + pii[1] + pii[2] + pii[3] > 0) {
          counts.add("pii.documents", 1);
        }
        written++;
        line.setLength(0);
        line.append("{\"ticket_id\": \"T-").append(shard.index()).append('-').append(written)
            .append("\", \"created\": \"").append(isoTime(random.nextInt(2_600_000)))
            .append("\", \"channel\": \"").append(new String[] {"email", "chat", "phone"}[
                random.nextInt(3)]).append("\", \"author\": ");
        json(line, ticket.name()).append(", \"email\": ");
        json(line, ticket.email()).append(", \"text\": ");
        json(line, ticket.parts().text()).append("}\n");
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (int n = malformedDue(owedMalformed, malformed, written, true); n > 0; n--) {
        out.write(malformedLine(malformed++, "T", "Ticket cut short")
            .getBytes(StandardCharsets.UTF_8));
        counts.quarantined("malformed_json");
      }
      out.close();
      counts.add("files", 1);
      counts.add("bytes_uncompressed", out.bytes);
    }

    /** One ticket; its personal data sits outside the body, so near copies keep all of it. */
    static Ticket ticket(SplittableRandom random) {
      String first = PROSE.title(random, 1);
      String name = first + " " + PROSE.title(random, 1);
      String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + (1 + random.nextInt(99))
          + "@" + new String[] {"example.com", "example.net", "example.org"}[random.nextInt(3)];
      long[] pii = new long[4];
      StringBuilder prefix = new StringBuilder("Hello, my name is ").append(name).append(".");
      if (random.nextInt(10) < 6) {
        prefix.append(" You can reach me at ").append(email).append('.');
        pii[0]++;
      }
      if (random.nextInt(10) < 5) {
        prefix.append(" Please call me back on +1 555-01")
            .append(String.format("%02d", random.nextInt(100)))
            .append(", I am available in the afternoon.");
        pii[1]++;
      }
      if (random.nextInt(10) < 2) {
        prefix.append(" The error page showed my IP address as ")
            .append(new String[] {"192.0.2.", "198.51.100.", "203.0.113."}[random.nextInt(3)])
            .append(1 + random.nextInt(254)).append('.');
        pii[2]++;
      }
      prefix.append("\n\n");
      StringBuilder suffix = new StringBuilder();
      if (random.nextInt(100) < 15) {
        suffix.append("\n\nI paid with the card ").append(cardNumber(random))
            .append(", please refund it.");
        pii[3]++;
      }
      suffix.append("\n\nThanks, ").append(first);
      return new Ticket(name, email, new Parts(prefix.toString(),
          PROSE.body(random, Prose.bodyWords(random, 380, 900)), suffix.toString()), pii);
    }

    /** A 16-digit Visa or Mastercard number with a valid Luhn digit, grouped as people type. */
    static String cardNumber(SplittableRandom random) {
      StringBuilder digits = new StringBuilder(new String[] {"4", "51", "53", "55"}[
          random.nextInt(4)]);
      while (digits.length() < 15) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      int sum = 0;
      for (int i = 0; i < 15; i++) {
        int digit = digits.charAt(14 - i) - '0';
        if (i % 2 == 0) {
          digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
      }
      digits.append((char) ('0' + (10 - sum % 10) % 10));
      String separator = new String[] {" ", "-", ""}[random.nextInt(3)];
      if (separator.isEmpty()) {
        return digits.toString();
      }
      return digits.substring(0, 4) + separator + digits.substring(4, 8) + separator
          + digits.substring(8, 12) + separator + digits.substring(12);
    }
  }

  /** {@code books}: licensed chapters in Parquet shards shaped like a Hugging Face dataset. */
  static final class Books {
    static final MessageType SCHEMA = MessageTypeParser.parseMessageType(
        "message book_chapter { optional binary text (STRING); required binary id (STRING);"
            + " optional binary title (STRING); optional binary url (STRING);"
            + " optional int32 year; }");
    static final String[] PUBLISHERS = {
      "Harrow Lane Press", "Bluefen Books", "Quillstone Publishing", "Example Corp"};

    record Chapter(String title, Footer footer, Parts parts) {}

    static void write(Shard shard, Counts counts) throws IOException {
      SplittableRandom random = shard.random();
      Path path = shard.dir().resolve(String.format("train-%05d-of-%05d.parquet", shard.index(),
          shard.count()));
      Files.deleteIfExists(path);
      SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
      CopyPool<Chapter> pool = new CopyPool<>();
      long bytes = 0;
      int row = 0;
      // Plain configuration: no Hadoop settings can change the bytes written.
      try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(path))
          .withConf(new PlainParquetConfiguration())
          .withType(SCHEMA)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .build()) {
        if (shard.index() == 0) {
          // One row without text and one with an empty text: both quarantined.
          writer.write(rows.newGroup().append("id", "book-null-text").append("year", 2001));
          counts.quarantined("missing_text");
          writer.write(rows.newGroup().append("text", "").append("id", "book-empty-text"));
          counts.quarantined("empty_text");
        }
        while (bytes < shard.budget()) {
          CopyKind kind = pool.draw(random);
          Chapter chapter;
          String id;
          if (kind == CopyKind.ORIGINAL) {
            String title = "The " + PROSE.title(random, 1 + random.nextInt(2));
            Footer footer = Footer.draw(random, 20, 100, 150);
            int chapterNumber = 1 + random.nextInt(30);
            String suffix = footer == Footer.NONE ? ""
                : "\n\n" + footer.text(1990 + random.nextInt(34),
                    PUBLISHERS[random.nextInt(PUBLISHERS.length)]);
            chapter = new Chapter(title + ", chapter " + chapterNumber, footer, new Parts(
                "Chapter " + chapterNumber + "\n\n",
                PROSE.body(random, Prose.bodyWords(random, 2000, 6000)), suffix));
            pool.add(chapter);
            id = String.format("book-%d-%06d", shard.index(), ++row);
            counts.document(footer, false);
          } else {
            Chapter original = pool.take(random);
            chapter = new Chapter(original.title(), original.footer(),
                original.parts().copy(kind, random, counts));
            id = String.format("book-%d-%06d-%s", shard.index(), ++row,
                kind == CopyKind.EXACT ? "reprint" : "revised");
            counts.document(original.footer(), false);
          }
          String text = chapter.parts().text();
          Group group = rows.newGroup().append("text", text).append("id", id)
              .append("title", chapter.title());
          if (row % 3 != 0) {
            group.append("url", "https://books.harrowlane.example/catalogue/" + slug(
                chapter.title()));
          }
          writer.write(group.append("year", 1990 + random.nextInt(34)));
          bytes += text.length();
        }
      }
      org.clearsource.cluster.demo.ParquetFooters.canonicalize(path);
      counts.add("files", 1);
      counts.add("bytes_uncompressed", bytes);
    }
  }

  /** {@code code}: source trees in .tar.gz, with SPDX and copyright headers. */
  static final class Code {
    /** A language: extension, line comment, and the shapes of a function and a statement. */
    record Language(String extension, String comment, String function, String close,
        String assign) {}

    static final List<Language> LANGUAGES = List.of(
        new Language("java", "// ", "static int %s(int %s, int %s) {", "}", "    int %s = %s;"),
        new Language("py", "# ", "def %s(%s, %s):", "", "    %s = %s"),
        new Language("c", "// ", "int %s(int %s, int %s) {", "}", "    int %s = %s;"),
        new Language("js", "// ", "function %s(%s, %s) {", "}", "    const %s = %s;"),
        new Language("go", "// ", "func %s(%s int, %s int) int {", "}", "    %s := %s"));

    record SourceFile(String path, Parts parts) {}

    static void write(Shard shard, Counts counts) throws IOException {
      SplittableRandom random = shard.random();
      String project = "project-" + shard.index() + "-" + PROSE.rareWord(random) + "/";
      Path path = shard.dir().resolve(String.format("project-%05d.tar.gz", shard.index()));
      long bytes = 0;
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(fastGzip(file(path)))) {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        directory(tar, project);
        CopyPool<SourceFile> pool = new CopyPool<>();
        Set<String> directories = new HashSet<>();
        int files = 0;
        while (bytes < shard.budget()) {
          CopyKind kind = pool.draw(random);
          SourceFile source;
          if (kind == CopyKind.ORIGINAL) {
            source = sourceFile(random, project, ++files, counts);
            pool.add(source);
          } else {
            SourceFile original = pool.take(random);
            // A vendored copy (exact) or a patched fork (near) of a file of the tree.
            String where = kind == CopyKind.EXACT ? "vendor/" : "legacy/";
            source = new SourceFile(project + where + original.path().substring(project.length()),
                original.parts().copy(kind, random, counts));
            countHeader(original.parts().prefix(), counts);
          }
          String parent = source.path().substring(0, source.path().lastIndexOf('/') + 1);
          if (directories.add(parent)) {
            directory(tar, parent);
          }
          byte[] content = source.parts().text().getBytes(StandardCharsets.UTF_8);
          entry(tar, source.path(), content);
          bytes += content.length;
        }
        entry(tar, project + "assets/logo.png", binaryFile());
        counts.quarantined("binary_content");
      }
      counts.add("files", 1);
      counts.add("bytes_uncompressed", bytes);
    }

    static SourceFile sourceFile(SplittableRandom random, String project, int number,
        Counts counts) {
      Language language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
      String module = PROSE.rareWord(random);
      String name = PROSE.rareWord(random) + "_" + number;
      String path = project + module + "/src/" + name + "." + language.extension();
      StringBuilder header = new StringBuilder();
      int licence = random.nextInt(100);
      if (licence < 35) {
        header.append(language.comment()).append("SPDX-License-Identifier: Apache-2.0\n");
      } else if (licence < 60) {
        header.append(language.comment()).append("SPDX-License-Identifier: MIT\n");
      }
      if (random.nextInt(100) < 30) {
        header.append(language.comment()).append("Copyright (c) ")
            .append(2015 + random.nextInt(10)).append(" Example Corp.\n");
      }
      if (header.length() > 0) {
        header.append('\n');
      }
      countHeader(header.toString(), counts);
      return new SourceFile(path, new Parts(header.toString(), body(random, language), ""));
    }

    /** Counts a file as a document by its header: SPDX licence and copyright line. */
    static void countHeader(String header, Counts counts) {
      counts.document(Footer.NONE, false);
      if (header.contains("SPDX-License-Identifier")) {
        counts.add("license.permissive", 1);
        counts.add(header.contains("Apache-2.0") ? "license.spdx.Apache-2.0"
            : "license.spdx.MIT", 1);
      }
      if (header.contains("Copyright (c)")) {
        counts.add("copyright", 1);
      }
    }

    /** A module comment, then functions, each with its comment, until 300 words or more. */
    static String body(SplittableRandom random, Language language) {
      StringBuilder code = new StringBuilder(4096);
      int words = comment(code, random, language, 40 + random.nextInt(80));
      int target = Prose.bodyWords(random, 500, 1500);
      while (words < target) {
        code.append('\n');
        words += comment(code, random, language, 12 + random.nextInt(40));
        String function = identifier(random);
        String a = identifier(random);
        String b = identifier(random);
        code.append(String.format(language.function(), function, a, b)).append('\n');
        words += 4;
        int statements = 2 + random.nextInt(6);
        String last = a;
        for (int s = 0; s < statements; s++) {
          String variable = identifier(random);
          String value = random.nextInt(4) == 0 ? Integer.toString(1 + random.nextInt(999))
              : last + " " + new String[] {"*", "-", "/", "%"}[random.nextInt(4)] + " " + b;
          code.append(String.format(language.assign(), variable, value)).append('\n');
          last = variable;
          words += 3;
        }
        code.append("    return ").append(last).append(language.extension().equals("py")
            || language.extension().equals("go") ? "" : ";").append('\n');
        if (!language.close().isEmpty()) {
          code.append(language.close()).append('\n');
        }
        words += 2;
      }
      return code.toString();
    }

    /** Prose as comment lines of about 80 characters; returns its words. */
    static int comment(StringBuilder code, SplittableRandom random, Language language, int words) {
      StringBuilder prose = new StringBuilder();
      int written = 0;
      while (written < words) {
        if (written > 0) {
          prose.append(' ');
        }
        written += PROSE.sentence(prose, random);
      }
      int lineStart = 0;
      code.append(language.comment());
      for (int i = 0; i < prose.length(); i++) {
        char c = prose.charAt(i);
        if (c == ' ' && i - lineStart > 76) {
          code.append('\n').append(language.comment());
          lineStart = i;
        } else {
          code.append(c);
        }
      }
      code.append('\n');
      return written;
    }

    static String identifier(SplittableRandom random) {
      String first = PROSE.rareWord(random);
      String second = PROSE.rareWord(random);
      return first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
    }

    static void directory(TarArchiveOutputStream tar, String name) throws IOException {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      fixOwnerAndTime(entry);
      tar.putArchiveEntry(entry);
      tar.closeArchiveEntry();
    }

    static void entry(TarArchiveOutputStream tar, String name, byte[] content)
        throws IOException {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(content.length);
      fixOwnerAndTime(entry);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    }

    static void fixOwnerAndTime(TarArchiveEntry entry) {
      entry.setModTime(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli());
      entry.setUserName("bench");
      entry.setGroupName("bench");
      entry.setIds(1000, 1000);
    }

    /** A small PNG-like blob with NUL bytes: binary content, quarantined by ingestion. */
    static byte[] binaryFile() {
      byte[] png = new byte[256];
      byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
          'D', 'R'};
      System.arraycopy(magic, 0, png, 0, magic.length);
      for (int i = magic.length; i < png.length; i++) {
        png[i] = (byte) (i % 7 == 0 ? 0 : i);
      }
      return png;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Manifest

  static final class Manifest {
    static String yaml(int sizeMb, long seed) {
      return """
          # Written by bench/audit/GenerateAuditCorpus.java (%d MB, seed %d); truth.json lists what
          # is planted where. All text is invented; paths are relative to this file.
          dataset:
            name: clearsource-audit-bench
            version: "%dmb-seed%d"
            description: >-
              Generated benchmark corpus for `clearsource audit`: a web crawl, an encyclopedia,
              licensed books, a forum, source code and support tickets, with planted duplicates,
              licence and copyright notices, opt-outs, personal data and broken records.
            curator: Clearsource benchmark
            contact: bench@clearsource.example
            license: NOASSERTION
            intended_uses: [benchmarking Clearsource audits]
            out_of_scope_uses: [training models]

          sources:
            - id: web
              name: Bench crawl of invented sites, May 2024
              class: public
              paths: [data/web/*.warc.gz]
              format: warc
              provenance:
                obtain_from: https://crawl.bench.example/2024-05/
                fee: none
                license: NOASSERTION
                terms: Each page stays under its publisher's terms.
                how_obtained: crawl
                collection_period: {start: 2024-05-14, end: 2024-05-31}
                crawler_user_agent: %s
                filtering: robots.txt fetched and archived but not enforced.

            - id: encyclopedia
              name: Bench encyclopedia dump
              class: open
              paths: [data/encyclopedia/*.jsonl.gz]
              format: jsonl
              provenance:
                obtain_from: https://dumps.encyclopedia.example/2024-03-01/
                fee: none
                license: CC-BY-SA-4.0
                how_obtained: public-dataset
                collection_period: {start: 2023-01-01, end: 2024-03-01}

            - id: books
              name: Licensed book chapters
              class: obtainable
              paths: [data/books/*.parquet]
              format: parquet
              options: {text_field: text, id_field: id, url_field: url}
              provenance:
                obtain_from: Harrow Lane Press licensing desk, licensing@harrowlane.example
                fee: EUR 5,000 per year
                license: LicenseRef-Bench-Publisher-Agreement
                how_obtained: licence-deal
                collection_period: {start: 2024-02-01, end: 2024-02-01}

            - id: forum
              name: AskAround forum dump
              class: public
              paths: [data/forum/*.jsonl.zst]
              format: jsonl
              provenance:
                obtain_from: https://askaround.example/dumps/2023/
                fee: none
                license: CC-BY-4.0
                how_obtained: public-dataset
                collection_period: {start: 2023-01-01, end: 2023-12-31}

            - id: code
              name: Source archives
              class: open
              paths: [data/code/*.tar.gz]
              format: text
              provenance:
                obtain_from: https://git.bench.example/releases/
                fee: none
                license: Apache-2.0 OR MIT
                how_obtained: public-dataset
                collection_period: {start: 2024-04-01, end: 2024-04-01}

            - id: tickets
              name: Customer support tickets
              class: unshareable
              paths: [data/tickets/*.jsonl]
              format: jsonl
              options: {text_field: text, id_field: ticket_id}
              provenance:
                terms: Used under the service's privacy notice; never published.
                how_obtained: user-data
                collection_period: {start: 2024-01-01, end: 2024-01-31}
                labelling: none
          """.formatted(sizeMb, seed, sizeMb, seed, Web.USER_AGENT);
    }
  }
}
