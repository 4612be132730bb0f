package org.clearsource.licensing.copyright;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 ("Ã©" for "é", "Â©" for "©"),
 * but only when that is unambiguous: every char of the string must map back to one byte, and the
 * bytes must be valid UTF-8. Text that is really Latin-1 ("Müller") fails the UTF-8 check and is
 * left alone.
 */
final class Mojibake {

  /** Windows-1252 bytes 0x80-0x9F, as chars; 0 where the code page leaves the byte undefined. */
  private static final String CP1252_HIGH =
      "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
          + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

  private Mojibake() {}

  /** The repaired text, or {@code text} itself when it is not unambiguously mis-decoded UTF-8. */
  static String repair(String text) {
    if (!hasUtf8LeadChar(text)) {
      return text;
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      int b = singleByte(text.charAt(i));
      if (b < 0) {
        return text;
      }
      bytes[i] = (byte) b;
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = strict.decode(ByteBuffer.wrap(bytes));
      return decoded.toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  // A mis-decoded multi-byte sequence always starts with one of U+00C2..U+00F4 (the lead bytes).
  private static boolean hasUtf8LeadChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  private static int singleByte(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int index = CP1252_HIGH.indexOf(c);
    return c != 0 && index >= 0 ? 0x80 + index : -1;
  }
}
