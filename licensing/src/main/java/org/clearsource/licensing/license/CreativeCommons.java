package org.clearsource.licensing.license;

import java.util.Locale;
import java.util.Map;

/**
 * Creative Commons licences named in text, in every common spelling: "CC BY-SA 4.0", "CC-BY-NC-ND
 * 3.0", "Creative Commons Attribution-NonCommercial 4.0 International", "Attribution-ShareAlike 3.0
 * Unported", "CC0 1.0 Universal", "Creative Commons Zero". Versions 1.0 to 4.0; a port ("3.0
 * Germany", ".../3.0/de/") gives the ported id where the SPDX list has it and the unported one
 * where it has not. Without a version the licence is {@code LicenseRef-CC-BY-SA} and so on.
 */
final class CreativeCommons {

  private static final long CREATIVE = Tokenizer.wordHash("creative");
  private static final long COMMONS = Tokenizer.wordHash("commons");
  private static final long CREATIVECOMMONS = Tokenizer.wordHash("creativecommons");
  private static final long CC = Tokenizer.wordHash("cc");
  private static final long CC0 = Tokenizer.wordHash("cc0");
  private static final long ZERO = Tokenizer.wordHash("zero");
  private static final long ATTRIBUTION = Tokenizer.wordHash("attribution");
  private static final long BY = Tokenizer.wordHash("by");
  private static final long NONCOMMERCIAL = Tokenizer.wordHash("noncommercial");
  private static final long NON = Tokenizer.wordHash("non");
  private static final long COMMERCIAL = Tokenizer.wordHash("commercial");
  private static final long NC = Tokenizer.wordHash("nc");
  private static final long SHAREALIKE = Tokenizer.wordHash("sharealike");
  private static final long SHARE = Tokenizer.wordHash("share");
  private static final long ALIKE = Tokenizer.wordHash("alike");
  private static final long SA = Tokenizer.wordHash("sa");
  private static final long NODERIVATIVES = Tokenizer.wordHash("noderivatives");
  private static final long NODERIVS = Tokenizer.wordHash("noderivs");
  private static final long NO = Tokenizer.wordHash("no");
  private static final long DERIVATIVES = Tokenizer.wordHash("derivatives");
  private static final long DERIVATIVE = Tokenizer.wordHash("derivative");
  private static final long WORKS = Tokenizer.wordHash("works");
  private static final long ND = Tokenizer.wordHash("nd");
  private static final long PUBLIC = Tokenizer.wordHash("public");
  private static final long VERSION = Tokenizer.wordHash("version");

  /** Words after a version that name the port, to the SPDX suffix. */
  private static final Map<Long, String> PORTS = Map.ofEntries(
      Map.entry(Tokenizer.wordHash("germany"), "DE"), Map.entry(Tokenizer.wordHash("de"), "DE"),
      Map.entry(Tokenizer.wordHash("deutschland"), "DE"),
      Map.entry(Tokenizer.wordHash("austria"), "AT"), Map.entry(Tokenizer.wordHash("at"), "AT"),
      Map.entry(Tokenizer.wordHash("australia"), "AU"), Map.entry(Tokenizer.wordHash("au"), "AU"),
      Map.entry(Tokenizer.wordHash("netherlands"), "NL"), Map.entry(Tokenizer.wordHash("nl"), "NL"),
      Map.entry(Tokenizer.wordHash("igo"), "IGO"), Map.entry(Tokenizer.wordHash("us"), "US"),
      Map.entry(Tokenizer.wordHash("uk"), "UK"), Map.entry(Tokenizer.wordHash("england"), "UK"),
      Map.entry(Tokenizer.wordHash("france"), "FR"), Map.entry(Tokenizer.wordHash("fr"), "FR"),
      Map.entry(Tokenizer.wordHash("japan"), "JP"), Map.entry(Tokenizer.wordHash("jp"), "JP"));
  private static final Map<Long, Boolean> PORT_WORDS_WITHOUT_SUFFIX = Map.of(
      Tokenizer.wordHash("international"), true, Tokenizer.wordHash("unported"), true,
      Tokenizer.wordHash("generic"), true, Tokenizer.wordHash("universal"), true);

  /** A reference found: the id and the index of its last word. */
  record Found(String id, int lastWord, boolean versioned) {}

  private CreativeCommons() {}

  /** True for a word that can start a Creative Commons reference. */
  static boolean startsWith(long word) {
    return word == CREATIVE || word == CREATIVECOMMONS || word == CC || word == CC0
        || word == ATTRIBUTION;
  }

  static void forEachFirstWord(java.util.function.LongConsumer action) {
    for (long word : new long[] {CREATIVE, CREATIVECOMMONS, CC, CC0, ATTRIBUTION}) {
      action.accept(word);
    }
  }

  /** The Creative Commons licence named from word {@code i} on, or null. */
  static Found parse(TextView view, int i) {
    int n = view.size();
    long first = view.word(i);
    int k = i;
    boolean prefixed = true;
    boolean zero = false;
    if (first == CREATIVE && view.is(i + 1, COMMONS) && !view.sentenceBreak(i, i + 1)) {
      k = i + 2;
    } else if (first == CREATIVECOMMONS || first == CC) {
      k = i + 1;
    } else if (first == CC0) {
      zero = true;
      k = i + 1;
    } else {
      prefixed = false;
    }
    boolean by = false;
    boolean nc = false;
    boolean sa = false;
    boolean nd = false;
    int elements = 0;
    boolean licenseWord = false;
    int last = k - 1;
    while (k < n && k - i < 14 && (k == i || !view.sentenceBreak(k - 1, k))) {
      long word = view.word(k);
      int used = 1;
      if (word == ATTRIBUTION || word == BY) {
        by = true;
      } else if (word == NONCOMMERCIAL || word == NC) {
        nc = true;
      } else if (word == NON && view.is(k + 1, COMMERCIAL)) {
        nc = true;
        used = 2;
      } else if (word == SHAREALIKE || word == SA) {
        sa = true;
      } else if (word == SHARE && view.is(k + 1, ALIKE)) {
        sa = true;
        used = 2;
      } else if (word == NODERIVATIVES || word == NODERIVS || word == ND) {
        nd = true;
      } else if (word == NO && (view.is(k + 1, DERIVATIVES) || view.is(k + 1, DERIVATIVE))) {
        nd = true;
        used = view.is(k + 2, WORKS) ? 3 : 2;
      } else if (word == ZERO && prefixed && elements == 0) {
        zero = true;
      } else if (Words.isLicenseWord(word) || (word == PUBLIC && prefixed)) {
        // "Creative Commons License", "Creative Commons Attribution Public License"
        licenseWord |= Words.isLicenseWord(word);
        last = k + used - 1;
        k += used;
        continue;
      } else {
        break;
      }
      elements++;
      last = k + used - 1;
      k += used;
    }
    if (!prefixed && !(by && (nc || sa || nd))) {
      // A bare "Attribution" is prose; "Attribution-ShareAlike 4.0" is a licence title.
      if (!(by && k < n && Words.versionAt(view, k, new int[1]) != null)) {
        return null;
      }
    }
    if (first == CC && !by && !zero && !sa) {
      return null;
    }
    if (view.is(k, VERSION)) {
      k++;
    }
    int[] versionEnd = new int[1];
    String version = k < n && !view.sentenceBreak(last, k) ? Words.versionAt(view, k, versionEnd)
        : null;
    String port = null;
    if (version != null) {
      last = versionEnd[0];
      int after = last + 1;
      if (after < n && !view.sentenceBreak(last, after)) {
        port = PORTS.get(view.word(after));
        if (port != null || PORT_WORDS_WITHOUT_SUFFIX.containsKey(view.word(after))) {
          last = after;
        }
      }
    }
    if (zero) {
      return new Found("CC0-1.0", last, true);
    }
    if (!by && !sa) {
      // "a Creative Commons license" says that much; "Creative Commons" alone is the organisation.
      return prefixed && first != CC && licenseWord ? new Found("LicenseRef-CC", last, false)
          : null;
    }
    String[] parts = elements(by, nc, sa, nd);
    String id = id(parts, version, port);
    return id == null ? null : new Found(id, last, version != null && !id.startsWith("LicenseRef"));
  }

  private static String[] elements(boolean by, boolean nc, boolean sa, boolean nd) {
    return new String[] {by ? "by" : "", nc ? "nc" : "", nd ? "nd" : sa ? "sa" : ""};
  }

  /**
   * The SPDX id for licence elements ("by", "nc", "sa", "nd" in any order, as in deed URLs), a
   * version ("4.0", "3", or null) and a port ("de", or null): the ported id where listed, else the
   * unported one, else {@code LicenseRef-CC-...} without a version; null without elements.
   */
  static String id(String[] elements, String version, String port) {
    boolean by = false;
    boolean nc = false;
    boolean sa = false;
    boolean nd = false;
    for (String element : elements) {
      switch (element.toLowerCase(Locale.ROOT)) {
        case "by" -> by = true;
        case "nc" -> nc = true;
        case "sa" -> sa = true;
        case "nd" -> nd = true;
        default -> { }
      }
    }
    if (!by && !sa) {
      return null;
    }
    String base = "CC" + (by ? "-BY" : "") + (nc ? "-NC" : "") + (nd ? "-ND" : sa ? "-SA" : "");
    if (version != null) {
      String full = version.indexOf('.') < 0 ? version + ".0" : version;
      if (port != null) {
        String ported = SpdxIds.listed(base + "-" + full + "-" + port.toUpperCase(Locale.ROOT));
        if (ported != null) {
          return ported;
        }
      }
      String unported = SpdxIds.listed(base + "-" + full);
      if (unported != null) {
        return unported;
      }
    }
    return "LicenseRef-" + base;
  }
}
