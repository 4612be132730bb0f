package org.clearsource.licensing.license;

import java.util.List;
import java.util.Map;
import org.clearsource.core.spdx.SpdxExpression;
import org.clearsource.core.spdx.SpdxLicenseList;

/**
 * SPDX ids as the detector reports them: current ids only. Deprecated GNU ids become their
 * explicit forms ({@code GPL-2.0} is {@code GPL-2.0-only}, {@code GPL-2.0+} is {@code
 * GPL-2.0-or-later}), the deprecated "GPL with exception" ids become WITH expressions, and a few
 * renamed ids their successors.
 */
final class SpdxIds {

  private static final List<String> GNU_FAMILIES = List.of("GPL-", "LGPL-", "AGPL-", "GFDL-");

  private static final Map<String, String[]> WITH_EXCEPTION = Map.of(
      "GPL-2.0-with-autoconf-exception", new String[] {"GPL-2.0-only", "Autoconf-exception-2.0"},
      "GPL-2.0-with-bison-exception", new String[] {"GPL-2.0-or-later", "Bison-exception-2.2"},
      "GPL-2.0-with-classpath-exception", new String[] {"GPL-2.0-only", "Classpath-exception-2.0"},
      "GPL-2.0-with-font-exception", new String[] {"GPL-2.0-only", "Font-exception-2.0"},
      "GPL-2.0-with-GCC-exception", new String[] {"GPL-2.0-or-later", "GCC-exception-2.0"},
      "GPL-3.0-with-autoconf-exception",
      new String[] {"GPL-3.0-or-later", "Autoconf-exception-3.0"},
      "GPL-3.0-with-GCC-exception", new String[] {"GPL-3.0-or-later", "GCC-exception-3.1"});

  private static final Map<String, String> RENAMED = Map.of(
      "BSD-2-Clause-FreeBSD", "BSD-2-Clause", "BSD-2-Clause-NetBSD", "BSD-2-Clause",
      "bzip2-1.0.5", "bzip2-1.0.6", "StandardML-NJ", "SMLNJ", "Nunit", "zlib-acknowledgement");

  private SpdxIds() {}

  /** The canonical current licence id, or null when it is not a current listed licence. */
  static String listed(String id) {
    SpdxLicenseList list = SpdxLicenseList.get();
    String canonical = list.canonicalLicenseId(id);
    return canonical == null || list.isDeprecated(canonical) ? null : canonical;
  }

  /** The canonical exception id, or null. */
  static String exception(String id) {
    return SpdxLicenseList.get().canonicalExceptionId(id);
  }

  /**
   * The current id for a listed licence or exception id in any spelling ("gpl-3.0" gives
   * "GPL-3.0-only"), or null when the list has no such id.
   */
  static String current(String id) {
    try {
      return upgrade(SpdxExpression.parse(id)).toString();
    } catch (IllegalArgumentException e) {
      return exception(id);
    }
  }

  /** {@code GPL-2.0-only} or {@code GPL-2.0-or-later} for family "GPL" and version "2"/"2.0". */
  static String gnu(String family, String version, boolean orLater) {
    String full = version.indexOf('.') < 0 ? version + ".0" : version;
    return listed(family + "-" + full + (orLater ? "-or-later" : "-only"));
  }

  static boolean isGnu(String id) {
    for (String family : GNU_FAMILIES) {
      if (id.startsWith(family)) {
        return true;
      }
    }
    return false;
  }

  /** The id without "-only"/"-or-later", to compare GNU licences by family and version. */
  static String base(String id) {
    if (id.endsWith("-only")) {
      return id.substring(0, id.length() - "-only".length());
    }
    if (id.endsWith("-or-later")) {
      return id.substring(0, id.length() - "-or-later".length());
    }
    return id;
  }

  /** The expression with deprecated ids replaced by their current forms. */
  static SpdxExpression upgrade(SpdxExpression expression) {
    if (expression instanceof SpdxExpression.License license) {
      String id = license.id();
      String[] withException = WITH_EXCEPTION.get(id);
      if (withException != null) {
        return new SpdxExpression.With(
            new SpdxExpression.License(withException[0], false), withException[1]);
      }
      if (isGnu(id) && !id.endsWith("-only") && !id.endsWith("-or-later")) {
        String explicit = listed(id + (license.orLater() ? "-or-later" : "-only"));
        if (explicit != null) {
          return new SpdxExpression.License(explicit, false);
        }
      }
      if (isGnu(id) && id.endsWith("-only") && license.orLater()) {
        return new SpdxExpression.License(base(id) + "-or-later", false);
      }
      String renamed = RENAMED.get(id);
      return renamed == null ? license : new SpdxExpression.License(renamed, license.orLater());
    }
    if (expression instanceof SpdxExpression.With with) {
      return new SpdxExpression.With(upgrade(with.license()), with.exception());
    }
    if (expression instanceof SpdxExpression.And and) {
      return new SpdxExpression.And(and.terms().stream().map(SpdxIds::upgrade).toList());
    }
    if (expression instanceof SpdxExpression.Or or) {
      return new SpdxExpression.Or(or.terms().stream().map(SpdxIds::upgrade).toList());
    }
    return expression;
  }
}
