package org.clearsource.licensing.license;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * The prefilter: an Aho-Corasick automaton over keywords that every kind of licence evidence
 * contains ("licen", "copyright", "spdx", "gpl", "public domain", "all rights reserved", CC and
 * family names, and the words of the few listed texts that have none of those). One pass over the
 * characters, about as costly as reading them, finds the first and last keyword; text further
 * than {@link #margin} characters outside them cannot hold licence evidence and is never
 * tokenized (see {@link LicenseDetector}), and a document without any keyword costs only this
 * pass.
 *
 * <p>The margin is measured, not guessed: the longest stretch before the first keyword or after
 * the last one in any listed licence text, exception text or standard header, plus {@link #SLACK}.
 * So every listed text is still matched whole wherever it sits in a document.
 *
 * <p>Characters are folded as the tokenizer folds them: letters and digits to lower case, every
 * run of other characters to one separator, so "public\n * domain" is "public domain". Immutable
 * and thread-safe.
 */
final class LicenseKeywords {

  /**
   * Substrings, matched inside words: "licen" finds license, licence, licensed, sublicense. Each
   * was chosen for what needs it (a text, a name, a statement) and against how often code and
   * prose have it for other reasons ("distribut", "permission", "gnu" would widen most files).
   */
  private static final List<String> INSIDE_WORDS = List.of(
      "licen", "copyright", "spdx", "gpl", "creative", "rights reserved", "warrant", "reproduc",
      "written permission", "without permission", "commercial", "personal use", "public domain",
      "may be distributed", "freely", "freeware", "special exception", "attribution",
      "permission is granted", "permission to", "is permitted", "as long as this notice",
      "as long as you leave", "covered work", "eclipse.org/legal", "lizenz",
      "urheber", "droit", "do what you want", "whatever way you want",
      "\u8a31\u8afe", "\u8457\u4f5c\u6a29", "\u30e9\u30a4\u30bb\u30f3\u30b9",  // ja
      "\u8bb8\u53ef", "\u7248\u6743", "\u6388\u6743",                          // zh
      "\ub77c\uc774\uc120\uc2a4", "\uc800\uc791\uad8c");                       // ko
  /** Whole words only, and not after a dot: "MIT" is a licence, "submit" and "edu.mit" not. */
  private static final List<String> WHOLE_WORDS = List.of(
      "mit", "bsd", "isc", "mpl", "epl", "cddl", "eupl", "asl", "expat", "wtfpl", "artistic",
      "cc0", "cc by");

  /** Characters added to the longest measured keyword-free edge of a listed text. */
  static final int SLACK = 100;
  /** Parts of a text scanned at once, as independent chains. */
  private static final int LANES = 8;
  /** How far before its cut a part starts: longer than any keyword. */
  private static final int OVERLAP = 64;
  /** Texts this long are scanned as {@link #LANES} parts, each at least {@link #OVERLAP} long. */
  private static final int INTERLEAVED_FROM = LANES * OVERLAP;

  private static final int SEPARATOR = 0;
  private static final int OTHER = 1;
  /**
   * Characters that join the parts of a name ("edu.mit.ll", "my_mit", "$mit"): no start for a
   * whole word. A slash is a separator: comment markers ("// MIT") are made of it.
   */
  private static final int JOINER = 2;
  private static final String JOINERS = "._$@";
  /** Symbols of a-z and 0-9 start here; then the non-ASCII characters of the keywords. */
  private static final int FIRST_ALNUM = 3;

  /**
   * The symbol of every char: one load, no branch, in the scan. Static, like the automaton: a
   * constant table's length is known to the JIT, which then drops the bounds check.
   */
  private static final byte[] SYMBOL_OF = symbolTable();
  private static final int SYMBOLS = symbolCount();
  /**
   * The transitions: {@code DELTA[state + symbol]} is the next state, states being numbered by
   * their row's offset (state number times symbols) so that no multiplication stands between
   * one character and the next; bitwise negated when the step ends a keyword.
   */
  private static final int[] DELTA = automaton(keywordSymbols(), SYMBOLS);
  /** The state after a separator, where every text starts. */
  private static final int START = DELTA[SEPARATOR] < 0 ? ~DELTA[SEPARATOR] : DELTA[SEPARATOR];

  private final int margin;

  private LicenseKeywords(List<String> texts) {
    int longestEdge = 0;
    for (String text : texts) {
      longestEdge = Math.max(longestEdge, keywordFreeEdge(text));
    }
    margin = longestEdge + SLACK;
  }

  private static byte[] symbolTable() {
    byte[] symbolOf = new byte[Character.MAX_VALUE + 1];
    for (int c = 128; c <= Character.MAX_VALUE; c++) {
      symbolOf[c] = (byte) (Character.isLetterOrDigit((char) c) ? OTHER : SEPARATOR);
    }
    for (char c = 'a'; c <= 'z'; c++) {
      symbolOf[c] = (byte) (FIRST_ALNUM + (c - 'a'));
      symbolOf[Character.toUpperCase(c)] = (byte) (FIRST_ALNUM + (c - 'a'));
    }
    for (char c = '0'; c <= '9'; c++) {
      symbolOf[c] = (byte) (FIRST_ALNUM + 26 + (c - '0'));
    }
    for (char c : JOINERS.toCharArray()) {
      symbolOf[c] = JOINER;
    }
    int next = FIRST_ALNUM + 36;
    for (String keyword : INSIDE_WORDS) {
      for (char c : keyword.toCharArray()) {
        if (c >= 128 && symbolOf[c] < FIRST_ALNUM) {
          symbolOf[c] = (byte) next++;
        }
      }
    }
    return symbolOf;
  }

  private static int symbolCount() {
    int count = FIRST_ALNUM + 36;
    for (byte symbol : SYMBOL_OF) {
      count = Math.max(count, symbol + 1);
    }
    return count;
  }

  private static List<int[]> keywordSymbols() {
    List<int[]> keywords = new ArrayList<>();
    for (String keyword : INSIDE_WORDS) {
      keywords.add(symbolsOf(keyword, false, SEPARATOR));
    }
    for (String keyword : WHOLE_WORDS) {
      // Preceded by a separator; followed by one or by a joiner ("the MIT.", "MIT/X11").
      keywords.add(symbolsOf(keyword, true, SEPARATOR));
      keywords.add(symbolsOf(keyword, true, JOINER));
    }
    return keywords;
  }

  /** The keywords, with the margin measured on these listed texts. */
  static LicenseKeywords measuredOn(List<String> texts) {
    return new LicenseKeywords(texts);
  }

  /**
   * Characters before the first keyword and after the last that may still belong to a listed
   * licence text.
   */
  int margin() {
    return margin;
  }

  /**
   * Where the first and the last keyword end, packed as {@code first << 32 | last}; or -1. Reads
   * the String in place: a copy would cost as much as the scan.
   */
  long keywordEnds(String text) {
    int length = text.length();
    if (length < INTERLEAVED_FROM) {
      return keywordEnds(text, 0, length, START, length);
    }
    // Each step waits for the previous one's table load. The text is cut into LANES parts,
    // scanned in one loop as independent chains that the CPU overlaps. Each part but the first
    // starts OVERLAP characters early, so that a keyword across a cut is still seen; started in
    // a word's middle it may see a false one, which only widens the region.
    int part = length / LANES;
    int s0 = START;
    int s1 = START;
    int s2 = START;
    int s3 = START;
    int s4 = START;
    int s5 = START;
    int s6 = START;
    int s7 = START;
    int[] first = new int[LANES];
    int[] last = new int[LANES];
    Arrays.fill(first, -1);
    // Few live values (k, part and the states), so that the JIT keeps them all in registers.
    for (int k = 0; k < part; k++) {
      int j = k + part - OVERLAP;
      int n0 = DELTA[s0 + SYMBOL_OF[text.charAt(k)]];
      int n1 = DELTA[s1 + SYMBOL_OF[text.charAt(j)]];
      int n2 = DELTA[s2 + SYMBOL_OF[text.charAt(j + part)]];
      int n3 = DELTA[s3 + SYMBOL_OF[text.charAt(j + 2 * part)]];
      int n4 = DELTA[s4 + SYMBOL_OF[text.charAt(j + 3 * part)]];
      int n5 = DELTA[s5 + SYMBOL_OF[text.charAt(j + 4 * part)]];
      int n6 = DELTA[s6 + SYMBOL_OF[text.charAt(j + 5 * part)]];
      int n7 = DELTA[s7 + SYMBOL_OF[text.charAt(j + 6 * part)]];
      if ((n0 | n1 | n2 | n3 | n4 | n5 | n6 | n7) < 0) {
        n0 = record(n0, 0, k, first, last);
        n1 = record(n1, 1, j, first, last);
        n2 = record(n2, 2, j + part, first, last);
        n3 = record(n3, 3, j + 2 * part, first, last);
        n4 = record(n4, 4, j + 3 * part, first, last);
        n5 = record(n5, 5, j + 4 * part, first, last);
        n6 = record(n6, 6, j + 5 * part, first, last);
        n7 = record(n7, 7, j + 6 * part, first, last);
      }
      s0 = n0;
      s1 = n1;
      s2 = n2;
      s3 = n3;
      s4 = n4;
      s5 = n5;
      s6 = n6;
      s7 = n7;
    }
    int[] state = {s0, s1, s2, s3, s4, s5, s6, s7};
    int overallFirst = -1;
    int overallLast = -1;
    for (int lane = 0; lane < LANES; lane++) {
      // What each part has left, one at a time; the last part ends the text.
      int from = lane == 0 ? part : (lane + 1) * part - OVERLAP;
      int to = lane == LANES - 1 ? length : (lane + 1) * part;
      long tail = keywordEnds(text, from, to, state[lane], lane == LANES - 1 ? length : -1);
      int laneFirst = first[lane];
      int laneLast = last[lane];
      if (tail >= 0) {
        laneFirst = laneFirst < 0 ? (int) (tail >>> 32) : laneFirst;
        laneLast = (int) tail;
      }
      if (laneFirst >= 0) {
        overallFirst = overallFirst < 0 ? laneFirst : overallFirst;
        overallLast = Math.max(overallLast, laneLast);
      }
    }
    return overallFirst < 0 ? -1 : (long) overallFirst << 32 | overallLast;
  }

  /** A lane's step: a negated state ends a keyword at {@code position}; returns the state. */
  private static int record(int next, int lane, int position, int[] first, int[] last) {
    if (next >= 0) {
      return next;
    }
    if (first[lane] < 0) {
      first[lane] = position;
    }
    last[lane] = position;
    return ~next;
  }

  /**
   * One chain from {@code state} over {@code text[from..to)}; when {@code textEnd} is the
   * text's length, its end counts as a separator.
   */
  private long keywordEnds(String text, int from, int to, int state, int textEnd) {
    int first = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      int next = DELTA[state + SYMBOL_OF[text.charAt(i)]];
      if (next < 0) {
        next = ~next;
        if (first < 0) {
          first = i;
        }
        last = i;
      }
      state = next;
    }
    // The end of the text is a separator: a whole word may end there.
    if (to == textEnd && DELTA[state + SEPARATOR] < 0) {
      first = first < 0 ? to : first;
      last = to;
    }
    return first < 0 ? -1 : (long) first << 32 | last;
  }

  /** The longer of the keyword-free stretches at the start and at the end of a text. */
  private int keywordFreeEdge(String text) {
    long hits = keywordEnds(text);
    if (hits < 0) {
      return 0;  // a text without keywords is matched only where others are near
    }
    int firstEnd = (int) (hits >>> 32);
    int lastEnd = (int) hits;
    return Math.max(firstEnd, text.length() - lastEnd);
  }

  /** True when the text has a keyword: every listed licence text's fixed text has one. */
  boolean anyIn(String text) {
    return keywordEnds(text) >= 0;
  }

  /** A keyword as symbols; a whole word is framed by a separator and {@code end}. */
  private static int[] symbolsOf(String keyword, boolean wholeWord, int end) {
    List<Integer> out = new ArrayList<>();
    if (wholeWord) {
      out.add(SEPARATOR);
    }
    boolean afterSeparator = wholeWord;
    for (char c : keyword.toCharArray()) {
      int symbol = SYMBOL_OF[c];
      if (symbol == SEPARATOR && afterSeparator) {
        continue;
      }
      afterSeparator = symbol == SEPARATOR;
      out.add(symbol);
    }
    if (wholeWord) {
      out.add(end);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The Aho-Corasick automaton as a full transition table; state 0 is the root. A state entered
   * on a separator stays put on further separators, so that "public \n * domain" matches
   * "public domain" without a branch in the scan. Entries are row offsets (see {@link #DELTA}).
   */
  private static int[] automaton(List<int[]> keywords, int symbols) {
    List<int[]> gotoTable = new ArrayList<>();
    List<Boolean> accepts = new ArrayList<>();
    gotoTable.add(filled(symbols));
    accepts.add(false);
    for (int[] keyword : keywords) {
      int state = 0;
      for (int symbol : keyword) {
        if (gotoTable.get(state)[symbol] < 0) {
          gotoTable.add(filled(symbols));
          accepts.add(false);
          gotoTable.get(state)[symbol] = gotoTable.size() - 1;
        }
        state = gotoTable.get(state)[symbol];
      }
      accepts.set(state, true);
    }
    int states = gotoTable.size();
    int[] fail = new int[states];
    int[] table = new int[states * symbols];
    boolean[] accept = new boolean[states];
    for (int s = 0; s < states; s++) {
      accept[s] = accepts.get(s);
    }
    Queue<Integer> queue = new ArrayDeque<>();
    for (int symbol = 0; symbol < symbols; symbol++) {
      int child = gotoTable.get(0)[symbol];
      table[symbol] = child >= 0 ? child : 0;
      if (child > 0) {
        fail[child] = 0;
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      accept[state] |= accept[fail[state]];
      for (int symbol = 0; symbol < symbols; symbol++) {
        int child = gotoTable.get(state)[symbol];
        if (child >= 0) {
          fail[child] = table[fail[state] * symbols + symbol];
          table[state * symbols + symbol] = child;
          queue.add(child);
        } else {
          table[state * symbols + symbol] = table[fail[state] * symbols + symbol];
        }
      }
    }
    boolean[] enteredOnSeparator = new boolean[states];
    for (int s = 0; s < states; s++) {
      for (int symbol = 0; symbol < symbols; symbol++) {
        if (symbol == SEPARATOR) {
          enteredOnSeparator[table[s * symbols + symbol]] = true;
        }
      }
    }
    for (int s = 0; s < states; s++) {
      if (enteredOnSeparator[s]) {
        table[s * symbols + SEPARATOR] = s;
      }
    }
    for (int i = 0; i < table.length; i++) {
      int target = table[i];
      table[i] = accept[target] ? ~(target * symbols) : target * symbols;
    }
    return table;
  }

  private static int[] filled(int symbols) {
    int[] row = new int[symbols];
    Arrays.fill(row, -1);
    return row;
  }
}
