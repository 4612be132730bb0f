package org.clearsource.licensing.scan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clearsource.licensing.copyright.CopyrightExtractor;
import org.clearsource.licensing.copyright.CopyrightFindings;
import org.clearsource.licensing.license.LicenseDetector;
import org.clearsource.licensing.license.LicenseFinding;
import org.clearsource.licensing.license.LicenseSummary;
import org.clearsource.licensing.optout.OptOutJudge;
import org.clearsource.licensing.pii.PiiCounter;

/**
 * Scans one document for every rights signal: licences, copyright statements, opt-out signals
 * and PII counts. One scanner per task: the licence detector is shared by the JVM, the opt-out
 * judge caches the site rules of the hosts it has seen.
 */
public final class DocumentScanner {

  private final LicenseDetector licenses;
  private final OptOutJudge optOut;

  public DocumentScanner(LicenseDetector licenses, OptOutJudge optOut) {
    this.licenses = Objects.requireNonNull(licenses, "Cannot scan without a licence detector");
    this.optOut = Objects.requireNonNull(optOut, "Cannot scan without an opt-out judge");
  }

  /**
   * @param text the document's text
   * @param url where it was fetched, or null
   * @param host the URL's host, or null
   * @param domain the host's registrable domain, or null
   * @param metadata the document's rights metadata (see docs/tables.md)
   */
  public DocumentSignals scan(
      String text, String url, String host, String domain, Map<String, String> metadata) {
    String safeText = text == null ? "" : text;
    Map<String, String> safeMetadata = metadata == null ? Map.of() : metadata;
    List<LicenseFinding> found = licenses.detect(safeText, safeMetadata);
    CopyrightFindings copyrights = CopyrightExtractor.scan(safeText);
    return new DocumentSignals(
        found,
        LicenseSummary.of(found),
        copyrights.statements(),
        copyrights.mentions(),
        optOut.judge(url, host, domain, safeMetadata),
        PiiCounter.count(safeText));
  }
}
