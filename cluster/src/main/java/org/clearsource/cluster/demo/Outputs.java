package org.clearsource.cluster.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/** Byte-stable writers: JSON lines, gzip without a timestamp, a hand-built PNG. */
final class Outputs {

  /** The one timestamp archives carry, so that entries never record when they were generated. */
  static final Instant FIXED_TIME = Instant.parse("2024-01-01T00:00:00Z");

  static final LocalDateTime FIXED_LOCAL_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

  private static final ObjectMapper JSON = new ObjectMapper();

  private Outputs() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** One JSONL line: the node in insertion order, UTF-8, ending in a newline. */
  static byte[] jsonLine(ObjectNode node) {
    try {
      return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static OutputStream create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  /** The JDK writes a zero modification time in the gzip header: equal input, equal bytes. */
  static OutputStream gzip(Path file) throws IOException {
    return new GZIPOutputStream(create(file), 1 << 16);
  }

  static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /**
   * A valid grey-gradient PNG. The zlib stream uses stored (uncompressed) blocks, written by hand,
   * so its bytes do not depend on the platform's zlib.
   */
  static byte[] png(int size) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int y = 0; y < size; y++) {
      raw.write(0);
      for (int x = 0; x < size; x++) {
        raw.write((x + y) * 255 / (2 * size - 2));
      }
    }
    byte[] pixels = raw.toByteArray();
    Adler32 adler = new Adler32();
    adler.update(pixels);
    ByteBuffer zlib = ByteBuffer.allocate(pixels.length + 11);
    zlib.put((byte) 0x78).put((byte) 0x01).put((byte) 0x01);
    zlib.put((byte) pixels.length).put((byte) (pixels.length >> 8));
    zlib.put((byte) ~pixels.length).put((byte) (~pixels.length >> 8));
    zlib.put(pixels).putInt((int) adler.getValue());
    ByteBuffer header = ByteBuffer.allocate(13).putInt(size).putInt(size);
    header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", header.array());
    chunk(png, "IDAT", zlib.array());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
