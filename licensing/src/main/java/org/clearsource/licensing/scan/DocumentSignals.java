package org.clearsource.licensing.scan;

import java.util.List;
import org.clearsource.licensing.copyright.CopyrightStatement;
import org.clearsource.licensing.license.LicenseFinding;
import org.clearsource.licensing.license.LicenseSummary;
import org.clearsource.licensing.optout.OptOutVerdict;
import org.clearsource.licensing.pii.PiiCounts;

/**
 * Every rights signal of one document.
 *
 * @param licenses licences found, in text order, then those from metadata
 * @param license what they add up to (expression, class; NOASSERTION when none)
 * @param copyrights copyright statements
 * @param copyrightMentions prose mentions of copyright that are not statements
 * @param optOut rights-reservation verdict with its signals
 * @param pii counts of personal-data indicators (never the values)
 */
public record DocumentSignals(
    List<LicenseFinding> licenses,
    LicenseSummary license,
    List<CopyrightStatement> copyrights,
    int copyrightMentions,
    OptOutVerdict optOut,
    PiiCounts pii) {

  public DocumentSignals {
    licenses = List.copyOf(licenses);
    copyrights = List.copyOf(copyrights);
  }
}
