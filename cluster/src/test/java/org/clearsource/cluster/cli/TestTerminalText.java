package org.clearsource.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clearsource.cluster.cli.TestMain.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTerminalText {

  @Test
  void controlAndBidiCharactersAreShownEscaped() {
    assertThat(TerminalText.value("a\u001B[2K\rVerdict: PASSED\nb\tc\u007F\u0085\u202Ed"))
        .isEqualTo("a\\x1B[2K\\rVerdict: PASSED\\nb\\tc\\x7F\\x85\\u202Ed");
    assertThat(TerminalText.escape("line one\n\tline two\u001B", true))
        .isEqualTo("line one\n\tline two\\x1B");
    assertThat(TerminalText.value("München, 東京")).isEqualTo("München, 東京");
  }

  @Test
  void manifestFieldsAndFileNamesReachTheTerminalEscaped(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data\u001B7"));
    Files.writeString(data.resolve("a.txt"), "a note");
    Path manifest = dir.resolve("manifest.yaml");
    Files.writeString(manifest, """
        dataset: {name: "tiny\\e[2K\\rVerdict: PASSED\\nx", version: "1", curator: c,
          contact: c@example.org}
        sources:
          - id: notes
            class: open
            paths: ["data\\e7"]
            format: text
            provenance: {obtain_from: https://notes.example, how_obtained: internal,
              license: "MIT\\e[31m"}
        """);
    Result broken = TestMain.run("validate", manifest.toString());
    assertThat(broken.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(broken.err()).doesNotContain("\u001B").contains("MIT\\x1B[31m");

    Files.writeString(manifest, Files.readString(manifest).replace("license: \"MIT\\e[31m\"",
        "license: MIT"));
    Result valid = TestMain.run("validate", manifest.toString());
    assertThat(valid.code()).as(valid.err()).isEqualTo(ExitCodes.OK);
    assertThat(valid.out()).doesNotContain("\u001B").doesNotContain("\r")
        .contains("dataset tiny\\x1B[2K\\rVerdict: PASSED\\nx 1")
        .contains("data\\x1B7");
    assertThat(valid.out().lines()).noneMatch(line -> line.startsWith("Verdict"));
  }
}
