package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Opens a source's files by the {@link Path} the crawl listed. On a local file system the files
 * are read through Hadoop's raw local file system: the checksumming one looks for a {@code .crc}
 * file beside each file, builds its name by parsing a string, and fails on a name with a colon.
 */
public final class SourceFiles {

  private SourceFiles() {}

  /** The file system that reads the file at {@code path}. */
  public static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }

  /** The file's stored bytes. */
  public static InputStream open(Path path, Configuration conf) throws IOException {
    return fileSystem(path, conf).open(path);
  }

  /** The file as Parquet reads it. */
  public static InputFile parquetFile(Path path, Configuration conf) throws IOException {
    FileSystem fs = fileSystem(path, conf);
    long length = fs.getFileStatus(path).getLen();
    return new InputFile() {
      @Override
      public long getLength() {
        return length;
      }

      @Override
      public SeekableInputStream newStream() throws IOException {
        return HadoopStreams.wrap(fs.open(path));
      }

      @Override
      public String toString() {
        return path.toString();
      }
    };
  }
}
