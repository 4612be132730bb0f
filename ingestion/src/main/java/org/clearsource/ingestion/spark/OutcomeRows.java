package org.clearsource.ingestion.spark;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.document.DocumentIds;
import org.clearsource.ingestion.document.LanguageIdentifier;
import org.clearsource.ingestion.document.UrlParts;
import org.clearsource.ingestion.plan.TaskOutcome;
import org.clearsource.ingestion.read.Capture;
import org.clearsource.ingestion.read.ParsedDocument;
import org.clearsource.ingestion.read.Quarantined;
import org.clearsource.ingestion.read.ReadOutcome;

/**
 * Turns read outcomes into rows of {@link CorpusTables#DOCUMENTS}. Quarantine and capture rows ride
 * in the same schema under reserved source ids, their own fields in the metadata map, so that one
 * pass over the corpus writes all three tables (see {@link IngestStage}).
 */
final class OutcomeRows {

  static final String QUARANTINE_PARTITION = "_quarantine";
  static final String CAPTURE_PARTITION = "_captures";
  static final String KEY_SOURCE = "_source_id";
  static final String KEY_REASON = "_reason";
  static final String KEY_DETAIL = "_detail";
  static final String KEY_EXCERPT = "_excerpt";
  static final String KEY_KIND = "_kind";
  static final String KEY_STATUS = "_status";

  private OutcomeRows() {}

  static Row toRow(TaskOutcome taskOutcome) {
    ListedFile file = taskOutcome.task().entry().file();
    String format = taskOutcome.task().entry().format().id();
    String docId = DocumentIds.of(file.sourceId(), file.relativePath(), taskOutcome.outcome().locator());
    ReadOutcome outcome = taskOutcome.outcome();
    if (outcome instanceof ParsedDocument document) {
      return document(file, format, docId, document);
    }
    if (outcome instanceof Quarantined quarantined) {
      return quarantine(file, format, docId, quarantined, taskOutcome.task().unshareable());
    }
    return capture(file, format, docId, (Capture) outcome);
  }

  private static Row document(ListedFile file, String format, String docId, ParsedDocument document) {
    String host = UrlParts.host(document.url());
    long bytes = utf8Length(document.text());
    return RowFactory.create(
        docId,
        file.sourceId(),
        file.uri(),
        file.relativePath(),
        document.locator(),
        document.recordId(),
        document.url(),
        host,
        UrlParts.domain(host),
        document.title(),
        document.text(),
        document.contentType(),
        document.date(),
        bytes,
        tokensEstimate(bytes),
        LanguageIdentifier.identify(document.text()),
        format,
        scalaMap(document.metadata()));
  }

  private static Row quarantine(
      ListedFile file, String format, String docId, Quarantined quarantined, boolean unshareable) {
    Map<String, String> fields = new HashMap<>();
    fields.put(KEY_SOURCE, file.sourceId());
    fields.put(KEY_REASON, quarantined.reason().id());
    putIfPresent(fields, KEY_DETAIL, quarantined.detail());
    // Unshareable sources contribute numbers, never text: not even a quarantine excerpt.
    if (!unshareable) {
      putIfPresent(fields, KEY_EXCERPT, quarantined.excerpt());
    }
    return RowFactory.create(
        docId, QUARANTINE_PARTITION, file.uri(), file.relativePath(), quarantined.locator(),
        null, null, null, null, null, "", null, null, 0L, 0L, LanguageIdentifier.UNDETERMINED,
        format, scalaMap(fields));
  }

  private static Row capture(ListedFile file, String format, String docId, Capture capture) {
    Map<String, String> fields = new HashMap<>();
    fields.put(KEY_SOURCE, file.sourceId());
    fields.put(KEY_KIND, capture.kind().id());
    fields.put(KEY_STATUS, Integer.toString(capture.status()));
    String host = UrlParts.host(capture.url());
    String body = capture.body() == null ? "" : capture.body();
    return RowFactory.create(
        docId, CAPTURE_PARTITION, file.uri(), file.relativePath(), capture.locator(),
        null, capture.url(), host, UrlParts.domain(host), null, body, null, capture.date(),
        utf8Length(body), 0L, LanguageIdentifier.UNDETERMINED, format, scalaMap(fields));
  }

  /** Tokens are estimated as UTF-8 bytes / 4, the usual rule of thumb for BPE tokenizers. */
  static long tokensEstimate(long utf8Bytes) {
    return (utf8Bytes + 3) / 4;
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** Spark's row encoder wants a Scala map; a sorted one keeps the output stable. */
  private static scala.collection.Map<String, String> scalaMap(Map<String, String> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new java.util.TreeMap<>(map));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
