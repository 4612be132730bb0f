package org.clearsource.ingestion.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clearsource.core.manifest.ReaderOptions;

/**
 * Reads newline-delimited JSON: each non-blank line is one record and becomes one outcome located
 * at {@code offset:N}, N the offset of the line's first byte in the uncompressed stream. Blank
 * lines are not records. Lines are read as bytes through one large buffer and parsed with a
 * streaming parser that materialises only the configured fields.
 *
 * <h2>Splits</h2>
 *
 * A split {@code [start, end)} holds exactly the lines whose first byte is at an offset {@code p}
 * with {@code start <= p < end}; a line that crosses {@code end} is read whole. Adjacent splits
 * therefore read every line exactly once. To know whether a line starts at {@code start}, the
 * reader must see the byte before it: the stream passed for a split with {@code start > 0} must be
 * positioned at {@code start - 1}; for {@code start == 0}, at 0. The reader then skips up to and
 * including the first '\n' at or after offset {@code start - 1}.
 *
 * <h2>Bad input</h2>
 *
 * A bad line becomes one {@link Quarantined} row and reading goes on; a line over {@code
 * max_record_bytes} is skipped to its end without being held. A stream that breaks (cut short, or
 * damaged compressed data) ends the reading with one {@link QuarantineReason#TRUNCATED_INPUT} or
 * {@link QuarantineReason#CORRUPT_INPUT} row located where the unfinished line began (at {@code
 * start} when it broke while the split was skipping to its first line), its excerpt the bytes read
 * of that line.
 */
public final class JsonlReader extends AdvancingReader {

  /** Top-level fields that hold the record's date, tried in order; kept as given. */
  static final List<String> DATE_FIELDS = List.of("date", "created", "timestamp", "added");

  static final String TITLE_FIELD = "title";

  // Thread-safe and expensive to build: shared. Strings are bounded by max_record_bytes, not by
  // Jackson's own default of 20 MB.
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          // Field names are looked up in a map; interning every name of every record only costs.
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .build();

  private final InputStream in;
  private final LineReader lines;
  private final long end;
  private final long start;
  private final FieldExtractor fields;
  private boolean skipFirstLine;

  private JsonlReader(
      InputStream in, long start, long end, ReaderOptions options, int bufferBytes) {
    this.in = in;
    this.start = start;
    this.end = end;
    long streamStart = start == 0 ? 0 : start - 1;
    this.lines = new LineReader(in, streamStart, options.maxRecordBytes(), bufferBytes);
    this.skipFirstLine = start > 0;
    this.fields = new FieldExtractor(options);
  }

  /**
   * Reads a whole uncompressed stream of JSON lines.
   *
   * @param uncompressed the stream, at its first byte; closed by {@link #close()}
   * @param options the fields to read and the record size limit
   */
  public static RecordReader open(InputStream uncompressed, ReaderOptions options) {
    return open(uncompressed, 0, Long.MAX_VALUE, options);
  }

  /**
   * Reads the split {@code [start, end)} of an uncompressed stream of JSON lines (see the class
   * comment for which lines a split holds).
   *
   * @param uncompressed the stream, positioned at {@code start - 1} when {@code start > 0}, else at
   *     0; closed by {@link #close()}
   * @param start the offset of the split's first byte
   * @param end the offset just past the split, or {@link Long#MAX_VALUE} for the rest of the stream
   * @param options the fields to read and the record size limit
   */
  public static RecordReader open(
      InputStream uncompressed, long start, long end, ReaderOptions options) {
    return open(uncompressed, start, end, options, LineReader.DEFAULT_BUFFER_BYTES);
  }

  /** As {@link #open(InputStream, long, long, ReaderOptions)}, with a chosen read buffer size. */
  static JsonlReader open(
      InputStream uncompressed, long start, long end, ReaderOptions options, int bufferBytes) {
    Objects.requireNonNull(uncompressed, "Cannot read JSON lines without a stream");
    Objects.requireNonNull(options, "Cannot read JSON lines without reader options");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Cannot read the split [" + start + ", " + end + "): it must satisfy 0 <= start <= end");
    }
    return new JsonlReader(uncompressed, start, end, options, bufferBytes);
  }

  @Override
  void closeInput() throws IOException {
    in.close();
  }

  @Override
  ReadOutcome advance() {
    try {
      if (skipFirstLine) {
        skipFirstLine = false;
        // The line holding offset start - 1 belongs to the previous split (it starts before start).
        if (!lines.skipLine()) {
          finish();
          return null;
        }
      }
      while (true) {
        if (lines.position() >= end || !lines.readLine()) {
          finish();
          return null;
        }
        ReadOutcome outcome = outcomeOfLine();
        if (outcome != null) {
          return outcome;
        }
      }
    } catch (IOException e) {
      // Nothing after a broken stream can be trusted: one row where its record began, then stop.
      finish();
      long at = Math.max(lines.lineStart(), start);
      return Quarantined.of(
          "offset:" + at,
          TextDecoding.reasonFor(e),
          TextDecoding.describe(e),
          Arrays.copyOfRange(
              lines.lineArray(), lines.lineOffset(), lines.lineOffset() + excerptLength()),
          excerptLength());
    }
  }

  /** The outcome of the line just read, or null when it is blank. */
  private ReadOutcome outcomeOfLine() {
    byte[] bytes = lines.lineArray();
    int offset = lines.lineOffset();
    int length = lines.lineLength();
    String locator = "offset:" + lines.lineStart();
    if (lines.tooLarge()) {
      return Quarantined.of(
          locator,
          QuarantineReason.RECORD_TOO_LARGE,
          "record of " + lines.lineBytes() + " bytes is over the limit of " + lines.maxLineBytes()
              + " bytes (max_record_bytes)",
          Arrays.copyOfRange(bytes, offset, offset + excerptLength()),
          excerptLength());
    }
    // A byte-order mark may start a stream, or a line where files were concatenated.
    if (TextDecoding.hasUtf8OrderMark(bytes, offset, length)) {
      offset += 3;
      length -= 3;
    }
    if (isBlank(bytes, offset, length)) {
      return null;
    }
    if (bytes[offset + length - 1] == '\r') {
      length--;
    }
    return fields.parse(locator, bytes, offset, length);
  }

  private int excerptLength() {
    return Math.min(lines.lineLength(), Quarantined.EXCERPT_CHARS * 4);
  }

  private static boolean isBlank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses one line and pulls out the configured fields. Paths are a tree of field names, so that
   * a parser pass descends only into objects on some path and skips everything else unread.
   */
  private static final class FieldExtractor {

    private static final byte ABSENT = 0;
    private static final byte STRING = 1;
    private static final byte NUMBER = 2;
    private static final byte OTHER = 3;

    private final PathNode root = new PathNode();
    private final List<String> paths = new ArrayList<>();
    private final int[] textSlots;
    private final int[] idSlots;
    private final int[] urlSlots;
    private final int[] dateSlots;
    private final int titleSlot;
    private final String[] values;
    private final byte[] kinds;

    FieldExtractor(ReaderOptions options) {
      Map<String, Integer> slots = new LinkedHashMap<>();
      textSlots = register(options.textFields(), slots);
      idSlots = register(options.idFields(), slots);
      urlSlots = register(options.urlFields(), slots);
      dateSlots = register(DATE_FIELDS, slots);
      titleSlot = register(List.of(TITLE_FIELD), slots)[0];
      values = new String[slots.size()];
      kinds = new byte[slots.size()];
    }

    private int[] register(List<String> fieldPaths, Map<String, Integer> slots) {
      int[] indexes = new int[fieldPaths.size()];
      for (int i = 0; i < fieldPaths.size(); i++) {
        String path = fieldPaths.get(i);
        Integer slot = slots.get(path);
        if (slot == null) {
          slot = slots.size();
          slots.put(path, slot);
          paths.add(path);
          PathNode node = root;
          for (String name : path.split("\\.", -1)) {
            node = node.children.computeIfAbsent(name, n -> new PathNode());
          }
          node.slot = slot;
        }
        indexes[i] = slot;
      }
      return indexes;
    }

    ReadOutcome parse(String locator, byte[] bytes, int offset, int length) {
      // Checked before parsing so that bad bytes are named for what they are, not as bad JSON.
      TextDecoding.Problem problem = TextDecoding.utf8RecordProblem(bytes, offset, length);
      if (problem != null) {
        return quarantine(locator, problem.reason(), problem.detail(), bytes, offset, length);
      }
      Arrays.fill(kinds, ABSENT);
      Arrays.fill(values, null);
      try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          return quarantine(locator, QuarantineReason.MALFORMED_JSON,
              "a JSON " + describe(first) + ", not an object", bytes, offset, length);
        }
        readObject(parser, root);
        if (parser.nextToken() != null) {
          return quarantine(locator, QuarantineReason.MALFORMED_JSON,
              "content after the end of the JSON object", bytes, offset, length);
        }
      } catch (JsonProcessingException e) {
        return quarantine(locator, QuarantineReason.MALFORMED_JSON,
            ParserMessages.withoutContent(e.getOriginalMessage())
                // Jackson counts from the start of the range it was given: the record.
                + ParserMessages.at(e.getLocation() == null ? -1
                    : e.getLocation().getByteOffset()),
            bytes, offset, length);
      } catch (IOException e) {
        return quarantine(locator, QuarantineReason.MALFORMED_JSON,
            ParserMessages.withoutContent(e.getMessage()), bytes, offset, length);
      }
      return document(locator, bytes, offset, length);
    }

    private ReadOutcome document(String locator, byte[] bytes, int offset, int length) {
      int textSlot = first(textSlots, STRING, STRING);
      if (textSlot < 0) {
        return quarantine(locator, QuarantineReason.MISSING_TEXT, missingText(), bytes, offset,
            length);
      }
      String text = values[textSlot];
      if (text.isBlank()) {
        return quarantine(locator, QuarantineReason.EMPTY_TEXT,
            "field '" + paths.get(textSlot) + "' is " + (text.isEmpty() ? "empty" : "blank"),
            bytes, offset, length);
      }
      return new ParsedDocument(
          locator,
          valueOf(first(idSlots, STRING, NUMBER)),
          valueOf(first(urlSlots, STRING, STRING)),
          text,
          kinds[titleSlot] == STRING ? values[titleSlot] : null,
          null,
          valueOf(first(dateSlots, STRING, NUMBER)),
          Map.of());
    }

    private String missingText() {
      for (int slot : textSlots) {
        if (kinds[slot] != ABSENT) {
          return "field '" + paths.get(slot) + "' is " + (kinds[slot] == NUMBER ? "a number"
              : "not a string") + "; text must be a JSON string";
        }
      }
      List<String> names = new ArrayList<>();
      for (int slot : textSlots) {
        names.add(paths.get(slot));
      }
      return "none of the text fields " + names + " is present";
    }

    /** The first slot holding a value of one of the two kinds, or -1. */
    private int first(int[] slots, byte kind, byte orKind) {
      for (int slot : slots) {
        if (kinds[slot] == kind || kinds[slot] == orKind) {
          return slot;
        }
      }
      return -1;
    }

    private String valueOf(int slot) {
      return slot < 0 ? null : values[slot];
    }

    /** Reads the rest of an object (after its START_OBJECT), keeping fields on a path. */
    private void readObject(JsonParser parser, PathNode node) throws IOException {
      String name;
      while ((name = parser.nextFieldName()) != null) {
        JsonToken token = parser.nextToken();
        PathNode child = node.children.get(name);
        if (child == null) {
          parser.skipChildren();
          continue;
        }
        // A repeated field counts as its last value, as in most JSON libraries.
        switch (token) {
          case START_OBJECT -> {
            keep(child, OTHER, null);
            if (child.children.isEmpty()) {
              parser.skipChildren();
            } else {
              readObject(parser, child);
            }
          }
          case START_ARRAY -> {
            keep(child, OTHER, null);
            parser.skipChildren();
          }
          case VALUE_STRING -> keep(child, STRING, parser.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> keep(child, NUMBER, parser.getText());
          case VALUE_NULL -> keep(child, ABSENT, null);
          default -> keep(child, OTHER, null);
        }
      }
    }

    private void keep(PathNode node, byte kind, String value) {
      if (node.slot >= 0) {
        kinds[node.slot] = kind;
        values[node.slot] = value;
      }
    }

    private static String describe(JsonToken token) {
      if (token == null) {
        return "line without a value";
      }
      return switch (token) {
        case START_ARRAY -> "array";
        case VALUE_STRING -> "string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
        case VALUE_TRUE, VALUE_FALSE -> "boolean";
        case VALUE_NULL -> "null";
        default -> "value";
      };
    }

    private static Quarantined quarantine(String locator, QuarantineReason reason, String detail,
        byte[] bytes, int offset, int length) {
      int take = Math.min(length, Quarantined.EXCERPT_CHARS * 4);
      return Quarantined.of(
          locator, reason, detail, Arrays.copyOfRange(bytes, offset, offset + take), take);
    }
  }

  /** One field name on some configured path; {@code slot} is set where a path ends. */
  private static final class PathNode {
    final Map<String, PathNode> children = new HashMap<>();
    int slot = -1;
  }
}
