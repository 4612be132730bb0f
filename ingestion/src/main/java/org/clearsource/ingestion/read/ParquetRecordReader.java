package org.clearsource.ingestion.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.clearsource.core.manifest.ReaderOptions;

/**
 * Reads the rows of a Parquet file (or of the row groups of one byte range of it) as documents,
 * decoding only the text, id and URL columns.
 *
 * <p>Columns are the first of {@link ReaderOptions#textFields()}, {@link ReaderOptions#idFields()}
 * and {@link ReaderOptions#urlFields()} that the schema has; a dotted name is a path through nested
 * groups ({@code metadata.url}). The text column must be a non-repeated string (BINARY) column. The
 * locator is {@code row:N}, the row's index in the whole file.
 *
 * <p>A range reads the row groups whose first byte lies in {@code [start, end)}, so splits of one
 * file by byte ranges read every row exactly once.
 *
 * <p>Quarantine: a null text is {@link QuarantineReason#MISSING_TEXT}, a blank one {@link
 * QuarantineReason#EMPTY_TEXT}, a text over the size limit {@link
 * QuarantineReason#RECORD_TOO_LARGE}; a text with a NUL byte or bytes that are not UTF-8 is
 * quarantined by the rule JSON lines follow ({@link TextDecoding#utf8RecordProblem}). A file whose
 * schema has no text column, or whose text column is not a string (an INT, a LIST, a STRUCT), gives
 * one {@link QuarantineReason#MISSING_TEXT} row per row, saying so, without decoding any column.
 * A row group or page that cannot be decoded gives one {@link QuarantineReason#CORRUPT_INPUT} row
 * at the first row not read, standing for the rest of that group, and reading goes on with the
 * next group. A failure of the storage itself (other than an early end of file) is not damage:
 * {@link #hasNext()} throws it as an {@link UncheckedIOException}.
 */
public final class ParquetRecordReader implements RecordReader {

  /** The open file, or null when there is nothing to read from it. */
  private final ParquetFileReader file;
  private final WatchedFile storage;
  private final Columns columns;
  private final MessageColumnIO columnIO;
  /** Indexes (in the footer) of the row groups this reader reads, in file order. */
  private final int[] groups;
  /** Index in the whole file of each row group's first row, by footer index. */
  private final long[] firstRows;
  /** Rows in each row group, by footer index. */
  private final long[] groupRows;
  private final long maxRecordBytes;
  /** Why no row has a text, for a file without a usable text column; else null. */
  private final String missingText;
  private int nextGroup;
  private int currentGroup;
  private org.apache.parquet.io.RecordReader<Group> rows;
  private long rowsLeft;
  private long rowIndex;
  private ReadOutcome pending;

  private ParquetRecordReader(
      ParquetFileReader file,
      WatchedFile storage,
      Columns columns,
      int[] groups,
      long[] firstRows,
      long maxBytes) {
    this.file = file;
    this.storage = storage;
    this.columns = columns;
    this.columnIO = new ColumnIOFactory().getColumnIO(columns.projection());
    this.groups = groups;
    this.firstRows = firstRows;
    this.groupRows = null;
    this.maxRecordBytes = maxBytes;
    this.missingText = null;
  }

  /**
   * A reader of a file without a usable text column: nothing is decoded, and each row of the
   * range's row groups is one {@link QuarantineReason#MISSING_TEXT} row saying why.
   */
  private ParquetRecordReader(int[] groups, long[] firstRows, long[] groupRows, String missing) {
    this.file = null;
    this.storage = null;
    this.columns = null;
    this.columnIO = null;
    this.groups = groups;
    this.firstRows = firstRows;
    this.groupRows = groupRows;
    this.maxRecordBytes = 0;
    this.missingText = missing;
  }

  /**
   * Opens a reader over the row groups of {@code file} that start in {@code [start, end)}.
   *
   * @param start first byte of the range ({@code 0} for the whole file)
   * @param end byte after the range ({@link Long#MAX_VALUE} for the whole file)
   * @throws IOException when the file is not a readable Parquet file (bad magic, damaged footer)
   */
  public static RecordReader open(InputFile file, long start, long end, ReaderOptions options)
      throws IOException {
    Objects.requireNonNull(file, "Cannot read Parquet without an input file");
    Objects.requireNonNull(options, "Cannot read Parquet without reader options");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Cannot read Parquet byte range [" + start + ", " + end + "): it must be a valid range");
    }
    WatchedFile storage = new WatchedFile(file);
    ParquetFileReader reader = openFile(storage);
    try {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      List<BlockMetaData> blocks = reader.getRowGroups();
      long[] firstRows = new long[blocks.size()];
      long[] groupRows = new long[blocks.size()];
      List<Integer> inRange = new ArrayList<>();
      long rows = 0;
      for (int i = 0; i < blocks.size(); i++) {
        firstRows[i] = rows;
        groupRows[i] = blocks.get(i).getRowCount();
        rows += groupRows[i];
        long first = blocks.get(i).getStartingPos();
        if (first >= start && first < end) {
          inRange.add(i);
        }
      }
      int[] groups = inRange.stream().mapToInt(Integer::intValue).toArray();
      String text = firstColumn(schema, options.textFields(), true);
      if (text == null) {
        reader.close();
        return new ParquetRecordReader(groups, firstRows, groupRows,
            missingTextColumn(schema, options));
      }
      Columns columns =
          Columns.of(
              text,
              firstColumn(schema, options.idFields(), false),
              firstColumn(schema, options.urlFields(), false),
              schema);
      reader.setRequestedSchema(columns.projection());
      return new ParquetRecordReader(
          reader, storage, columns, groups, firstRows, options.maxRecordBytes());
    } catch (RuntimeException e) {
      reader.close();
      throw new IOException("Cannot read the schema of Parquet file " + file + ": " + e, e);
    }
  }

  private static ParquetFileReader openFile(InputFile file) throws IOException {
    // Pages that carry a CRC are checked, so that damage is reported rather than read as data.
    ParquetReadOptions readOptions =
        ParquetReadOptions.builder().usePageChecksumVerification(true).build();
    try {
      return ParquetFileReader.open(file, readOptions);
    } catch (RuntimeException e) {
      throw new IOException("Cannot open Parquet file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Why the schema has no text column: the first text field it has is of the wrong kind, or none. */
  private static String missingTextColumn(MessageType schema, ReaderOptions options) {
    for (String name : options.textFields()) {
      String kind = kindOf(schema, name.split("\\."));
      if (kind != null) {
        return "text column " + name + " is " + kind + ", not a string column";
      }
    }
    String found =
        schema.getPaths().stream()
            .map(path -> String.join(".", path))
            .collect(Collectors.joining(", "));
    return "no text column " + options.textFields() + " among the file's columns: " + found;
  }

  /** What the field at a path is ("an INT32 column", "a group (LIST)", "repeated"), or null. */
  private static String kindOf(GroupType group, String[] path) {
    Type type = group;
    for (String step : path) {
      if (type.isPrimitive() || !type.asGroupType().containsField(step)) {
        return null;
      }
      type = type.asGroupType().getType(step);
      if (type.isRepetition(Type.Repetition.REPEATED)) {
        return "a repeated field";
      }
    }
    if (type.isPrimitive()) {
      return "a " + type.asPrimitiveType().getPrimitiveTypeName() + " column";
    }
    return type.getLogicalTypeAnnotation() == null ? "a group"
        : "a group (" + type.getLogicalTypeAnnotation() + ")";
  }

  /**
   * The first of the names that is a non-repeated primitive column of the schema (for text: a
   * BINARY one), or null.
   */
  private static String firstColumn(MessageType schema, List<String> names, boolean text) {
    for (String name : names) {
      Type type = resolve(schema, name.split("\\."));
      if (type == null || !type.isPrimitive()) {
        continue;
      }
      if (text
          && type.asPrimitiveType().getPrimitiveTypeName()
              != PrimitiveType.PrimitiveTypeName.BINARY) {
        continue;
      }
      return name;
    }
    return null;
  }

  /** The type at a path of non-repeated fields, or null. */
  private static Type resolve(GroupType group, String[] path) {
    Type type = group;
    for (String step : path) {
      if (type.isPrimitive() || !type.asGroupType().containsField(step)) {
        return null;
      }
      type = type.asGroupType().getType(step);
      if (type.isRepetition(Type.Repetition.REPEATED)) {
        return null;
      }
    }
    return type;
  }

  @Override
  public boolean hasNext() {
    while (pending == null) {
      if (rowsLeft > 0 && missingText != null) {
        rowsLeft--;
        pending = new Quarantined(
            "row:" + rowIndex++, QuarantineReason.MISSING_TEXT, missingText, null);
      } else if (rowsLeft > 0) {
        pending = readRow();
      } else if (nextGroup < groups.length) {
        openGroup(groups[nextGroup++]);
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public ReadOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("Cannot read past the last row of a Parquet file");
    }
    ReadOutcome outcome = pending;
    pending = null;
    return outcome;
  }

  @Override
  public void close() throws IOException {
    rows = null;
    rowsLeft = 0;
    nextGroup = groups.length;
    pending = null;
    if (file != null) {
      file.close();
    }
  }

  private void openGroup(int group) {
    currentGroup = group;
    rowIndex = firstRows[group];
    if (missingText != null) {
      rowsLeft = groupRows[group];
      return;
    }
    try {
      PageReadStore pages = file.readRowGroup(group);
      rows = columnIO.getRecordReader(pages, new GroupRecordConverter(columns.projection()));
      rowsLeft = pages.getRowCount();
    } catch (IOException | RuntimeException e) {
      pending = damaged(rowIndex, e);
    }
  }

  /** A failure of the storage is not damage in the file: it is thrown, so that the task fails. */
  private void throwIfStorageFailed() {
    if (storage.failure != null) {
      throw new UncheckedIOException(
          "Cannot go on reading Parquet file " + storage, storage.failure);
    }
  }

  private ReadOutcome readRow() {
    long index = rowIndex++;
    rowsLeft--;
    Group row;
    try {
      row = rows.read();
      if (row == null) {
        throw new IllegalStateException("the record reader gave no row");
      }
    } catch (RuntimeException e) {
      rowsLeft = 0;
      return damaged(index, e);
    }
    return outcome(row, "row:" + index);
  }

  /** The row that stands for the rest of the current row group, from its first unread row. */
  private Quarantined damaged(long firstUnread, Exception cause) {
    throwIfStorageFailed();
    return new Quarantined(
        "row:" + firstUnread,
        QuarantineReason.CORRUPT_INPUT,
        "row group " + currentGroup + " cannot be decoded from row " + firstUnread + " on: "
            + cause.getClass().getSimpleName() + " (" + ParserMessages.withoutContent(
                cause.getMessage()) + ")",
        null);
  }

  private ReadOutcome outcome(Group row, String locator) {
    Binary text = leaf(row, columns.text()) instanceof Binary binary ? binary : null;
    if (text == null) {
      return new Quarantined(
          locator, QuarantineReason.MISSING_TEXT, "null in text column " + columns.text(), null);
    }
    if (text.length() > maxRecordBytes) {
      byte[] bytes = text.getBytesUnsafe();
      return Quarantined.of(
          locator,
          QuarantineReason.RECORD_TOO_LARGE,
          "text of " + text.length() + " bytes is over the limit of " + maxRecordBytes,
          bytes,
          bytes.length);
    }
    byte[] bytes = text.getBytesUnsafe();
    TextDecoding.Problem problem = TextDecoding.utf8RecordProblem(bytes, 0, bytes.length);
    if (problem != null) {
      return Quarantined.of(locator, problem.reason(),
          problem.detail() + " in text column " + columns.text(), bytes, bytes.length);
    }
    String value = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    if (value.isBlank()) {
      return new Quarantined(
          locator, QuarantineReason.EMPTY_TEXT, "blank text in column " + columns.text(),
          Quarantined.escape(value));
    }
    return new ParsedDocument(
        locator, string(row, columns.id()), string(row, columns.url()), value, null, null, null,
        Map.of());
  }

  /** A column's value as text, or null when the column is absent or the value null. */
  private static String string(Group row, String column) {
    Object value = column == null ? null : leaf(row, column);
    if (value == null) {
      return null;
    }
    return value instanceof Binary binary ? binary.toStringUsingUTF8() : value.toString();
  }

  /** The value at a dotted path, or null when it or a group on the way is null. */
  private static Object leaf(Group row, String column) {
    String[] path = column.split("\\.");
    Group group = row;
    for (int i = 0; i < path.length - 1; i++) {
      if (group.getFieldRepetitionCount(path[i]) == 0) {
        return null;
      }
      group = group.getGroup(path[i], 0);
    }
    String name = path[path.length - 1];
    if (group.getFieldRepetitionCount(name) == 0) {
      return null;
    }
    PrimitiveType type = group.getType().getType(name).asPrimitiveType();
    return switch (type.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> group.getBinary(name, 0);
      case INT32 -> group.getInteger(name, 0);
      case INT64 -> group.getLong(name, 0);
      case BOOLEAN -> group.getBoolean(name, 0);
      case FLOAT -> group.getFloat(name, 0);
      case DOUBLE -> group.getDouble(name, 0);
      case INT96 -> group.getInt96(name, 0);
    };
  }

  /**
   * The columns read and the schema that asks for nothing else.
   *
   * @param text the text column's path
   * @param id the id column's path, or null
   * @param url the URL column's path, or null
   */
  private record Columns(String text, String id, String url, MessageType projection) {
    static Columns of(String text, String id, String url, MessageType schema) {
      return new Columns(text, id, url, project(schema, Arrays.asList(text, id, url)));
    }

    private static MessageType project(MessageType schema, List<String> columns) {
      List<List<String>> paths =
          columns.stream()
              .filter(column -> column != null)
              .map(column -> List.of(column.split("\\.")))
              .toList();
      return new MessageType(schema.getName(), kept(schema, paths, 0));
    }

    /** The fields of a group that lie on one of the paths, pruned below to those paths. */
    private static List<Type> kept(GroupType group, List<List<String>> paths, int depth) {
      List<Type> kept = new ArrayList<>();
      for (Type field : group.getFields()) {
        List<List<String>> through =
            paths.stream()
                .filter(path -> path.size() > depth && path.get(depth).equals(field.getName()))
                .toList();
        if (through.isEmpty()) {
          continue;
        }
        if (field.isPrimitive() || through.stream().anyMatch(path -> path.size() == depth + 1)) {
          kept.add(field);
        } else {
          GroupType nested = field.asGroupType();
          kept.add(nested.withNewFields(kept(nested, through, depth + 1)));
        }
      }
      return kept;
    }
  }

  /**
   * An input file that remembers whether its storage failed, to tell a broken disk or network
   * (thrown) from broken data (quarantined). An early end of file is data: offsets past the end.
   */
  private static final class WatchedFile implements InputFile {
    private final InputFile file;
    private IOException failure;

    WatchedFile(InputFile file) {
      this.file = file;
    }

    @Override
    public long getLength() throws IOException {
      return file.getLength();
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      return new WatchedStream(file.newStream());
    }

    @Override
    public String toString() {
      return file.toString();
    }

    private IOException noted(IOException e) {
      if (!(e instanceof EOFException) && failure == null) {
        failure = e;
      }
      return e;
    }

    private final class WatchedStream extends SeekableInputStream {
      private final SeekableInputStream in;

      WatchedStream(SeekableInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        try {
          return in.read();
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        try {
          return in.read(into, offset, length);
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public long getPos() throws IOException {
        try {
          return in.getPos();
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public void seek(long position) throws IOException {
        try {
          in.seek(position);
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public void readFully(byte[] into) throws IOException {
        readFully(into, 0, into.length);
      }

      @Override
      public void readFully(byte[] into, int offset, int length) throws IOException {
        try {
          in.readFully(into, offset, length);
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public int read(ByteBuffer into) throws IOException {
        try {
          return in.read(into);
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public void readFully(ByteBuffer into) throws IOException {
        try {
          in.readFully(into);
        } catch (IOException e) {
          throw noted(e);
        }
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    }
  }
}
