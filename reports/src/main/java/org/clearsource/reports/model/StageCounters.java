package org.clearsource.reports.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every name the reports expect from the other stages, in one place. That covers the stats files
 * and their counters ({@code stats/<stage>.json}, per source, dotted names), and the columns of the
 * dedup and scan tables the reports read (their paths come from {@code RunLayout}).
 * docs/reports.md lists them all; a stage that writes other names must change here.
 *
 * <p>For unshareable sources the reports use only the fixed vocabularies below. Free text (a
 * licence expression, a copyright holder) is never read for them, so nothing of such a source's
 * content can reach a report through a name.
 */
public final class StageCounters {

  // Stages
  public static final String INGEST = "ingest";
  public static final String DEDUP = "dedup";
  public static final String SCAN = "scan";

  /** The stages a report knows, in pipeline order. */
  public static final List<String> STAGES = List.of(INGEST, DEDUP, SCAN);

  /**
   * Where a stage without its own parameters file may record its parameters: {@code
   * stats/<stage>.parameters.json}, a flat JSON object. Dedup writes {@code dedup/parameters.json}
   * ({@code RunLayout.dedupParameters()}). The report shows the {@value #PARAMETERS_FIELD} object of
   * either file, or its top-level values when it has none, verbatim.
   */
  public static String parametersFile(String stage) {
    return "stats/" + stage + ".parameters.json";
  }

  public static final String PARAMETERS_FIELD = "parameters";

  // Ingest counters (docs/tables.md)
  public static final String FILES = "files";
  public static final String FILE_BYTES = "file_bytes";
  /** Entries of a source's tree left unread; {@code files_skipped.<reason>} per reason. */
  public static final String FILES_SKIPPED = "files_skipped";
  public static final String FILE_FORMAT_PREFIX = "files.format";
  public static final String FILE_COMPRESSION_PREFIX = "files.compression";
  public static final String RECORDS_SEEN = "records_seen";
  public static final String DOCUMENTS = "documents";
  public static final String TEXT_BYTES = "text_bytes";
  public static final String TOKENS_ESTIMATE = "tokens_estimate";
  public static final String LANGUAGE_PREFIX = "language";
  public static final String QUARANTINED = "quarantined";
  public static final String CAPTURED = "captured";
  /** Documents with a URL that has no usable host: no site's robots.txt can apply to them. */
  public static final String URLS_WITHOUT_HOST = "urls_without_host";

  // Dedup counters, per source
  /** Documents the dedup stage saw (equals ingest's documents). */
  public static final String DEDUP_DOCUMENTS = "documents";
  /** Documents that are exact copies of their cluster's representative. */
  public static final String EXACT_DUPLICATES = "exact_duplicates";
  /** Documents that are near copies (not exact) of their cluster's representative. */
  public static final String NEAR_DUPLICATES = "near_duplicates";

  // Contamination counters (stats/contamination.json), per evaluation set
  /** The contamination check's stats name. */
  public static final String CONTAMINATION = "contamination";
  /** Items of the set that were checked. */
  public static final String CONTAMINATION_ITEMS = "items";
  /** Items sharing a long word sequence with at least one corpus document. */
  public static final String CONTAMINATED_ITEMS = "contaminated_items";
  /**
   * Corpus documents sharing a sequence with at least one item; {@code
   * contaminated_documents.<source>} per corpus source.
   */
  public static final String CONTAMINATED_DOCUMENTS = "contaminated_documents";

  // Dedup tables
  /** {@code dedup/documents}: whether a document represents its cluster. */
  public static final String COLUMN_IS_REPRESENTATIVE = "is_representative";
  /** {@code dedup/overlap}: documents of source A in a cluster with a document of source B. */
  public static final String COLUMN_SOURCE_A = "source_a";
  public static final String COLUMN_SOURCE_B = "source_b";
  public static final String COLUMN_OVERLAP_DOCUMENTS = "documents";

  // Scan counters, per source
  /** Documents the scan stage saw. */
  public static final String SCAN_DOCUMENTS = "documents";
  /** Documents in which a licence was found. */
  public static final String LICENSE_FOUND = "license_found";
  /** {@code license_class.<class>}: documents whose found licences fall in a class (below). */
  public static final String LICENSE_CLASS_PREFIX = "license_class";
  /** Documents carrying at least one copyright statement. */
  public static final String COPYRIGHT_NOTICES = "copyright_notices";
  /** Documents whose rights are reserved by at least one opt-out signal. */
  public static final String OPTOUT_RESERVED = "optout.reserved";
  /** {@code optout.signal.<kind>}: documents carrying a reserving signal of that kind (below). */
  public static final String OPTOUT_SIGNAL_PREFIX = "optout.signal";
  /** {@code pii.<kind>}: matches of personal data of that kind (below). */
  public static final String PII_PREFIX = "pii";
  /** Documents with at least one personal-data match. */
  public static final String PII_DOCUMENTS = "pii.documents";
  /** Documents whose found licence class is more restrictive than the declared licence's. */
  public static final String LICENSE_CONFLICTS = "conflict.documents";
  /** {@code conflict.<class>}: those documents per found class. */
  public static final String LICENSE_CONFLICT_PREFIX = "conflict";

  // Scan table (signals)
  /** The document's licence, an SPDX expression; {@value #NO_EXPRESSION} when none was found. */
  public static final String COLUMN_LICENSE_EXPRESSION = "license_expression";
  public static final String NO_EXPRESSION = "NOASSERTION";
  /** The document's licence class (below). */
  public static final String COLUMN_LICENSE_CLASS = "license_class";
  /** The holders named in the document's copyright statements. */
  public static final String COLUMN_COPYRIGHT_HOLDERS = "copyright_holders";
  /** {@code reserved}, {@code not_reserved} or {@code unknown}. */
  public static final String COLUMN_OPTOUT_STATUS = "optout_status";
  public static final String OPTOUT_STATUS_RESERVED = "reserved";

  // Vocabularies
  /**
   * Licence classes, from least to most restrictive, as the licensing stage names them; {@code
   * unknown} is a licence it cannot classify, {@code none} a document where no licence was found.
   */
  public static final List<String> LICENSE_CLASSES =
      List.of(
          "public_domain", "permissive", "attribution", "weak_copyleft", "share_alike",
          "strong_copyleft", "non_commercial", "no_derivatives", "all_rights_reserved", "unknown",
          "none");

  /** Kinds of reserving opt-out signals (STANDARDS.md, rights reservation). */
  public static final List<String> OPTOUT_SIGNALS =
      List.of(
          "tdmrep_header", "tdmrep_meta", "tdmrep_json", "noai_meta", "noai_header",
          "robots_txt_ai_agent");

  /** Personal-data kinds the scan counts. */
  public static final List<String> PII_KINDS =
      List.of("emails", "phones", "ip_addresses", "payment_cards");

  /** What a counter-name part from a fixed vocabulary looks like (reasons, kinds, languages). */
  private static final Pattern VOCABULARY_WORD = Pattern.compile("[a-z][a-z0-9_]{0,40}");

  private StageCounters() {}

  /**
   * True for a word that can only name a category (a quarantine reason, a format, a class), never
   * carry content: lower-case letters, digits and underscores, short.
   */
  public static boolean isVocabularyWord(String word) {
    return VOCABULARY_WORD.matcher(word).matches();
  }
}
