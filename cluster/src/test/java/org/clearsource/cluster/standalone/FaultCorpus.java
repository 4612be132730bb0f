package org.clearsource.cluster.standalone;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A corpus large enough that reading it is a stage of several seconds a task, so that a worker can
 * be killed while its tasks run: uncompressed JSONL shards of English-like prose (the same
 * Zipf-ish word choice as bench/ingest/GenerateIngestCorpus.java), from a fixed seed, with one
 * malformed line in every {@link #MALFORMED_EVERY}.
 *
 * @param manifest the manifest of its one source, {@code bulk}
 * @param documents well-formed records written
 * @param malformed malformed lines written (quarantined as {@code malformed_json})
 */
record FaultCorpus(Path manifest, long documents, long malformed) {

  static final int MALFORMED_EVERY = 997;

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
      + " analysis evidence community development population production distribution temperature")
      .split(" ");

  /** Writes {@code shards} files of about {@code shardBytes} each in dir/data, and a manifest. */
  static FaultCorpus write(Path dir, int shards, long shardBytes) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    long documents = 0;
    long malformed = 0;
    for (int shard = 0; shard < shards; shard++) {
      SplittableRandom random = new SplittableRandom(4242 + shard);
      Path file = data.resolve(String.format("part-%03d.jsonl", shard));
      long written = 0;
      long line = 0;
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        while (written < shardBytes) {
          line++;
          String record;
          if (line % MALFORMED_EVERY == 0) {
            record = "{\"id\": \"" + shard + "-" + line + "\", \"text\": \"cut short";
            malformed++;
          } else {
            record = "{\"id\":\"" + shard + "-" + line + "\",\"url\":\"https://site"
                + random.nextInt(200) + ".example/page/" + line + "\",\"text\":\""
                + prose(random, 150 + random.nextInt(900)) + "\"}";
            documents++;
          }
          out.write(record);
          out.write('\n');
          written += record.length() + 1;
        }
      }
    }
    Path manifest = dir.resolve("manifest.yaml");
    Files.writeString(manifest, """
        dataset: {name: fault-corpus, version: "1", curator: tests, contact: tests@example.org}
        sources:
          - id: bulk
            class: public
            paths: [data]
            format: jsonl
            provenance: {obtain_from: https://example.org/bulk, how_obtained: public-dataset}
        """);
    return new FaultCorpus(manifest, documents, malformed);
  }

  private static String prose(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder(words * 7);
    for (int i = 0; i < words; i++) {
      double u = random.nextDouble();
      String word = WORDS[(int) (WORDS.length * u * u * u)];
      text.append(i % 14 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      text.append(i % 14 == 13 ? ". " : " ");
    }
    return text.toString().trim() + ".";
  }
}
