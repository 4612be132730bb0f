package org.clearsource.ingestion.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.ingestion.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFileCrawler {

  @TempDir Path dir;

  private void write(String relative) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
  }

  @Test
  void walksDirectoriesRecursivelyInParallelSkippingHiddenAndExcludedFiles() throws Exception {
    for (int i = 0; i < 30; i++) {
      write("tree/d" + (i % 5) + "/sub/f" + i + ".txt");
    }
    write("tree/.git/config");
    write("tree/_SUCCESS");
    write("tree/d0/.hidden.txt");
    write("tree/d1/skip.md");
    List<ListedFile> files =
        new FileCrawler(new Configuration(), 8)
            .crawl(SourceFixtures.source(List.of(dir.resolve("tree").toUri().toString()), List.of("**.md")));
    assertThat(files).hasSize(30);
    assertThat(files).extracting(ListedFile::relativePath).contains("d0/sub/f0.txt", "d4/sub/f29.txt");
    assertThat(files).isSortedAccordingTo((a, b) -> a.uri().compareTo(b.uri()));
    assertThat(files.get(0).size()).isPositive();
    List<ListedFile> sequential =
        new FileCrawler(new Configuration(), 1)
            .crawl(SourceFixtures.source(List.of(dir.resolve("tree").toString()), List.of("**.md")));
    assertThat(sequential).isEqualTo(files);
  }

  @Test
  void expandsGlobsAndGivesPathsBelowTheNonGlobRoot() throws Exception {
    write("data/a/x.jsonl.gz");
    write("data/b/y.jsonl.gz");
    write("data/b/z.txt");
    write("single/file.jsonl");
    List<ListedFile> files =
        new FileCrawler(new Configuration(), 4)
            .crawl(SourceFixtures.source(List.of(dir + "/data/*/*.jsonl.gz", dir + "/single/file.jsonl",
                dir + "/data/a/x.jsonl.gz"), List.of()));
    assertThat(files).extracting(ListedFile::relativePath)
        .containsExactly("a/x.jsonl.gz", "b/y.jsonl.gz", "file.jsonl");
  }

  @Test
  void rootOfStopsAtTheFirstGlobCharacter() {
    assertThat(FileCrawler.rootOf(new org.apache.hadoop.fs.Path("hdfs://nn:8020/c/2024-*/p*.gz")))
        .isEqualTo("hdfs://nn:8020/c/");
    assertThat(FileCrawler.rootOf(new org.apache.hadoop.fs.Path("file:/c/dir")))
        .isEqualTo("file:/c/dir/");
  }
}
