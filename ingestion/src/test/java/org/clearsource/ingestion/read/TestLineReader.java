package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestLineReader {

  /** One line as read: where it starts, what is held, its full size and whether it was too big. */
  private record Line(long start, String held, long size, boolean tooLarge) {}

  @Test
  void findsTheFirstNewlineLikeAPlainLoop() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        // Bytes near '\n' (0x0a) and high bytes stress the word-at-a-time test's borrows.
        bytes[i] = (byte) (random.nextInt(8) == 0 ? '\n' : random.nextInt(4) == 0 ? 0x0b
            : random.nextInt(256));
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      int to = from + (bytes.length == from ? 0 : random.nextInt(bytes.length - from + 1));
      assertThat(LineReader.indexOfNewline(bytes, from, to))
          .as("round %d", round)
          .isEqualTo(naiveIndexOf(bytes, from, to));
    }
  }

  @Test
  void readsLinesWithTheirOffsetsWhateverTheBufferSize() throws IOException {
    String text = "first\n\nsecond line\r\nthird, longer than a small buffer\nlast without newline";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Line> expected = List.of(
        new Line(0, "first", 5, false),
        new Line(6, "", 0, false),
        new Line(7, "second line\r", 12, false),
        new Line(20, "third, longer than a small buffer", 33, false),
        new Line(54, "last without newline", 20, false));
    for (int buffer = 1; buffer <= 70; buffer++) {
      assertThat(readAll(bytes, 1000, buffer)).as("buffer %d", buffer).isEqualTo(expected);
    }
  }

  @Test
  void aStreamEndingWithNewlineHasNoEmptyLastLine() throws IOException {
    byte[] bytes = "a\nb\n".getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(bytes, 100, 3))
        .containsExactly(new Line(0, "a", 1, false), new Line(2, "b", 1, false));
    assertThat(readAll(new byte[0], 100, 3)).isEmpty();
  }

  @Test
  void keepsOnlyTheLimitOfAnOverlongLineButCountsAllOfIt() throws IOException {
    byte[] bytes = "0123456789abcdef\nok\n0123456789".getBytes(StandardCharsets.UTF_8);
    for (int buffer = 1; buffer <= 40; buffer++) {
      assertThat(readAll(bytes, 8, buffer))
          .as("buffer %d", buffer)
          .containsExactly(
              new Line(0, "01234567", 16, true),
              new Line(17, "ok", 2, false),
              new Line(20, "01234567", 10, true));
    }
  }

  @Test
  void aLineOfExactlyTheLimitIsNotTooLarge() throws IOException {
    byte[] bytes = "12345678\n".getBytes(StandardCharsets.UTF_8);
    for (int buffer = 1; buffer <= 12; buffer++) {
      assertThat(readAll(bytes, 8, buffer)).containsExactly(new Line(0, "12345678", 8, false));
    }
  }

  @Test
  void matchesANaiveSplitOnRandomContent() throws IOException {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = new byte[random.nextInt(300)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(10) == 0 ? '\n' : 'a' + random.nextInt(26));
      }
      int limit = 1 + random.nextInt(40);
      int buffer = 1 + random.nextInt(64);
      assertThat(readAll(bytes, limit, buffer))
          .as("round %d", round)
          .isEqualTo(naiveLines(bytes, limit));
    }
  }

  @Test
  void skipsToTheNextLineAndKnowsItsPosition() throws IOException {
    byte[] bytes = "partial\nwhole\n".getBytes(StandardCharsets.UTF_8);
    for (int buffer = 1; buffer <= 16; buffer++) {
      LineReader lines = new LineReader(new ByteArrayInputStream(bytes, 3, 11), 3, 100, buffer);
      assertThat(lines.skipLine()).isTrue();
      assertThat(lines.position()).isEqualTo(8);
      assertThat(lines.readLine()).isTrue();
      assertThat(lines.lineStart()).isEqualTo(8);
      assertThat(lines.skipLine()).isFalse();
    }
  }

  @Test
  void exposesThePartialLineWhenTheStreamFails() {
    byte[] bytes = "done\npartial li".getBytes(StandardCharsets.UTF_8);
    for (int buffer = 1; buffer <= 20; buffer++) {
      LineReader lines = new LineReader(failingAfter(bytes), 100, 1000, buffer);
      assertThat(readLine(lines)).isTrue();
      assertThat(held(lines)).isEqualTo("done");
      assertThatThrownBy(lines::readLine)
          .isInstanceOf(IOException.class)
          .hasMessage("disk on fire");
      assertThat(lines.lineStart()).isEqualTo(105);
      assertThat(held(lines)).isEqualTo("partial li");
    }
  }

  @Test
  void refusesAnEmptyBuffer() {
    assertThatThrownBy(() -> new LineReader(InputStream.nullInputStream(), 0, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot");
  }

  private static List<Line> readAll(byte[] bytes, long limit, int buffer) throws IOException {
    LineReader lines = new LineReader(new ByteArrayInputStream(bytes), 0, limit, buffer);
    List<Line> out = new ArrayList<>();
    while (lines.readLine()) {
      out.add(new Line(lines.lineStart(), held(lines), lines.lineBytes(), lines.tooLarge()));
    }
    return out;
  }

  private static boolean readLine(LineReader lines) {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new AssertionError("the first line should read", e);
    }
  }

  private static String held(LineReader lines) {
    return new String(
        lines.lineArray(), lines.lineOffset(), lines.lineLength(), StandardCharsets.UTF_8);
  }

  private static List<Line> naiveLines(byte[] bytes, int limit) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int end = naiveIndexOf(bytes, start, bytes.length);
      int stop = end < 0 ? bytes.length : end;
      int size = stop - start;
      byte[] held = Arrays.copyOfRange(bytes, start, start + Math.min(size, limit));
      out.add(new Line(start, new String(held, StandardCharsets.UTF_8), size, size > limit));
      start = stop + 1;
    }
    return out;
  }

  private static int naiveIndexOf(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Yields the bytes, then fails instead of ending. */
  private static InputStream failingAfter(byte[] bytes) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        if (position == bytes.length) {
          throw new IOException("disk on fire");
        }
        return bytes[position++] & 0xff;
      }
    };
  }
}
