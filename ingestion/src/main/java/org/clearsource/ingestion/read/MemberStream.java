package org.clearsource.ingestion.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The uncompressed bytes of a stream of concatenated gzip members or bzip2 streams, decoded so
 * that what follows the last member is seen rather than dropped. Bytes after a member that do not
 * start another member are the stream's {@link Trailer}: the stream ends there and the trailer is
 * measured (its offset, size and first bytes). A trailer of NUL bytes only is block padding (tape,
 * some tar tools), ignored as gzip(1) ignores it.
 */
final class MemberStream extends InputStream {

  /** Bytes after the last member: where they start in the compressed file, how many, the first. */
  record Trailer(long offset, long length, byte[] head) {}

  /** Decodes members from the stream's position. */
  interface MemberDecoder {
    InputStream open(InputStream at) throws IOException;

    /** Bytes the ended member's decoder read past its end, to be read again; none by default. */
    default byte[] unread(InputStream member) {
      return new byte[0];
    }
  }

  private static final int BUFFER = 1 << 16;
  private static final int HEAD_BYTES = Quarantined.EXCERPT_CHARS * 4;

  private final PositionedStream raw;
  private final byte[] magic;
  private final MemberDecoder decoder;
  private InputStream member;
  private Trailer trailer;
  private boolean ended;

  private MemberStream(InputStream raw, byte[] magic, MemberDecoder decoder) throws IOException {
    this.raw = new PositionedStream(raw);
    this.magic = magic;
    this.decoder = decoder;
    // The first member's header is read now, so that a stream damaged at its start fails to open.
    this.member = decoder.open(this.raw);
  }

  /** A stream of members that start with {@code magic} and that {@code decoder} decodes. */
  static MemberStream of(InputStream raw, byte[] magic, MemberDecoder decoder) throws IOException {
    return new MemberStream(raw, magic, decoder);
  }

  /**
   * gzip members, inflated by the JDK (native zlib, and a member's data comes before its checksum
   * is judged). The JDK reads the next member itself when enough of it is buffered; told that
   * nothing more is available, it stops at a member's end otherwise, and at bytes that start no
   * member, leaving them in its buffer for {@link #unread}.
   */
  static MemberStream gzip(InputStream raw) throws IOException {
    return of(raw, new byte[] {0x1f, (byte) 0x8b}, new MemberDecoder() {
      @Override
      public InputStream open(InputStream at) throws IOException {
        return new GzipMember(at);
      }

      @Override
      public byte[] unread(InputStream member) {
        return ((GzipMember) member).unread();
      }
    });
  }

  /** What followed the last member, or null; known once this stream has ended. */
  Trailer trailer() {
    return trailer;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!ended) {
      int n = member.read(buffer, offset, length);
      if (n > 0) {
        return n;
      }
      if (n < 0) {
        nextMember();
      }
    }
    return -1;
  }

  /** After a member's end: opens the next one, or ends the stream noting any trailer. */
  private void nextMember() throws IOException {
    byte[] unread = decoder.unread(member);
    raw.unread(unread);
    long at = raw.position();
    byte[] next = raw.readNBytes(magic.length);
    raw.unread(next);
    if (next.length == 0) {
      ended = true;
    } else if (Arrays.equals(next, magic)) {
      member = decoder.open(raw);
    } else {
      ended = true;
      trailer = measure(at);
    }
  }

  /** Reads the trailer to its end, keeping its first bytes; null when it is NUL padding. */
  private Trailer measure(long offset) throws IOException {
    byte[] head = raw.readNBytes(HEAD_BYTES);
    boolean padding = isNul(head, head.length);
    long length = head.length;
    byte[] chunk = new byte[BUFFER];
    int n;
    while ((n = raw.read(chunk)) >= 0) {
      padding &= isNul(chunk, n);
      length += n;
    }
    return padding ? null : new Trailer(offset, length, head);
  }

  private static boolean isNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    ended = true;
    raw.close();
  }

  /** One gzip member (or, as the JDK reads on, several) that gives back what it read too far. */
  private static final class GzipMember extends GZIPInputStream {
    GzipMember(InputStream in) throws IOException {
      super(in, BUFFER);
    }

    /** After the end: the buffered bytes past the member's 8-byte trailer. */
    byte[] unread() {
      int remaining = inf.getRemaining();
      return remaining <= 8 ? new byte[0] : Arrays.copyOfRange(buf, len - remaining + 8, len);
    }
  }

  /**
   * The compressed file, able to take back bytes read too far and to say the offset of its next
   * byte. It reports nothing available, so that the JDK's gzip reader does not read past a member
   * unless it holds the next one's start already.
   */
  private static final class PositionedStream extends PushbackInputStream {
    PositionedStream(InputStream in) {
      super(new CountingStream(in), BUFFER + 16);
    }

    long position() {
      return ((CountingStream) in).count - (buf.length - pos);
    }

    @Override
    public int available() {
      return 0;
    }
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
