package org.clearsource.reports.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFolderSwap {

  private final Configuration conf = new Configuration();

  @Test
  void commitReplacesTheFolderWhole(@TempDir Path dir) throws Exception {
    Path report = Files.createDirectories(dir.resolve("report"));
    Files.writeString(report.resolve("stale.md"), "old");
    Files.writeString(report.resolve("verdict.json"), "old");

    FolderSwap swap = FolderSwap.begin(conf, report.toUri().toString());
    Files.writeString(Path.of(java.net.URI.create(swap.staging())).resolve("verdict.json"), "new");
    swap.commit();

    try (var entries = Files.list(report)) {
      assertThat(entries.map(path -> path.getFileName().toString())).containsExactly(
          "verdict.json");
    }
    assertThat(Files.readString(report.resolve("verdict.json"))).isEqualTo("new");
    try (var beside = Files.list(dir)) {
      assertThat(beside.map(path -> path.getFileName().toString())).containsExactly("report");
    }
  }

  @Test
  void aWriteThatNeverCommitsLeavesThePreviousFolderOrNone(@TempDir Path dir) throws Exception {
    Path report = Files.createDirectories(dir.resolve("report"));
    Files.writeString(report.resolve("verdict.json"), "old");
    FolderSwap failed = FolderSwap.begin(conf, report.toUri().toString());
    Files.writeString(Path.of(java.net.URI.create(failed.staging())).resolve("verdict.json"),
        "half");
    FolderSwap never = FolderSwap.begin(conf, dir.resolve("fresh").toUri().toString());

    assertThat(Files.readString(report.resolve("verdict.json"))).isEqualTo("old");
    assertThat(dir.resolve("fresh")).as("no empty folder").doesNotExist();

    // The next run deletes the half-written staging folder before writing its own.
    FolderSwap next = FolderSwap.begin(conf, report.toUri().toString());
    assertThat(Path.of(java.net.URI.create(next.staging()))).isEmptyDirectory();
    assertThat(never.staging()).endsWith(".fresh" + FolderSwap.STAGING_SUFFIX);
  }

  @Test
  void keepsTheEntriesTheWriterDoesNotProduceWhenAsked(@TempDir Path dir) throws Exception {
    Path clean = Files.createDirectories(dir.resolve("clean"));
    Files.writeString(clean.resolve(".marker"), "ours");
    Files.writeString(clean.resolve("clean-summary.json"), "old");

    FolderSwap swap = FolderSwap.begin(conf, clean.toUri().toString());
    Files.writeString(Path.of(java.net.URI.create(swap.staging())).resolve("clean-summary.json"),
        "new");
    swap.commitKeepingOthers(List.of("clean-summary.json"));

    assertThat(Files.readString(clean.resolve(".marker"))).isEqualTo("ours");
    assertThat(Files.readString(clean.resolve("clean-summary.json"))).isEqualTo("new");
  }
}
