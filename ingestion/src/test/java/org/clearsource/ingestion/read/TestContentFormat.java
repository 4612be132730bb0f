package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class TestContentFormat {

  @Test
  void aTarHeaderIsATarAndTextThatSpellsUstarAtItsOffsetIsText() throws IOException {
    byte[] tar = tarOfOneFile();
    assertThat(ContentFormat.detect(tar, 512, "code.tar")).isEqualTo(ContentFormat.TAR);
    assertThat(TextDecoding.binaryContent(tar, 512)).contains("nested tar archive");

    // Found at 4 GB of generated code: a word beginning "ustar" at byte 257 of a source file.
    byte[] prose = new byte[600];
    Arrays.fill(prose, (byte) 'a');
    byte[] word = "ustardine is a word here".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(word, 0, prose, 257, word.length);
    assertThat(ContentFormat.detect(prose, prose.length, "module.py"))
        .isEqualTo(ContentFormat.TEXT);
    assertThat(TextDecoding.binaryContent(prose, prose.length)).isNull();
  }

  @Test
  void utf16TextWithAByteOrderMarkIsTextAndNulCharactersAreBinary() {
    byte[] little = withOrderMark(0xff, 0xfe, "Hello, UTF-16".getBytes(StandardCharsets.UTF_16LE));
    byte[] big = withOrderMark(0xfe, 0xff, "Hello, UTF-16".getBytes(StandardCharsets.UTF_16BE));
    assertThat(ContentFormat.detect(little, little.length, "le.txt")).isEqualTo(ContentFormat.TEXT);
    assertThat(ContentFormat.detect(big, big.length, "be.md")).isEqualTo(ContentFormat.TEXT);
    byte[] nul = withOrderMark(0xff, 0xfe, "a\u0000b".getBytes(StandardCharsets.UTF_16LE));
    assertThat(ContentFormat.detect(nul, nul.length, "nul.txt")).isEqualTo(ContentFormat.BINARY);
    assertThat(ContentFormat.detect(new byte[] {'a', 0, 'b'}, 3, "a.txt"))
        .isEqualTo(ContentFormat.BINARY);
  }

  private static byte[] withOrderMark(int first, int second, byte[] encoded) {
    byte[] out = new byte[encoded.length + 2];
    out[0] = (byte) first;
    out[1] = (byte) second;
    System.arraycopy(encoded, 0, out, 2, encoded.length);
    return out;
  }

  private static byte[] tarOfOneFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] content = "hello".getBytes(StandardCharsets.US_ASCII);
      TarArchiveEntry entry = new TarArchiveEntry("hello.txt");
      entry.setSize(content.length);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }
}
