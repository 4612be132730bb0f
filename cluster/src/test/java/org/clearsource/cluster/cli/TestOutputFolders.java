package org.clearsource.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clearsource.cluster.cli.TestMain.Result;
import org.clearsource.core.run.OwnedFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command may write is checked before Spark starts: nothing that overlaps a source or an
 * evaluation set, nothing that holds someone else's files, nothing that cannot be a folder.
 */
class TestOutputFolders {

  @TempDir Path dir;
  private Path manifest;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws Exception {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("notes"));
    Files.writeString(corpus.resolve("notes/a.txt"), "a note");
    Files.createDirectories(dir.resolve("eval"));
    Files.writeString(dir.resolve("eval/qa.jsonl"), "{\"id\": \"q1\", \"text\": \"a question\"}\n");
    manifest = dir.resolve("manifest.yaml");
    Files.writeString(manifest, """
        dataset: {name: tiny, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: notes
            class: open
            paths: [corpus/notes/*.txt]
            format: text
            provenance: {obtain_from: https://notes.example, how_obtained: internal}
        evaluation_sets:
          - id: qa
            class: unshareable
            paths: [eval/qa.jsonl]
            provenance: {how_obtained: internal}
        """);
  }

  private Result ingest(String out, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "ingest";
    args[1] = manifest.toString();
    args[2] = "--out";
    args[3] = out;
    System.arraycopy(more, 0, args, 4, more.length);
    return TestMain.run(args);
  }

  private void assertRefusedBeforeSpark(Result result, String... mentions) {
    assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains(mentions).doesNotContain("[spark")
        .doesNotContain("internal error").doesNotContain("\tat ");
  }

  @Test
  void aRunDirectoryOverlappingASourceOrAnEvaluationSetIsRefused() throws Exception {
    Path notes = corpus.resolve("notes");
    assertRefusedBeforeSpark(ingest(notes.toString()), notes.toString(),
        "is the same folder as source 'notes' path", "corpus/notes/*.txt", "Fix:");
    assertRefusedBeforeSpark(ingest(notes.resolve("run").toString()), "is inside source 'notes'");
    assertRefusedBeforeSpark(ingest(corpus.toString()), "contains source 'notes'");
    assertRefusedBeforeSpark(ingest(dir.toString()), "contains source 'notes'");
    assertRefusedBeforeSpark(ingest(dir.resolve("eval").toString()),
        "contains evaluation set 'qa' path");
    assertRefusedBeforeSpark(ingest(dir.resolve("elsewhere/../corpus/notes/run").toString()),
        "is inside source 'notes'");
    assertRefusedBeforeSpark(ingest("file://" + notes.resolve("run")), "is inside source 'notes'");
    Path link = dir.resolve("link");
    Files.createSymbolicLink(link, corpus);
    assertRefusedBeforeSpark(ingest(link.resolve("notes/run").toString()),
        "is inside source 'notes'");
    assertThat(notes.resolve("a.txt")).hasContent("a note");
    assertThat(notes.resolve("run")).doesNotExist();
  }

  @Test
  void aCleanOutputOverlappingASourceOrTheRunDirectoryIsRefused() {
    String out = dir.resolve("run").toString();
    assertRefusedBeforeSpark(TestMain.run("report", manifest.toString(), "--out", out,
            "--emit-clean", corpus.resolve("notes/clean").toString()),
        "as the clean-output folder (--emit-clean): it is inside source 'notes'");
    assertRefusedBeforeSpark(TestMain.run("audit", manifest.toString(), "--out", out,
            "--emit-clean", out + "/clean"),
        "as the run directory (--out): it contains the clean-output folder (--emit-clean)");
    assertRefusedBeforeSpark(TestMain.run("audit", manifest.toString(), "--out", out + "/run",
            "--emit-clean", out),
        "the run directory (--out)", "is inside the clean-output folder");
    assertThat(corpus.resolve("notes/a.txt")).hasContent("a note");
  }

  @Test
  void aFolderWithFilesClearsourceDidNotWriteIsRefusedAndLeftAlone() throws Exception {
    Path theirs = dir.resolve("theirs");
    Files.createDirectories(theirs.resolve("documents"));
    Files.writeString(theirs.resolve("documents/keep.txt"), "keep me");
    assertRefusedBeforeSpark(ingest(theirs.toString()),
        "holds files that Clearsource did not write", OwnedFolder.MARKER);
    assertRefusedBeforeSpark(TestMain.run("report", manifest.toString(), "--out",
        dir.resolve("run").toString(), "--emit-clean", theirs.toString()),
        "as the clean-output folder (--emit-clean): it holds files");
    assertThat(theirs.resolve("documents/keep.txt")).hasContent("keep me");
    assertThat(theirs.resolve(OwnedFolder.MARKER)).doesNotExist();
  }

  @Test
  void anOutputThatCannotBeAFolderIsAUsageError() throws Exception {
    Path file = dir.resolve("file.txt");
    Files.writeString(file, "x");
    assertRefusedBeforeSpark(ingest(file.toString()), "it is a file");
    assertRefusedBeforeSpark(ingest(file.resolve("below").toString()), "Cannot create",
        file.resolve("below").toString());
    assertRefusedBeforeSpark(ingest("/proc/clearsource-run"), "Cannot create",
        "/proc/clearsource-run");
    assertThat(file).hasContent("x");
  }

  @Test
  void settingsOutOfRangeAreUsageErrorsBeforeSparkStarts() {
    String out = dir.resolve("run").toString();
    assertRefusedBeforeSpark(ingest(out, "--split-size", "7"), "--split-size 7",
        "use at least 64 KiB");
    assertRefusedBeforeSpark(TestMain.run("report", manifest.toString(), "--out", out,
        "--clean-format", "csv"), "use parquet or jsonl");
  }
}
