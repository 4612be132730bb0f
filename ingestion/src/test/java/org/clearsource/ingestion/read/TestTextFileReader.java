package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsource.ingestion.read.TestJsonlReader.compress;
import static org.clearsource.ingestion.read.TestJsonlReader.drain;
import static org.clearsource.ingestion.read.TestJsonlReader.failingAfter;
import static org.clearsource.ingestion.read.TestTextDecoding.bytes;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.clearsource.core.manifest.ReaderOptions;
import org.junit.jupiter.api.Test;

class TestTextFileReader {

  private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

  @Test
  void readsAUtf8FileAsOneDocumentTitledWithItsName() {
    String code = "public final class Hello {\n  // h\u00e9llo, \u4e16\u754c \ud83d\ude00\n}\n";
    assertThat(readOne(code.getBytes(StandardCharsets.UTF_8), "Hello.java"))
        .isEqualTo(new ParsedDocument("file", null, null, code, "Hello.java", null, null,
            Map.of(MetadataKeys.CHARSET, "UTF-8")));
  }

  @Test
  void dropsAUtf8ByteOrderMark() {
    ReadOutcome outcome = readOne(bytes(0xef, 0xbb, 0xbf, "caf\u00e9"), "a.txt");
    assertThat(((ParsedDocument) outcome).text()).isEqualTo("caf\u00e9");
  }

  @Test
  void decodesUtf16WithAByteOrderMark() {
    String text = "UTF-16 text: \u00e9\u4e16\ud83d\ude00";
    ParsedDocument little = (ParsedDocument) readOne(
        withOrderMark(0xff, 0xfe, text.getBytes(StandardCharsets.UTF_16LE)), "le.txt");
    ParsedDocument big = (ParsedDocument) readOne(
        withOrderMark(0xfe, 0xff, text.getBytes(StandardCharsets.UTF_16BE)), "be.txt");
    assertThat(little.text()).isEqualTo(text);
    assertThat(little.metadata()).containsEntry(MetadataKeys.CHARSET, "UTF-16LE");
    assertThat(big.text()).isEqualTo(text);
    assertThat(big.metadata()).containsEntry(MetadataKeys.CHARSET, "UTF-16BE");
  }

  @Test
  void decodesLegacyCharsetsAndNamesThem() {
    // An old C source: ASCII but for a Latin-1 copyright sign.
    ParsedDocument latin1 = (ParsedDocument) readOne(
        bytes("/* Copyright ", 0xa9, " 1994 The Regents. All rights reserved. */\nint x;\n"),
        "old.c");
    assertThat(latin1.text()).startsWith("/* Copyright \u00a9 1994 The Regents.");
    assertThat(latin1.metadata().get(MetadataKeys.CHARSET)).isIn("ISO-8859-1", "windows-1252");
    // Windows-1252's curly quotes (0x93, 0x94) are C1 controls in Latin-1.
    ParsedDocument windows = (ParsedDocument) readOne(
        bytes("He said ", 0x93, "caf", 0xe9, 0x94, " twice."), "quote.txt");
    assertThat(windows.text()).isEqualTo("He said \u201ccaf\u00e9\u201d twice.");
    assertThat(windows.metadata()).containsEntry(MetadataKeys.CHARSET, "windows-1252");
    // A multi-byte legacy charset the detector is sure of.
    String japanese = "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3067\u3059\u3002"
        + "\u3053\u308c\u306f\u30c6\u30b9\u30c8\u3067\u3059\u3002";
    ParsedDocument shiftJis = (ParsedDocument) readOne(
        (japanese + japanese).getBytes(java.nio.charset.Charset.forName("Shift_JIS")), "ja.txt");
    assertThat(shiftJis.text()).isEqualTo(japanese + japanese);
    assertThat(shiftJis.metadata()).containsEntry(MetadataKeys.CHARSET, "Shift_JIS");
  }

  @Test
  void quarantinesContentThatIsNeitherUtf8NorLegacyText() {
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 0xe9);
    }
    Quarantined binary = (Quarantined) readOne(controls, "blob.dat");
    assertThat(binary.reason()).isEqualTo(QuarantineReason.BINARY_CONTENT);
    assertThat(binary.detail()).contains("control bytes");
  }

  @Test
  void quarantinesUndecodableBytes() {
    // Half a UTF-16 code unit at the end.
    Quarantined odd = (Quarantined) readOne(bytes(0xff, 0xfe, "a", 0, "b"), "odd.txt");
    assertThat(odd.reason()).isEqualTo(QuarantineReason.INVALID_ENCODING);
    assertThat(odd.detail()).startsWith("invalid UTF-16LE");
    // A lone surrogate.
    Quarantined lone = (Quarantined) readOne(bytes(0xfe, 0xff, 0xd8, 0x00, 0, "a"), "lone.txt");
    assertThat(lone.reason()).isEqualTo(QuarantineReason.INVALID_ENCODING);
  }

  @Test
  void quarantinesNulBytesInTheFirst8KibAsBinary() {
    Quarantined binary = (Quarantined) readOne(bytes("ELF", 0, 1, 2), "a.out");
    assertThat(binary.reason()).isEqualTo(QuarantineReason.BINARY_CONTENT);
    assertThat(binary.detail()).contains("NUL bytes", "at byte 3");
    assertThat(binary.excerpt()).isEqualTo("ELF\\u0000\\u0001\\u0002");
    byte[] lateNul = new byte[TextDecoding.SNIFF_BYTES - 1];
    Arrays.fill(lateNul, (byte) 'a');
    lateNul[lateNul.length - 1] = 0;
    assertThat(((Quarantined) readOne(lateNul, "late.txt")).reason())
        .isEqualTo(QuarantineReason.BINARY_CONTENT);
    // Past the first 8 KiB a NUL is valid UTF-8 like any other character.
    byte[] laterNul = new byte[TextDecoding.SNIFF_BYTES + 10];
    Arrays.fill(laterNul, (byte) 'a');
    laterNul[TextDecoding.SNIFF_BYTES + 1] = 0;
    assertThat(((ParsedDocument) readOne(laterNul, "later.txt")).text()).contains("\u0000");
    // UTF-16 is full of NUL bytes; only NUL characters count.
    byte[] utf16Nul = withOrderMark(0xff, 0xfe, "a\u0000b".getBytes(StandardCharsets.UTF_16LE));
    assertThat(((Quarantined) readOne(utf16Nul, "nul16.txt")).reason())
        .isEqualTo(QuarantineReason.BINARY_CONTENT);
  }

  @Test
  void quarantinesACompressedFileAsBinaryRatherThanDescendingIntoIt() throws IOException {
    byte[] gzip = compress(Compression.GZIP, bytes("hello"));
    Quarantined nested = (Quarantined) readOne(gzip, "inner.txt.gz");
    assertThat(nested.reason()).isEqualTo(QuarantineReason.BINARY_CONTENT);
    assertThat(nested.detail()).contains("gzip");
  }

  @Test
  void quarantinesEmptyAndBlankFiles() {
    assertThat(readOne(new byte[0], "empty.txt"))
        .isEqualTo(new Quarantined("file", QuarantineReason.EMPTY_TEXT, "the content is empty",
            null));
    Quarantined blank = (Quarantined) readOne(bytes(" \n\t\r\n"), "blank.txt");
    assertThat(blank.reason()).isEqualTo(QuarantineReason.EMPTY_TEXT);
    assertThat(blank.detail()).isEqualTo("the text is whitespace only");
    assertThat(((Quarantined) readOne(bytes(0xef, 0xbb, 0xbf), "bom.txt")).reason())
        .isEqualTo(QuarantineReason.EMPTY_TEXT);
  }

  @Test
  void quarantinesAFileOverTheLimitWithoutReadingOn() {
    ReaderOptions options = ReaderOptions.builder().maxRecordBytes(10_000).build();
    CountingStream in = new CountingStream(
        new TestJsonlReader.RepeatingStream((byte) 'z', 1L << 30));
    List<ReadOutcome> outcomes = drain(TextFileReader.open(in, "file", "big.txt", options));
    assertThat(outcomes)
        .containsExactly(new Quarantined("file", QuarantineReason.RECORD_TOO_LARGE,
            "more than the limit of 10000 bytes", "z".repeat(160)));
    assertThat(in.count).isEqualTo(10_001);
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() {
    ReaderOptions options = ReaderOptions.builder().maxRecordBytes(20_000).build();
    byte[] exact = new byte[20_000];
    Arrays.fill(exact, (byte) 'q');
    assertThat(drain(TextFileReader.open(new ByteArrayInputStream(exact), "file", "q", options)))
        .singleElement()
        .isInstanceOf(ParsedDocument.class);
    byte[] small = bytes("abc");
    ReaderOptions tiny = ReaderOptions.builder().maxRecordBytes(3).build();
    assertThat(drain(TextFileReader.open(new ByteArrayInputStream(small), "file", "s", tiny)))
        .singleElement()
        .isInstanceOf(ParsedDocument.class);
    ReaderOptions tooTiny = ReaderOptions.builder().maxRecordBytes(2).build();
    assertThat(drain(TextFileReader.open(new ByteArrayInputStream(small), "file", "s", tooTiny)))
        .singleElement()
        .extracting(outcome -> ((Quarantined) outcome).reason())
        .isEqualTo(QuarantineReason.RECORD_TOO_LARGE);
  }

  @Test
  void endsWithOneRowWhenTheStreamBreaks() throws IOException {
    assertThat(drain(TextFileReader.open(
            failingAfter(bytes("partial"), new EOFException()), "file", "p.txt", DEFAULTS)))
        .containsExactly(new Quarantined("file", QuarantineReason.TRUNCATED_INPUT,
            "input ends early (EOFException)", "partial"));
    assertThat(drain(TextFileReader.open(
            failingAfter(bytes("partial"), new IOException("bad sector")), "file", "p.txt",
            DEFAULTS)))
        .containsExactly(new Quarantined("file", QuarantineReason.CORRUPT_INPUT,
            "input is damaged (IOException: bad sector)", "partial"));
    byte[] gzip = compress(Compression.GZIP, "x".repeat(5000).getBytes(StandardCharsets.UTF_8));
    InputStream cut = Compression.GZIP.decompress(
        new ByteArrayInputStream(gzip, 0, gzip.length - 4));
    assertThat(drain(TextFileReader.open(cut, "file", "cut.txt", DEFAULTS)))
        .singleElement()
        .extracting(outcome -> ((Quarantined) outcome).reason())
        .isEqualTo(QuarantineReason.TRUNCATED_INPUT);
  }

  @Test
  void yieldsExactlyOneOutcome() throws IOException {
    RecordReader reader =
        TextFileReader.open(new ByteArrayInputStream(bytes("one")), "file", "one.txt", DEFAULTS);
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.next()).isInstanceOf(ParsedDocument.class);
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("Cannot");
    reader.close();
  }

  private static ReadOutcome readOne(byte[] content, String name) {
    List<ReadOutcome> outcomes =
        drain(TextFileReader.open(new ByteArrayInputStream(content), "file", name, DEFAULTS));
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  private static byte[] withOrderMark(int first, int second, byte[] encoded) {
    byte[] out = new byte[encoded.length + 2];
    out[0] = (byte) first;
    out[1] = (byte) second;
    System.arraycopy(encoded, 0, out, 2, encoded.length);
    return out;
  }

  /** Counts the bytes read through it. */
  static final class CountingStream extends InputStream {
    private final InputStream in;
    long count;

    CountingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
