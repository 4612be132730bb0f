package org.clearsource.dedup.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Normalizes a text and hashes it, and its words, in one pass over its code points.
 *
 * <p>Normalization, the same for every document:
 *
 * <ol>
 *   <li>Unicode NFC, so that a precomposed "é" and "e" + combining acute are the same text;
 *   <li>runs of white space (Java white space and Unicode space separators, such as U+00A0) become
 *       one space, and leading and trailing white space is dropped;
 *   <li>with {@link ExactMatch#CASE_INSENSITIVE}, letter case is folded.
 * </ol>
 *
 * The exact hash is MurmurHash3 x64 128 (seed 0) of the UTF-8 bytes of that normalized text.
 *
 * <p>Words, for shingles and n-grams, ignore case and punctuation whatever the exact-match mode: a
 * word is a maximal run of letters, digits and combining marks, case-folded; each character of a
 * script written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) is a word of
 * its own, so that such texts still give shingles. A word's hash is 64-bit FNV-1a over its folded
 * code points, finished by MurmurHash3's fmix64.
 *
 * <p>Not thread-safe: it reuses its buffers. Use one per task.
 */
public final class TextScanner {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte LOWER_OR_DIGIT = 2;
  private static final byte UPPER = 3;
  /** The class of each ASCII character, as the general rules below would find it. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : c >= 'A' && c <= 'Z' ? UPPER
          : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? LOWER_OR_DIGIT
          : OTHER;
    }
  }

  private final ExactMatch exactMatch;
  private byte[] utf8 = new byte[1 << 12];
  private char[] chars = new char[1 << 12];
  private long[] words = new long[1 << 9];

  public TextScanner(ExactMatch exactMatch) {
    this.exactMatch = Objects.requireNonNull(exactMatch, "Cannot scan without an exact-match mode");
  }

  /** Scans one text; the result owns its arrays. */
  public ScannedText scan(String text) {
    Objects.requireNonNull(text, "Cannot scan a null text");
    String normalized =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    boolean foldExact = exactMatch == ExactMatch.CASE_INSENSITIVE;
    int bytes = 0;
    int wordCount = 0;
    boolean pendingSpace = false;
    long word = FNV_OFFSET;
    boolean inWord = false;
    int length = normalized.length();
    ensureCapacity(length);
    // A char array, not charAt: the loop below is the stage's hottest, and reads it bare.
    char[] chars = this.chars;
    byte[] utf8 = this.utf8;
    normalized.getChars(0, length, chars, 0);
    for (int i = 0; i < length; ) {
      char c = chars[i];
      if (c < 128) {
        // ASCII, most of most corpora: one table lookup decides everything.
        i++;
        byte kind = ASCII[c];
        if (kind == SPACE) {
          pendingSpace = bytes > 0;
          if (inWord) {
            wordCount = addWord(wordCount, Murmur3.fmix64(word));
            word = FNV_OFFSET;
            inWord = false;
          }
          continue;
        }
        if (pendingSpace) {
          utf8[bytes++] = ' ';
          pendingSpace = false;
        }
        int folded = kind == UPPER ? c + 32 : c;
        utf8[bytes++] = (byte) (foldExact ? folded : c);
        if (kind == OTHER) {
          if (inWord) {
            wordCount = addWord(wordCount, Murmur3.fmix64(word));
            word = FNV_OFFSET;
            inWord = false;
          }
        } else {
          word = (word ^ folded) * FNV_PRIME;
          inWord = true;
        }
        continue;
      }
      int cp = Character.codePointAt(chars, i, length);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = bytes > 0;
        if (inWord) {
          wordCount = addWord(wordCount, Murmur3.fmix64(word));
          word = FNV_OFFSET;
          inWord = false;
        }
        continue;
      }
      int folded = fold(cp);
      if (pendingSpace) {
        utf8[bytes++] = ' ';
        pendingSpace = false;
      }
      bytes = putUtf8(foldExact ? folded : cp, bytes);
      if (isWordPart(cp)) {
        if (isUnsegmented(cp)) {
          if (inWord) {
            wordCount = addWord(wordCount, Murmur3.fmix64(word));
            inWord = false;
          }
          wordCount = addWord(wordCount, Murmur3.fmix64((FNV_OFFSET ^ folded) * FNV_PRIME));
          word = FNV_OFFSET;
        } else {
          word = (word ^ folded) * FNV_PRIME;
          inWord = true;
        }
      } else if (inWord) {
        wordCount = addWord(wordCount, Murmur3.fmix64(word));
        word = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      wordCount = addWord(wordCount, Murmur3.fmix64(word));
    }
    return new ScannedText(Murmur3.hash128(utf8, 0, bytes), Arrays.copyOf(words, wordCount));
  }

  /** The normalized text itself (what {@link ScannedText#exactHash()} hashes), for tests and docs. */
  public String normalize(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(normalized.length());
    boolean pendingSpace = false;
    for (int i = 0; i < normalized.length(); ) {
      int cp = normalized.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(exactMatch == ExactMatch.CASE_INSENSITIVE ? fold(cp) : cp);
    }
    return out.toString();
  }

  private static int fold(int cp) {
    if (cp < 128) {
      return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    }
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  private static boolean isWordPart(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isUnsegmented(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    if (Character.isIdeographic(cp)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }

  private int addWord(int count, long hash) {
    if (count == words.length) {
      words = Arrays.copyOf(words, count * 2);
    }
    words[count] = hash;
    return count + 1;
  }

  /** Room for a text of {@code length} chars: its chars, and its UTF-8 (3 bytes a char at most). */
  private void ensureCapacity(int length) {
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    int bytes = length * 3 + 4;
    if (utf8.length < bytes) {
      utf8 = new byte[Math.max(bytes, utf8.length * 2)];
    }
  }

  private int putUtf8(int cp, int at) {
    if (cp < 0x80) {
      utf8[at] = (byte) cp;
      return at + 1;
    } else if (cp < 0x800) {
      utf8[at] = (byte) (0xC0 | (cp >> 6));
      utf8[at + 1] = (byte) (0x80 | (cp & 0x3F));
      return at + 2;
    } else if (cp < 0x10000) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        // A lone surrogate has no UTF-8 form; String.getBytes(UTF_8) writes '?' for it, and so do we.
        utf8[at] = '?';
        return at + 1;
      }
      utf8[at] = (byte) (0xE0 | (cp >> 12));
      utf8[at + 1] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      utf8[at + 2] = (byte) (0x80 | (cp & 0x3F));
      return at + 3;
    } else {
      utf8[at] = (byte) (0xF0 | (cp >> 18));
      utf8[at + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      utf8[at + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      utf8[at + 3] = (byte) (0x80 | (cp & 0x3F));
      return at + 4;
    }
  }
}
