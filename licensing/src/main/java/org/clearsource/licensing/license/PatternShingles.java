package org.clearsource.licensing.license;

import java.util.Arrays;
import java.util.List;

/**
 * The shingles of one template. {@code required} are those inside runs of fixed, non-optional
 * text: a copy of the licence has them all. {@code allowed} are every shingle a copy may have:
 * with and without the optional text, with the list's wording of replaceable text and with it left
 * out, so that a verbatim copy and a copy that drops optional parts both match fully.
 *
 * @param required sorted distinct shingles of the fixed text
 * @param allowed sorted distinct shingles a copy may contain (a superset of required)
 * @param words sorted distinct words of the template
 * @param fingerprint hash of the words and their roles: equal for templates that match alike
 */
record PatternShingles(long[] required, long[] allowed, long[] words, long fingerprint) {

  private static final byte OPTIONAL = 1;
  private static final byte REPLACEABLE = 2;

  static PatternShingles of(List<LicenseTemplate.Part> parts) {
    TokenStream stream = new TokenStream(256);
    Tokenizer tokenizer = new Tokenizer(stream);
    byte[] roles = new byte[64];
    for (LicenseTemplate.Part part : parts) {
      int before = stream.size();
      byte role = part.optional() ? OPTIONAL : 0;
      if (part instanceof LicenseTemplate.Fixed fixed) {
        tokenizer.feed(fixed.text());
      } else if (part instanceof LicenseTemplate.Replaceable replaceable) {
        tokenizer.feed(replaceable.original());
        role |= REPLACEABLE;
      }
      if (stream.size() > roles.length) {
        roles = Arrays.copyOf(roles, Math.max(stream.size(), roles.length * 2));
      }
      Arrays.fill(roles, before, stream.size(), role);
    }
    int kept = 0;
    long[] words = new long[stream.size()];
    byte[] wordRoles = new byte[stream.size()];
    long fingerprint = 17;
    for (int i = 0; i < stream.size(); i++) {
      if (!stream.ignored(i)) {
        words[kept] = stream.word(i);
        wordRoles[kept] = roles[i];
        fingerprint = fingerprint * 31 + words[kept] * 7 + roles[i];
        kept++;
      }
    }
    long[] required = requiredShingles(words, wordRoles, kept);
    LongArrayBuilder allowed = new LongArrayBuilder(kept * 4);
    for (int dropped = 0; dropped <= (OPTIONAL | REPLACEABLE); dropped++) {
      addShinglesWithout(words, wordRoles, kept, (byte) dropped, allowed);
    }
    allowed.addAll(required);
    LongArrayBuilder distinctWords = new LongArrayBuilder(kept);
    distinctWords.addAll(Arrays.copyOf(words, kept));
    return new PatternShingles(
        required, allowed.sortedDistinct(), distinctWords.sortedDistinct(), fingerprint);
  }

  /** Shingles inside runs of words that are neither optional nor replaceable. */
  private static long[] requiredShingles(long[] words, byte[] roles, int count) {
    LongArrayBuilder shingles = new LongArrayBuilder(count);
    int runStart = 0;
    for (int i = 0; i <= count; i++) {
      if (i == count || roles[i] != 0) {
        for (int from = runStart; from + Shingles.WIDTH <= i; from++) {
          shingles.add(Shingles.hash(words, from));
        }
        runStart = i + 1;
      }
    }
    return shingles.sortedDistinct();
  }

  /** Shingles of the word sequence with every word of the given roles left out. */
  private static void addShinglesWithout(
      long[] words, byte[] roles, int count, byte droppedRoles, LongArrayBuilder out) {
    long[] kept = new long[count];
    int size = 0;
    for (int i = 0; i < count; i++) {
      if ((roles[i] & droppedRoles) == 0) {
        kept[size++] = words[i];
      }
    }
    for (int from = 0; from + Shingles.WIDTH <= size; from++) {
      out.add(Shingles.hash(kept, from));
    }
  }

  /** A growable long array. */
  static final class LongArrayBuilder {
    private long[] values;
    private int size;

    LongArrayBuilder(int capacity) {
      values = new long[Math.max(16, capacity)];
    }

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(long[] more) {
      for (long value : more) {
        add(value);
      }
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
