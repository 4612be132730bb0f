package org.clearsource.ingestion.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.clearsource.core.manifest.SourceFormat;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.read.Compression;
import org.clearsource.ingestion.read.ContentFormat;
import org.junit.jupiter.api.Test;

class TestFileInspector {

  private interface Wrap {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  private static byte[] bytes(Wrap wrap, byte[] content) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = wrap.wrap(buffer)) {
      out.write(content);
    }
    return buffer.toByteArray();
  }

  private static InventoryEntry inspect(String name, byte[] content, SourceFormat declared) {
    ListedFile file = new ListedFile("s", new org.apache.hadoop.fs.Path("file:/c/" + name), name, content.length, 0);
    return FileInspector.inspect(file, declared, listed -> new ByteArrayInputStream(content));
  }

  private static final byte[] JSONL = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void detectsCompressionAndFormatFromBytesNotNames() throws Exception {
    InventoryEntry gz = inspect("misnamed.bin", bytes(GZIPOutputStream::new, JSONL), SourceFormat.AUTO);
    assertThat(gz.compression()).isEqualTo(Compression.GZIP);
    assertThat(gz.format()).isEqualTo(ContentFormat.JSONL);
    assertThat(inspect("a.zst", bytes(ZstdOutputStream::new, JSONL), SourceFormat.AUTO))
        .extracting(InventoryEntry::compression, InventoryEntry::format)
        .containsExactly(Compression.ZSTD, ContentFormat.JSONL);
    assertThat(inspect("a.bz2", bytes(BZip2CompressorOutputStream::new, JSONL), SourceFormat.AUTO))
        .extracting(InventoryEntry::compression, InventoryEntry::format)
        .containsExactly(Compression.BZIP2, ContentFormat.JSONL);
    byte[] warc = "WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(inspect("crawl.warc.gz", bytes(GZIPOutputStream::new, warc), SourceFormat.AUTO).format())
        .isEqualTo(ContentFormat.WARC);
    assertThat(inspect("x.parquet", "PAR1xxxxPAR1".getBytes(StandardCharsets.US_ASCII),
        SourceFormat.AUTO).format()).isEqualTo(ContentFormat.PARQUET);
    assertThat(inspect("notes.txt", "{ not json, just braces }".getBytes(StandardCharsets.UTF_8),
        SourceFormat.AUTO).format()).isEqualTo(ContentFormat.TEXT);
    assertThat(inspect("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0},
        SourceFormat.AUTO).format()).isEqualTo(ContentFormat.BINARY);
  }

  @Test
  void detectsArchivesAndComputesTheChecksumOfStoredBytes() throws Exception {
    ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(tarBytes))) {
      TarArchiveEntry entry = new TarArchiveEntry("src/Main.java");
      byte[] code = "class Main {}".getBytes(StandardCharsets.UTF_8);
      entry.setSize(code.length);
      tar.putArchiveEntry(entry);
      tar.write(code);
      tar.closeArchiveEntry();
    }
    InventoryEntry tgz = inspect("code.tar.gz", tarBytes.toByteArray(), SourceFormat.TEXT);
    assertThat(tgz.compression()).isEqualTo(Compression.GZIP);
    assertThat(tgz.format()).isEqualTo(ContentFormat.TAR);
    assertThat(tgz.sha256()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tarBytes.toByteArray())));

    ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write('a');
    }
    assertThat(inspect("more.zip", zipBytes.toByteArray(), SourceFormat.AUTO).format())
        .isEqualTo(ContentFormat.ZIP);
  }

  @Test
  void anUnreadableFileGivesAnEntryWithItsError() {
    ListedFile file = new ListedFile("s", new org.apache.hadoop.fs.Path("file:/c/gone.jsonl"), "gone.jsonl", 10, 0);
    InventoryEntry entry = FileInspector.inspect(file, SourceFormat.AUTO, listed -> {
      throw new java.io.FileNotFoundException("/c/gone.jsonl (No such file or directory)");
    });
    assertThat(entry.readable()).isFalse();
    assertThat(entry.error()).contains("FileNotFoundException").contains("gone.jsonl");
    assertThat(entry.sha256()).isNull();
  }
}
