package org.clearsource.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's layering, checked on its sources. */
class TestPackageRules {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "clearsource",
      "reports");

  @Test
  void onlyTheSparkPackageImportsSpark() throws IOException {
    List<Path> offenders = javaFiles().stream()
        .filter(file -> !SOURCES.relativize(file).startsWith("spark"))
        .filter(file -> contains(file, "import org.apache.spark") || contains(file,
            "import static org.apache.spark"))
        .toList();

    assertThat(javaFiles()).hasSizeGreaterThan(30);
    assertThat(offenders).isEmpty();
  }

  @Test
  void everyPackageIsDocumented() throws IOException {
    for (String name : List.of("", "model", "render", "policy", "spark")) {
      assertThat(SOURCES.resolve(name).resolve("package-info.java")).exists();
    }
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.readString(file).contains(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
