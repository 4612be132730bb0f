package org.clearsource.ingestion.read;

import java.util.Map;
import java.util.Objects;

/**
 * A record read as a document.
 *
 * @param locator where it sits in its file (see {@link ReadOutcome#locator()})
 * @param recordId the record's own id (JSON id field, WARC-Record-ID), or null
 * @param url the URL it was fetched from, or null
 * @param text the text, never null
 * @param title the title (HTML title, archive member name), or null
 * @param contentType the MIME type it came as (e.g. {@code text/html}), or null
 * @param date when it was fetched or created (ISO 8601), or null
 * @param metadata the signals later stages need, under the keys of {@link MetadataKeys}
 */
public record ParsedDocument(
    String locator,
    String recordId,
    String url,
    String text,
    String title,
    String contentType,
    String date,
    Map<String, String> metadata)
    implements ReadOutcome {

  public ParsedDocument {
    Objects.requireNonNull(locator, "Cannot create a document without a locator");
    Objects.requireNonNull(text, "Cannot create a document without text");
    metadata = Map.copyOf(metadata);
  }

  /** A document that carries nothing but its text and where it sits. */
  public static ParsedDocument ofText(String locator, String text) {
    return new ParsedDocument(locator, null, null, text, null, null, null, Map.of());
  }
}
