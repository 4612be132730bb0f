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
}
