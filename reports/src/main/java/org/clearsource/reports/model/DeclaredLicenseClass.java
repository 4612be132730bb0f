package org.clearsource.reports.model;

import java.util.Locale;
import org.clearsource.licensing.license.DeclaredLicenses;

/**
 * The licence class ({@link StageCounters#LICENSE_CLASSES}) of a declared SPDX expression, as the
 * licensing stage classifies it: AND takes the most restrictive term, OR the least, and licences it
 * does not know are {@code unknown}. One classifier for both, so that a report's declared classes and
 * the scan's declared-vs-found conflicts never disagree.
 */
public final class DeclaredLicenseClass {

  private DeclaredLicenseClass() {}

  /** The class of an SPDX expression; null for null (nothing declared). */
  public static String of(String expression) {
    if (expression == null) {
      return null;
    }
    return DeclaredLicenses.classOf(expression).name().toLowerCase(Locale.ROOT);
  }
}
