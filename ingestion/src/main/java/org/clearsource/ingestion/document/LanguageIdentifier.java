package org.clearsource.ingestion.document;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language identification with the optimaize language-detector (n-gram profiles of 71 languages):
 * an ISO 639-1 code, or {@code und} when the text is too short or too mixed to tell. Only the first
 * {@link #SAMPLE_CHARS} characters are looked at, which keeps the cost per document flat. One
 * detector per JVM, loaded on first use.
 */
public final class LanguageIdentifier {

  public static final String UNDETERMINED = "und";

  /** Enough text for a confident guess; more only costs time. */
  static final int SAMPLE_CHARS = 2000;

  /** Texts shorter than this are too short to tell reliably. */
  static final int MIN_CHARS = 20;

  private static final double MIN_PROBABILITY = 0.5;

  private static volatile LanguageDetector detector;

  private LanguageIdentifier() {}

  /** The most probable language of a text. */
  public static String identify(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.strip().length() < MIN_CHARS) {
      return UNDETERMINED;
    }
    List<DetectedLanguage> guesses = detector().getProbabilities(sample);
    if (guesses.isEmpty() || guesses.get(0).getProbability() < MIN_PROBABILITY) {
      return UNDETERMINED;
    }
    return guesses.get(0).getLocale().getLanguage();
  }

  private static LanguageDetector detector() {
    LanguageDetector current = detector;
    if (current == null) {
      synchronized (LanguageIdentifier.class) {
        current = detector;
        if (current == null) {
          try {
            current =
                LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the language profiles", e);
          }
          detector = current;
        }
      }
    }
    return current;
  }
}
