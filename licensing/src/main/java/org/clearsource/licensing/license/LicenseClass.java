package org.clearsource.licensing.license;

/**
 * What a licence lets a data user do, in the classes data-rights audits use, declared from the
 * least to the most restrictive; {@link #compareTo} is that order, so "the most restrictive
 * wins" is {@code max}.
 *
 * <ol>
 *   <li>{@link #PUBLIC_DOMAIN}: no conditions (CC0-1.0, Unlicense, 0BSD, MIT-0, public domain).
 *   <li>{@link #PERMISSIVE}: keep the notice (MIT, BSD, Apache-2.0, ISC, Zlib).
 *   <li>{@link #ATTRIBUTION}: credit the author in the way the licence says (CC-BY, ODC-By).
 *   <li>{@link #WEAK_COPYLEFT}: changes to the licensed files stay under it (LGPL, MPL, EPL, CDDL).
 *   <li>{@link #SHARE_ALIKE}: adaptations of the content carry the same licence (CC-BY-SA, GFDL,
 *       ODbL).
 *   <li>{@link #STRONG_COPYLEFT}: whole derived works carry the same licence (GPL, AGPL, EUPL).
 *   <li>{@link #NON_COMMERCIAL}: no commercial use (CC-BY-NC*, "for personal use only").
 *   <li>{@link #NO_DERIVATIVES}: no adaptations at all (CC-BY-ND*, CC-BY-NC-ND*).
 *   <li>{@link #ALL_RIGHTS_RESERVED}: nothing is granted ("All rights reserved", "may not be
 *       reproduced without permission").
 *   <li>{@link #UNKNOWN}: a licence we cannot classify; ranked last so that it is never hidden
 *       behind a known class.
 * </ol>
 */
public enum LicenseClass {
  PUBLIC_DOMAIN,
  PERMISSIVE,
  ATTRIBUTION,
  WEAK_COPYLEFT,
  SHARE_ALIKE,
  STRONG_COPYLEFT,
  NON_COMMERCIAL,
  NO_DERIVATIVES,
  ALL_RIGHTS_RESERVED,
  UNKNOWN;

  /** The more restrictive of the two. */
  public LicenseClass mostRestrictive(LicenseClass other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
