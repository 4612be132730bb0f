package org.clearsource.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Algorithms are plain Java: only the spark package may import Spark. */
class TestPackageDependencies {

  @Test
  void onlyTheSparkPackageImportsSpark() throws IOException {
    Path root = Path.of("src/main/java/org/clearsource/dedup");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(root)) {
      offenders = files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.startsWith(root.resolve("spark")))
          .filter(file -> read(file).contains("import org.apache.spark"))
          .toList();
    }
    assertThat(offenders).isEmpty();
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isDirectory).filter(dir -> !dir.equals(root)))
          .allSatisfy(dir -> assertThat(dir.resolve("package-info.java")).exists());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
