package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

class TestMemberStream {

  private static final byte[] GARBAGE = "appended plain text\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void findsEveryMemberAndTheTrailerWhateverTheReadSizes() throws IOException {
    for (Compression compression : new Compression[] {Compression.GZIP, Compression.BZIP2}) {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      for (int i = 0; i < 40; i++) {
        byte[] part = ("member " + i + " " + "x".repeat(i * 7) + "\n")
            .getBytes(StandardCharsets.UTF_8);
        expected.writeBytes(part);
        file.writeBytes(compress(compression, part));
      }
      long trailerAt = file.size();
      file.writeBytes(GARBAGE);
      // Short reads put member ends anywhere in the decoder's buffer.
      for (int chunk : new int[] {1, 3, 7, 26, 27, 64, 1 << 16}) {
        String context = compression + ", reads of " + chunk;
        InputStream decompressed =
            compression.decompress(new ShortReads(file.toByteArray(), chunk));
        assertThat(decompressed.readAllBytes()).as(context).isEqualTo(expected.toByteArray());
        MemberStream.Trailer trailer = Compression.trailerOf(decompressed);
        assertThat(trailer).as(context).isNotNull();
        assertThat(trailer.offset()).as(context).isEqualTo(trailerAt);
        assertThat(trailer.length()).as(context).isEqualTo(GARBAGE.length);
        assertThat(trailer.head()).as(context).isEqualTo(GARBAGE);
      }
    }
  }

  @Test
  void aStreamEndingWithItsLastMemberHasNoTrailer() throws IOException {
    byte[] gzip = compress(Compression.GZIP, "only member".getBytes(StandardCharsets.UTF_8));
    InputStream decompressed = Compression.GZIP.decompress(new ByteArrayInputStream(gzip));
    assertThat(decompressed.readAllBytes()).asString().isEqualTo("only member");
    assertThat(Compression.trailerOf(decompressed)).isNull();
  }

  private static byte[] compress(Compression compression, byte[] content) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = compression == Compression.GZIP ? new GZIPOutputStream(buffer)
        : new BZip2CompressorOutputStream(buffer)) {
      out.write(content);
    }
    return buffer.toByteArray();
  }

  /** Gives at most {@code chunk} bytes per read and says that more are available. */
  private static final class ShortReads extends ByteArrayInputStream {
    private final int chunk;

    ShortReads(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) {
      return super.read(into, offset, Math.min(length, chunk));
    }
  }
}
