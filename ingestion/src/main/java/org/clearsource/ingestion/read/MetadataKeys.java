package org.clearsource.ingestion.read;

/**
 * The keys of {@link ParsedDocument#metadata()}: HTTP headers and HTML metadata that the licensing
 * and report stages read. Values are kept as found (trimmed); several values are joined by " | ".
 */
public final class MetadataKeys {

  /** HTTP {@code X-Robots-Tag} header. */
  public static final String HTTP_X_ROBOTS_TAG = "http.x-robots-tag";
  /** HTTP {@code tdm-reservation} header (TDMRep). */
  public static final String HTTP_TDM_RESERVATION = "http.tdm-reservation";
  /** HTTP {@code tdm-policy} header (TDMRep). */
  public static final String HTTP_TDM_POLICY = "http.tdm-policy";
  /** HTTP {@code Content-Type} header as sent. */
  public static final String HTTP_CONTENT_TYPE = "http.content-type";
  /** HTTP {@code Link} headers with {@code rel="license"}. */
  public static final String HTTP_LICENSE_LINK = "http.link-license";
  /** HTTP status code of the response. */
  public static final String HTTP_STATUS = "http.status";
  /** {@code <meta name="robots">} content. */
  public static final String HTML_ROBOTS = "html.robots";
  /** {@code <meta name="tdm-reservation">} content. */
  public static final String HTML_TDM_RESERVATION = "html.tdm-reservation";
  /** {@code <meta name="tdm-policy">} content. */
  public static final String HTML_TDM_POLICY = "html.tdm-policy";
  /** hrefs of {@code <link rel="license">} and {@code <a rel="license">}, absolute. */
  public static final String HTML_LICENSE = "html.license";
  /** The {@code lang} attribute of {@code <html>}. */
  public static final String HTML_LANG = "html.lang";
  /** The charset the text was decoded with. */
  public static final String CHARSET = "charset";
  /** Path of the member inside a tar or zip archive. */
  public static final String ARCHIVE_ENTRY = "archive.entry";
  /** The WARC record type the document came from (response, resource, conversion). */
  public static final String WARC_TYPE = "warc.type";

  private MetadataKeys() {}
}
