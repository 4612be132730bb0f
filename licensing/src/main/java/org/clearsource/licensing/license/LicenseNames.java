package org.clearsource.licensing.license;

import java.util.List;
import java.util.Set;

/**
 * Licences and exceptions named in prose: "Licensed under the Apache License, Version 2.0", "GNU
 * General Public License v3 or later", "released under the MIT License", "LGPLv2.1+", "subject to
 * the Universal FOSS Exception, version 1.0".
 *
 * <ul>
 *   <li>Families with versions (GPL, LGPL, AGPL, GFDL, Apache, MPL, EPL, CDDL, EUPL, Artistic):
 *       the name, then a version within a few words ("as published by the Free Software
 *       Foundation; either version 2"), then "or later", "or (at your option) any later version"
 *       or "+". Without a version the reference is {@code LicenseRef-GPL} and so on.
 *   <li>Fixed names: the full name of every listed licence of three words or more, and the
 *       common short names (MIT License, new BSD license, Boost Software License).
 *   <li>Short forms and SPDX ids ("GPL", "MIT", "BSD-3-Clause", "Apache 2.0") only next to a
 *       licence word ("MIT licensed", "License: MIT", "under the BSD"), since "MIT" alone is a
 *       university.
 *   <li>Exceptions by their listed names, with or without version ("Classpath exception").
 * </ul>
 */
final class LicenseNames {

  /**
   * A family of versioned licences, named by a phrase; {@code abbreviation} may stand between
   * the name and the version ("GNU Lesser General Public License (LGPL), version 2.1").
   */
  private record Family(
      String idPrefix, boolean gnu, boolean versionRequired, long abbreviation) {

    Family(String idPrefix, boolean gnu, boolean versionRequired, String abbreviation) {
      this(idPrefix, gnu, versionRequired, Tokenizer.wordHash(abbreviation));
    }
  }

  /** What a phrase stands for: a family (version parsed after it) or a fixed id. */
  private record Named(Family family, String presetVersion, String id, boolean strong) {}

  /** A reference: the expression, its last word, and whether it stands on its own. */
  record Found(String expression, boolean exception, int lastWord, double score) {}

  private static final Family GPL = new Family("GPL", true, false, "gpl");
  private static final Family LGPL = new Family("LGPL", true, false, "lgpl");
  private static final Family AGPL = new Family("AGPL", true, false, "agpl");
  private static final Family GFDL = new Family("GFDL", true, false, "fdl");
  private static final Family APACHE = new Family("Apache", false, false, "asl");
  private static final Family APACHE_SHORT = new Family("Apache", false, true, "asl");
  private static final Family MPL = new Family("MPL", false, false, "mpl");
  private static final Family EPL = new Family("EPL", false, false, "epl");
  private static final Family CDDL = new Family("CDDL", false, false, "cddl");
  private static final Family EUPL = new Family("EUPL", false, false, "eupl");
  private static final Family ARTISTIC = new Family("Artistic", false, false, "artistic");

  /** Words passed over between a family's name and its version. */
  private static final Set<Long> BEFORE_VERSION = Set.copyOf(List.of(
      Tokenizer.wordHash("as"), Tokenizer.wordHash("published"), Tokenizer.wordHash("by"),
      Tokenizer.wordHash("the"), Tokenizer.wordHash("free"), Tokenizer.wordHash("software"),
      Tokenizer.wordHash("foundation"), Tokenizer.wordHash("fsf"), Tokenizer.wordHash("either"),
      Tokenizer.wordHash("of"), Words.LICENSE, Tokenizer.wordHash("gnu"),
      Tokenizer.wordHash("version"),
      Tokenizer.wordHash("ver"), Tokenizer.wordHash("v"), Tokenizer.wordHash("public"),
      Tokenizer.wordHash("inc")));
  /** Words that may stand between "under" and a short licence name, or after it. */
  private static final Set<Long> CONNECTING = Set.copyOf(List.of(
      Words.THE, Tokenizer.wordHash("terms"), Tokenizer.wordHash("of"), Tokenizer.wordHash("a"),
      Tokenizer.wordHash("an"), Tokenizer.wordHash("this"), Tokenizer.wordHash("same"),
      Tokenizer.wordHash("both"), Tokenizer.wordHash("either"), Words.AND, Words.OR,
      Tokenizer.wordHash("style"), Tokenizer.wordHash("like"), Tokenizer.wordHash("type"),
      Tokenizer.wordHash("mpl"), Tokenizer.wordHash("epl"), Tokenizer.wordHash("gpl"),
      Tokenizer.wordHash("lgpl"), Tokenizer.wordHash("mit"), Tokenizer.wordHash("bsd"),
      Tokenizer.wordHash("apache"), Tokenizer.wordHash("version"), Tokenizer.wordHash("v")));
  private static final long LESSER = Tokenizer.wordHash("lesser");
  private static final long LIBRARY = Tokenizer.wordHash("library");
  private static final long AFFERO = Tokenizer.wordHash("affero");
  private static final Set<Long> LATER = Set.copyOf(List.of(
      Tokenizer.wordHash("later"), Tokenizer.wordHash("newer"), Tokenizer.wordHash("greater"),
      Tokenizer.wordHash("higher"), Tokenizer.wordHash("above")));
  /** One-word ids that are also known short names; others ("DOC", "GD") are too common. */
  private static final Set<String> SHORT_IDS = Set.of(
      "MIT", "ISC", "Zlib", "WTFPL", "Unlicense", "X11", "ICU", "PostgreSQL", "Beerware", "curl",
      "libpng", "OpenSSL", "NCSA");

  private final WordTrie<Named> names = new WordTrie<>();
  private final WordTrie<String> exceptions = new WordTrie<>();

  private LicenseNames() {}

  static LicenseNames build(List<ListedText> texts) {
    LicenseNames built = new LicenseNames();
    for (ListedText text : texts) {
      if (text.deprecated()) {
        continue;
      }
      if (text.exception()) {
        built.exceptions.add(text.name(), text.id());
        String unversioned = text.name().replaceAll("(?i)[, ]*(version )?v?[0-9.]+$", "");
        if (!unversioned.equals(text.name()) && unversioned.toLowerCase().contains("exception")) {
          built.exceptions.add(unversioned, text.id());
        }
        continue;
      }
      // "The MirOS Licence": the article is not part of the name as people write it.
      String name = text.name().replaceFirst("(?i)^the ", "");
      boolean strong = Tokenizer.tokenize(name).size() >= 3;
      built.names.add(name, new Named(null, null, text.id(), strong));
      if (text.id().matches(".*[0-9-].*") || SHORT_IDS.contains(text.id())) {
        built.names.add(text.id().replace('-', ' '), new Named(null, null, text.id(), false));
      }
    }
    // Listed names first, then these, so that these win where they overlap.
    built.addFamilies();
    built.addFixedNames();
    return built;
  }

  private void addFamilies() {
    family(GPL, true, "gnu general public license", "general public license", "gnu gpl",
        "gnu public license");
    family(GPL, false, "gpl");
    family(LGPL, true, "gnu lesser general public license", "lesser general public license",
        "gnu library general public license", "library general public license", "gnu lgpl",
        "lesser gpl", "library gpl");
    family(LGPL, false, "lgpl");
    family(AGPL, true, "gnu affero general public license", "affero general public license",
        "gnu agpl", "affero gpl");
    family(AGPL, false, "agpl");
    family(GFDL, true, "gnu free documentation license", "free documentation license",
        "gnu fdl");
    family(GFDL, false, "gfdl");
    family(APACHE, true, "apache license", "apache software license", "apache public license");
    family(APACHE_SHORT, false, "apache", "asl", "alv");
    family(MPL, true, "mozilla public license");
    family(MPL, false, "mpl");
    family(EPL, true, "eclipse public license");
    family(EPL, false, "epl");
    family(CDDL, true, "common development and distribution license");
    family(CDDL, false, "cddl");
    family(EUPL, true, "european union public license");
    family(EUPL, false, "eupl");
    family(ARTISTIC, true, "artistic license");
    for (String version : List.of("1", "2", "3")) {
      preset(GPL, version, "gplv" + version, "gpl" + version);
      preset(LGPL, version, "lgplv" + version, "lgpl" + version);
      preset(AGPL, version, "agplv" + version, "agpl" + version);
    }
    preset(APACHE, "2", "alv2", "asl2", "apache2", "apachev2");
  }

  private void addFixedNames() {
    fixed(true, "MIT", "mit license", "expat license");
    fixed(false, "MIT", "mit", "expat");
    fixed(true, "BSD-3-Clause", "new bsd license", "modified bsd license", "revised bsd license",
        "3 clause bsd license", "bsd 3 clause license", "three clause bsd license",
        "eclipse distribution license");
    fixed(false, "BSD-3-Clause", "new bsd", "modified bsd", "revised bsd", "3 clause bsd",
        "bsd 3 clause", "bsd3");
    fixed(true, "BSD-2-Clause", "simplified bsd license", "freebsd license",
        "2 clause bsd license", "bsd 2 clause license", "two clause bsd license");
    fixed(false, "BSD-2-Clause", "simplified bsd", "2 clause bsd", "bsd 2 clause", "bsd2");
    fixed(true, "LicenseRef-BSD", "bsd license", "bsd style license");
    fixed(false, "LicenseRef-BSD", "bsd");
    fixed(true, "ISC", "isc license");
    fixed(false, "ISC", "isc");
    fixed(true, "BSL-1.0", "boost software license");
    fixed(true, "Unlicense", "unlicense");
    fixed(true, "Zlib", "zlib license", "zlib libpng license");
    fixed(true, "WTFPL", "wtfpl", "do what the fuck you want to public license");
    fixed(true, "CC0-1.0", "cc0");
    fixed(true, "PostgreSQL", "postgresql license");
    fixed(true, "Python-2.0", "python software foundation license");
    fixed(true, "MS-PL", "microsoft public license");
    fixed(true, "MS-RL", "microsoft reciprocal license");
    fixed(true, "Unicode-3.0", "unicode license v3", "unicode license version 3");
  }

  private void family(Family family, boolean strong, String... phrases) {
    for (String phrase : phrases) {
      names.add(phrase, new Named(family, null, null, strong));
    }
  }

  private void preset(Family family, String version, String... phrases) {
    for (String phrase : phrases) {
      names.add(phrase, new Named(family, version, null, true));
    }
  }

  private void fixed(boolean strong, String id, String... phrases) {
    for (String phrase : phrases) {
      names.add(phrase, new Named(null, null, id, strong));
    }
  }

  /** Calls {@code action} with each word a name or an exception can start with. */
  void forEachFirstWord(java.util.function.LongConsumer action) {
    names.forEachFirstWord(action);
    exceptions.forEachFirstWord(action);
  }

  /** The licence or exception named from word {@code i} on, or null. */
  Found at(TextView view, int i) {
    WordTrie.Match<String> exception = exceptions.longestAt(view.words(), i);
    if (exception != null && licenseWordWithin(view, i, exception.lastWord(), 16)) {
      // "throws a Swift exception" is code; an exception to a licence comes with licence words.
      return new Found(exception.value(), true, exception.lastWord(), 0.9);
    }
    WordTrie.Match<Named> match = names.longestAt(view.words(), i);
    if (match == null) {
      return null;
    }
    Named named = match.value();
    if (!named.strong() && !nearLicenseWord(view, i, match.lastWord())) {
      return null;
    }
    if (named.id() != null) {
      return new Found(named.id(), false, match.lastWord(), named.strong() ? 0.9 : 0.8);
    }
    return versioned(view, named, i, match.lastWord());
  }

  /** A family's id from the version and "or later" that follow its name. */
  private static Found versioned(TextView view, Named named, int first, int nameEnd) {
    Family family = named.family();
    String version = named.presetVersion();
    int last = nameEnd;
    int[] versionEnd = new int[1];
    if (version != null) {
      // "LGPLv2.1": the preset "2" continues with ".1"
      if (last + 1 < view.size() && view.between(last, last + 1).equals(".")
          && Words.isNumber(view, last + 1)) {
        version = version + "." + view.lower(last + 1);
        last++;
      }
    } else {
      for (int k = nameEnd + 1; k < view.size() && k <= nameEnd + 12; k++) {
        if (view.sentenceBreak(k - 1, k)) {
          break;
        }
        version = Words.versionAt(view, k, versionEnd);
        if (version != null) {
          last = versionEnd[0];
          break;
        }
        if (!BEFORE_VERSION.contains(view.word(k)) && view.word(k) != family.abbreviation()) {
          break;
        }
      }
    }
    if (version == null) {
      if (family.versionRequired()) {
        return null;
      }
      return new Found("LicenseRef-" + family.idPrefix(), false, last, 0.6);
    }
    boolean plus = view.end(last) < view.text().length()
        && view.text().charAt(view.end(last)) == '+';
    int[] laterEnd = {last};
    boolean orLater = plus || orLater(view, last, laterEnd);
    boolean explicitOnly = !orLater && view.is(last + 1, Words.ONLY);
    if (orLater) {
      last = laterEnd[0];
    } else if (explicitOnly) {
      last++;
    }
    String id;
    if (family.gnu()) {
      id = SpdxIds.gnu(family.idPrefix(), version, orLater);
    } else {
      String full = version.indexOf('.') < 0 ? version + ".0" : version;
      id = SpdxIds.listed(family.idPrefix() + "-" + full);
      if (id == null) {
        id = SpdxIds.listed(family.idPrefix() + "-" + version);
      }
      if (id != null && orLater) {
        id = id + "+";
      }
    }
    if (id == null) {
      return family.versionRequired() ? null
          : new Found("LicenseRef-" + family.idPrefix(), false, last, 0.6);
    }
    return new Found(id, false, last, named.strong() ? 0.9 : 0.8);
  }

  /** "or later", "or any later version", "or (at your option) any later version", "and above". */
  private static boolean orLater(TextView view, int versionEnd, int[] laterEnd) {
    boolean sawOr = false;
    for (int k = versionEnd + 1; k < view.size() && k <= versionEnd + 10; k++) {
      if (view.sentenceBreak(k - 1, k)) {
        return false;
      }
      long word = view.word(k);
      if (word == Words.OR || word == Words.AND) {
        sawOr = true;
      } else if (LATER.contains(word)) {
        if (sawOr) {
          laterEnd[0] = view.is(k + 1, Tokenizer.wordHash("version")) ? k + 1 : k;
        }
        return sawOr;
      }
    }
    return false;
  }

  /**
   * The GNU licence a notice in words {@code first..last} grants, read from its words: the family
   * ("Lesser", "Library", "Affero" in the text override the template's), the version after
   * "version" or "v", and "or later". {@code LicenseRef-LGPL} and so on when no version is
   * written; null when {@code templateFamily} is not a GNU family.
   */
  static String gnuNotice(TextView view, int first, int last, String templateFamily) {
    String family = templateFamily;
    String version = null;
    int[] end = new int[1];
    for (int k = first; k <= last && k < view.size(); k++) {
      long word = view.word(k);
      if (word == LESSER || word == LIBRARY) {
        family = family.equals("GPL") ? "LGPL" : family;
      } else if (word == AFFERO) {
        family = "AGPL";
      } else if (version == null && WordTrie.normalized(word) == 0 && k + 1 <= last) {
        version = Words.versionAt(view, k + 1, end);
      } else if (version == null && WordTrie.normalized(word) != word) {
        version = Words.versionAt(view, k, end);  // "v2"
      }
    }
    if (version == null) {
      return "LicenseRef-" + family;
    }
    return SpdxIds.gnu(family, version, grantsLaterVersions(view, first, last));
  }

  /**
   * True when words {@code first..last} grant later versions: "or later", "or (at your option)
   * any later version", "or any later version".
   */
  static boolean grantsLaterVersions(TextView view, int first, int last) {
    for (int k = first; k < last && k < view.size(); k++) {
      if (view.word(k) == Words.OR) {
        for (int j = k + 1; j <= k + 6 && j <= last; j++) {
          if (LATER.contains(view.word(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A short name counts only where the text says it names a licence: after "under" ("released
   * under the MIT", "under the terms of the GPL") or "License:", or before a licence word ("MIT
   * licensed", "BSD-style license"). Between "under" and the name only connecting words,
   * numbers and other licence names may stand ("under the MPL 2.0, and the EPL 1.0").
   */
  private static boolean nearLicenseWord(TextView view, int first, int last) {
    for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
      if (view.sentenceBreak(k, k + 1)) {
        break;
      }
      long word = view.word(k);
      if (word == Words.UNDER
          || (Words.isLicenseWord(word) && view.between(k, k + 1).indexOf(':') >= 0)) {
        return true;
      }
      if (!CONNECTING.contains(word) && !Words.isNumber(view, k)
          && !Words.isLicenseWord(word)) {
        break;
      }
    }
    for (int k = last + 1; k < view.size() && k <= last + 2; k++) {
      if (view.sentenceBreak(k - 1, k)) {
        break;
      }
      long word = view.word(k);
      if (Words.isLicenseWord(word)) {
        return true;
      }
      if (!CONNECTING.contains(word)) {
        break;
      }
    }
    return false;
  }

  private static boolean licenseWordWithin(TextView view, int first, int last, int distance) {
    for (int k = Math.max(0, first - distance); k < Math.min(view.size(), last + distance); k++) {
      if (Words.isLicenseWord(view.word(k))) {
        return true;
      }
    }
    return false;
  }
}
