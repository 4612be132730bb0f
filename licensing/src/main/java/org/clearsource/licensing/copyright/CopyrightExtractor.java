package org.clearsource.licensing.copyright;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds copyright statements in a text and normalizes their holders and years.
 *
 * <p>What counts as a statement: one to {@value #MAX_MARKERS} markers ("Copyright" in any case, "©",
 * "(c)", "&amp;copy;", "&amp;#169;", mis-decoded "Â©"; "Portions" before them is kept), then years
 * and a holder in either order ("Copyright (c) 2019-2021 Foo Inc.", "(C) Baz 1998", "Copyright 2004
 * by Jane Doe", "© Valley Courier 2024"). To keep prose and enumerations out:
 *
 * <ul>
 *   <li>with years, a statement needs nothing else, but a holder that reads as prose ("Copyright
 *       2019 was a year...") rejects it unless "©" or "Copyright (c)" makes the intent clear (the
 *       statement then has years and no holder);
 *   <li>without years, it needs a holder and either "©", both "Copyright" and "(c)", or "Copyright
 *       by ..." ("the copyright holder", "Copyright Act" are not statements);
 *   <li>"(c)" alone (the third item of a list) needs a year, and a holder that starts with a capital
 *       letter; before its years, at most five words;
 *   <li>placeholders ("Copyright (c) &lt;year&gt; &lt;owner&gt;", "[yyyy] [name of copyright
 *       owner]") are not statements.
 * </ul>
 *
 * <p>Years are four-digit numbers from {@value #MIN_YEAR} to {@value #MAX_YEAR}, alone, in ranges
 * ("2019-2021", "2019 – 2021", "1998-99", "2019-present", which keeps 2019 only) and in lists
 * ("1989, 1991"). Two-digit years count only as the end of a range.
 *
 * <p>A holder ends at the end of the line, at "All rights reserved", at a sentence end (". " and a
 * capital, unless after "Inc.", "Ltd." or an initial), at a comment end or an HTML tag, at "|",
 * ";", "•", at the next marker, or at phrases such as "Licensed under" and "Privacy Policy". A
 * holder longer than {@value #MAX_HOLDER_CHARS} chars is taken for prose. Holders are normalized: e-mail addresses,
 * URLs, comment markers, "All rights reserved" and trailing punctuation are removed (the period of
 * "Inc." and of initials stays), whitespace is collapsed, and mis-decoded UTF-8 is repaired when the
 * whole holder round-trips (Latin-1/Windows-1252 back to bytes, then strictly valid UTF-8). Several
 * holders are told apart only by the e-mail addresses between them. In Debian copyright files a
 * "Copyright:" field at the start of a line takes its indented continuation lines as more holders.
 *
 * <p>Cost: a handful of {@code indexOf} calls reject a text without any marker; otherwise one
 * linear pass finds the markers and each candidate is parsed by hand within its line, never beyond
 * {@value #MAX_HOLDER_CHARS} chars of holder, so no input can make it backtrack. Stateless and
 * thread-safe.
 */
public final class CopyrightExtractor {

  /** The earliest year read as a year. */
  public static final int MIN_YEAR = 1950;

  /** The latest year read as a year. */
  public static final int MAX_YEAR = 2100;

  /** Holders longer than this many chars are taken for prose. */
  public static final int MAX_HOLDER_CHARS = 160;

  /** A longer run of markers ("Copyright Copyright Copyright ...") is junk, not a statement. */
  public static final int MAX_MARKERS = 4;

  private static final int MAX_CONTINUATION_LINES = 64;

  private static final int MAX_WORDS_BEFORE_YEAR_AFTER_PAREN_C = 5;

  private static final String[] STOP_PHRASES = {
    "all rights reserved", "all right reserved", "some rights reserved", "licensed under",
    "released under", "distributed under", "published under", "available under", "is licensed",
    "is free software", "permission is", "use of this", "see license", "see the license",
    "see copying", "this program", "this file", "this library", "this software", "this work",
    "privacy policy", "terms of use", "terms of service", "terms and conditions", "powered by",
    "designed by", "contact us"
  };

  private static final String[] HTML_TAGS = {
    "/", "br", "p>", "p ", "div", "span", "a ", "small", "strong", "em>", "b>", "i>", "footer", "li"
  };

  private static final String[] OPEN_RANGE_ENDS = {"present", "today", "now", "date"};

  private CopyrightExtractor() {}

  /** The copyright statements of {@code text}, in text order: {@code scan(text).statements()}. */
  public static List<CopyrightStatement> extract(String text) {
    return scan(text).statements();
  }

  /** The copyright statements of {@code text} and the count of other mentions of copyright. */
  public static CopyrightFindings scan(String text) {
    Objects.requireNonNull(text, "Cannot scan a null text for copyright statements");
    if (!mayContainMarker(text)) {
      return CopyrightFindings.NONE;
    }
    return new Scan(text).run();
  }

  // The prefilter: intrinsic indexOf calls, far cheaper than the scan itself.
  static boolean mayContainMarker(String text) {
    return text.indexOf("opyr") >= 0
        || text.indexOf("opyR") >= 0
        || text.indexOf("OPYR") >= 0
        || text.indexOf('\u00A9') >= 0
        || text.indexOf("(c)") >= 0
        || text.indexOf("(C)") >= 0
        || text.indexOf("&copy;") >= 0
        || text.indexOf("&#169;") >= 0
        || text.indexOf("&#xa9;") >= 0
        || text.indexOf("&#xA9;") >= 0;
  }

  /** One pass over one text; not shared. */
  private static final class Scan {
    private final String text;
    private final int length;
    private final List<CopyrightStatement> statements = new ArrayList<>();
    private int mentions;
    private int cachedLineFrom = -1;
    private int cachedLineEnd = -1;
    private boolean holderOverflow;

    Scan(String text) {
      this.text = text;
      this.length = text.length();
    }

    CopyrightFindings run() {
      int i = 0;
      while (i < length) {
        int candidate = nextCandidate(i);
        if (candidate < 0) {
          break;
        }
        if (markerLength(candidate, true) == 0) {
          mentions++; // "copyrighted", "copyrights"
          i = candidate + "copyright".length();
        } else {
          i = parseAt(candidate);
        }
      }
      return new CopyrightFindings(statements, mentions);
    }

    // --- markers ---

    private int nextCandidate(int from) {
      for (int j = from; j < length; j++) {
        char c = text.charAt(j);
        switch (c) {
          case 'c', 'C' -> {
            if (text.regionMatches(true, j, "copyright", 0, 9)
                && (j == 0 || !Character.isLetter(text.charAt(j - 1)))) {
              return j;
            }
          }
          case '(', '\u00A9', '&', '\u00C2' -> {
            if (markerLength(j, true) > 0) {
              return j;
            }
          }
          default -> { }
        }
      }
      return -1;
    }

    /**
     * The length of the marker at {@code p}, or 0. {@code checkBefore}: whether the char before must
     * not join it to a word ("f(c)"); within a run of markers it may ("Copyright(C)").
     */
    private int markerLength(int p, boolean checkBefore) {
      char c = text.charAt(p);
      switch (c) {
        case 'c', 'C' -> {
          boolean word = text.regionMatches(true, p, "copyright", 0, 9)
              && (p + 9 == length || !Character.isLetter(text.charAt(p + 9)))
              && (!checkBefore || p == 0 || !Character.isLetter(text.charAt(p - 1)));
          return word ? 9 : 0;
        }
        case '(' -> {
          boolean parenC = p + 2 < length
              && (text.charAt(p + 1) == 'c' || text.charAt(p + 1) == 'C')
              && text.charAt(p + 2) == ')'
              && (!checkBefore || p == 0 || !isWordChar(text.charAt(p - 1)));
          return parenC ? 3 : 0;
        }
        case '\u00A9' -> {
          // After U+00C3..U+00F4 it is the second half of mis-decoded UTF-8 ("Ã©" is "é").
          boolean mojibake =
              p > 0 && text.charAt(p - 1) >= '\u00C3' && text.charAt(p - 1) <= '\u00F4';
          return mojibake ? 0 : 1;
        }
        case '\u00C2' -> {
          return p + 1 < length && text.charAt(p + 1) == '\u00A9' ? 2 : 0;
        }
        case '&' -> {
          boolean entity = text.regionMatches(true, p, "&copy;", 0, 6)
              || text.regionMatches(p, "&#169;", 0, 6)
              || text.regionMatches(true, p, "&#xa9;", 0, 6);
          return entity ? 6 : 0;
        }
        default -> {
          return 0;
        }
      }
    }

    // --- one candidate ---

    /** Parses the statement starting at marker {@code m}; returns where scanning resumes. */
    private int parseAt(int m) {
      int lineEnd = lineEnd(m);
      int p = m;
      int markers = 0;
      boolean word = false;
      boolean parenC = false;
      boolean symbol = false;
      boolean colon = false;
      while (p < lineEnd) {
        int markerLength = markerLength(p, markers == 0);
        if (markerLength == 0) {
          break;
        }
        markers++;
        char c = text.charAt(p);
        if (c == 'c' || c == 'C') {
          word = true;
        } else if (c == '(') {
          parenC = true;
        } else {
          symbol = true;
        }
        p = skipBlanks(p + markerLength, lineEnd);
        if (p < lineEnd && text.charAt(p) == ':') {
          colon = true;
          p = skipBlanks(p + 1, lineEnd);
        }
      }
      if (markers > MAX_MARKERS) {
        if (word) {
          mentions++;
        }
        return p;
      }

      List<YearRange> years = new ArrayList<>();
      int yearsEnd = parseYears(p, lineEnd, years);
      boolean yearsFirst = !years.isEmpty();
      int q = skipBlanks(yearsEnd, lineEnd);
      if (q < lineEnd && text.charAt(q) == ',') {
        q = skipBlanks(q + 1, lineEnd);
      }
      boolean by = false;
      if (text.regionMatches(true, q, "by ", 0, 3)) {
        by = true;
        q = skipBlanks(q + 3, lineEnd);
      }
      int holderEnd = holderEnd(q, lineEnd);
      boolean overflow = holderOverflow;
      int holderTextEnd = holderEnd;
      if (!yearsFirst && !overflow) {
        holderTextEnd = trailingYears(q, holderEnd, years);
      }
      String rawHolder = text.substring(q, holderTextEnd);
      List<String> holders = overflow ? null : Holders.parse(rawHolder);

      boolean accepted;
      if (yearsFirst) {
        // Prose after the years rejects a statement unless "©" or "Copyright (c)" vouches for it.
        accepted = holders != null || symbol || (word && parenC);
        if (parenC && !symbol && !word && holders != null && !holders.isEmpty()
            && !Character.isUpperCase(holders.get(0).charAt(0))) {
          accepted = false; // "(c) 2019 amendments to ...": an enumeration
        }
      } else if (!years.isEmpty()) {
        accepted = holders != null && !holders.isEmpty();
        if (accepted && parenC && !symbol && !word) {
          accepted = Character.isUpperCase(holders.get(0).charAt(0))
              && words(rawHolder) <= MAX_WORDS_BEFORE_YEAR_AFTER_PAREN_C;
        }
      } else {
        accepted = holders != null && !holders.isEmpty() && (symbol || (word && parenC) || by);
      }
      if (!accepted) {
        if (word) {
          mentions++;
        }
        return p;
      }

      List<String> allHolders = new ArrayList<>(holders == null ? List.of() : holders);
      // Without a holder (prose after the years) the statement ends with its years.
      int end = holders == null ? yearsEnd : statementEnd(holderEnd, lineEnd);
      if (colon && word && markers == 1 && isLineStart(m)) {
        end = debianContinuation(lineEnd, end, years, allHolders);
      }
      int start = withPortionsPrefix(m);
      String statement = Mojibake.repair(Holders.collapseWhitespace(text.substring(start, end)));
      statements.add(new CopyrightStatement(
          statement, distinct(allHolders), years, new TextSpan(start, end)));
      return Math.max(end, p);
    }

    /** Reads years and ranges from {@code p} into {@code into}; returns the end of the last. */
    private int parseYears(int p, int limit, List<YearRange> into) {
      int q = p;
      int end = p;
      while (true) {
        int year = year4(q, limit);
        if (year < 0) {
          return end;
        }
        int r = q + 4;
        int last = year;
        int s = skipBlanks(r, limit);
        if (s < limit && isDash(text.charAt(s))) {
          int t = skipBlanks(s + 1, limit);
          int year2 = year4(t, limit);
          int year2Short = digits2(t, limit);
          if (year2 >= year) {
            last = year2;
            r = t + 4;
          } else if (year2 < 0 && year2Short >= 0) {
            int full = year / 100 * 100 + year2Short;
            if (full < year) {
              full += 100;
            }
            if (full <= MAX_YEAR) {
              last = full;
              r = t + 2;
            }
          } else if (year2 < 0) {
            int openEnd = openRangeEnd(t, limit);
            if (openEnd > 0) {
              r = openEnd;
            }
          }
        }
        if (last >= year) {
          into.add(new YearRange(year, last));
        }
        end = r;
        s = skipBlanks(r, limit);
        if (s < limit && text.charAt(s) == ',') {
          int t = skipBlanks(s + 1, limit);
          if (year4(t, limit) < 0) {
            return end;
          }
          q = t;
        } else if (s > r && year4(s, limit) >= 0) {
          q = s; // "2001 2002"
        } else {
          return end;
        }
      }
    }

    /**
     * For a holder written before its years ("Baz 1998", "Foo, 2019-2020"): reads those years into
     * {@code into} and returns where the holder text ends; else returns {@code end}.
     */
    private int trailingYears(int start, int end, List<YearRange> into) {
      int e = end;
      while (e > start && isBlankOr(text.charAt(e - 1), ".,;:")) {
        e--;
      }
      int s = e;
      while (s > start) {
        char c = text.charAt(s - 1);
        if (isAsciiDigit(c) || isBlank(c) || c == ',' || isDash(c)) {
          s--;
        } else {
          break;
        }
      }
      int d = s;
      while (d < e && !isAsciiDigit(text.charAt(d))) {
        d++;
      }
      if (d >= e || d == start || !(isBlank(text.charAt(d - 1)) || text.charAt(d - 1) == ',')) {
        return end;
      }
      List<YearRange> found = new ArrayList<>();
      if (parseYears(d, e, found) != e || found.isEmpty()) {
        return end;
      }
      into.addAll(found);
      return d;
    }

    /** Where the holder that starts at {@code h} ends; sets {@link #holderOverflow}. */
    private int holderEnd(int h, int lineEnd) {
      holderOverflow = false;
      for (int c = h; c < lineEnd; c++) {
        if (c - h >= MAX_HOLDER_CHARS) {
          holderOverflow = true;
          return c;
        }
        if (c > h && markerLength(c, true) > 0) {
          return c;
        }
        char ch = text.charAt(c);
        if (ch == '&') {
          c = skipEntity(c, lineEnd); // "&amp;" does not end the holder at its ';'
          continue;
        }
        if (ch == '|' || ch == ';' || ch == '\u2022' || ch == '\u00B7') {
          return c;
        }
        if (text.startsWith("*/", c) || text.startsWith("-->", c) || startsHtmlTag(c)) {
          return c;
        }
        if ((c == h || !Character.isLetterOrDigit(text.charAt(c - 1))) && startsStopPhrase(c)) {
          return c;
        }
        if (ch == '.' && endsSentence(h, c, lineEnd)) {
          return c + 1;
        }
      }
      return lineEnd;
    }

    /** Whether an HTML tag that is not an address ("&lt;x@y.org&gt;") starts at {@code c}. */
    private boolean startsHtmlTag(int c) {
      if (text.charAt(c) != '<' || c + 1 >= length) {
        return false;
      }
      for (String tag : HTML_TAGS) {
        if (text.regionMatches(true, c + 1, tag, 0, tag.length())) {
          return true;
        }
      }
      return false;
    }

    /** The index of the ';' ending an HTML entity at {@code amp}, or {@code amp}. */
    private int skipEntity(int amp, int lineEnd) {
      for (int i = amp + 1; i < lineEnd && i <= amp + 9; i++) {
        char c = text.charAt(i);
        if (c == ';') {
          return i > amp + 2 ? i : amp;
        }
        if (!Character.isLetterOrDigit(c) && c != '#') {
          return amp;
        }
      }
      return amp;
    }

    private boolean startsStopPhrase(int c) {
      for (String phrase : STOP_PHRASES) {
        if (text.regionMatches(true, c, phrase, 0, phrase.length())) {
          return true;
        }
      }
      return false;
    }

    private boolean endsSentence(int h, int dot, int lineEnd) {
      if (dot + 2 >= lineEnd || text.charAt(dot + 1) != ' '
          || !Character.isUpperCase(text.charAt(dot + 2))) {
        return false;
      }
      int w = dot;
      while (w > h && !isBlank(text.charAt(w - 1))) {
        w--;
      }
      return w < dot && !Holders.isAbbreviation(text.substring(w, dot));
    }

    /** The end of the statement: the holder's end, or past a directly following rights phrase. */
    private int statementEnd(int holderEnd, int lineEnd) {
      int e = holderEnd;
      while (e < lineEnd && isBlankOr(text.charAt(e), ".,-\u2013\u2014")) {
        e++;
      }
      for (String phrase : new String[] {"all rights reserved", "all right reserved",
          "some rights reserved"}) {
        if (text.regionMatches(true, e, phrase, 0, phrase.length())) {
          int end = e + phrase.length();
          return end < lineEnd && text.charAt(end) == '.' ? end + 1 : end;
        }
      }
      int end = holderEnd;
      while (end > 0 && isBlankOr(text.charAt(end - 1), ",;:|")) {
        end--;
      }
      return end;
    }

    /**
     * Debian copyright files continue a field on indented lines ("Copyright: 2012 X" then "
     * 2013 Y"): reads them into {@code years} and {@code holders}; returns the new statement end.
     */
    private int debianContinuation(
        int lineEnd, int end, List<YearRange> years, List<String> holders) {
      int statementEnd = end;
      int lineBreak = lineEnd;
      for (int k = 0; k < MAX_CONTINUATION_LINES && lineBreak < length; k++) {
        int next = lineBreak + (text.startsWith("\r\n", lineBreak) ? 2 : 1);
        if (next >= length || !isBlank(text.charAt(next))) {
          break;
        }
        int nextEnd = lineEnd(next);
        int content = skipBlanks(next, nextEnd);
        if (content == nextEnd || markerLength(content, true) > 0) {
          break;
        }
        if (!(text.charAt(content) == '.' && skipBlanks(content + 1, nextEnd) == nextEnd)) {
          int q = skipBlanks(parseYears(content, nextEnd, years), nextEnd);
          if (q < nextEnd && text.charAt(q) == ',') {
            q = skipBlanks(q + 1, nextEnd);
          }
          int holderEnd = holderEnd(q, nextEnd);
          List<String> more = holderOverflow ? null : Holders.parse(text.substring(q, holderEnd));
          if (more != null) {
            holders.addAll(more);
          }
          statementEnd = statementEnd(holderEnd, nextEnd);
        }
        lineBreak = nextEnd;
      }
      return statementEnd;
    }

    private int withPortionsPrefix(int m) {
      int b = m;
      while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
        b--;
      }
      int start = b - "portions".length();
      if (b < m && start >= 0 && text.regionMatches(true, start, "portions", 0, 8)
          && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
        return start;
      }
      return m;
    }

    // --- small readers ---

    /** The four-digit year at {@code q}, or -1. */
    private int year4(int q, int limit) {
      if (q + 4 > limit || (q > 0 && isAsciiDigit(text.charAt(q - 1)))) {
        return -1;
      }
      int value = 0;
      for (int i = q; i < q + 4; i++) {
        char c = text.charAt(i);
        if (!isAsciiDigit(c)) {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      if (q + 4 < limit && isAsciiDigit(text.charAt(q + 4))) {
        return -1;
      }
      return value >= MIN_YEAR && value <= MAX_YEAR ? value : -1;
    }

    /** The two-digit number at {@code q} (not part of a longer one), or -1. */
    private int digits2(int q, int limit) {
      if (q + 2 > limit || !isAsciiDigit(text.charAt(q)) || !isAsciiDigit(text.charAt(q + 1))
          || (q + 2 < limit && isAsciiDigit(text.charAt(q + 2)))) {
        return -1;
      }
      return (text.charAt(q) - '0') * 10 + (text.charAt(q + 1) - '0');
    }

    private int openRangeEnd(int t, int limit) {
      for (String word : OPEN_RANGE_ENDS) {
        int end = t + word.length();
        if (end <= limit && text.regionMatches(true, t, word, 0, word.length())
            && (end == limit || !Character.isLetter(text.charAt(end)))) {
          return end;
        }
      }
      return -1;
    }

    /** The end of the line holding {@code p}: the next '\n' or '\r', or the end of the text. */
    private int lineEnd(int p) {
      if (p >= cachedLineFrom && p < cachedLineEnd) {
        return cachedLineEnd;
      }
      int e = p;
      while (e < length && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
        e++;
      }
      cachedLineFrom = p;
      cachedLineEnd = e;
      return e;
    }

    private boolean isLineStart(int p) {
      return p == 0 || text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r';
    }

    private int skipBlanks(int p, int limit) {
      int q = p;
      while (q < limit && isBlank(text.charAt(q))) {
        q++;
      }
      return q;
    }

    private static int words(String s) {
      String trimmed = s.trim();
      return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static List<String> distinct(List<String> holders) {
      return holders.stream().distinct().toList();
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f';
    }

    private static boolean isBlankOr(char c, String others) {
      return isBlank(c) || others.indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isDash(char c) {
      return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
          || c == '\u2014' || c == '\u2212';
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }
  }
}
