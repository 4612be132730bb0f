package org.clearsource.cluster.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Makes a Parquet file written by parquet-mr the same bytes on every run, for generators whose
 * output must be byte-identical (the demo corpus, the benchmark corpora).
 */
public final class ParquetFooters {

  private ParquetFooters() {}

  /**
   * parquet-mr lists each column chunk's encodings from a HashSet of enums, whose order follows
   * identity hash codes and so changes from one JVM to the next. Sorting them in place makes the
   * footer canonical; its length, and so every offset in the file, stays the same.
   */
  public static void canonicalize(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length =
        ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int start = bytes.length - 8 - length;
    FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, start, length));
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk column : group.getColumns()) {
        ColumnMetaData meta = column.getMeta_data();
        List<Encoding> encodings = new ArrayList<>(meta.getEncodings());
        encodings.sort(Comparator.comparingInt(Encoding::getValue));
        meta.setEncodings(encodings);
        if (meta.isSetEncoding_stats()) {
          List<PageEncodingStats> stats = new ArrayList<>(meta.getEncoding_stats());
          stats.sort(Comparator
              .comparingInt((PageEncodingStats stat) -> stat.getPage_type().getValue())
              .thenComparingInt(stat -> stat.getEncoding().getValue()));
          meta.setEncoding_stats(stats);
        }
      }
    }
    ByteArrayOutputStream sorted = new ByteArrayOutputStream(length);
    Util.writeFileMetaData(footer, sorted);
    if (sorted.size() != length) {
      throw new IllegalStateException("Cannot canonicalize the Parquet footer of " + file
          + ": it changed length from " + length + " to " + sorted.size() + " bytes");
    }
    System.arraycopy(sorted.toByteArray(), 0, bytes, start, length);
    Files.write(file, bytes);
  }
}
