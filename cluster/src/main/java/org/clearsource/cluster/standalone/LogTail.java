package org.clearsource.cluster.standalone;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for error messages: reads at most the file's last 64 KiB. */
public final class LogTail {

  private static final int MAX_BYTES = 64 * 1024;

  private LogTail() {}

  /** Up to {@code count} last lines of the file; empty when it is missing or unreadable. */
  public static List<String> lastLines(Path file, int count) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      int size = (int) Math.min(length, MAX_BYTES);
      byte[] bytes = new byte[size];
      in.seek(length - size);
      in.readFully(bytes);
      List<String> lines = new ArrayList<>(
          Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n")));
      if (size < length && !lines.isEmpty()) {
        lines.remove(0); // cut in the middle
      }
      lines.removeIf(String::isBlank);
      return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (IOException e) {
      return List.of();
    }
  }
}
