package org.clearsource.licensing.license;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearsource.core.spdx.SpdxExpression;
import org.clearsource.core.spdx.SpdxLicenseList;

/**
 * The {@link LicenseTerms} of an SPDX expression. Listed licences are classified by family rules
 * (every {@code CC-BY-NC-SA-*} alike, every {@code GPL-*} strong copyleft, the long tail of
 * MIT/BSD/HPND-style notices permissive) and a table for the rest; an id that neither covers is
 * {@link LicenseClass#UNKNOWN}, never a guess. Compound expressions: AND applies both (most
 * restrictive class), OR lets the user choose (least restrictive option), WITH keeps the licence's
 * class except that a linking exception turns strong copyleft into weak.
 *
 * <p>Stateless and thread-safe.
 */
final class LicenseClassifier {

  /** The {@code LicenseRef-}s the detector reports, with their terms. */
  static final String ALL_RIGHTS_RESERVED = "LicenseRef-All-Rights-Reserved";
  static final String PERMISSION_REQUIRED = "LicenseRef-Permission-Required";
  static final String PERSONAL_USE_ONLY = "LicenseRef-Personal-Use-Only";
  static final String NON_COMMERCIAL_USE_ONLY = "LicenseRef-Non-Commercial-Use-Only";
  static final String PUBLIC_DOMAIN = "LicenseRef-Public-Domain";

  /**
   * Licence families named without a version ("the GPL", "a BSD license"): every version of the
   * family has these terms, so the class is known though the licence is not.
   */
  private static final Map<String, LicenseClass> UNVERSIONED_FAMILIES = Map.ofEntries(
      Map.entry("licenseref-gpl", LicenseClass.STRONG_COPYLEFT),
      Map.entry("licenseref-agpl", LicenseClass.STRONG_COPYLEFT),
      Map.entry("licenseref-eupl", LicenseClass.STRONG_COPYLEFT),
      Map.entry("licenseref-lgpl", LicenseClass.WEAK_COPYLEFT),
      Map.entry("licenseref-mpl", LicenseClass.WEAK_COPYLEFT),
      Map.entry("licenseref-epl", LicenseClass.WEAK_COPYLEFT),
      Map.entry("licenseref-cddl", LicenseClass.WEAK_COPYLEFT),
      Map.entry("licenseref-artistic", LicenseClass.WEAK_COPYLEFT),
      Map.entry("licenseref-gfdl", LicenseClass.SHARE_ALIKE),
      Map.entry("licenseref-apache", LicenseClass.PERMISSIVE),
      Map.entry("licenseref-bsd", LicenseClass.PERMISSIVE));

  private static final Map<String, LicenseTerms> REFS = Map.of(
      ALL_RIGHTS_RESERVED.toLowerCase(Locale.ROOT),
      LicenseTerms.of(LicenseClass.ALL_RIGHTS_RESERVED),
      PERMISSION_REQUIRED.toLowerCase(Locale.ROOT),
      LicenseTerms.of(LicenseClass.ALL_RIGHTS_RESERVED),
      PERSONAL_USE_ONLY.toLowerCase(Locale.ROOT),
      new LicenseTerms(LicenseClass.NON_COMMERCIAL, false, false, true),
      NON_COMMERCIAL_USE_ONLY.toLowerCase(Locale.ROOT),
      new LicenseTerms(LicenseClass.NON_COMMERCIAL, false, false, true),
      PUBLIC_DOMAIN.toLowerCase(Locale.ROOT), LicenseTerms.of(LicenseClass.PUBLIC_DOMAIN));

  /** No conditions at all: public-domain dedications and licences that ask for nothing. */
  private static final Set<String> PUBLIC_DOMAIN_IDS = Set.of(
      "CC0-1.0", "Unlicense", "Unlicense-libtelnet", "Unlicense-libwhirlpool", "0BSD", "MIT-0",
      "WTFPL", "WTFNMFPL", "PDDL-1.0", "CC-PDDC", "CC-PDM-1.0", "DL-DE-ZERO-2.0", "libselinux-1.0",
      "SAX-PD", "SAX-PD-2.0", "NIST-PD", "NIST-PD-fallback", "NIST-PD-TNT", "NCBI-PD", "NTIA-PD",
      "ANTLR-PD", "ANTLR-PD-fallback", "blessing", "FSFAP-no-warranty-disclaimer", "NTP-0",
      "O-UDA-1.0");

  /** Changes to the licensed files stay under the licence; the larger work need not. */
  private static final Set<String> WEAK_COPYLEFT_IDS = Set.of(
      "LGPLLR", "CDDL-1.0", "CDDL-1.1", "CPL-1.0", "IPL-1.0", "SPL-1.0", "NPL-1.0", "NPL-1.1",
      "ErlPL-1.1", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0", "MS-RL", "CECILL-C",
      "Artistic-1.0", "Artistic-1.0-cl8", "Artistic-1.0-Perl", "Artistic-2.0", "ClArtistic",
      "CUA-OPL-1.0", "Motosoto", "RPSL-1.0", "SISSL", "SISSL-1.2", "LPL-1.0", "LPL-1.02",
      "CATOSL-1.1", "OSET-PL-2.1", "Interbase-1.0", "SugarCRM-1.1.3", "Zimbra-1.3", "Zimbra-1.4",
      "gSOAP-1.3b", "CERN-OHL-W-2.0", "ESA-PL-weak-copyleft-2.4", "LiLiQ-R-1.1",
      "MPL-2.0-no-copyleft-exception", "OCCT-PL", "EUDatagrid", "TAPR-OHL-1.0", "Nokia",
      "BitTorrent-1.0", "BitTorrent-1.1");

  /** The whole derived work carries the licence. */
  private static final Set<String> STRONG_COPYLEFT_IDS = Set.of(
      "EUPL-1.0", "EUPL-1.1", "EUPL-1.2", "Sleepycat", "RPL-1.1", "RPL-1.5", "SSPL-1.0",
      "CECILL-1.0", "CECILL-1.1", "CECILL-2.0", "CECILL-2.1", "QPL-1.0", "QPL-1.0-INRIA-2004",
      "copyleft-next-0.3.0", "copyleft-next-0.3.1", "CERN-OHL-S-2.0", "CPAL-1.0", "NPOSL-3.0",
      "ESA-PL-strong-copyleft-2.4", "LiLiQ-Rplus-1.1", "SimPL-2.0", "Parity-6.0.0", "Parity-7.0.0",
      "TGPPL-1.0", "CAL-1.0", "CAL-1.0-Combined-Work-Exception", "SMAIL-GPL",
      "Linux-man-pages-copyleft", "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var", "OSL-1.0", "OSL-1.1", "OSL-2.0", "OSL-2.1", "OSL-3.0");

  /** Content licences: adaptations carry the same licence. */
  private static final Set<String> SHARE_ALIKE_IDS = Set.of(
      "ODbL-1.0", "CDLA-Sharing-1.0", "CC-SA-1.0", "LAL-1.2", "LAL-1.3", "OGDL-Taiwan-1.0");

  /** Content and data licences that ask for credit. */
  private static final Set<String> ATTRIBUTION_IDS = Set.of(
      "ODC-By-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "OGL-UK-1.0", "OGL-UK-2.0",
      "OGL-UK-3.0", "OGL-Canada-2.0", "DL-DE-BY-2.0", "etalab-2.0", "NLOD-1.0", "NLOD-2.0",
      "OPL-UK-3.0");

  private static final Set<String> NON_COMMERCIAL_IDS = Set.of(
      "PolyForm-Noncommercial-1.0.0", "NCGL-UK-2.0", "Aladdin");

  /** Exceptions that let other code link without the copyleft applying to it. */
  private static final Set<String> LINKING_EXCEPTIONS = Set.of(
      "Classpath-exception-2.0", "Classpath-exception-2.0-short", "GCC-exception-2.0",
      "GCC-exception-2.0-note", "GCC-exception-3.1", "Universal-FOSS-exception-1.0",
      "Linux-syscall-note", "LGPL-3.0-linking-exception", "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception", "OCaml-LGPL-linking-exception", "Libtool-exception",
      "Autoconf-exception-2.0", "Autoconf-exception-3.0", "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0", "Bison-exception-1.24", "Bison-exception-2.2",
      "Font-exception-2.0", "GNAT-exception", "eCos-exception-2.0", "freertos-exception-2.0",
      "WxWindows-exception-3.1", "mif-exception", "CGAL-linking-exception",
      "erlang-otp-linking-exception", "rsync-linking-exception", "Simple-Library-Usage-exception",
      "Independent-modules-exception", "UBDL-exception", "Swift-exception", "LLVM-exception");

  /** Prefixes of the permission-notice families (MIT, BSD, HPND, X11 and their many variants). */
  private static final List<String> PERMISSIVE_PREFIXES = List.of(
      "MIT", "BSD-", "HPND", "X11", "ISC", "Apache-", "AFL-", "OLDAP-", "ZPL-", "W3C",
      "Unicode-", "libpng", "Libpng", "Zlib", "zlib-", "NTP", "SGI-B-", "Python-", "CNRI-",
      "ECL-", "EFL-", "MulanPSL-", "PHP-", "Spencer-", "FSFUL", "FSFAP", "Boehm-GC",
      "OpenSSL", "SSLeay", "IJG", "bzip2-", "Adobe-", "Bitstream-", "Brian-Gladman-",
      "Mackerras-", "TU-Berlin-", "Sun-PPP", "SSH-", "Xdebug-", "XFree86-",
      "CMU-Mach", "DocBook-", "LZMA-SDK-", "MIT-", "HPND-", "DEC-", "JasPer-");

  private static final Set<String> PERMISSIVE_IDS = Set.of(
      "BSL-1.0", "NCSA", "PostgreSQL", "ICU", "PSF-2.0", "UPL-1.0", "BlueOak-1.0.0", "CECILL-B",
      "Info-ZIP", "TCL", "Xnet", "Zend-2.0", "Intel", "Fair", "Beerware", "MirOS", "Naumen",
      "curl", "AML", "DOC", "SMLNJ", "CERN-OHL-P-2.0", "ESA-PL-permissive-2.4", "LiLiQ-P-1.1",
      "MS-PL", "Entessa", "Plexus", "Xerox", "Glulxe", "GD", "Jam", "Kazlib", "Latex2e",
      "Leptonica", "libtiff", "magaz", "Minpack", "MPEG-SSG", "Multics", "Mup", "NAIST-2003",
      "NetCDF", "Newsletr", "NRL", "OFFIS", "OML", "PADL", "pkgconf", "psutils", "Qhull", "radvd",
      "Rdisc", "RSA-MD", "Saxpath", "SGP4", "SOFA", "snprintf", "SunPro", "Soundex", "SWL",
      "Symlinks", "TermReadKey", "TTWL", "TTYP0", "UCAR", "UMich-Merit", "UnixCrypt", "Wsuipa",
      "xinetd", "xlock", "xpp", "XSkat", "Zed", "Zeeff", "dtoa", "diffmark", "Cronyx", "Crossword",
      "CryptoSwift", "Cube", "Furuseth", "fwlw", "Giftware", "GL2PS", "Graphics-Gems", "Gutmann",
      "HIDAPI", "HTMLTIDY", "ImageMagick", "Imlib2", "Inner-Net-2.0", "InnoSetup", "Intel-ACPI",
      "ISO-permission", "jove", "Kastrup", "lsof", "mailprio", "MakeIndex", "man2html",
      "Martin-Birgmeier", "metamail", "mpich2", "mplus", "MTLL", "NICTA-1.0", "OGC-1.0",
      "OpenVision", "OSSP", "Pixar", "pnmstitch", "python-ldap", "SchemeReport", "SGI-OpenGL",
      "ssh-keyscan", "swrule", "TekHVC", "TMate", "URT-RLE", "w3m", "Widget-Workshop", "WordNet",
      "xzoom", "Vixie-Cron", "VSL-1.0", "Abstyles", "AMDPLPA", "AMPAS", "Afmparse", "Baekmuk",
      "Bahyph", "Barr", "bcrypt-Solar-Designer", "Borceux", "Clips", "checkmk", "check-cvs",
      "CFITSIO", "Cornell-Lossless-JPEG", "dvipdfm", "eGenix", "EPICS", "Eurosym", "FBM",
      "Ferguson-Twofish", "FreeBSD-DOC", "FTL", "generic-xts", "gnuplot", "gtkbook",
      "HaskellReport", "HDF5", "hdparm", "hyphen-bulgarian", "IBM-pibs", "libutil-David-Nugent",
      "Linux-OpenIB", "LOOP", "LPD-document", "McPhee-slideshow", "MIPS", "mpi-permissive", "NLPL",
      "Noweb", "OAR", "psfrag", "SNIA", "softSurfer", "SL", "threeparttable", "TrustedQSL", "ulem",
      "Xfig", "xkeyboard-config-Zinoviev", "Dotseqn", "DSDP", "Knuth-CTAN", "Catharon",
      "Linux-man-pages-1-para", "ADSL", "App-s2p", "Aspell-RU", "Buddy", "GLWTPL", "GCR-docs",
      "Game-Programming-Gems", "AdaCore-doc", "AML-glslang", "AMD-newlib", "Condor-1.1");

  private LicenseClassifier() {}

  /** The terms of a canonical SPDX expression; UNKNOWN for what is not classified. */
  static LicenseTerms terms(String expression) {
    SpdxExpression parsed;
    try {
      parsed = Expressions.parse(expression);
    } catch (IllegalArgumentException e) {
      return terms(expression.trim(), false);
    }
    return terms(parsed);
  }

  static LicenseTerms terms(SpdxExpression expression) {
    if (expression instanceof SpdxExpression.License license) {
      return terms(license.id(), license.orLater());
    }
    if (expression instanceof SpdxExpression.LicenseRef ref) {
      return terms(ref.ref(), false);
    }
    if (expression instanceof SpdxExpression.With with) {
      LicenseTerms terms = terms(with.license());
      if (terms.licenseClass() == LicenseClass.STRONG_COPYLEFT
          && LINKING_EXCEPTIONS.contains(with.exception())) {
        return new LicenseTerms(LicenseClass.WEAK_COPYLEFT, true, true, terms.nonCommercial());
      }
      return terms;
    }
    if (expression instanceof SpdxExpression.And and) {
      return and.terms().stream().map(LicenseClassifier::terms)
          .reduce(LicenseTerms::and).orElse(LicenseTerms.UNKNOWN);
    }
    if (expression instanceof SpdxExpression.Or or) {
      return or.terms().stream().map(LicenseClassifier::terms)
          .reduce(LicenseTerms::or).orElse(LicenseTerms.UNKNOWN);
    }
    return LicenseTerms.UNKNOWN;
  }

  /** Terms of one listed id or {@code LicenseRef-}; {@code +} does not change them. */
  static LicenseTerms terms(String id, boolean orLater) {
    String lower = id.toLowerCase(Locale.ROOT);
    LicenseTerms ref = REFS.get(lower);
    if (ref != null) {
      return ref;
    }
    LicenseClass family = UNVERSIONED_FAMILIES.get(lower);
    if (family != null) {
      return LicenseTerms.of(family);
    }
    String bare = id.startsWith("LicenseRef-CC-") ? id.substring("LicenseRef-".length()) : id;
    if (bare.startsWith("CC-") || bare.startsWith("CC0")) {
      return creativeCommons(bare);
    }
    String canonical = SpdxLicenseList.get().canonicalLicenseId(id);
    if (canonical == null) {
      return LicenseTerms.UNKNOWN;
    }
    LicenseClass licenseClass = listedClass(canonical);
    return licenseClass == null ? LicenseTerms.UNKNOWN : LicenseTerms.of(licenseClass);
  }

  private static LicenseTerms creativeCommons(String id) {
    String upper = id.toUpperCase(Locale.ROOT);
    if (upper.startsWith("CC0") || upper.startsWith("CC-PDDC") || upper.startsWith("CC-PDM")) {
      return LicenseTerms.of(LicenseClass.PUBLIC_DOMAIN);
    }
    boolean attribution = upper.startsWith("CC-BY");
    boolean nonCommercial = upper.contains("-NC");
    boolean noDerivatives = upper.contains("-ND");
    boolean shareAlike = upper.contains("-SA");
    LicenseClass licenseClass = noDerivatives ? LicenseClass.NO_DERIVATIVES
        : nonCommercial ? LicenseClass.NON_COMMERCIAL
        : shareAlike ? LicenseClass.SHARE_ALIKE
        : attribution ? LicenseClass.ATTRIBUTION
        : null;
    if (licenseClass == null) {
      return LicenseTerms.UNKNOWN;
    }
    return new LicenseTerms(licenseClass, attribution, shareAlike, nonCommercial);
  }

  /** The class of a listed, canonical id, or null when no rule or table entry covers it. */
  private static LicenseClass listedClass(String id) {
    if (PUBLIC_DOMAIN_IDS.contains(id)) {
      return LicenseClass.PUBLIC_DOMAIN;
    }
    if (id.startsWith("GPL-") || id.startsWith("AGPL-")) {
      return LicenseClass.STRONG_COPYLEFT;
    }
    if (id.startsWith("LGPL-") || id.startsWith("MPL-") || id.startsWith("EPL-")
        || id.startsWith("OFL-") || WEAK_COPYLEFT_IDS.contains(id)) {
      return LicenseClass.WEAK_COPYLEFT;
    }
    if (id.startsWith("GFDL-") || SHARE_ALIKE_IDS.contains(id)) {
      return LicenseClass.SHARE_ALIKE;
    }
    if (STRONG_COPYLEFT_IDS.contains(id)) {
      return LicenseClass.STRONG_COPYLEFT;
    }
    if (ATTRIBUTION_IDS.contains(id)) {
      return LicenseClass.ATTRIBUTION;
    }
    if (NON_COMMERCIAL_IDS.contains(id)) {
      return LicenseClass.NON_COMMERCIAL;
    }
    if (id.equals("BSD-Protection")) {
      return null;
    }
    if (PERMISSIVE_IDS.contains(id)) {
      return LicenseClass.PERMISSIVE;
    }
    for (String prefix : PERMISSIVE_PREFIXES) {
      if (id.startsWith(prefix)) {
        return LicenseClass.PERMISSIVE;
      }
    }
    return null;
  }
}
