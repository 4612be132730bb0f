package org.clearsource.ingestion.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The charset of text that is not UTF-8 (old sources in Latin-1, Windows-1252, Shift_JIS,
 * Windows-1251...): ICU4J's detector where it is sure, else Windows-1252, the superset of Latin-1
 * that such files most often are, else ISO-8859-1, which decodes any byte.
 */
final class LegacyCharsets {

  /** The detector looks at no more than this much of the content (its cost grows with it). */
  static final int SAMPLE_BYTES = 64 << 10;

  /**
   * ICU's confidence (0 to 100) from which its guess is taken. Below it, short Latin-1 text is
   * often guessed to be KOI8-R or another single-byte charset.
   */
  static final int MIN_CONFIDENCE = 50;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private LegacyCharsets() {}

  /** The charset that decodes {@code bytes[0..length)} without error; never UTF-8. */
  static Charset detect(byte[] bytes, int length) {
    Charset detected = detected(bytes, length);
    if (detected != null && decodes(detected, bytes, length)) {
      return detected;
    }
    return decodes(WINDOWS_1252, bytes, length) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
  }

  private static Charset detected(byte[] bytes, int length) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(length <= SAMPLE_BYTES ? Arrays.copyOf(bytes, length)
        : Arrays.copyOf(bytes, SAMPLE_BYTES));
    CharsetMatch match;
    try {
      match = detector.detect();
    } catch (RuntimeException e) {
      return null;
    }
    if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    try {
      Charset charset = Charset.forName(match.getName());
      // UTF-8 failed already; UTF-16 and UTF-32 have NUL bytes and would be binary here.
      return charset.name().startsWith("UTF") ? null : charset;
    } catch (IllegalArgumentException e) {
      // ICU names a charset this JVM lacks (an EBCDIC variant, say).
      return null;
    }
  }

  private static boolean decodes(Charset charset, byte[] bytes, int length) {
    try {
      charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
