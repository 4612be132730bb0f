package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsource.ingestion.read.TestJsonlReader.drain;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.clearsource.core.manifest.ReaderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestParquetRecordReader {

  private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

  /** The shape of most Hugging Face text datasets: text, id, url and more. */
  private static final MessageType HF =
      MessageTypeParser.parseMessageType(
          "message hf {"
              + " optional binary text (STRING);"
              + " optional binary id (STRING);"
              + " optional binary dump (STRING);"
              + " optional binary url (STRING);"
              + " optional double score;"
              + " optional int64 token_count;"
              + "}");

  @TempDir Path dir;

  @Test
  void readsHuggingFaceStyleRows() throws IOException {
    Path file =
        write(
            HF,
            List.of(
                hf("First document.", "doc-0", "https://example.com/0"),
                hf("Second document.", "doc-1", "https://example.com/1"),
                hf("Third document.", "doc-2", null)));

    List<ReadOutcome> outcomes = readAll(file, DEFAULTS);

    assertThat(outcomes)
        .containsExactly(
            new ParsedDocument("row:0", "doc-0", "https://example.com/0", "First document.",
                null, null, null, Map.of()),
            new ParsedDocument("row:1", "doc-1", "https://example.com/1", "Second document.",
                null, null, null, Map.of()),
            new ParsedDocument("row:2", "doc-2", null, "Third document.", null, null, null,
                Map.of()));
  }

  @Test
  void readsOnlyTheColumnsItNeeds() throws IOException {
    List<Consumer<Group>> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(hf("text " + i, "id-" + i, "https://example.com/" + i));
    }
    Path file = write(HF, rows);
    // Damage every byte of the 'dump' column: with checksums on, reading it would fail.
    byte[] bytes = Files.readAllBytes(file);
    ColumnChunkMetaData dump = column(file, 0, "dump");
    Arrays.fill(bytes, (int) dump.getStartingPos(), (int) (dump.getStartingPos()
        + dump.getTotalSize()), (byte) 0x5a);
    Files.write(file, bytes);

    List<ReadOutcome> outcomes = readAll(file, DEFAULTS);

    assertThat(outcomes).hasSize(20).allMatch(o -> o instanceof ParsedDocument);
  }

  @Test
  void readsACustomTextColumnFirstInTheConfiguredOrder() throws IOException {
    MessageType schema =
        MessageTypeParser.parseMessageType(
            "message m { optional binary text (STRING); optional binary body (STRING); }");
    Path file = write(schema, List.of(g -> g.append("text", "short").append("body",
        "the real body")));
    ReaderOptions options = ReaderOptions.builder().textFields(List.of("body", "text")).build();

    assertThat(readAll(file, options))
        .singleElement()
        .extracting(o -> ((ParsedDocument) o).text())
        .isEqualTo("the real body");
  }

  @Test
  void fallsBackToTheNextTextFieldTheSchemaHas() throws IOException {
    MessageType schema =
        MessageTypeParser.parseMessageType("message m { required binary raw_content (STRING); }");
    Path file = write(schema, List.of(g -> g.append("raw_content", "RedPajama text")));

    assertThat(readAll(file, DEFAULTS))
        .singleElement()
        .extracting(o -> ((ParsedDocument) o).text())
        .isEqualTo("RedPajama text");
  }

  @Test
  void readsNestedUrlsAndNonStringIds() throws IOException {
    MessageType schema =
        MessageTypeParser.parseMessageType(
            "message m {"
                + " optional binary content (STRING);"
                + " optional int64 id;"
                + " optional group metadata { optional binary url (STRING); optional binary lang"
                + " (STRING); }"
                + "}");
    Path file =
        write(
            schema,
            List.of(
                g -> {
                  g.append("content", "nested").append("id", 42L);
                  g.addGroup("metadata").append("url", "https://example.com/n").append("lang",
                      "en");
                },
                g -> g.append("content", "no metadata")));

    List<ReadOutcome> outcomes = readAll(file, DEFAULTS);

    assertThat(outcomes).hasSize(2);
    ParsedDocument nested = (ParsedDocument) outcomes.get(0);
    assertThat(nested.text()).isEqualTo("nested");
    assertThat(nested.recordId()).isEqualTo("42");
    assertThat(nested.url()).isEqualTo("https://example.com/n");
    ParsedDocument bare = (ParsedDocument) outcomes.get(1);
    assertThat(bare.recordId()).isNull();
    assertThat(bare.url()).isNull();
  }

  @Test
  void quarantinesNullBlankAndOversizedText() throws IOException {
    Path file =
        write(
            HF,
            List.of(
                hf("fine", "a", null),
                g -> g.append("id", "b"),
                hf(" \n\t ", "c", null),
                hf("x".repeat(50), "d", null)));

    List<ReadOutcome> outcomes = readAll(file, ReaderOptions.builder().maxRecordBytes(40).build());

    assertThat(outcomes).extracting(ReadOutcome::locator)
        .containsExactly("row:0", "row:1", "row:2", "row:3");
    assertThat(outcomes.get(0)).isInstanceOf(ParsedDocument.class);
    assertThat(((Quarantined) outcomes.get(1)).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
    Quarantined blank = (Quarantined) outcomes.get(2);
    assertThat(blank.reason()).isEqualTo(QuarantineReason.EMPTY_TEXT);
    assertThat(blank.excerpt()).isEqualTo(" \\u000a\\u0009 ");
    Quarantined large = (Quarantined) outcomes.get(3);
    assertThat(large.reason()).isEqualTo(QuarantineReason.RECORD_TOO_LARGE);
    assertThat(large.detail()).contains("50 bytes");
    assertThat(large.excerpt()).isEqualTo("x".repeat(50));
  }

  @Test
  void aTextColumnOfTheWrongTypeIsOneMissingTextRowPerRow() throws IOException {
    MessageType schema =
        MessageTypeParser.parseMessageType(
            "message m { optional binary headline (STRING); optional int32 text;"
                + " optional group meta { optional binary url (STRING); } }");
    List<Consumer<Group>> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      rows.add(g -> g.append("headline", "h" + n).append("text", n));
    }
    Path file = write(schema, rows, b -> b.withRowGroupRowCountLimit(10));

    List<ReadOutcome> outcomes = readAll(file, DEFAULTS);

    assertThat(outcomes).hasSize(30).allSatisfy(outcome -> {
      assertThat(outcome).isInstanceOf(Quarantined.class);
      assertThat(((Quarantined) outcome).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
      assertThat(((Quarantined) outcome).detail()).contains("text", "INT32", "not a string");
    });
    List<String> whole = locators(outcomes);
    assertThat(whole).first().isEqualTo("row:0");
    assertThat(whole).last().isEqualTo("row:29");
    // Split by byte ranges, each range reports the rows of its own row groups.
    long length = Files.size(file);
    long firstGroup = block(file, 0).getStartingPos();
    List<String> union = new ArrayList<>(locators(read(file, 0, firstGroup + 1, DEFAULTS)));
    assertThat(union).hasSize(10);
    union.addAll(locators(read(file, firstGroup + 1, length, DEFAULTS)));
    assertThat(union).containsExactlyElementsOf(whole);
  }

  @Test
  void listStructAndAbsentTextColumnsAreOneMissingTextRowPerRow() throws IOException {
    Map<String, String> schemas = Map.of(
        "a group (LIST)", "message m { optional group text (LIST) { repeated group list {"
            + " optional binary element (STRING); } } }",
        "a group", "message m { optional group text { optional binary body (STRING); } }",
        "no text column", "message m { optional binary headline (STRING); }");
    for (Map.Entry<String, String> kind : schemas.entrySet()) {
      MessageType schema = MessageTypeParser.parseMessageType(kind.getValue());
      List<Consumer<Group>> rows = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        rows.add(g -> { });
      }
      List<ReadOutcome> outcomes = readAll(write(schema, rows), DEFAULTS);
      assertThat(locators(outcomes)).as(kind.getKey())
          .containsExactly("row:0", "row:1", "row:2", "row:3", "row:4");
      assertThat(outcomes).as(kind.getKey()).allSatisfy(outcome -> {
        assertThat(((Quarantined) outcome).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
        assertThat(((Quarantined) outcome).detail()).contains(kind.getKey());
      });
    }
  }

  @Test
  void binaryTextIsHeldToTheRuleOfJsonLines() throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType("message m { optional binary text; }");
    byte[][] texts = {
        "fine text".getBytes(StandardCharsets.UTF_8),
        {'a', ' ', 'N', 'U', 'L', 0, 'b'},
        {'c', 'a', 'f', (byte) 0xe9},
    };
    List<Consumer<Group>> rows = new ArrayList<>();
    for (byte[] text : texts) {
      rows.add(g -> g.append("text", Binary.fromConstantByteArray(text)));
    }
    List<ReadOutcome> outcomes = readAll(write(schema, rows), DEFAULTS);
    assertThat(((ParsedDocument) outcomes.get(0)).text()).isEqualTo("fine text");
    assertThat(((Quarantined) outcomes.get(1)).reason().id()).isEqualTo("binary_content");
    assertThat(((Quarantined) outcomes.get(2)).reason().id()).isEqualTo("invalid_encoding");
    // The same bytes as JSON lines end the same way.
    List<ReadOutcome> jsonl = drain(JsonlReader.open(new java.io.ByteArrayInputStream(
        TestTextDecoding.bytes("{\"text\":\"a NUL", 0, "b\"}\n{\"text\":\"caf", 0xe9, "\"}\n")),
        DEFAULTS));
    assertThat(jsonl).extracting(outcome -> ((Quarantined) outcome).reason())
        .containsExactly(((Quarantined) outcomes.get(1)).reason(),
            ((Quarantined) outcomes.get(2)).reason());
  }

  @Test
  void byteRangeSplitsReadEveryRowExactlyOnce() throws IOException {
    List<Consumer<Group>> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(hf("document number " + i, "id-" + i, "https://example.com/" + i));
    }
    Path file = write(HF, rows, b -> b.withRowGroupRowCountLimit(7));
    long length = Files.size(file);
    assertThat(rowGroups(file)).isEqualTo(15);

    List<String> whole = locators(read(file, 0, Long.MAX_VALUE, DEFAULTS));
    assertThat(whole).hasSize(100).first().isEqualTo("row:0");
    assertThat(whole).last().isEqualTo("row:99");

    for (int splits : new int[] {1, 2, 3, 5, 8, 13, 40}) {
      List<String> union = new ArrayList<>();
      long size = (length + splits - 1) / splits;
      for (long start = 0; start < length; start += size) {
        union.addAll(locators(read(file, start, Math.min(length, start + size), DEFAULTS)));
      }
      assertThat(union).as("%d splits", splits).containsExactlyElementsOf(whole);
    }
    // A split that holds no row group's start reads nothing.
    long second = block(file, 1).getStartingPos();
    assertThat(read(file, second + 1, second + 2, DEFAULTS)).isEmpty();
  }

  @Test
  void aCorruptRowGroupIsOneRowAndReadingGoesOn() throws IOException {
    List<Consumer<Group>> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(hf("row " + i, "id-" + i, null));
    }
    Path file = write(HF, rows, b -> b.withRowGroupRowCountLimit(10));
    byte[] bytes = Files.readAllBytes(file);
    ColumnChunkMetaData text = column(file, 1, "text");
    int middle = (int) (text.getStartingPos() + text.getTotalSize() - 12);
    Arrays.fill(bytes, middle, middle + 8, (byte) 0x33);
    Files.write(file, bytes);

    List<ReadOutcome> outcomes = readAll(file, DEFAULTS);

    assertThat(outcomes).hasSize(21);
    assertThat(outcomes.subList(0, 10)).allMatch(o -> o instanceof ParsedDocument);
    Quarantined damage = (Quarantined) outcomes.get(10);
    assertThat(damage.locator()).isEqualTo("row:10");
    assertThat(damage.reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
    assertThat(damage.detail()).startsWith("row group 1 ");
    assertThat(locators(outcomes.subList(11, 21)))
        .containsExactly("row:20", "row:21", "row:22", "row:23", "row:24", "row:25", "row:26",
            "row:27", "row:28", "row:29");
  }

  @Test
  void aTruncatedFileCannotBeOpened() throws IOException {
    Path file = write(HF, List.of(hf("text", "id", null)));
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = dir.resolve("truncated.parquet");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 10));

    assertThatThrownBy(() -> read(truncated, 0, Long.MAX_VALUE, DEFAULTS))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aFileThatIsNotParquetCannotBeOpened() throws IOException {
    Path file = dir.resolve("not.parquet");
    Files.writeString(file, "{\"text\": \"this is JSON\"}\n".repeat(10));

    assertThatThrownBy(() -> read(file, 0, Long.MAX_VALUE, DEFAULTS))
        .isInstanceOf(IOException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = CompressionCodecName.class,
      names = {"SNAPPY", "GZIP", "ZSTD"})
  void readsCompressedFiles(CompressionCodecName codec) throws IOException {
    Path file =
        write(HF, List.of(hf("compressed text", "z", null)), b -> b.withCompressionCodec(codec));

    assertThat(readAll(file, DEFAULTS))
        .singleElement()
        .extracting(o -> ((ParsedDocument) o).text())
        .isEqualTo("compressed text");
  }

  @Test
  void readsThroughHadoopInputFiles() throws IOException {
    Path file = write(HF, List.of(hf("via hadoop", "h", null)));
    HadoopInputFile input =
        HadoopInputFile.fromPath(
            new org.apache.hadoop.fs.Path(file.toUri()), new Configuration());

    try (RecordReader reader = ParquetRecordReader.open(input, 0, Long.MAX_VALUE, DEFAULTS)) {
      assertThat(((ParsedDocument) reader.next()).text()).isEqualTo("via hadoop");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aFailingStorageIsThrownNotQuarantined() throws IOException {
    List<Consumer<Group>> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(hf("row " + i, "id-" + i, null));
    }
    FailingFile file = new FailingFile(write(HF, rows, b -> b.withRowGroupRowCountLimit(10)));

    try (RecordReader reader = ParquetRecordReader.open(file, 0, Long.MAX_VALUE, DEFAULTS)) {
      file.failing = true;
      assertThatThrownBy(reader::hasNext)
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk on fire");
    }
  }

  @Test
  void anEmptyFileHasNoRows() throws IOException {
    assertThat(readAll(write(HF, List.of()), DEFAULTS)).isEmpty();
  }

  @Test
  void refusesAnInvalidRange() throws IOException {
    Path file = write(HF, List.of(hf("text", "id", null)));
    assertThatThrownBy(() -> read(file, 10, 5, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot ");
    assertThatThrownBy(() -> ParquetRecordReader.open(null, 0, 1, DEFAULTS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Cannot ");
  }

  // ---------------------------------------------------------------------------------------------

  private static Consumer<Group> hf(String text, String id, String url) {
    return g -> {
      g.append("text", text).append("id", id).append("dump", "CC-MAIN-2024-10")
          .append("score", 0.9).append("token_count", 3L);
      if (url != null) {
        g.append("url", url);
      }
    };
  }

  private Path write(MessageType schema, List<Consumer<Group>> rows) throws IOException {
    return write(schema, rows, UnaryOperator.identity());
  }

  /**
   * Writes rows with uncompressed, checksummed pages and no dictionary (easy to damage on purpose)
   * unless {@code settings} says otherwise.
   */
  private Path write(
      MessageType schema,
      List<Consumer<Group>> rows,
      UnaryOperator<ExampleParquetWriter.Builder> settings)
      throws IOException {
    Path file = Files.createTempFile(dir, "data", ".parquet");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    ExampleParquetWriter.Builder builder =
        ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withType(schema)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
            .withDictionaryEncoding(false)
            .withPageWriteChecksumEnabled(true);
    try (ParquetWriter<Group> writer = settings.apply(builder).build()) {
      for (Consumer<Group> row : rows) {
        Group group = groups.newGroup();
        row.accept(group);
        writer.write(group);
      }
    }
    return file;
  }

  private static List<ReadOutcome> readAll(Path file, ReaderOptions options) throws IOException {
    return read(file, 0, Long.MAX_VALUE, options);
  }

  private static List<ReadOutcome> read(Path file, long start, long end, ReaderOptions options)
      throws IOException {
    List<ReadOutcome> outcomes = new ArrayList<>();
    try (RecordReader reader =
        ParquetRecordReader.open(new LocalInputFile(file), start, end, options)) {
      reader.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  /** A local file whose disk can be made to fail. */
  private static final class FailingFile implements InputFile {
    private final Path path;
    private boolean failing;

    FailingFile(Path path) {
      this.path = path;
    }

    @Override
    public long getLength() throws IOException {
      return Files.size(path);
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      RandomAccessFile file = new RandomAccessFile(path.toFile(), "r");
      InputStream in =
          new InputStream() {
            @Override
            public int read() throws IOException {
              check();
              return file.read();
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
              check();
              return file.read(into, offset, length);
            }

            @Override
            public void close() throws IOException {
              file.close();
            }
          };
      return new DelegatingSeekableInputStream(in) {
        @Override
        public long getPos() throws IOException {
          return file.getFilePointer();
        }

        @Override
        public void seek(long position) throws IOException {
          file.seek(position);
        }
      };
    }

    private void check() throws IOException {
      if (failing) {
        throw new IOException("disk on fire");
      }
    }
  }

  private static List<String> locators(List<ReadOutcome> outcomes) {
    List<String> locators = outcomes.stream().map(ReadOutcome::locator).toList();
    assertThat(new HashSet<>(locators)).hasSameSizeAs(locators);
    return locators;
  }

  private static int rowGroups(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      return reader.getRowGroups().size();
    }
  }

  private static BlockMetaData block(Path file, int index) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      return reader.getRowGroups().get(index);
    }
  }

  private static ColumnChunkMetaData column(Path file, int group, String name)
      throws IOException {
    Set<String> seen = new HashSet<>();
    for (ColumnChunkMetaData column : block(file, group).getColumns()) {
      seen.add(column.getPath().toDotString());
      if (column.getPath().toDotString().equals(name)) {
        return column;
      }
    }
    throw new AssertionError("no column " + name + " in " + seen);
  }
}
