package org.clearsource.core.manifest;

import java.io.Serializable;
import java.util.List;

/**
 * How a source's records are read. Build with {@link #builder()}; every default is documented there.
 *
 * @param textFields field (or dotted path) names holding the text, tried in order
 * @param idFields field names holding the record's own id, tried in order
 * @param urlFields field names holding the record's URL, tried in order
 * @param maxRecordBytes records longer than this are quarantined, never held in memory whole
 * @param exclude glob patterns (on the path below the source's root) of files to leave out
 * @param includeHidden whether names starting with "." or "_" are read (they are listed as skipped
 *     otherwise)
 * @param followLinks whether symbolic links that lead outside the source's root are followed (links
 *     inside it always are; a file reached by two paths is read once either way)
 */
public record ReaderOptions(
    List<String> textFields,
    List<String> idFields,
    List<String> urlFields,
    long maxRecordBytes,
    List<String> exclude,
    boolean includeHidden,
    boolean followLinks)
    implements Serializable {

  /** Dolma, RedPajama and most Hugging Face text corpora need nothing else. */
  public static final List<String> DEFAULT_TEXT_FIELDS = List.of("text", "raw_content", "content");

  public static final List<String> DEFAULT_ID_FIELDS = List.of("id", "doc_id", "docid");

  public static final List<String> DEFAULT_URL_FIELDS =
      List.of("url", "metadata.url", "meta.url", "source_url");

  public static final long DEFAULT_MAX_RECORD_BYTES = 32L << 20;

  public ReaderOptions {
    if (textFields.isEmpty()) {
      throw new IllegalArgumentException("Cannot read records without at least one text field");
    }
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException(
          "Cannot use a record size limit of " + maxRecordBytes + " bytes: it must be positive");
    }
    textFields = List.copyOf(textFields);
    idFields = List.copyOf(idFields);
    urlFields = List.copyOf(urlFields);
    exclude = List.copyOf(exclude);
  }

  public static ReaderOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReaderOptions}. */
  public static final class Builder {
    private List<String> textFields = DEFAULT_TEXT_FIELDS;
    private List<String> idFields = DEFAULT_ID_FIELDS;
    private List<String> urlFields = DEFAULT_URL_FIELDS;
    private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
    private List<String> exclude = List.of();
    private boolean includeHidden = false;
    private boolean followLinks = false;

    private Builder() {}

    /** Default: {@code text}, {@code raw_content}, {@code content}. */
    public Builder textFields(List<String> fields) {
      this.textFields = fields;
      return this;
    }

    /** Default: {@code id}, {@code doc_id}, {@code docid}. */
    public Builder idFields(List<String> fields) {
      this.idFields = fields;
      return this;
    }

    /** Default: {@code url}, {@code metadata.url}, {@code meta.url}, {@code source_url}. */
    public Builder urlFields(List<String> fields) {
      this.urlFields = fields;
      return this;
    }

    /** Default: 32 MiB. */
    public Builder maxRecordBytes(long bytes) {
      this.maxRecordBytes = bytes;
      return this;
    }

    /** Default: none. */
    public Builder exclude(List<String> patterns) {
      this.exclude = patterns;
      return this;
    }

    /**
     * Default: false, files and directories whose names start with "." or "_" (like {@code .git}
     * or Spark's {@code _SUCCESS}) are listed as skipped and not read.
     */
    public Builder includeHidden(boolean include) {
      this.includeHidden = include;
      return this;
    }

    /**
     * Default: false, a symbolic link leading outside the source's root is listed as skipped; a
     * link inside the root is followed either way.
     */
    public Builder followLinks(boolean follow) {
      this.followLinks = follow;
      return this;
    }

    public ReaderOptions build() {
      return new ReaderOptions(
          textFields, idFields, urlFields, maxRecordBytes, exclude, includeHidden, followLinks);
    }
  }
}
