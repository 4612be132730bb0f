package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class TestTextDecoding {

  @Test
  void acceptsExactlyWhatTheStrictJdkDecoderAccepts() {
    Random random = new Random(3);
    // Bytes drawn from the ranges where UTF-8's rules change, so that edge cases come up often.
    int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
        0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
    for (int round = 0; round < 200_000; round++) {
      byte[] bytes = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) interesting[random.nextInt(interesting.length)];
      }
      assertThat(TextDecoding.indexOfInvalidUtf8(bytes, 0, bytes.length) < 0)
          .as("bytes %s", hex(bytes))
          .isEqualTo(jdkAccepts(bytes));
    }
  }

  @Test
  void pointsAtTheFirstInvalidByte() {
    byte[] bytes = bytes("abcdefghij", 0xc3, 0xa9, "k", 0xed, 0xa0, 0x80, "z");
    assertThat(TextDecoding.indexOfInvalidUtf8(bytes, 0, bytes.length)).isEqualTo(13);
    assertThat(TextDecoding.indexOfInvalidUtf8(bytes, 0, 13)).isEqualTo(-1);
    // A sequence cut by the end of the range is invalid.
    assertThat(TextDecoding.indexOfInvalidUtf8(bytes, 0, 11)).isEqualTo(10);
    assertThat(TextDecoding.indexOfInvalidUtf8(bytes("\u20ac\ud83d\ude00"), 0, 7)).isEqualTo(-1);
  }

  @Test
  void findsNulBytesAnywhere() {
    for (int length = 0; length < 30; length++) {
      for (int at = 0; at <= length; at++) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0x80);
        if (at < length) {
          bytes[at] = 0;
        }
        assertThat(TextDecoding.indexOfNul(bytes, 0, length)).isEqualTo(at < length ? at : -1);
      }
    }
    assertThat(TextDecoding.indexOfNul(new byte[] {0, 'a', 'b'}, 1, 2)).isEqualTo(-1);
  }

  @Test
  void namesStreamsCutShortTruncatedAndOtherFailuresCorrupt() {
    assertThat(TextDecoding.reasonFor(new EOFException()))
        .isEqualTo(QuarantineReason.TRUNCATED_INPUT);
    assertThat(TextDecoding.reasonFor(new IOException("Truncated source")))
        .isEqualTo(QuarantineReason.TRUNCATED_INPUT);
    assertThat(TextDecoding.reasonFor(new IOException("Unexpected end of stream")))
        .isEqualTo(QuarantineReason.TRUNCATED_INPUT);
    assertThat(TextDecoding.reasonFor(new IOException("Truncated TAR archive")))
        .isEqualTo(QuarantineReason.TRUNCATED_INPUT);
    assertThat(TextDecoding.reasonFor(new ZipException("invalid stored block lengths")))
        .isEqualTo(QuarantineReason.CORRUPT_INPUT);
    assertThat(TextDecoding.reasonFor(new IOException((String) null)))
        .isEqualTo(QuarantineReason.CORRUPT_INPUT);
    assertThat(TextDecoding.describe(new ZipException("bad \u00e9")))
        .isEqualTo("input is damaged (ZipException: bad \\u00e9)");
  }

  @Test
  void tellsNestedArchivesFromTextThatStartsLikeOne() {
    byte[] gzip = {0x1f, (byte) 0x8b, 8, 0};
    assertThat(TextDecoding.binaryContent(gzip, gzip.length)).contains("nested gzip stream");
    byte[] zip = bytes("PK", 3, 4, "rest");
    assertThat(TextDecoding.binaryContent(zip, zip.length)).contains("nested zip archive");
    byte[] bzip2 = bytes("BZh91AY&SY");
    assertThat(TextDecoding.binaryContent(bzip2, bzip2.length)).contains("nested bzip2 stream");
    byte[] prose = bytes("BZh is how this sentence starts");
    assertThat(TextDecoding.binaryContent(prose, prose.length)).isNull();
  }

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Concatenates strings (as UTF-8) and single bytes given as ints. */
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02x ", b & 0xff));
    }
    return out.toString();
  }
}
