package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.clearsource.ingestion.inventory.FileInspector;
import org.clearsource.ingestion.inventory.InventoryEntry;
import org.clearsource.ingestion.plan.ReadTask;

/**
 * Opens the right reader for a read task, on any Hadoop file system: decompression from the
 * detected compression, the reader from the detected content format.
 */
public final class FileReaders {

  /** What to do with a file that cannot be opened at all. */
  public enum OnUnreadable {
    /** Stop the run, naming the file. */
    FAIL,
    /** Record the file as one quarantined record and go on. */
    QUARANTINE
  }

  private FileReaders() {}

  /**
   * Opens a task's reader.
   *
   * @throws IOException when the file cannot be opened and {@code onUnreadable} is FAIL
   */
  public static RecordReader open(ReadTask task, Configuration conf, OnUnreadable onUnreadable)
      throws IOException {
    InventoryEntry entry = task.entry();
    if (!entry.readable()) {
      return unreadable(entry.error(), onUnreadable, entry);
    }
    try {
      return openReadable(task, conf);
    } catch (DamagedAtStart e) {
      Throwable cause = e.getCause();
      QuarantineReason reason = cause instanceof java.io.EOFException
          || String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("end")
          ? QuarantineReason.TRUNCATED_INPUT : QuarantineReason.CORRUPT_INPUT;
      return new SingleOutcomeReader(new Quarantined("offset:0", reason,
          entry.compression().id() + " stream damaged before its first record: "
              + ParserMessages.withoutContent(cause.getMessage()), null));
    } catch (IOException e) {
      return unreadable(e.getClass().getSimpleName() + ": " + e.getMessage(), onUnreadable, entry);
    }
  }

  private static RecordReader unreadable(String why, OnUnreadable onUnreadable, InventoryEntry entry)
      throws IOException {
    if (onUnreadable == OnUnreadable.FAIL) {
      throw new IOException(why);
    }
    return new SingleOutcomeReader(
        new Quarantined("file", QuarantineReason.UNREADABLE_FILE, why, null));
  }

  private static RecordReader openReadable(ReadTask task, Configuration conf) throws IOException {
    InventoryEntry entry = task.entry();
    Path path = entry.file().path();
    FileSystem fs = SourceFiles.fileSystem(path, conf);
    return switch (entry.format()) {
      case PARQUET -> ParquetRecordReader.open(
          SourceFiles.parquetFile(path, conf), task.start(), task.end(), task.options());
      case WARC -> WarcRecordReader.open(fs.open(path), task.options());
      case JSONL -> openJsonl(task, fs, path);
      case TAR, ZIP -> {
        InputStream in = decompressed(task, fs, path);
        yield TrailerReporting.of(ArchiveReader.open(in, entry.format(), task.options(),
            ArchiveLimits.defaults(task.options().maxRecordBytes())), in);
      }
      case TEXT -> {
        InputStream in = decompressed(task, fs, path);
        yield TrailerReporting.of(TextFileReader.open(in, "file",
            FileInspector.stripCompressionSuffix(entry.file().name()), task.options()), in);
      }
      case BINARY -> new SingleOutcomeReader(
          new Quarantined("file", QuarantineReason.BINARY_CONTENT,
              "binary file where text was expected", null));
    };
  }

  /**
   * The file's uncompressed bytes. A decompressor that fails on its first bytes (bzip2 decodes a
   * whole block up front) means damaged content, not an unopenable file: that is reported as one
   * quarantined record by {@link DamagedAtStart}.
   */
  private static InputStream decompressed(ReadTask task, FileSystem fs, Path path)
      throws IOException {
    InputStream raw = fs.open(path, 1 << 16);
    try {
      return task.entry().compression().decompress(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw new DamagedAtStart(e);
    }
  }

  /** The compressed stream is damaged before its first record. */
  private static final class DamagedAtStart extends IOException {
    DamagedAtStart(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static RecordReader openJsonl(ReadTask task, FileSystem fs, Path path)
      throws IOException {
    if (task.wholeFile()) {
      InputStream in = decompressed(task, fs, path);
      return TrailerReporting.of(JsonlReader.open(in, 0, Long.MAX_VALUE, task.options()), in);
    }
    // Only uncompressed JSONL is split. The reader needs the byte before its range to know
    // whether the range starts on a line boundary.
    FSDataInputStream in = fs.open(path, 1 << 16);
    long position = Math.max(0, task.start() - 1);
    in.seek(position);
    return JsonlReader.open(in, task.start(), task.end(), task.options());
  }
}
