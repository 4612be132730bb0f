package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import com.github.luben.zstd.ZstdOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.inventory.InventoryEntry;
import org.clearsource.ingestion.plan.ReadTask;
import org.clearsource.ingestion.read.FileReaders.OnUnreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFileReaders {

  @TempDir Path dir;

  private static final byte[] JSONL =
      "{\"text\":\"first record\"}\n{\"text\":\"second record\"}\n".getBytes(StandardCharsets.UTF_8);

  private ReadTask task(Path file, Compression compression, ContentFormat format) throws IOException {
    long size = Files.exists(file) ? Files.size(file) : 10;
    ListedFile listed = new ListedFile("s", new org.apache.hadoop.fs.Path(file.toUri()), file.getFileName().toString(),
        size, 0);
    return new ReadTask(new InventoryEntry(listed, compression, format, "00", null), 0,
        Long.MAX_VALUE, ReaderOptions.defaults(), false);
  }

  private static List<ReadOutcome> readAll(RecordReader reader) throws IOException {
    List<ReadOutcome> outcomes = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static byte[] compress(byte[] content, boolean bzip2) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = bzip2 ? new BZip2CompressorOutputStream(buffer)
        : new GZIPOutputStream(buffer)) {
      out.write(content);
    }
    return buffer.toByteArray();
  }

  @Test
  void readsCompressedJsonlThroughTheHadoopFileSystem() throws IOException {
    Path file = dir.resolve("a.jsonl.gz");
    Files.write(file, compress(JSONL, false));
    List<ReadOutcome> outcomes = readAll(FileReaders.open(
        task(file, Compression.GZIP, ContentFormat.JSONL), new Configuration(), OnUnreadable.FAIL));
    assertThat(outcomes).extracting(outcome -> ((ParsedDocument) outcome).text())
        .containsExactly("first record", "second record");
  }

  @Test
  void aStreamDamagedBeforeItsFirstRecordIsOneQuarantinedRecord() throws IOException {
    Path file = dir.resolve("cut.jsonl.bz2");
    byte[] whole = compress(JSONL, true);
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    List<ReadOutcome> outcomes = readAll(FileReaders.open(
        task(file, Compression.BZIP2, ContentFormat.JSONL), new Configuration(), OnUnreadable.FAIL));
    assertThat(outcomes).singleElement().isInstanceOfSatisfying(Quarantined.class, quarantined ->
        assertThat(quarantined.reason())
            .isIn(QuarantineReason.TRUNCATED_INPUT, QuarantineReason.CORRUPT_INPUT));
  }

  @Test
  void aMissingFileFailsOrIsQuarantinedAsAsked() throws IOException {
    Path gone = dir.resolve("gone.jsonl");
    ReadTask task = task(gone, Compression.NONE, ContentFormat.JSONL);
    assertThatThrownBy(() -> FileReaders.open(task, new Configuration(), OnUnreadable.FAIL))
        .isInstanceOf(IOException.class).hasMessageContaining("gone.jsonl");
    assertThat(readAll(FileReaders.open(task, new Configuration(), OnUnreadable.QUARANTINE)))
        .singleElement().isInstanceOfSatisfying(Quarantined.class, quarantined ->
            assertThat(quarantined.reason()).isEqualTo(QuarantineReason.UNREADABLE_FILE));
  }

  @Test
  void aBinaryFileIsOneQuarantinedRecord() throws IOException {
    Path file = dir.resolve("logo.png");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    assertThat(readAll(FileReaders.open(task(file, Compression.NONE, ContentFormat.BINARY),
        new Configuration(), OnUnreadable.FAIL)))
        .singleElement().isInstanceOfSatisfying(Quarantined.class, quarantined ->
            assertThat(quarantined.reason()).isEqualTo(QuarantineReason.BINARY_CONTENT));
  }

  private static final byte[] PLAIN_LINES =
      "appended 1\nappended 2\nappended 3\nappended 4\nappended 5\n"
          .getBytes(StandardCharsets.UTF_8);

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      joined.writeBytes(part);
    }
    return joined.toByteArray();
  }

  private List<ReadOutcome> readFile(String name, byte[] content, Compression compression,
      ContentFormat format) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return readAll(FileReaders.open(task(file, compression, format), new Configuration(),
        OnUnreadable.FAIL));
  }

  private static void assertTrailer(ReadOutcome outcome, long offset) {
    assertThat(outcome).isInstanceOfSatisfying(Quarantined.class, quarantined -> {
      assertThat(quarantined.reason().id()).isEqualTo("trailing_garbage");
      assertThat(quarantined.locator()).isEqualTo("trailer:" + offset);
      assertThat(quarantined.detail()).contains(PLAIN_LINES.length + " bytes");
      assertThat(quarantined.excerpt()).startsWith("appended 1");
    });
  }

  private static List<String> texts(List<ReadOutcome> outcomes) {
    return outcomes.stream().filter(ParsedDocument.class::isInstance)
        .map(outcome -> ((ParsedDocument) outcome).text()).toList();
  }

  @Test
  void plainLinesAfterAGzipStreamAreOneTrailingGarbageRowInEveryFormat() throws IOException {
    byte[] gzip = compress(JSONL, false);
    List<ReadOutcome> jsonl = readFile("a.jsonl.gz", concat(gzip, PLAIN_LINES), Compression.GZIP,
        ContentFormat.JSONL);
    assertThat(texts(jsonl)).containsExactly("first record", "second record");
    assertThat(jsonl).hasSize(3);
    assertTrailer(jsonl.get(2), gzip.length);

    // Two members, then the garbage: both members are read.
    List<ReadOutcome> twoMembers = readFile("b.jsonl.gz", concat(gzip, gzip, PLAIN_LINES),
        Compression.GZIP, ContentFormat.JSONL);
    assertThat(twoMembers).hasSize(5);
    assertTrailer(twoMembers.get(4), 2L * gzip.length);

    byte[] text = compress("a whole text file".getBytes(StandardCharsets.UTF_8), false);
    List<ReadOutcome> textFile = readFile("c.txt.gz", concat(text, PLAIN_LINES),
        Compression.GZIP, ContentFormat.TEXT);
    assertThat(texts(textFile)).containsExactly("a whole text file");
    assertThat(textFile).hasSize(2);
    assertTrailer(textFile.get(1), text.length);

    ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes)) {
      byte[] member = "a member of the tar".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry("docs/a.txt");
      entry.setSize(member.length);
      tar.putArchiveEntry(entry);
      tar.write(member);
      tar.closeArchiveEntry();
    }
    byte[] tgz = compress(tarBytes.toByteArray(), false);
    List<ReadOutcome> archive = readFile("d.tar.gz", concat(tgz, PLAIN_LINES), Compression.GZIP,
        ContentFormat.TAR);
    assertThat(texts(archive)).containsExactly("a member of the tar");
    assertThat(archive).hasSize(2);
    assertTrailer(archive.get(1), tgz.length);
  }

  @Test
  void plainLinesAfterABzip2StreamAreOneTrailingGarbageRow() throws IOException {
    byte[] bzip2 = compress(JSONL, true);
    List<ReadOutcome> outcomes = readFile("a.jsonl.bz2", concat(bzip2, bzip2, PLAIN_LINES),
        Compression.BZIP2, ContentFormat.JSONL);
    assertThat(texts(outcomes)).hasSize(4);
    assertThat(outcomes).hasSize(5);
    assertTrailer(outcomes.get(4), 2L * bzip2.length);
  }

  @Test
  void nulPaddingAfterAGzipStreamIsNotARecord() throws IOException {
    byte[] gzip = compress(JSONL, false);
    assertThat(readFile("padded.jsonl.gz", concat(gzip, new byte[10240]), Compression.GZIP,
        ContentFormat.JSONL)).hasSize(2).allMatch(ParsedDocument.class::isInstance);
  }

  @Test
  void plainLinesAfterAZstdStreamAreReportedAsDamageNotDropped() throws IOException {
    ByteArrayOutputStream zstd = new ByteArrayOutputStream();
    try (OutputStream out = new ZstdOutputStream(zstd)) {
      out.write(JSONL);
    }
    // The Zstandard decoder fails on them after the frame before them: one row after its records.
    List<ReadOutcome> outcomes = readFile("a.jsonl.zst", concat(zstd.toByteArray(), PLAIN_LINES),
        Compression.ZSTD, ContentFormat.JSONL);
    assertThat(texts(outcomes)).containsExactly("first record", "second record");
    assertThat(outcomes).hasSize(3).last().isInstanceOfSatisfying(Quarantined.class, row -> {
      assertThat(row.reason()).isEqualTo(QuarantineReason.CORRUPT_INPUT);
      assertThat(row.locator()).isEqualTo("offset:" + JSONL.length);
    });
  }
}
