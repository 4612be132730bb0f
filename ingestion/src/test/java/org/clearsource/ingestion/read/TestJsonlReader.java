package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsource.ingestion.read.TestTextDecoding.bytes;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.clearsource.core.manifest.ReaderOptions;
import org.junit.jupiter.api.Test;

class TestJsonlReader {

  private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

  private static final String DOLMA =
      "{\"id\":\"c4-0001\",\"text\":\"A Dolma document.\",\"source\":\"c4\","
          + "\"added\":\"2024-01-05T00:00:00.000Z\",\"created\":\"2019-04-21T11:02:14Z\","
          + "\"metadata\":{\"url\":\"https://example.org/a\",\"length\":17}}";

  private static final String RED_PAJAMA =
      "{\"raw_content\":\"A RedPajama page.\",\"doc_id\":\"rp/42\","
          + "\"meta\":{\"url\":\"https://example.org/b\",\"language\":\"en\",\"source_domain\":"
          + "\"example.org\"},\"quality_signals\":{\"ccnet_perplexity\":[[0,17,312.5]]}}";

  @Test
  void readsDolmaRecordsWithDefaultOptions() {
    assertThat(read(lines(DOLMA), DEFAULTS))
        .containsExactly(
            new ParsedDocument(
                "offset:0",
                "c4-0001",
                "https://example.org/a",
                "A Dolma document.",
                null,
                null,
                "2019-04-21T11:02:14Z",
                Map.of()));
  }

  @Test
  void readsRedPajamaRecordsWithDefaultOptions() {
    assertThat(read(lines(RED_PAJAMA), DEFAULTS))
        .containsExactly(
            new ParsedDocument(
                "offset:0",
                "rp/42",
                "https://example.org/b",
                "A RedPajama page.",
                null,
                null,
                null,
                Map.of()));
  }

  @Test
  void readsConfiguredFieldsByDottedPathInOrder() {
    ReaderOptions options =
        ReaderOptions.builder()
            .textFields(List.of("body.content", "fallback"))
            .idFields(List.of("meta.key", "serial"))
            .urlFields(List.of("link.href", "link"))
            .build();
    String nested =
        "{\"body\":{\"content\":\"nested text\"},\"serial\":12,\"link\":{\"href\":\"h\"}}";
    String flat =
        "{\"fallback\":\"flat text\",\"meta\":{\"key\":7.5},\"link\":\"l\",\"title\":\"T\"}";
    String neither = "{\"text\":\"not configured\"}";
    List<ReadOutcome> outcomes = read(lines(nested, flat, neither), options);
    assertThat(outcomes.subList(0, 2))
        .containsExactly(
            new ParsedDocument("offset:0", "12", "h", "nested text", null, null, null, Map.of()),
            new ParsedDocument(
                "offset:" + (nested.length() + 1), "7.5", "l", "flat text", "T", null, null,
                Map.of()));
    Quarantined missing = (Quarantined) outcomes.get(2);
    assertThat(missing.locator()).isEqualTo("offset:" + (nested.length() + flat.length() + 2));
    assertThat(missing.reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
    assertThat(missing.detail()).contains("body.content", "fallback");
  }

  @Test
  void takesTheFirstTextFieldThatIsAString() {
    String line = "{\"text\":5,\"raw_content\":\"the string one\",\"content\":\"later\"}";
    assertThat(onlyDocument(line).text()).isEqualTo("the string one");
  }

  @Test
  void readsDateTitleAndNumericIdAsGiven() {
    ParsedDocument document =
        onlyDocument("{\"text\":\"t\",\"id\":1234567890123,\"title\":\"A title\","
            + "\"added\":\"added-date\",\"timestamp\":1700000000}");
    assertThat(document.recordId()).isEqualTo("1234567890123");
    assertThat(document.title()).isEqualTo("A title");
    assertThat(document.date()).isEqualTo("1700000000");
    assertThat(document.contentType()).isNull();
  }

  @Test
  void readsNestedFieldsPastSkippedObjectsAndArrays() {
    String line = "{\"skip\":{\"metadata\":{\"url\":\"wrong\"},\"list\":[1,{\"a\":[]}]},"
        + "\"metadata\":{\"other\":[{\"url\":\"wrong too\"}],\"url\":\"right\"},\"text\":\"t\"}";
    assertThat(onlyDocument(line).url()).isEqualTo("right");
  }

  @Test
  void aNullFieldIsAbsentAndALaterDuplicateWins() {
    assertThat(onlyDocument("{\"text\":null,\"content\":\"c\"}").text()).isEqualTo("c");
    assertThat(onlyDocument("{\"text\":\"first\",\"text\":\"second\"}").text()).isEqualTo("second");
  }

  @Test
  void quarantinesWhatIsNotAJsonObject() {
    List<String> bad = List.of(
        "{\"text\":\"unterminated}",
        "[\"an\",\"array\"]",
        "\"just a string\"",
        "{\"text\":\"two\"} {\"text\":\"objects\"}",
        "{\"text\":'single quotes'}",
        "{\"text\":\"raw\ttab\"}");
    List<ReadOutcome> outcomes = read(lines(bad.toArray(String[]::new)), DEFAULTS);
    assertThat(outcomes).hasSize(bad.size());
    long offset = 0;
    for (int i = 0; i < bad.size(); i++) {
      Quarantined row = (Quarantined) outcomes.get(i);
      assertThat(row.reason()).as(bad.get(i)).isEqualTo(QuarantineReason.MALFORMED_JSON);
      assertThat(row.locator()).isEqualTo("offset:" + offset);
      assertThat(row.excerpt()).isEqualTo(Quarantined.escape(bad.get(i)));
      assertThat(row.detail()).isNotBlank();
      offset += bad.get(i).length() + 1;
    }
  }

  @Test
  void malformedJsonDetailsDescribeTheProblemWithoutQuotingTheRecord() {
    List<String> bad = List.of(
        "{\"text\": secretword}",
        "{\"text\": \"ok\", secretkey: 1}",
        "{\"text\": \"ok\"] secretbracket",
        "{\"text\": tru3secret}",
        "{\"text\": 12secret}",
        "{\"text\": \"unterminated secret",
        "{\"text\":'secretquote'}",
        "{\"text\": -Infinitysecret}");
    List<ReadOutcome> outcomes = read(lines(bad.toArray(String[]::new)), DEFAULTS);
    assertThat(outcomes).hasSize(bad.size());
    for (int i = 0; i < bad.size(); i++) {
      Quarantined row = (Quarantined) outcomes.get(i);
      assertThat(row.reason()).as(bad.get(i)).isEqualTo(QuarantineReason.MALFORMED_JSON);
      assertThat(row.detail()).as(bad.get(i)).isNotBlank().doesNotContainIgnoringCase("secret")
          .doesNotContain("'");
      // The record itself is still kept, in the excerpt (dropped for unshareable sources).
      assertThat(row.excerpt()).contains("secret");
    }
    assertThat(((Quarantined) outcomes.get(0)).detail()).containsIgnoringCase("unrecognized token")
        .containsPattern("at byte [0-9]+ of the record");
  }

  @Test
  void quarantinesRecordsWithoutUsableText() {
    List<ReadOutcome> outcomes = read(lines(
        "{\"id\":\"no text\"}",
        "{\"text\":42}",
        "{\"text\":{\"nested\":\"object\"}}",
        "{\"text\":\"\"}",
        "{\"text\":\" \\n\\t \"}"), DEFAULTS);
    assertThat(outcomes)
        .extracting(outcome -> ((Quarantined) outcome).reason())
        .containsExactly(
            QuarantineReason.MISSING_TEXT,
            QuarantineReason.MISSING_TEXT,
            QuarantineReason.MISSING_TEXT,
            QuarantineReason.EMPTY_TEXT,
            QuarantineReason.EMPTY_TEXT);
    assertThat(((Quarantined) outcomes.get(0)).detail()).contains("text", "raw_content", "content");
    assertThat(((Quarantined) outcomes.get(1)).detail()).contains("'text'", "a number");
  }

  @Test
  void quarantinesBytesThatAreNotUtf8AsInvalidEncoding() {
    byte[] data = lines(
        bytes("{\"text\":\"ok\"}"),
        bytes("{\"text\":\"latin-1 caf", 0xe9, "\"}"),
        bytes("{\"text\":\"overlong ", 0xc0, 0xaf, "\"}"),
        bytes("{\"text\":\"surrogate ", 0xed, 0xa0, 0x80, "\"}"),
        bytes("{\"text\":\"cut ", 0xe2, 0x82, "\"}"),
        bytes("{\"text\":\"fine \u20ac\ud83d\ude00\"}"));
    List<ReadOutcome> outcomes = read(data, DEFAULTS);
    assertThat(outcomes).hasSize(6);
    assertThat(outcomes.get(0)).isInstanceOf(ParsedDocument.class);
    for (int i = 1; i <= 4; i++) {
      Quarantined row = (Quarantined) outcomes.get(i);
      assertThat(row.reason()).isEqualTo(QuarantineReason.INVALID_ENCODING);
      assertThat(row.detail()).startsWith("invalid UTF-8 at byte ");
    }
    assertThat(outcomes.get(1).locator()).isEqualTo("offset:14");
    assertThat(((Quarantined) outcomes.get(1)).detail())
        .isEqualTo("invalid UTF-8 at byte 20 of the record");
    assertThat(((ParsedDocument) outcomes.get(5)).text()).isEqualTo("fine \u20ac\ud83d\ude00");
  }

  @Test
  void quarantinesLinesWithNulBytesAsBinary() {
    byte[] data = lines(bytes("{\"text\":\"a", 0, "b\"}"), bytes("{\"text\":\"escaped \\u0000\"}"),
        bytes("[", 0, "]"), bytes(0, 0, 0xff, 0xfe));
    List<ReadOutcome> outcomes = read(data, DEFAULTS);
    assertThat(outcomes.subList(2, 4))
        .extracting(outcome -> ((Quarantined) outcome).reason())
        .containsExactly(QuarantineReason.BINARY_CONTENT, QuarantineReason.BINARY_CONTENT);
    assertThat(outcomes.get(0)).isEqualTo(new Quarantined("offset:0",
        QuarantineReason.BINARY_CONTENT, "NUL byte at byte 10 of the record",
        "{\"text\":\"a\\u0000b\"}"));
    // An escaped NUL is valid JSON and part of the text.
    assertThat(((ParsedDocument) outcomes.get(1)).text()).isEqualTo("escaped \u0000");
  }

  @Test
  void skipsBlankLinesAndReadsCrlfBomAndAFinalLineWithoutNewline() {
    byte[] data = bytes(0xef, 0xbb, 0xbf, "{\"text\":\"bom\"}\r\n\r\n   \n\t\n\n",
        "{\"text\":\"crlf\"}\r\n", "{\"text\":\"last\"}");
    assertThat(read(data, DEFAULTS))
        .containsExactly(
            ParsedDocument.ofText("offset:0", "bom"),
            ParsedDocument.ofText("offset:28", "crlf"),
            ParsedDocument.ofText("offset:45", "last"));
  }

  @Test
  void aStreamOfBlankLinesHasNoRecords() {
    assertThat(read(bytes("\n\n  \r\n"), DEFAULTS)).isEmpty();
    assertThat(read(new byte[0], DEFAULTS)).isEmpty();
  }

  @Test
  void skipsAnOverlongRecordUnbufferedAndReadsTheLinesAfterIt() {
    ReaderOptions options = ReaderOptions.builder().maxRecordBytes(1 << 20).build();
    long hugeText = 300L << 20;
    // 300 MiB that never exist in memory at once: the reader must skip them while counting.
    InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(bytes("{\"text\":\"ok\"}\n{\"text\":\"")),
        new RepeatingStream((byte) 'x', hugeText),
        new ByteArrayInputStream(bytes("\"}\n{\"text\":\"after\"}\n")))));
    List<ReadOutcome> outcomes = drain(JsonlReader.open(in, options));
    assertThat(outcomes).hasSize(3);
    long hugeLine = 9 + hugeText + 2;
    assertThat(outcomes.get(1))
        .isEqualTo(new Quarantined("offset:14", QuarantineReason.RECORD_TOO_LARGE,
            "record of " + hugeLine
                + " bytes is over the limit of 1048576 bytes (max_record_bytes)",
            Quarantined.escape("{\"text\":\"" + "x".repeat(200))));
    assertThat(outcomes.get(2)).isEqualTo(ParsedDocument.ofText("offset:" + (14 + hugeLine + 1),
        "after"));
  }

  @Test
  void aRecordOfExactlyTheLimitIsRead() {
    String line = "{\"text\":\"" + "y".repeat(90) + "\"}";
    ReaderOptions exact = ReaderOptions.builder().maxRecordBytes(line.length()).build();
    ReaderOptions under = ReaderOptions.builder().maxRecordBytes(line.length() - 1).build();
    assertThat(read(lines(line), exact).get(0)).isInstanceOf(ParsedDocument.class);
    assertThat(((Quarantined) read(lines(line), under).get(0)).reason())
        .isEqualTo(QuarantineReason.RECORD_TOO_LARGE);
  }

  @Test
  void readsTheSameRecordsFromEveryCompression() throws IOException {
    byte[] plain = lines(DOLMA, RED_PAJAMA, "not json", "{\"text\":\"\u00e9t\u00e9\"}");
    List<ReadOutcome> expected = read(plain, DEFAULTS);
    assertThat(expected).hasSize(4);
    for (Compression compression : Compression.values()) {
      byte[] compressed = compress(compression, plain);
      assertThat(Compression.detect(compressed, compressed.length)).isEqualTo(compression);
      InputStream in = compression.decompress(new ByteArrayInputStream(compressed));
      assertThat(drain(JsonlReader.open(in, DEFAULTS))).as(compression.id()).isEqualTo(expected);
    }
  }

  @Test
  void splitsTogetherReadEveryLineExactlyOnce() {
    byte[] data = mixedFixture();
    ReaderOptions options = ReaderOptions.builder().maxRecordBytes(200).build();
    List<ReadOutcome> whole = read(data, options);
    assertThat(whole).hasSize(13);
    for (int buffer : new int[] {1, 5, 64, 4096}) {
      for (int split = 1; split <= data.length + 1; split++) {
        assertThat(readInSplits(data, split, options, buffer))
            .as("split size %d, buffer %d", split, buffer)
            .isEqualTo(whole);
      }
    }
  }

  @Test
  void randomSplitBoundariesAgreeWithAWholeRead() {
    Random random = new Random(5);
    byte[] data = mixedFixture();
    ReaderOptions options = ReaderOptions.builder().maxRecordBytes(200).build();
    List<ReadOutcome> whole = read(data, options);
    for (int round = 0; round < 500; round++) {
      List<Long> cuts = new ArrayList<>();
      cuts.add(0L);
      long at = 0;
      while (true) {
        at += 1 + random.nextInt(80);
        if (at >= data.length) {
          break;
        }
        cuts.add(at);
      }
      List<ReadOutcome> union = new ArrayList<>();
      for (int i = 0; i < cuts.size(); i++) {
        long start = cuts.get(i);
        long end = i + 1 < cuts.size() ? cuts.get(i + 1) : Long.MAX_VALUE;
        union.addAll(readSplit(data, start, end, options, 1 + random.nextInt(100)));
      }
      assertThat(union).as("cuts %s", cuts).isEqualTo(whole);
    }
  }

  @Test
  void aSplitStartingRightAfterANewlineOwnsTheLineThere() {
    byte[] data = lines("{\"text\":\"a\"}", "{\"text\":\"b\"}", "{\"text\":\"c\"}");
    assertThat(readSplit(data, 13, 14, DEFAULTS, 1 << 16))
        .containsExactly(ParsedDocument.ofText("offset:13", "b"));
    assertThat(readSplit(data, 14, 26, DEFAULTS, 1 << 16)).isEmpty();
    assertThat(readSplit(data, 14, 27, DEFAULTS, 1 << 16))
        .containsExactly(ParsedDocument.ofText("offset:26", "c"));
    assertThat(readSplit(data, 0, 13, DEFAULTS, 1 << 16))
        .containsExactly(ParsedDocument.ofText("offset:0", "a"));
    assertThat(readSplit(data, 1, 13, DEFAULTS, 1 << 16)).isEmpty();
    assertThat(readSplit(data, 5, 5, DEFAULTS, 1 << 16)).isEmpty();
  }

  @Test
  void everyCutOfASmallGzipFileEndsWithOneTruncationRow() throws IOException {
    List<String> records = randomRecords(20, 1);
    // Shorter cuts leave even the 10-byte gzip header incomplete: opening fails, as it should.
    assertCutsEndCleanly(Compression.GZIP, records, 10, 1, 10);
  }

  @Test
  void everyCutInTheLastQuarterOfALargerGzipFileEndsWithOneTruncationRow() throws IOException {
    List<String> records = randomRecords(600, 2);
    int length = compress(Compression.GZIP, lines(records.toArray(String[]::new))).length;
    assertCutsEndCleanly(Compression.GZIP, records, length * 3 / 4, 1, 10);
  }

  @Test
  void everyCutOfAZstdFileEndsWithOneTruncationRow() throws IOException {
    assertCutsEndCleanly(Compression.ZSTD, randomRecords(20, 3), 1, 1, 1);
  }

  @Test
  void cutsInTheSecondBlockOfABzip2FileEndWithOneTruncationRow() throws IOException {
    // Two 100 kB blocks. Opening a bzip2 stream decodes its first block, so cuts inside that one
    // fail to open; cuts inside the second read the first block's records, then one row.
    List<String> records = randomRecords(2300, 6);
    int length = compress(Compression.BZIP2, lines(records.toArray(String[]::new))).length;
    assertCutsEndCleanly(Compression.BZIP2, records, length - 2000, 7, Integer.MAX_VALUE);
  }

  @Test
  void damagedGzipDataEndsWithOneCorruptRow() throws IOException {
    List<String> records = randomRecords(50, 4);
    byte[] plain = lines(records.toArray(String[]::new));
    byte[] gzip = compress(Compression.GZIP, plain);
    // The CRC in the trailer: all records decode, then the check fails.
    byte[] badTrailer = gzip.clone();
    badTrailer[gzip.length - 6] ^= 0x55;
    List<ReadOutcome> outcomes = drain(JsonlReader.open(
        Compression.GZIP.decompress(new ByteArrayInputStream(badTrailer)), DEFAULTS));
    assertThat(outcomes).hasSize(records.size() + 1);
    Quarantined last = (Quarantined) outcomes.get(records.size());
    assertThat(last.reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
    assertThat(last.locator()).isEqualTo("offset:" + plain.length);
    assertThat(last.excerpt()).isNull();
    assertThat(last.detail()).contains("ZipException");
    // A damaged block in the middle.
    byte[] badBlock = gzip.clone();
    for (int i = 20; i < 30; i++) {
      badBlock[i] = (byte) 0xff;
    }
    outcomes = drain(JsonlReader.open(
        Compression.GZIP.decompress(new ByteArrayInputStream(badBlock)), DEFAULTS));
    assertThat(((Quarantined) outcomes.get(outcomes.size() - 1)).reason())
        .isEqualTo(QuarantineReason.CORRUPT_INPUT);
  }

  @Test
  void aFailingStreamEndsWithOneRowWhereThePartialRecordBegan() {
    byte[] data = bytes("{\"text\":\"one\"}\n{\"text\":\"tw");
    assertThat(drain(JsonlReader.open(failingAfter(data, new EOFException()), DEFAULTS)))
        .containsExactly(
            ParsedDocument.ofText("offset:0", "one"),
            new Quarantined("offset:15", QuarantineReason.TRUNCATED_INPUT,
                "input ends early (EOFException)", "{\"text\":\"tw"));
    assertThat(drain(JsonlReader.open(failingAfter(data, new ZipException("bad")), DEFAULTS)))
        .containsExactly(
            ParsedDocument.ofText("offset:0", "one"),
            new Quarantined("offset:15", QuarantineReason.CORRUPT_INPUT,
                "input is damaged (ZipException: bad)", "{\"text\":\"tw"));
    List<ReadOutcome> unchecked = drain(JsonlReader.open(
        failingAfter(data, new IllegalStateException("decoder state")), DEFAULTS));
    assertThat(((Quarantined) unchecked.get(1)).reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
  }

  @Test
  void aStreamFailingWhileASplitSkipsItsFirstLineEndsThatSplitWithOneRow() {
    byte[] data = bytes("{\"text\":\"one\"}");
    InputStream in = failingAfter(data, new EOFException());
    assertThat(drain(JsonlReader.open(in, 5, 100, DEFAULTS)))
        .containsExactly(new Quarantined("offset:5", QuarantineReason.TRUNCATED_INPUT,
            "input ends early (EOFException)", null));
  }

  @Test
  void behavesAsAnIteratorAndClosesItsStream() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(lines("{\"text\":\"a\"}")) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    RecordReader reader = JsonlReader.open(in, DEFAULTS);
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.next()).isEqualTo(ParsedDocument.ofText("offset:0", "a"));
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("Cannot");
    reader.close();
    assertThat(closed).isTrue();
  }

  @Test
  void refusesASplitThatEndsBeforeItStarts() {
    InputStream in = InputStream.nullInputStream();
    assertThatThrownBy(() -> JsonlReader.open(in, 10, 5, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read the split [10, 5)");
    assertThatThrownBy(() -> JsonlReader.open(in, -1, 5, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot");
  }

  /**
   * Cuts the compressed records at every {@code step}th length from {@code fromCut} on (cuts
   * below {@code mayFailToOpenBelow} may fail to open) and checks that reading
   * never throws, yields an in-order prefix of the records as documents, and ends with exactly one
   * truncation (or corruption) row where the first missing record began.
   */
  private static void assertCutsEndCleanly(
      Compression compression, List<String> records, int fromCut, int step, int mayFailToOpenBelow)
      throws IOException {
    byte[] plain = lines(records.toArray(String[]::new));
    byte[] compressed = compress(compression, plain);
    List<Long> offsets = new ArrayList<>();
    long offset = 0;
    for (String record : records) {
      offsets.add(offset);
      offset += record.length() + 1;
    }
    int opened = 0;
    for (int cut = fromCut; cut < compressed.length; cut += step) {
      InputStream in;
      try {
        in = compression.decompress(new ByteArrayInputStream(compressed, 0, cut));
      } catch (IOException e) {
        // Only a cut inside the stream's header may keep it from opening.
        assertThat(cut).as("%s cut at %d: %s", compression, cut, e).isLessThan(mayFailToOpenBelow);
        continue;
      }
      opened++;
      List<ReadOutcome> outcomes = drain(JsonlReader.open(in, DEFAULTS));
      String context = compression + " cut at " + cut + " of " + compressed.length;
      assertThat(outcomes).as(context).isNotEmpty();
      int documents = outcomes.size() - 1;
      assertThat(documents).as(context).isLessThanOrEqualTo(records.size());
      for (int i = 0; i < documents; i++) {
        assertThat(outcomes.get(i))
            .as(context)
            .isEqualTo(ParsedDocument.ofText("offset:" + offsets.get(i), textOf(records.get(i))));
      }
      Quarantined last = (Quarantined) outcomes.get(documents);
      assertThat(last.reason())
          .as(context)
          .isIn(QuarantineReason.TRUNCATED_INPUT, QuarantineReason.CORRUPT_INPUT);
      long missingAt = documents < records.size() ? offsets.get(documents) : plain.length;
      assertThat(last.locator()).as(context).isEqualTo("offset:" + missingAt);
      if (last.excerpt() != null) {
        assertThat(records.get(documents)).as(context).startsWith(last.excerpt());
      }
      long quarantined = outcomes.stream().filter(o -> o instanceof Quarantined).count();
      long parsed = outcomes.stream().filter(o -> o instanceof ParsedDocument).count();
      assertThat(parsed + quarantined).isEqualTo(outcomes.size());
      assertThat(quarantined).isEqualTo(1);
    }
    assertThat(opened).isPositive();
  }

  /** Records of random words, ASCII without escapes, so excerpts are plain prefixes. */
  private static List<String> randomRecords(int count, long seed) {
    Random random = new Random(seed);
    List<String> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        int letters = 1 + random.nextInt(9);
        for (int k = 0; k < letters; k++) {
          text.append((char) ('a' + random.nextInt(26)));
        }
        text.append(' ');
      }
      records.add("{\"text\":\"" + text.toString().trim() + "\"}");
    }
    return records;
  }

  private static String textOf(String record) {
    return record.substring("{\"text\":\"".length(), record.length() - 2);
  }

  /** Every kind of line, with CRLF endings and multi-byte characters that splits will straddle. */
  private static byte[] mixedFixture() {
    return joined(
        bytes("{\"id\":1,\"text\":\"plain\"}\n"),
        bytes("\n"),
        bytes("{\"id\":2,\"text\":\"crlf line\"}\r\n"),
        bytes("   \r\n"),
        bytes("{\"id\":3,\"text\":\"multi-byte: \u00e9 \u00fc \u20ac \ud83d\ude00 \u4e2d\"}\n"),
        bytes("not json\n"),
        bytes("{\"id\":4,\"text\":\"" + "long ".repeat(60) + "\"}\n"),
        bytes("{\"id\":5,\"text\":\"" + "\u00e9\ud83d\ude00".repeat(12) + "\"}\r\n"),
        bytes("{\"id\":6,\"text\":\"\"}\n"),
        bytes("{\"id\":7,\"text\":\"bad ", 0xff, 0xfe, "\"}\n"),
        bytes("{\"id\":8,\"text\":\"nul ", 0, "\"}\n"),
        bytes("\n\n"),
        bytes("{\"id\":9}\n"),
        bytes("[9]\r\n"),
        bytes("{\"id\":10,\"metadata\":{\"url\":\"u\"},\"text\":\"\u4e2d\"}\n"),
        bytes("{\"id\":11,\"text\":\"no final newline \ud83d\ude00\"}"));
  }

  private static List<ReadOutcome> readInSplits(
      byte[] data, int split, ReaderOptions options, int buffer) {
    List<ReadOutcome> union = new ArrayList<>();
    for (long start = 0; start < data.length; start += split) {
      union.addAll(readSplit(data, start, start + split, options, buffer));
    }
    return union;
  }

  /** Reads one split the way the caller must: the stream starts at {@code start - 1}. */
  private static List<ReadOutcome> readSplit(
      byte[] data, long start, long end, ReaderOptions options, int buffer) {
    int from = (int) Math.max(0, start - 1);
    InputStream in = new ByteArrayInputStream(data, from, data.length - from);
    return drain(JsonlReader.open(in, start, end, options, buffer));
  }

  private static ParsedDocument onlyDocument(String line) {
    List<ReadOutcome> outcomes = read(lines(line), DEFAULTS);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(ParsedDocument.class);
    return (ParsedDocument) outcomes.get(0);
  }

  static List<ReadOutcome> read(byte[] data, ReaderOptions options) {
    return drain(JsonlReader.open(new ByteArrayInputStream(data), options));
  }

  static List<ReadOutcome> drain(RecordReader reader) {
    List<ReadOutcome> outcomes = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(outcomes::add);
    } catch (IOException e) {
      throw new AssertionError("closing should not fail", e);
    }
    return outcomes;
  }

  static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Byte strings as lines, each ended by '\n'. */
  static byte[] lines(byte[]... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    return out.toByteArray();
  }

  static byte[] joined(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] compress(Compression compression, byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream compressing = switch (compression) {
      case NONE -> out;
      case GZIP -> new GZIPOutputStream(out);
      case ZSTD -> new ZstdOutputStream(out);
      case BZIP2 -> new BZip2CompressorOutputStream(out, 1);
    }) {
      compressing.write(plain);
    }
    return out.toByteArray();
  }

  /** Yields the bytes, then throws {@code failure} instead of ending. */
  static InputStream failingAfter(byte[] bytes, Exception failure) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position == bytes.length) {
          if (failure instanceof IOException io) {
            throw io;
          }
          throw (RuntimeException) failure;
        }
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
      }
    };
  }

  /** {@code count} copies of one byte, produced as they are read. */
  static final class RepeatingStream extends InputStream {
    private final byte value;
    private long left;

    RepeatingStream(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + n, value);
      left -= n;
      return n;
    }
  }
}
