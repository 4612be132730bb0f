package org.clearsource.ingestion.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.core.url.WebUrl;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a WARC or WET file, plain or gzipped record by record, with jwarc.
 *
 * <p>Only content records are records: {@code response}, {@code resource} and {@code conversion}
 * each become exactly one outcome; {@code warcinfo}, {@code request}, {@code metadata}, {@code
 * revisit} and any other type are read past without one. The locator is {@code offset:N}, the
 * record's byte offset in the (raw, possibly gzipped) file. A successful HTML response becomes a
 * document with its rights signals under {@link MetadataKeys}; {@code /robots.txt} and {@code
 * /.well-known/tdmrep.json} become {@link Capture}s whatever their status.
 *
 * <p>Damage is reported, never thrown: a record cut short by the end of the file, a bad WARC header
 * or gzip member, or a {@code Content-Length} that does not fit the bytes becomes one {@link
 * QuarantineReason#TRUNCATED_INPUT} or {@link QuarantineReason#CORRUPT_INPUT} row at the offset of
 * the damaged record (which then has no other outcome). Reading then resumes at the next gzip
 * member (gzipped files) or the next {@code WARC/1.} line (plain files) after it, if one can be
 * found in the last {@link #HISTORY_BYTES} bytes read or further on; candidates that do not parse
 * as a WARC record are passed over silently, so a damaged stretch gives one row. Zstandard files
 * end at the first damage. Only a failure of the underlying stream itself is thrown, as an {@link
 * UncheckedIOException}.
 *
 * <p>Memory stays bounded: at most one record's block (up to {@link
 * ReaderOptions#maxRecordBytes()}) and its decoded payload are held, plus the history window.
 */
public final class WarcRecordReader implements RecordReader {

  /** How far back in the raw file reading can resume after damage. */
  public static final int HISTORY_BYTES = 1 << 20;

  private static final Set<String> CONTENT_RECORD_TYPES =
      Set.of("response", "resource", "conversion");
  private static final byte[] GZIP_MEMBER_START = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HTTP_START = "HTTP/".getBytes(StandardCharsets.US_ASCII);
  private static final int EXCERPT_BYTES = Quarantined.EXCERPT_CHARS * 4;
  private static final Pattern LINK_VALUE = Pattern.compile("<([^>]*)>([^<]*)");
  private static final Pattern REL_PARAM =
      Pattern.compile("(?i)(?:^|;)\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]*))");
  private static final String JOIN = " | ";
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final ReplayChannel channel;
  private final ReaderOptions options;
  private final ArrayDeque<ReadOutcome> ready = new ArrayDeque<>(2);
  /** What marks a place to resume at after damage, or null when this file cannot resume. */
  private byte[] resumeMarker;
  private WarcReader reader;
  /** Offset in the raw file at which {@link #reader} started. */
  private long readerStart;
  private WarcRecord current;
  private long currentOffset;
  private boolean trailerWarning;

  private WarcRecordReader(ReplayChannel channel, ReaderOptions options) {
    this.channel = channel;
    this.options = options;
  }

  /**
   * Opens a reader over a whole WARC or WET file.
   *
   * @param raw the file's bytes as stored: jwarc recognises gzip (and Zstandard) itself. Closed
   *     with the reader.
   * @param options the record size limit is used
   * @throws IOException when the stream cannot be read at all
   */
  public static RecordReader open(InputStream raw, ReaderOptions options) throws IOException {
    Objects.requireNonNull(raw, "Cannot read a WARC file without its input stream");
    Objects.requireNonNull(options, "Cannot read a WARC file without reader options");
    WarcRecordReader warc = new WarcRecordReader(new ReplayChannel(raw), options);
    try {
      warc.start();
    } catch (UncheckedIOException e) {
      raw.close();
      throw e.getCause();
    }
    return warc;
  }

  private void start() {
    try {
      reader = newReader();
    } catch (IOException | RuntimeException e) {
      // Fewer bytes than a WARC header's first four: nothing to resume at.
      damaged(0, e);
      return;
    }
    resumeMarker =
        switch (reader.compression()) {
          case GZIP -> GZIP_MEMBER_START;
          case NONE -> WARC_RECORD_START;
          // A Zstandard member may need the dictionary frame at the file's start.
          default -> null;
        };
    try {
      current = reader.next().orElse(null);
      currentOffset = readerStart + reader.position();
    } catch (IOException | RuntimeException e) {
      damaged(readerStart + reader.position(), e);
    }
  }

  @Override
  public boolean hasNext() {
    fill();
    return !ready.isEmpty();
  }

  @Override
  public ReadOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("Cannot read past the last record of a WARC file");
    }
    return ready.poll();
  }

  @Override
  public void close() throws IOException {
    current = null;
    ready.clear();
    channel.close();
  }

  /**
   * Reads records until one gives an outcome. A record's outcome is held back until the next
   * record's header has been read, since damage found while finishing a record (its trailer, the
   * end of its gzip member) is that record's.
   */
  private void fill() {
    while (ready.isEmpty() && current != null) {
      WarcRecord record = current;
      long offset = currentOffset;
      current = null;
      trailerWarning = false;
      ReadOutcome outcome;
      try {
        outcome = read(record, "offset:" + offset);
      } catch (IOException | RuntimeException e) {
        damaged(offset, e);
        continue;
      }
      try {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty() && trailerWarning) {
          throw new EOFException("no record trailer");
        }
        if (next.isPresent()) {
          current = next.get();
          currentOffset = readerStart + reader.position();
        }
        if (outcome != null) {
          ready.add(outcome);
        }
      } catch (IOException | RuntimeException e) {
        long at = readerStart + reader.position();
        // A bad trailer means this record's Content-Length did not fit, so the failure is its own.
        boolean ownDamage = at == offset || trailerWarning;
        if (!ownDamage && outcome != null) {
          ready.add(outcome);
        }
        damaged(ownDamage ? offset : at, e);
      }
    }
  }

  private WarcReader newReader() throws IOException {
    readerStart = channel.position();
    WarcReader created = new WarcReader(channel);
    created.setLenient(true);
    created.onWarning(
        message -> {
          if (message.contains("trailer")) {
            trailerWarning = true;
          }
        });
    return created;
  }

  /** Records damage at an offset as one row, and resumes after it where the file allows. */
  private void damaged(long offset, Throwable cause) {
    if (channel.failure() != null) {
      throw new UncheckedIOException("Cannot go on reading a WARC file", channel.failure());
    }
    boolean endOfData =
        cause instanceof EOFException || (trailerWarning && channel.endOfInput());
    long resumedAt = resume(offset);
    String detail;
    QuarantineReason reason;
    if (resumedAt < 0 && endOfData) {
      reason = QuarantineReason.TRUNCATED_INPUT;
      detail = "file ends inside this record";
    } else {
      reason = QuarantineReason.CORRUPT_INPUT;
      detail =
          cause instanceof ZipException ? "damaged gzip member" : "damaged WARC record";
    }
    String message = messageOf(cause);
    if (message != null) {
      detail += " (" + message + ")";
    }
    if (resumedAt >= 0) {
      detail += "; reading resumed at offset:" + resumedAt;
    }
    ready.add(new Quarantined("offset:" + offset, reason, detail, null));
  }

  /**
   * An exception's message without the record bytes parsers quote (jwarc after a parse error's
   * position, header values): details are kept even for sources whose content may not be shared.
   */
  private static String messageOf(Throwable cause) {
    if (cause.getMessage() == null) {
      return null;
    }
    String message = cause instanceof ParsingException parsing
        ? parsing.getBaseMessage() : cause.getMessage();
    return ParserMessages.withoutContent(message);
  }

  /**
   * Looks for the next place after {@code offset} where a record starts and reads its header.
   *
   * @return the offset reading resumed at, or -1 when there is none and reading ends
   */
  private long resume(long offset) {
    if (resumeMarker == null) {
      return -1;
    }
    long from = offset + 1;
    while (true) {
      long candidate;
      try {
        candidate = channel.find(resumeMarker, from);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot go on reading a WARC file", e);
      }
      if (candidate < 0) {
        return -1;
      }
      channel.rewind(candidate);
      try {
        WarcReader trial = newReader();
        Optional<WarcRecord> first = trial.next();
        if (first.isPresent()) {
          reader = trial;
          current = first.get();
          currentOffset = readerStart + trial.position();
          return candidate;
        }
      } catch (IOException | RuntimeException e) {
        if (channel.failure() != null) {
          throw new UncheckedIOException("Cannot go on reading a WARC file", channel.failure());
        }
        // Not a record after all (marker bytes inside compressed data or a body): look further.
      }
      from = candidate + 1;
    }
  }

  /**
   * Reads one record to its end and says what it is, or null for a record that is not content.
   *
   * @throws IOException when the file itself is damaged at this record
   */
  private ReadOutcome read(WarcRecord record, String locator) throws IOException {
    MessageBody body = record.body();
    long size = body.size();
    if (size < 0) {
      throw new IOException("negative Content-Length " + size);
    }
    if (!CONTENT_RECORD_TYPES.contains(record.type())) {
      body.consume();
      return null;
    }
    if (size > options.maxRecordBytes()) {
      byte[] head = readAtMost(body, EXCERPT_BYTES);
      body.consume();
      return Quarantined.of(
          locator,
          QuarantineReason.RECORD_TOO_LARGE,
          "record of " + size + " bytes is over the limit of " + options.maxRecordBytes(),
          head,
          head.length);
    }
    byte[] block = readAtMost(body, size);
    if (block.length < size) {
      throw new EOFException("expected " + (size - block.length) + " more bytes in file");
    }
    // From here on everything is in memory: failures are this record's, not the file's.
    try {
      return interpret(record, locator, block);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Quarantined.of(
          locator,
          QuarantineReason.CORRUPT_INPUT,
          "unreadable " + record.type() + " record: " + messageOf(e),
          block,
          block.length);
    }
  }

  private ReadOutcome interpret(WarcRecord record, String locator, byte[] block)
      throws IOException {
    MessageHeaders headers = record.headers();
    Target target =
        new Target(
            locator,
            recordId(headers.first("WARC-Record-ID").orElse(null)),
            headers.first("WARC-Target-URI").map(String::trim).orElse(null),
            headers.first("WARC-Date").map(String::trim).orElse(null),
            record.type());
    Capture.Kind kind = Capture.Kind.ofPath(pathOf(target.url()));
    if (record.type().equals("response")) {
      return interpretResponse(target, kind, block);
    }
    MediaType declared = MediaType.parse(headers.first("Content-Type").orElse(null));
    if (kind != null) {
      return new Capture(
          locator, kind, target.url(), 0, decode(block, declared.charset()), target.date());
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put(MetadataKeys.WARC_TYPE, record.type());
    // A conversion record (WET) is text by definition, whatever it declares.
    MediaType type =
        record.type().equals("conversion") && !declared.isText() ? MediaType.PLAIN : declared;
    return document(target, type, block, metadata);
  }

  private ReadOutcome interpretResponse(Target target, Capture.Kind kind, byte[] block)
      throws IOException {
    if (!startsWith(block, HTTP_START)) {
      return Quarantined.of(
          target.locator(), QuarantineReason.NO_CONTENT, "not an HTTP response", block,
          block.length);
    }
    HttpResponse http = HttpResponse.parse(inMemory(block));
    MessageHeaders headers = http.headers();
    int status = http.status();
    MediaType type = MediaType.parse(joined(headers.all("Content-Type")));
    if (kind == null && status != 200) {
      byte[] head = excerptOf(http.body());
      return Quarantined.of(
          target.locator(), QuarantineReason.NO_CONTENT, "HTTP " + status, head, head.length);
    }
    byte[] payload;
    try (InputStream decoded =
        ContentEncoding.decode(http.body(), headers.all("Content-Encoding"))) {
      payload = decoded.readNBytes((int) Math.min(options.maxRecordBytes() + 1, MAX_ARRAY));
    }
    if (payload.length > options.maxRecordBytes()) {
      return Quarantined.of(
          target.locator(),
          QuarantineReason.RECORD_TOO_LARGE,
          "decoded body is over the limit of " + options.maxRecordBytes() + " bytes",
          payload,
          payload.length);
    }
    if (kind != null) {
      return new Capture(
          target.locator(), kind, target.url(), status, decode(payload, type.charset()),
          target.date());
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put(MetadataKeys.HTTP_STATUS, Integer.toString(status));
    putJoined(metadata, MetadataKeys.HTTP_CONTENT_TYPE, headers.all("Content-Type"));
    putJoined(metadata, MetadataKeys.HTTP_X_ROBOTS_TAG, headers.all("X-Robots-Tag"));
    putJoined(metadata, MetadataKeys.HTTP_TDM_RESERVATION, headers.all("tdm-reservation"));
    putJoined(metadata, MetadataKeys.HTTP_TDM_POLICY, headers.all("tdm-policy"));
    putJoined(
        metadata, MetadataKeys.HTTP_LICENSE_LINK, licenseLinks(headers.all("Link"), target.url()));
    metadata.put(MetadataKeys.WARC_TYPE, target.warcType());
    return document(target, type.orSniffed(payload), payload, metadata);
  }

  /** The document for a payload of a given type, or why there is none. */
  private static ReadOutcome document(
      Target target, MediaType type, byte[] payload, Map<String, String> metadata)
      throws IOException {
    if (payload.length == 0) {
      return new Quarantined(target.locator(), QuarantineReason.NO_CONTENT, "empty body", null);
    }
    if ((type.isHtml() || type.isText()) && looksBinary(payload, type.charset())) {
      return Quarantined.of(
          target.locator(), QuarantineReason.BINARY_CONTENT,
          "NUL bytes in " + type.base() + " content", payload, payload.length);
    }
    String text;
    String title = null;
    if (type.isHtml()) {
      HtmlText.Result page =
          HtmlText.extract(new ByteArrayInputStream(payload), type.charset(), target.urlOrEmpty());
      text = page.text();
      title = page.title();
      metadata.putAll(page.metadata());
    } else if (type.isText()) {
      Charset charset = charsetOrUtf8(type.charset());
      text = new String(payload, charset);
      metadata.put(MetadataKeys.CHARSET, charset.name());
    } else {
      return Quarantined.of(
          target.locator(), QuarantineReason.BINARY_CONTENT,
          "non-text content type " + type.base(), payload, payload.length);
    }
    if (text.isBlank()) {
      return Quarantined.of(
          target.locator(), QuarantineReason.EMPTY_TEXT, "no visible text", payload,
          payload.length);
    }
    return new ParsedDocument(
        target.locator(), target.recordId(), target.url(), text, title, type.base(), target.date(),
        metadata);
  }

  /**
   * Whether text is really binary (an image or PDF served as text): NUL bytes early on, unless the
   * text is UTF-16 or UTF-32, where they are normal.
   */
  private static boolean looksBinary(byte[] payload, String charset) {
    String declared = charset == null ? "" : charset.toLowerCase(Locale.ROOT);
    boolean wide =
        declared.startsWith("utf-16")
            || declared.startsWith("utf-32")
            || (payload.length >= 2
                && ((payload[0] == (byte) 0xfe && payload[1] == (byte) 0xff)
                    || (payload[0] == (byte) 0xff && payload[1] == (byte) 0xfe)));
    return !wide
        && ContentFormat.looksBinary(payload, Math.min(payload.length, ContentFormat.SNIFF_BYTES));
  }

  /** The record's own fields every outcome of it carries. */
  private record Target(
      String locator, String recordId, String url, String date, String warcType) {
    String urlOrEmpty() {
      return url == null ? "" : url;
    }
  }

  private static String decode(byte[] bytes, String charset) {
    return new String(bytes, charsetOrUtf8(charset));
  }

  private static Charset charsetOrUtf8(String name) {
    Charset charset = HtmlText.charsetOrNull(name);
    return charset == null ? StandardCharsets.UTF_8 : charset;
  }

  /** A WARC-Record-ID without its angle brackets. */
  private static String recordId(String raw) {
    if (raw == null) {
      return null;
    }
    String id = raw.trim();
    if (id.startsWith("<") && id.endsWith(">")) {
      id = id.substring(1, id.length() - 1);
    }
    return id.isEmpty() ? null : id;
  }

  /** The path of a URL as browsers read it ({@link WebUrl}); null when it is no web URL. */
  static String pathOf(String url) {
    WebUrl parsed = WebUrl.parse(url);
    return parsed == null ? null : parsed.path();
  }

  /** The targets of {@code Link} header entries with {@code rel="license"}, made absolute. */
  static Set<String> licenseLinks(List<String> linkHeaders, String base) {
    Set<String> links = new LinkedHashSet<>();
    for (String header : linkHeaders) {
      Matcher link = LINK_VALUE.matcher(header);
      while (link.find()) {
        Matcher rel = REL_PARAM.matcher(link.group(2));
        while (rel.find()) {
          String tokens = rel.group(1) != null ? rel.group(1) : rel.group(2);
          if (HtmlText.hasToken(tokens, "license")) {
            links.add(absolute(link.group(1).trim(), base));
            break;
          }
        }
      }
    }
    return links;
  }

  private static String absolute(String href, String base) {
    if (base == null) {
      return href;
    }
    try {
      return new URI(base).resolve(href).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return href;
    }
  }

  private static void putJoined(Map<String, String> into, String key, Iterable<String> values) {
    Set<String> kept = new LinkedHashSet<>();
    for (String value : values) {
      if (!value.isBlank()) {
        kept.add(value.trim());
      }
    }
    if (!kept.isEmpty()) {
      into.put(key, String.join(JOIN, kept));
    }
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(", ", values);
  }

  /** An in-memory block that jwarc's HTTP parser sizes the body from. */
  private static LengthedBody inMemory(byte[] block) {
    return LengthedBody.create(
        Channels.newChannel(new ByteArrayInputStream(block)), ByteBuffer.allocate(0),
        block.length);
  }

  private static byte[] readAtMost(ReadableByteChannel body, long limit) throws IOException {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 8);
    InputStream in = Channels.newInputStream(body);
    return in.readNBytes(cap);
  }

  /** The start of a body for an excerpt; a body too broken to read has none. */
  private static byte[] excerptOf(ReadableByteChannel body) {
    try {
      return readAtMost(body, EXCERPT_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /**
   * A declared media type, parsed leniently: web servers send anything.
   *
   * @param base {@code type/subtype} in lower case, or empty when none was declared
   * @param charset the {@code charset} parameter, or null
   */
  private record MediaType(String base, String charset) {
    static final MediaType PLAIN = new MediaType("text/plain", null);

    static MediaType parse(String header) {
      if (header == null || header.isBlank()) {
        return new MediaType("", null);
      }
      // Several Content-Type headers were joined by ", ": the first one counts.
      String[] parts = header.split(",")[0].split(";");
      String charset = null;
      for (int i = 1; i < parts.length; i++) {
        String[] parameter = parts[i].split("=", 2);
        if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
          charset = parameter[1].trim().replace("\"", "").replace("'", "");
        }
      }
      String base = parts[0].trim().toLowerCase(Locale.ROOT);
      return new MediaType(base, charset == null || charset.isEmpty() ? null : charset);
    }

    boolean isHtml() {
      return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    boolean isText() {
      return base.startsWith("text/");
    }

    /** This type, or for an undeclared one what the payload looks like. */
    MediaType orSniffed(byte[] payload) {
      if (!base.isEmpty()) {
        return this;
      }
      String head =
          new String(payload, 0, Math.min(payload.length, 1024), StandardCharsets.ISO_8859_1)
              .stripLeading()
              .toLowerCase(Locale.ROOT);
      if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
        return new MediaType("text/html", charset);
      }
      return new MediaType("text/plain", charset);
    }
  }

  /**
   * The raw file as a channel that remembers the last {@link #HISTORY_BYTES} bytes it read, so that
   * reading can go back to a record start that a parser had already buffered past.
   */
  private static final class ReplayChannel implements ReadableByteChannel {
    private final InputStream in;
    private final byte[] history = new byte[HISTORY_BYTES];
    /** Bytes read from {@link #in} so far; the history holds the last of them. */
    private long fetched;
    /** Offset of the next byte handed out. */
    private long delivered;
    private boolean endOfInput;
    private IOException failure;
    private boolean open = true;

    ReplayChannel(InputStream in) {
      this.in = in;
    }

    long position() {
      return delivered;
    }

    boolean endOfInput() {
      return endOfInput;
    }

    /** The failure of the underlying stream, if it failed. */
    IOException failure() {
      return failure;
    }

    @Override
    public int read(ByteBuffer into) throws IOException {
      if (!open) {
        throw new ClosedChannelException();
      }
      if (!into.hasRemaining()) {
        return 0;
      }
      if (delivered == fetched && fetch(into.remaining()) < 0) {
        return -1;
      }
      int index = index(delivered);
      int count =
          (int) Math.min(Math.min(into.remaining(), fetched - delivered), history.length - index);
      into.put(history, index, count);
      delivered += count;
      return count;
    }

    /** Hands out bytes again from an offset still in the history. */
    void rewind(long offset) {
      if (offset < oldest() || offset > fetched) {
        throw new IllegalArgumentException(
            "Cannot rewind to offset " + offset + ": only " + oldest() + " to " + fetched
                + " are kept");
      }
      delivered = offset;
    }

    /**
     * The offset of the first occurrence of {@code marker} at or after {@code from} (or after the
     * oldest byte kept, if later), reading on as needed; -1 when the input ends first.
     */
    long find(byte[] marker, long from) throws IOException {
      long at = Math.max(from, oldest());
      while (true) {
        while (at + marker.length > fetched) {
          // Keep the bytes from `at` on: fetch no more than the history has room for.
          int room = history.length - (int) (fetched - at);
          if (fetch(Math.min(room, 1 << 16)) < 0) {
            return -1;
          }
        }
        if (matches(marker, at)) {
          return at;
        }
        at++;
      }
    }

    private boolean matches(byte[] marker, long at) {
      for (int i = 0; i < marker.length; i++) {
        if (history[index(at + i)] != marker[i]) {
          return false;
        }
      }
      return true;
    }

    private int fetch(int wanted) throws IOException {
      if (endOfInput) {
        return -1;
      }
      int index = index(fetched);
      int count;
      try {
        count = in.read(history, index, Math.min(wanted, history.length - index));
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (count < 0) {
        endOfInput = true;
        return -1;
      }
      fetched += count;
      return count;
    }

    private long oldest() {
      return Math.max(0, fetched - history.length);
    }

    private int index(long offset) {
      return (int) (offset % history.length);
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      in.close();
    }
  }
}
