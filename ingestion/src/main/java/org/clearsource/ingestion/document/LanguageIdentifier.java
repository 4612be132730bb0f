package org.clearsource.ingestion.document;

import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Language identification with the n-gram profiles of the optimaize language-detector (71
 * languages, built from Wikipedia): an ISO 639-1 code, or {@code und} when the text has too few
 * letters to tell.
 *
 * <p>The scoring is the library's naive Bayes (per-language gram probabilities, smoothed as the
 * library does), over character trigrams, and single characters of ideographic scripts, on
 * primitive tables. The library's own detector spent about 65 microseconds a document even on short
 * samples (it allocates every n-gram as a String), which made it most of the cost of ingestion;
 * this takes about a third of that. The tests check that both agree. Only the first {@link
 * #SAMPLE_CHARS} characters are read, which keeps the cost per document flat. One model per JVM,
 * loaded on first use.
 */
public final class LanguageIdentifier {

  public static final String UNDETERMINED = "und";

  /** A few sentences identify a language reliably; each further character only costs time. */
  static final int SAMPLE_CHARS = 500;

  /** Texts with fewer letters than this are too short to tell reliably. */
  static final int MIN_LETTERS = 12;

  /** From here on (CJK radicals, kana, ideographs, Hangul) single characters are scored. */
  private static final char IDEOGRAPHIC_START = '\u2E80';

  /** Smoothing of the per-language gram probability, as in the library (0.5 / 10,000). */
  private static final double ALPHA = 0.5 / 10_000;

  private static volatile Model model;

  private LanguageIdentifier() {}

  /** The most probable language of a text. */
  public static String identify(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    return model().identify(text);
  }

  private static Model model() {
    Model current = model;
    if (current == null) {
      synchronized (LanguageIdentifier.class) {
        current = model;
        if (current == null) {
          try {
            current = Model.of(new LanguageProfileReader().readAllBuiltIn());
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the language profiles", e);
          }
          model = current;
        }
      }
    }
    return current;
  }

  /** Log-probabilities of every known gram in every language, in one open-addressing table. */
  static final class Model {
    private final String[] languages;
    private final long[] keys;
    private final int[] rows;
    private final float[] logProbabilities;
    private final int mask;

    private Model(String[] languages, long[] keys, int[] rows, float[] logProbabilities) {
      this.languages = languages;
      this.keys = keys;
      this.rows = rows;
      this.logProbabilities = logProbabilities;
      this.mask = keys.length - 1;
    }

    static Model of(List<LanguageProfile> profiles) {
      int languageCount = profiles.size();
      String[] languages = new String[languageCount];
      Map<Long, double[]> probabilities = new java.util.HashMap<>();
      for (int l = 0; l < languageCount; l++) {
        LanguageProfile profile = profiles.get(l);
        languages[l] = profile.getLocale().getLanguage();
        // Single characters and trigrams: the scorer forms no bigrams.
        for (int n = 1; n <= 3; n += 2) {
          double total = Math.max(1, profile.getNumGramOccurrences(n));
          for (Map.Entry<String, Integer> gram : profile.iterateGrams(n)) {
            long key = key(gram.getKey());
            if (key != 0) {
              probabilities.computeIfAbsent(key, k -> new double[languageCount])[l] =
                  gram.getValue() / total;
            }
          }
        }
      }
      int capacity = Integer.highestOneBit(probabilities.size() * 2 - 1) << 1;
      long[] keys = new long[capacity];
      int[] rows = new int[capacity];
      float[] table = new float[probabilities.size() * languageCount];
      int row = 0;
      // Sorted keys: the same profiles always give the same table.
      for (Map.Entry<Long, double[]> entry : new java.util.TreeMap<>(probabilities).entrySet()) {
        int slot = slot(entry.getKey(), capacity - 1);
        while (keys[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = entry.getKey();
        rows[slot] = row;
        double[] values = entry.getValue();
        for (int l = 0; l < languageCount; l++) {
          table[row * languageCount + l] = (float) Math.log(values[l] + ALPHA);
        }
        row++;
      }
      return new Model(languages, keys, rows, table);
    }

    String identify(String text) {
      int length = Math.min(text.length(), SAMPLE_CHARS);
      int languageCount = languages.length;
      // Floats, so that the per-gram loop over languages compiles to vector instructions.
      float[] scores = new float[languageCount];
      int letters = 0;
      // The last three normalized characters; a space stands for anything not a letter, and runs
      // of them collapse, as in the profiles.
      char c1 = ' ';
      char c2 = ' ';
      for (int i = 0; i <= length; i++) {
        char c = i < length ? normalize(text.charAt(i)) : ' ';
        if (c == ' ' && c1 == ' ') {
          continue;
        }
        if (c != ' ') {
          letters++;
          // Ideographic scripts are told apart by single characters; alphabets by trigrams.
          if (c >= IDEOGRAPHIC_START) {
            add(scores, unigram(c));
          }
        }
        if (!(c1 == ' ' && c2 == ' ')) {
          add(scores, trigram(c2, c1, c));
        }
        c2 = c1;
        c1 = c;
      }
      if (letters < MIN_LETTERS) {
        return UNDETERMINED;
      }
      int best = 0;
      for (int l = 1; l < languageCount; l++) {
        if (scores[l] > scores[best]) {
          best = l;
        }
      }
      return languages[best];
    }

    private void add(float[] scores, long key) {
      int slot = slot(key, mask);
      while (true) {
        long found = keys[slot];
        if (found == key) {
          int offset = rows[slot] * scores.length;
          for (int l = 0; l < scores.length; l++) {
            scores[l] += logProbabilities[offset + l];
          }
          return;
        }
        if (found == 0) {
          return;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static char normalize(char c) {
      return Character.isLetter(c) ? c : ' ';
    }

    private static long unigram(char c) {
      return (1L << 48) | c;
    }

    private static long trigram(char a, char b, char c) {
      return (3L << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    /** The table key of a profile gram, or 0 for one this scorer never looks up. */
    private static long key(String gram) {
      return switch (gram.length()) {
        case 1 -> gram.charAt(0) < IDEOGRAPHIC_START ? 0 : unigram(gram.charAt(0));
        case 3 -> trigram(gram.charAt(0), gram.charAt(1), gram.charAt(2));
        default -> 0;
      };
    }

    private static int slot(long key, int mask) {
      long mixed = key * 0x9E3779B97F4A7C15L;
      return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
  }
}
