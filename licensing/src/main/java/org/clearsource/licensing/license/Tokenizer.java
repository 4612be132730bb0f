package org.clearsource.licensing.license;

/**
 * Splits text into words per the SPDX matching guidelines: a word is a run of letters and digits,
 * compared case-insensitively; everything else (whitespace, punctuation, quotes, dashes, comment
 * markers such as {@code // /* * # -- ; <!-- -->}) separates words and is otherwise ignored. A list
 * bullet at the start of a line ("1.", "(a)", "iv)") is flagged {@link TokenStream#IGNORED}.
 *
 * <p>Copyright lines are not dropped here: a statement often runs on into the licence on the same
 * line ("Copyright 1992 MIPS ... grants reproduction"). Templates mark them as replaceable text,
 * which the matcher treats as allowed but not required, so a changed copyright line costs nothing
 * where it precedes the licence and a little precision where it sits inside it.
 *
 * <p>Words are 64-bit hashes ({@link #wordHash}), so the hot loop allocates nothing. A tokenizer
 * keeps its line state between {@link #feed} calls, so a template can be fed piece by piece.
 */
final class Tokenizer {

  /** Shortest word that {@link WordEquivalents} may fold ("https"). */
  private static final int SHORTEST_VARIANT = 5;
  /** Reused char buffers: copying into one is cheaper than String.charAt or toCharArray. */
  private static final ThreadLocal<char[][]> BUFFER =
      ThreadLocal.withInitial(() -> new char[1][4096]);
  /** For ASCII: 0 for a separator, else the lower-case letter or digit. */
  private static final char[] ASCII_WORD_CHAR = new char[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD_CHAR[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD_CHAR[c] = c;
      ASCII_WORD_CHAR[Character.toUpperCase(c)] = c;
    }
  }

  private final TokenStream out;
  private boolean atLineStart = true;

  Tokenizer(TokenStream out) {
    this.out = out;
  }

  /** The words of a whole text. */
  static TokenStream tokenize(String text) {
    TokenStream stream = new TokenStream(text.length() / 8);
    new Tokenizer(stream).feed(text);
    return stream;
  }

  /** The words of a whole text, into {@code reused} (cleared first). */
  static TokenStream tokenize(String text, TokenStream reused) {
    reused.clear();
    new Tokenizer(reused).feed(text);
    return reused;
  }

  /** The hash of one word as the tokenizer computes it, folded to its equivalent spelling. */
  static long wordHash(String word) {
    return WordEquivalents.fold(unfoldedHash(word));
  }

  /** The hash of one word before folding; {@code word} must be a single word. */
  static long unfoldedHash(String word) {
    long hash = 0;
    for (int i = 0; i < word.length(); i++) {
      hash = Long.rotateLeft(hash, 9) ^ lowerWordChar(word.charAt(i));
    }
    return finish(hash ^ word.length());
  }

  /**
   * The characters of {@code text} in this thread's reusable buffer (valid up to {@code
   * text.length()}): copying into one is cheaper than walking the String with charAt, and the
   * keyword prefilter and the tokenizer share the copy.
   */
  static char[] charsOf(String text) {
    return charsOf(text, 0, text.length());
  }

  /**
   * {@code text[from..to)} at the same indexes of this thread's reusable buffer; the rest of
   * the buffer is stale.
   */
  static char[] charsOf(String text, int from, int to) {
    char[][] holder = BUFFER.get();
    if (holder[0].length < to) {
      holder[0] = new char[Math.max(to, holder[0].length * 2)];
    }
    text.getChars(from, to, holder[0], from);
    return holder[0];
  }

  /** Appends the words of {@code text}; offsets are relative to it. */
  void feed(String text) {
    feed(charsOf(text), 0, text.length());
  }

  /**
   * Appends the words of {@code chars[from..to)}; offsets are indexes into {@code chars}. A
   * word cut by {@code from} or {@code to} is cut: callers pass word boundaries.
   */
  void feed(char[] chars, int from, int to) {
    int i = from;
    while (i < to) {
      char c = chars[i];
      if (lowerWordChar(c) == 0) {
        if (c == '\n') {
          atLineStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      // Rotate-and-xor per character: a short dependency chain; one multiply-mix per word.
      long hash = 0;
      char lower;
      while (i < to && (lower = lowerWordChar(chars[i])) != 0) {
        hash = Long.rotateLeft(hash, 9) ^ lower;
        i++;
      }
      long word = finish(hash ^ (i - start));
      if (i - start >= SHORTEST_VARIANT) {
        word = WordEquivalents.fold(word);
      }
      byte flag = atLineStart && isBullet(chars, start, i, to) ? TokenStream.IGNORED : 0;
      atLineStart = false;
      out.add(word, start, i, flag);
    }
  }

  /** True for a letter or digit: a character words are made of. */
  static boolean isWordChar(char c) {
    return lowerWordChar(c) != 0;
  }

  /** Lower-case letter or digit, or 0 for a separator. */
  private static char lowerWordChar(char c) {
    if (c < 128) {
      return ASCII_WORD_CHAR[c];
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  /** Murmur3's finalizer, so that the low bits of a word hash are usable for tables. */
  static long finish(long hash) {
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    return hash ^ (hash >>> 33);
  }

  /** "1.", "12)", "a.", "(b)", "iv." at the start of a line ({@code limit}: end of the text). */
  private static boolean isBullet(char[] text, int start, int end, int limit) {
    int length = end - start;
    if (length > 4 || end >= limit) {
      return false;
    }
    char after = text[end];
    boolean enclosed = start > 0 && text[start - 1] == '(' && after == ')';
    boolean closed = (after == '.' || after == ')')
        && (end + 1 == limit || Character.isWhitespace(text[end + 1]));
    if (!enclosed && !closed) {
      return false;
    }
    boolean digits = length <= 3;
    boolean roman = true;
    for (int i = start; i < end; i++) {
      char c = Character.toLowerCase(text[i]);
      digits &= c >= '0' && c <= '9';
      roman &= c == 'i' || c == 'v' || c == 'x';
    }
    return digits || roman || (length == 1 && Character.isLetter(text[start]));
  }
}
