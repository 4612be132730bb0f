package org.clearsource.licensing.license;

import java.util.Locale;

/** Compares what documents say with the licence a source declares in the manifest. */
public final class DeclaredLicenses {

  private DeclaredLicenses() {}

  /** The class of a declared SPDX expression (as the manifest holds it, already validated). */
  public static LicenseClass classOf(String declaredExpression) {
    return LicenseClassifier.terms(declaredExpression).licenseClass();
  }

  /**
   * True when a document's licence class is more restrictive than the declared licence allows,
   * e.g. a document saying "All rights reserved" in a source declared CC-BY-4.0. An unknown class,
   * on either side, is no evidence of a conflict.
   *
   * @param documentClass a {@link LicenseClass} name, any case
   */
  public static boolean isMoreRestrictive(String documentClass, String declaredExpression) {
    LicenseClass found = LicenseClass.valueOf(documentClass.toUpperCase(Locale.ROOT));
    LicenseClass declared = classOf(declaredExpression);
    return found != LicenseClass.UNKNOWN && declared != LicenseClass.UNKNOWN
        && found.compareTo(declared) > 0;
  }
}
