package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsource.ingestion.read.TestJsonlReader.compress;
import static org.clearsource.ingestion.read.TestJsonlReader.drain;
import static org.clearsource.ingestion.read.TestTextDecoding.bytes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.clearsource.core.manifest.ReaderOptions;
import org.junit.jupiter.api.Test;

class TestArchiveReader {

  private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();
  private static final ArchiveLimits LIMITS = ArchiveLimits.defaults();

  private static final byte[] A_TEXT = bytes("alpha text\n");
  private static final byte[] B_TEXT = bytes("# Beta \u00e9\n");
  private static final byte[] MAC_RESOURCE = bytes(0, 5, 22, 7, 0, 2, 0, 0, "Mac OS X");

  @Test
  void readsTheRegularFilesOfATarAndSkipsEverythingElse() {
    byte[] tar = new TarBuilder()
        .dir("docs/")
        .file("docs/a.txt", A_TEXT)
        .dir("docs/nested/deeper/")
        .file("docs/nested/deeper/b.md", B_TEXT)
        .link("docs/link-to-a", "a.txt", TarConstants.LF_SYMLINK)
        .link("docs/hard-a", "docs/a.txt", TarConstants.LF_LINK)
        .link("docs/fifo", "", TarConstants.LF_FIFO)
        .file(".DS_Store", bytes("kept as a record"))
        .file("__MACOSX/docs/._a.txt", MAC_RESOURCE)
        .build();
    assertThat(read(tar, ContentFormat.TAR)).isEqualTo(expectedMembers());
  }

  @Test
  void readsATarGzOnceDecompressed() throws IOException {
    byte[] tar = new TarBuilder()
        .file("docs/a.txt", A_TEXT)
        .file("docs/nested/deeper/b.md", B_TEXT)
        .build();
    InputStream in = Compression.GZIP.decompress(
        new ByteArrayInputStream(compress(Compression.GZIP, tar)));
    assertThat(drain(ArchiveReader.open(in, ContentFormat.TAR, DEFAULTS, LIMITS)))
        .isEqualTo(expectedMembers().subList(0, 2));
  }

  @Test
  void readsTheRegularFilesOfAZipWithDirectories() {
    byte[] zip = new ZipBuilder()
        .dir("docs/")
        .file("docs/a.txt", A_TEXT)
        .dir("docs/nested/")
        .dir("docs/nested/deeper/")
        .file("docs/nested/deeper/b.md", B_TEXT)
        .file(".DS_Store", bytes("kept as a record"))
        .file("__MACOSX/docs/._a.txt", MAC_RESOURCE)
        .build();
    assertThat(read(zip, ContentFormat.ZIP)).isEqualTo(expectedMembers());
  }

  @Test
  void quarantinesBinaryMembersAndNestedArchivesAndReadsOn() throws IOException {
    byte[] innerZip = new ZipBuilder().file("inner.txt", A_TEXT).build();
    byte[] innerTarGz = compress(Compression.GZIP, new TarBuilder().file("t", A_TEXT).build());
    byte[] zip = new ZipBuilder()
        .file("inner.zip", innerZip)
        .file("inner.tar.gz", innerTarGz)
        .file("image.png", bytes(0x89, "PNG\r\n", 0x1a, "\n", 0, 0, 0, 13, "IHDR"))
        .file("after.txt", A_TEXT)
        .build();
    List<ReadOutcome> outcomes = read(zip, ContentFormat.ZIP);
    assertThat(outcomes).hasSize(4);
    assertThat(quarantined(outcomes.get(0)).reason()).isEqualTo(QuarantineReason.BINARY_CONTENT);
    assertThat(quarantined(outcomes.get(0)).detail()).contains("nested zip archive");
    assertThat(quarantined(outcomes.get(1)).detail()).contains("nested gzip stream");
    assertThat(quarantined(outcomes.get(2)).detail()).contains("NUL bytes");
    assertThat(outcomes.get(2).locator()).isEqualTo("entry:image.png");
    assertThat(outcomes.get(3)).isInstanceOf(ParsedDocument.class);
  }

  @Test
  void decodesMembersByTheRulesOfTextFiles() {
    String utf16 = "UTF-16 \u4e16\u754c";
    byte[] zip = new ZipBuilder()
        .file("latin1.txt", bytes("/* Copyright ", 0xa9, " 1994 caf", 0xe9, " */"))
        .file("empty.txt", new byte[0])
        .file("utf16.txt", withUtf16OrderMark(utf16))
        .file("bom.txt", bytes(0xef, 0xbb, 0xbf, "bom"))
        .build();
    List<ReadOutcome> outcomes = read(zip, ContentFormat.ZIP);
    assertThat(outcomes.get(0)).isInstanceOfSatisfying(ParsedDocument.class, latin1 -> {
      assertThat(latin1.text()).isEqualTo("/* Copyright \u00a9 1994 caf\u00e9 */");
      assertThat(latin1.metadata().get(MetadataKeys.CHARSET)).isIn("ISO-8859-1", "windows-1252");
    });
    assertThat(quarantined(outcomes.get(1)).reason()).isEqualTo(QuarantineReason.EMPTY_TEXT);
    assertThat(((ParsedDocument) outcomes.get(2)).text()).isEqualTo(utf16);
    assertThat(((ParsedDocument) outcomes.get(3)).text()).isEqualTo("bom");
  }

  @Test
  void repeatedMemberPathsGetLocatorsOfTheirOwn() {
    for (ContentFormat format : List.of(ContentFormat.TAR, ContentFormat.ZIP)) {
      byte[] archive = builder(format)
          .file("docs/a.txt", bytes("first a"))
          .file("docs/a.txt", bytes("second a"))
          .file("#1:docs/a.txt", bytes("a name that looks like a repeat"))
          .file("docs/a.txt", bytes("third a"))
          .build();
      List<ReadOutcome> outcomes = read(archive, format);
      assertThat(outcomes).as(format.id()).extracting(ReadOutcome::locator).containsExactly(
          "entry:docs/a.txt", "entry:#1:docs/a.txt", "entry:#2:#1:docs/a.txt",
          "entry:#3:docs/a.txt");
      assertThat(outcomes).extracting(outcome -> ((ParsedDocument) outcome).text())
          .containsExactly("first a", "second a", "a name that looks like a repeat", "third a");
      // The same archive gives the same locators on every read.
      assertThat(read(archive, format)).isEqualTo(outcomes);
    }
  }

  @Test
  void quarantinesAZipBombWithoutHoldingItAndReadsOn() {
    // 50 MiB of zeros compress about a thousandfold; a text bomb of one letter does the same.
    byte[] zip = new ZipBuilder()
        .file("before.txt", A_TEXT)
        .repeated("bomb.bin", (byte) 0, 50L << 20)
        .repeated("bomb.txt", (byte) 'a', 50L << 20)
        .file("after.txt", B_TEXT)
        .build();
    assertThat(zip.length).isLessThan(200_000);
    ArchiveLimits limits = new ArchiveLimits(64L << 20, 1L << 30, 100, 1000);
    List<ReadOutcome> outcomes =
        drain(ArchiveReader.open(new ByteArrayInputStream(zip), ContentFormat.ZIP, DEFAULTS,
            limits));
    assertThat(outcomes).hasSize(4);
    assertThat(outcomes.get(0)).isInstanceOf(ParsedDocument.class);
    assertThat(outcomes.get(1))
        .isEqualTo(new Quarantined("entry:bomb.bin", QuarantineReason.EXPANSION_LIMIT,
            "the member expands more than 100 times its compressed size (a decompression bomb?)",
            null));
    assertThat(quarantined(outcomes.get(2)).reason()).isEqualTo(QuarantineReason.EXPANSION_LIMIT);
    assertThat(((ParsedDocument) outcomes.get(3)).text()).isEqualTo("# Beta \u00e9\n");
  }

  @Test
  void smallRepetitiveMembersAreNotTakenForBombs() {
    // Half a MiB of spaces and a word compresses far beyond any ratio, but stays under the grace.
    byte[] text = (" ".repeat(500_000) + "word").getBytes(StandardCharsets.UTF_8);
    byte[] zip = new ZipBuilder().file("sparse.txt", text).build();
    ArchiveLimits limits = new ArchiveLimits(64L << 20, 1L << 30, 10, 1000);
    assertThat(drain(ArchiveReader.open(new ByteArrayInputStream(zip), ContentFormat.ZIP,
            DEFAULTS, limits)))
        .singleElement()
        .isInstanceOf(ParsedDocument.class);
  }

  @Test
  void quarantinesMembersOverTheEntryLimitAndReadsOn() {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'b');
    ArchiveLimits limits = new ArchiveLimits(1000, 1L << 30, 200, 1000);
    byte[] tar = new TarBuilder().file("big.txt", big).file("small.txt", A_TEXT).build();
    List<ReadOutcome> fromTar = drain(ArchiveReader.open(
        new ByteArrayInputStream(tar), ContentFormat.TAR, DEFAULTS, limits));
    assertThat(fromTar.get(0))
        .isEqualTo(new Quarantined("entry:big.txt", QuarantineReason.RECORD_TOO_LARGE,
            "member of 5000 bytes is over the limit of 1000 bytes", null));
    assertThat(fromTar.get(1)).isInstanceOf(ParsedDocument.class);
    // A streamed zip member's size is unknown until it has been read: found while reading.
    byte[] zip = new ZipBuilder().file("big.txt", big).file("small.txt", A_TEXT).build();
    List<ReadOutcome> fromZip = drain(ArchiveReader.open(
        new ByteArrayInputStream(zip), ContentFormat.ZIP, DEFAULTS, limits));
    assertThat(fromZip.get(0))
        .isEqualTo(new Quarantined("entry:big.txt", QuarantineReason.RECORD_TOO_LARGE,
            "more than the limit of 1000 bytes", Quarantined.escape("b".repeat(160))));
    assertThat(fromZip.get(1)).isInstanceOf(ParsedDocument.class);
    // The reader options' record limit applies to members too.
    ReaderOptions small = ReaderOptions.builder().maxRecordBytes(1000).build();
    assertThat(quarantined(drain(ArchiveReader.open(
            new ByteArrayInputStream(tar), ContentFormat.TAR, small, LIMITS)).get(0)).reason())
        .isEqualTo(QuarantineReason.RECORD_TOO_LARGE);
  }

  @Test
  void stopsWithOneRowOnceTheArchiveExpandsTooFar() {
    byte[] chunk = new byte[4000];
    Arrays.fill(chunk, (byte) 'c');
    ArchiveLimits limits = new ArchiveLimits(1L << 20, 10_000, 200, 1000);
    for (ContentFormat format : List.of(ContentFormat.TAR, ContentFormat.ZIP)) {
      byte[] archive = builder(format)
          .file("1.txt", chunk).file("2.txt", chunk).file("3.txt", chunk).file("4.txt", chunk)
          .build();
      List<ReadOutcome> outcomes = drain(ArchiveReader.open(
          new ByteArrayInputStream(archive), format, DEFAULTS, limits));
      assertThat(outcomes).as(format.id()).hasSize(3);
      assertThat(outcomes.subList(0, 2)).allMatch(outcome -> outcome instanceof ParsedDocument);
      assertThat(outcomes.get(2))
          .isEqualTo(new Quarantined("entry:3.txt", QuarantineReason.EXPANSION_LIMIT,
              "the archive expands beyond 10000 bytes; reading stopped", null));
    }
  }

  @Test
  void stopsWithOneRowOnceTheArchiveHasTooManyEntries() {
    ArchiveLimits limits = new ArchiveLimits(1L << 20, 1L << 30, 200, 3);
    byte[] zip = new ZipBuilder()
        .dir("d/").file("d/1.txt", A_TEXT).file("d/2.txt", A_TEXT).file("d/3.txt", A_TEXT)
        .file("d/4.txt", A_TEXT)
        .build();
    List<ReadOutcome> outcomes = drain(ArchiveReader.open(
        new ByteArrayInputStream(zip), ContentFormat.ZIP, DEFAULTS, limits));
    assertThat(outcomes).extracting(ReadOutcome::locator)
        .containsExactly("entry:d/1.txt", "entry:d/2.txt", "entry:d/3.txt");
    assertThat(quarantined(outcomes.get(2)).reason()).isEqualTo(QuarantineReason.EXPANSION_LIMIT);
    assertThat(quarantined(outcomes.get(2)).detail()).contains("more than 3 entries");
  }

  @Test
  void aTarCutInsideAMemberEndsWithOneTruncationRowThere() {
    byte[][] contents = {repeatedText("first ", 700), repeatedText("second ", 300),
        repeatedText("third ", 1000)};
    TarBuilder builder = new TarBuilder();
    for (int i = 0; i < contents.length; i++) {
      builder.file("m" + i + ".txt", contents[i]);
    }
    byte[] tar = builder.build();
    long[] dataStart = new long[contents.length];
    long at = 0;
    for (int i = 0; i < contents.length; i++) {
      dataStart[i] = at + 512;
      at = dataStart[i] + (contents[i].length + 511) / 512 * 512;
    }
    for (int cut = 0; cut < tar.length; cut++) {
      List<ReadOutcome> outcomes = read(Arrays.copyOf(tar, cut), ContentFormat.TAR);
      assertEndsCleanly(outcomes, contents, "tar cut at " + cut);
      for (int i = 0; i < contents.length; i++) {
        if (cut > dataStart[i] && cut < dataStart[i] + contents[i].length) {
          assertThat(outcomes).as("tar cut at %d", cut).hasSize(i + 1);
          Quarantined row = quarantined(outcomes.get(i));
          assertThat(row.locator()).isEqualTo("entry:m" + i + ".txt");
          assertThat(row.reason()).isEqualTo(QuarantineReason.TRUNCATED_INPUT);
          assertThat(row.detail())
              .isEqualTo("input ends early (IOException: Truncated TAR archive)");
          // The excerpt is of the part that was read before the cut.
          assertThat(new String(contents[i], StandardCharsets.UTF_8)).startsWith(row.excerpt());
        }
      }
    }
  }

  @Test
  void aZipCutInsideAMemberEndsWithOneTruncationRowThere() {
    byte[][] contents = {repeatedText("first ", 700), repeatedText("second ", 300),
        repeatedText("third ", 1000)};
    ZipBuilder builder = new ZipBuilder();
    List<Long> ends = new ArrayList<>();
    for (int i = 0; i < contents.length; i++) {
      builder.file("m" + i + ".txt", contents[i]);
      ends.add(builder.written());
    }
    byte[] zip = builder.build();
    for (int cut = 0; cut < zip.length; cut++) {
      assertEndsCleanly(read(Arrays.copyOf(zip, cut), ContentFormat.ZIP), contents,
          "zip cut at " + cut);
    }
    // The middle of the second member's compressed data.
    int cut = (int) ((ends.get(0) + ends.get(1)) / 2);
    List<ReadOutcome> outcomes = read(Arrays.copyOf(zip, cut), ContentFormat.ZIP);
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0)).isInstanceOf(ParsedDocument.class);
    assertThat(outcomes.get(1).locator()).isEqualTo("entry:m1.txt");
    assertThat(quarantined(outcomes.get(1)).reason()).isEqualTo(QuarantineReason.TRUNCATED_INPUT);
  }

  @Test
  void anArchiveCutInsideAMemberBeingSkippedEndsWithOneTruncationRowThere() {
    // Random letters, so that the second member's compressed data is long enough to cut into
    // past the part read before the limit.
    Random random = new Random(9);
    byte[] second = new byte[20_000];
    for (int i = 0; i < second.length; i++) {
      second[i] = (byte) ('a' + random.nextInt(26));
    }
    byte[] first = repeatedText("first ", 700);
    ReaderOptions small = ReaderOptions.builder().maxRecordBytes(1000).build();
    byte[] tar = new TarBuilder().file("m0.txt", first).file("m1.txt", second).build();
    int tarCut = 512 + 4608 + 512 + 5000;
    ZipBuilder zipBuilder = new ZipBuilder().file("m0.txt", first);
    long firstEnd = zipBuilder.written();
    zipBuilder.file("m1.txt", second);
    long secondEnd = zipBuilder.written();
    byte[] zip = zipBuilder.build();
    int zipCut = (int) ((firstEnd + secondEnd) / 2);
    for (ContentFormat format : List.of(ContentFormat.TAR, ContentFormat.ZIP)) {
      byte[] cut = format == ContentFormat.TAR
          ? Arrays.copyOf(tar, tarCut)
          : Arrays.copyOf(zip, zipCut);
      List<ReadOutcome> outcomes =
          drain(ArchiveReader.open(new ByteArrayInputStream(cut), format, small, LIMITS));
      assertThat(outcomes).as(format.id()).extracting(ReadOutcome::locator)
          .containsExactly("entry:m0.txt", "entry:m1.txt");
      assertThat(quarantined(outcomes.get(0)).reason())
          .isEqualTo(QuarantineReason.RECORD_TOO_LARGE);
      assertThat(quarantined(outcomes.get(1)).reason())
          .as(format.id())
          .isEqualTo(QuarantineReason.TRUNCATED_INPUT);
    }
  }

  @Test
  void quarantinesAnEncryptedMemberAndReadsOn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      // Stored with its sizes up front, as encrypting tools write it, so a reader can skip it.
      ZipArchiveEntry secret = new ZipArchiveEntry("secret.txt");
      secret.setMethod(ZipArchiveEntry.STORED);
      secret.setSize(A_TEXT.length);
      CRC32 crc = new CRC32();
      crc.update(A_TEXT);
      secret.setCrc(crc.getValue());
      zip.putArchiveEntry(secret);
      zip.write(A_TEXT);
      zip.closeArchiveEntry();
      zip.putArchiveEntry(new ZipArchiveEntry("plain.txt"));
      zip.write(B_TEXT);
      zip.closeArchiveEntry();
    }
    byte[] archive = bytes.toByteArray();
    // Commons Compress writes no encrypted members: set the flag bit in the first local header.
    archive[6] |= 1;
    List<ReadOutcome> outcomes = read(archive, ContentFormat.ZIP);
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0))
        .isEqualTo(new Quarantined("entry:secret.txt", QuarantineReason.CORRUPT_INPUT,
            "the member is encrypted or uses an unsupported compression method", null));
    assertThat(((ParsedDocument) outcomes.get(1)).text()).isEqualTo("# Beta \u00e9\n");
  }

  @Test
  void aDamagedHeaderEndsWithOneCorruptRowAtThatEntry() {
    byte[] tar = new TarBuilder().file("one.txt", A_TEXT).file("two.txt", A_TEXT).build();
    // The second header's checksum field, no longer an octal number.
    tar[1024 + 148] = 'x';
    assertThat(read(tar, ContentFormat.TAR))
        .extracting(ReadOutcome::locator)
        .containsExactly("entry:one.txt", "entry:#1");
    assertThat(quarantined(read(tar, ContentFormat.TAR).get(1)).reason())
        .isEqualTo(QuarantineReason.CORRUPT_INPUT);
    byte[] zip = new ZipBuilder().file("one.txt", A_TEXT).build();
    byte[] garbage = Arrays.copyOf(zip, zip.length + 10);
    // Where the central directory's signature should be, something else.
    int central = indexOf(zip, new byte[] {'P', 'K', 1, 2});
    garbage[central + 2] = 9;
    List<ReadOutcome> outcomes = read(garbage, ContentFormat.ZIP);
    assertThat(outcomes).extracting(ReadOutcome::locator)
        .containsExactly("entry:one.txt", "entry:#1");
    assertThat(quarantined(outcomes.get(1)).reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
  }

  @Test
  void readsOnlyTarAndZipAndClosesItsStream() throws IOException {
    assertThatThrownBy(() -> ArchiveReader.open(
            InputStream.nullInputStream(), ContentFormat.JSONL, DEFAULTS, LIMITS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read JSONL content as an archive");
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(new ZipBuilder().build()) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    RecordReader reader = ArchiveReader.open(in, ContentFormat.ZIP, DEFAULTS, LIMITS);
    assertThat(reader.hasNext()).isFalse();
    reader.close();
    assertThat(closed).isTrue();
  }

  @Test
  void refusesLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> new ArchiveLimits(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot");
    assertThat(ArchiveLimits.defaults())
        .isEqualTo(new ArchiveLimits(32L << 20, 64L << 30, 200, 1_000_000));
    assertThat(ArchiveLimits.defaults(1000).maxEntryBytes()).isEqualTo(1000);
  }

  /** No exception, an in-order prefix of the members as documents, at most one last error row. */
  private static void assertEndsCleanly(
      List<ReadOutcome> outcomes, byte[][] contents, String context) {
    for (int i = 0; i < outcomes.size(); i++) {
      ReadOutcome outcome = outcomes.get(i);
      assertThat(outcome.locator()).as(context).isIn("entry:m" + i + ".txt", "entry:#" + i);
      if (outcome instanceof Quarantined row) {
        assertThat(i).as(context).isEqualTo(outcomes.size() - 1);
        assertThat(row.reason())
            .as(context)
            .isIn(QuarantineReason.TRUNCATED_INPUT, QuarantineReason.CORRUPT_INPUT);
      } else {
        assertThat(((ParsedDocument) outcome).text())
            .as(context)
            .isEqualTo(new String(contents[i], StandardCharsets.UTF_8));
      }
    }
  }

  private static List<ReadOutcome> expectedMembers() {
    return List.of(
        member("docs/a.txt", "a.txt", "alpha text\n"),
        member("docs/nested/deeper/b.md", "b.md", "# Beta \u00e9\n"),
        member(".DS_Store", ".DS_Store", "kept as a record"),
        Quarantined.of("entry:__MACOSX/docs/._a.txt", QuarantineReason.BINARY_CONTENT,
            "NUL bytes in the first 8192 bytes (at byte 0)", MAC_RESOURCE, MAC_RESOURCE.length));
  }

  private static ParsedDocument member(String path, String title, String text) {
    return new ParsedDocument("entry:" + path, null, null, text, title, null, null,
        Map.of(MetadataKeys.ARCHIVE_ENTRY, path, MetadataKeys.CHARSET, "UTF-8"));
  }

  private static List<ReadOutcome> read(byte[] archive, ContentFormat format) {
    return drain(ArchiveReader.open(new ByteArrayInputStream(archive), format, DEFAULTS, LIMITS));
  }

  private static Quarantined quarantined(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(Quarantined.class);
    return (Quarantined) outcome;
  }

  private static byte[] repeatedText(String word, int times) {
    return word.repeat(times).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withUtf16OrderMark(String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[encoded.length + 2];
    out[0] = (byte) 0xff;
    out[1] = (byte) 0xfe;
    System.arraycopy(encoded, 0, out, 2, encoded.length);
    return out;
  }

  private static int indexOf(byte[] bytes, byte[] needle) {
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("needle not found");
  }

  private static ArchiveBuilder builder(ContentFormat format) {
    return format == ContentFormat.TAR ? new TarBuilder() : new ZipBuilder();
  }

  /** Builds a small archive in memory. */
  private interface ArchiveBuilder {
    ArchiveBuilder file(String name, byte[] content);

    byte[] build();
  }

  private static final class TarBuilder implements ArchiveBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    @Override
    public TarBuilder file(String name, byte[] content) {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(content.length);
      return put(entry, content);
    }

    TarBuilder dir(String name) {
      return put(new TarArchiveEntry(name), new byte[0]);
    }

    TarBuilder link(String name, String target, byte flag) {
      TarArchiveEntry entry = new TarArchiveEntry(name, flag);
      entry.setLinkName(target);
      return put(entry, new byte[0]);
    }

    private TarBuilder put(TarArchiveEntry entry, byte[] content) {
      try {
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    @Override
    public byte[] build() {
      try {
        tar.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }

  private static final class ZipBuilder implements ArchiveBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Written as a stream, so sizes come after the data, as in most zips found in the wild.
    private final ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes);

    @Override
    public ZipBuilder file(String name, byte[] content) {
      try {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(content);
        zip.closeArchiveEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    ZipBuilder dir(String name) {
      return file(name, new byte[0]);
    }

    /** A member of {@code count} copies of one byte, never held whole in memory. */
    ZipBuilder repeated(String name, byte value, long count) {
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, value);
      try {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        for (long left = count; left > 0; left -= block.length) {
          zip.write(block, 0, (int) Math.min(block.length, left));
        }
        zip.closeArchiveEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    long written() {
      return zip.getBytesWritten();
    }

    @Override
    public byte[] build() {
      try {
        zip.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }
}
