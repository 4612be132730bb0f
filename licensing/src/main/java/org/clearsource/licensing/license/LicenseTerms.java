package org.clearsource.licensing.license;

import java.util.Objects;

/**
 * The class of a licence and the conditions data users track, as the Data Provenance Initiative
 * does: must credit the author, must share adaptations alike, may not use commercially.
 *
 * @param licenseClass the class, see {@link LicenseClass} for the order
 * @param attributionRequired copies must credit the author or keep the notice
 * @param shareAlike adaptations must carry the same licence (copyleft and CC-SA)
 * @param nonCommercial commercial use is not granted
 */
public record LicenseTerms(
    LicenseClass licenseClass,
    boolean attributionRequired,
    boolean shareAlike,
    boolean nonCommercial) {

  /** Terms of a licence we cannot classify: unknown class, no condition asserted. */
  public static final LicenseTerms UNKNOWN =
      new LicenseTerms(LicenseClass.UNKNOWN, false, false, false);

  public LicenseTerms {
    Objects.requireNonNull(licenseClass, "Cannot create licence terms without a class");
  }

  /** Terms of a licence of this class with the conditions the class implies. */
  public static LicenseTerms of(LicenseClass licenseClass) {
    return switch (licenseClass) {
      case PUBLIC_DOMAIN, UNKNOWN, ALL_RIGHTS_RESERVED ->
          new LicenseTerms(licenseClass, false, false, false);
      case PERMISSIVE, ATTRIBUTION, NO_DERIVATIVES ->
          new LicenseTerms(licenseClass, true, false, false);
      case WEAK_COPYLEFT, SHARE_ALIKE, STRONG_COPYLEFT ->
          new LicenseTerms(licenseClass, true, true, false);
      case NON_COMMERCIAL -> new LicenseTerms(licenseClass, true, false, true);
    };
  }

  /** Both sets of terms apply (SPDX AND): the most restrictive class and every condition. */
  public LicenseTerms and(LicenseTerms other) {
    return new LicenseTerms(
        licenseClass.mostRestrictive(other.licenseClass),
        attributionRequired || other.attributionRequired,
        shareAlike || other.shareAlike,
        nonCommercial || other.nonCommercial);
  }

  /**
   * The user may choose (SPDX OR): the least restrictive option, since a user who wants the most
   * freedom takes it. Unknown options are never chosen over known ones.
   */
  public LicenseTerms or(LicenseTerms other) {
    int order = licenseClass.compareTo(other.licenseClass);
    if (order != 0) {
      return order < 0 ? this : other;
    }
    return conditionCount() <= other.conditionCount() ? this : other;
  }

  private int conditionCount() {
    return (attributionRequired ? 1 : 0) + (shareAlike ? 1 : 0) + (nonCommercial ? 1 : 0);
  }
}
