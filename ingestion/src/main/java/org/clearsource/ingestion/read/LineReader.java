package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines of bytes through one large buffer, knowing each line's byte offset.
 * Memory stays bounded: a line longer than the limit is scanned to its end, counted, but only its
 * first {@code maxLineBytes} are kept.
 *
 * <p>After {@link #readLine()} the current line is {@code lineArray()[lineOffset() ..
 * lineOffset() + lineLength())}, without its '\n'. The array is reused by the next call. When
 * {@code readLine} throws, the current line is the partial line read before the failure.
 */
final class LineReader {

  static final int DEFAULT_BUFFER_BYTES = 1 << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;

  private final InputStream in;
  private final byte[] buffer;
  private final int maxLineBytes;
  private int position;
  private int limit;
  private long bufferStart;
  private boolean ended;

  // Lines that straddle a refill are assembled here; it grows up to maxLineBytes.
  private byte[] assembly = new byte[256];
  private int assembled;

  private byte[] lineArray = assembly;
  private int lineOffset;
  private int lineLength;
  private long lineStart;
  private long lineBytes;
  private boolean tooLarge;

  /**
   * @param in the stream, positioned at {@code offset}; not closed here
   * @param offset the offset in the whole stream of the first byte {@code in} yields
   * @param maxLineBytes longer lines are reported {@link #tooLarge()}, not kept
   * @param bufferBytes the read buffer's size
   */
  LineReader(InputStream in, long offset, long maxLineBytes, int bufferBytes) {
    if (bufferBytes <= 0) {
      throw new IllegalArgumentException(
          "Cannot read lines through a buffer of " + bufferBytes + " bytes: it must be positive");
    }
    this.in = in;
    this.buffer = new byte[bufferBytes];
    this.bufferStart = offset;
    this.maxLineBytes = (int) Math.min(maxLineBytes, TextDecoding.MAX_ARRAY_BYTES);
  }

  /** The offset of the next byte to be read: where the next line starts. */
  long position() {
    return bufferStart + position;
  }

  /**
   * Skips up to and including the next '\n'.
   *
   * @return false when the stream ended first
   */
  boolean skipLine() throws IOException {
    while (true) {
      if (position == limit && !fill()) {
        return false;
      }
      int newline = indexOfNewline(buffer, position, limit);
      if (newline >= 0) {
        position = newline + 1;
        return true;
      }
      position = limit;
    }
  }

  /**
   * Reads the next line. A last line without '\n' at the end of the stream is a line.
   *
   * @return false when the stream ended before any byte of a new line
   * @throws IOException when the stream fails; the current line is then the partial line
   */
  boolean readLine() throws IOException {
    lineStart = position();
    lineBytes = 0;
    tooLarge = false;
    assembled = 0;
    try {
      while (true) {
        if (position == limit && !fill()) {
          if (lineBytes == 0) {
            return false;
          }
          useAssembly();
          return true;
        }
        int newline = indexOfNewline(buffer, position, limit);
        int end = newline < 0 ? limit : newline;
        int chunk = end - position;
        lineBytes += chunk;
        if (newline >= 0 && assembled == 0 && lineBytes <= maxLineBytes) {
          // The whole line is in the buffer: hand it out without copying.
          lineArray = buffer;
          lineOffset = position;
          lineLength = chunk;
          position = newline + 1;
          return true;
        }
        keep(position, chunk);
        position = end;
        if (newline >= 0) {
          position = newline + 1;
          useAssembly();
          return true;
        }
      }
    } catch (IOException e) {
      useAssembly();
      throw e;
    }
  }

  /** The offset in the whole stream of the current line's first byte. */
  long lineStart() {
    return lineStart;
  }

  /** The array holding the current line (or its first bytes, when it is too large). */
  byte[] lineArray() {
    return lineArray;
  }

  int lineOffset() {
    return lineOffset;
  }

  /** How many bytes of the current line are held; less than its size when it is too large. */
  int lineLength() {
    return lineLength;
  }

  /** The size of the current line, without its '\n', including bytes not held. */
  long lineBytes() {
    return lineBytes;
  }

  /** Whether the current line is longer than the limit; only its first bytes are held. */
  boolean tooLarge() {
    return tooLarge;
  }

  /** The limit on line size this reader was made with. */
  int maxLineBytes() {
    return maxLineBytes;
  }

  /** Appends to the assembled line what fits under the limit; flags the line when it does not. */
  private void keep(int from, int length) {
    if (tooLarge) {
      return;
    }
    int room = maxLineBytes - assembled;
    int take = Math.min(length, room);
    if (take < length) {
      tooLarge = true;
    }
    if (assembled + take > assembly.length) {
      long doubled = Math.max((long) assembly.length * 2, (long) assembled + take);
      assembly = Arrays.copyOf(assembly, (int) Math.min(doubled, maxLineBytes));
    }
    System.arraycopy(buffer, from, assembly, assembled, take);
    assembled += take;
  }

  private void useAssembly() {
    lineArray = assembly;
    lineOffset = 0;
    lineLength = assembled;
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    bufferStart += limit;
    position = 0;
    limit = 0;
    int n;
    do {
      n = TextDecoding.readSome(in, buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      ended = true;
      return false;
    }
    limit = n;
    return true;
  }

  /** The index of the first '\n' in {@code bytes[from..to)}, or -1. */
  static int indexOfNewline(byte[] bytes, int from, int to) {
    int i = from;
    // Eight bytes at a time: XOR turns '\n' into zero, then the classic zero-byte test.
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
