package org.clearsource.ingestion.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.manifest.HowObtained;
import org.clearsource.core.manifest.OsaidClass;
import org.clearsource.core.manifest.Provenance;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.manifest.SourceFormat;
import org.clearsource.ingestion.SourceFixtures;
import org.clearsource.ingestion.read.SourceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TestFileCrawler {

  @TempDir Path dir;

  private void write(String relative) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
  }

  private static CrawlResult crawl(Source source) {
    return new FileCrawler(new Configuration(), 4).crawl(source);
  }

  private static Source source(String path, ReaderOptions options) {
    return new Source("s", "s", null, OsaidClass.OPEN, List.of(path), SourceFormat.AUTO, options,
        new Provenance("x", null, null, null, HowObtained.OTHER, null, null, null, null, null, null),
        0, 1);
  }

  @Test
  void walksDirectoriesRecursivelyInParallelListingHiddenAndExcludedEntriesAsSkipped()
      throws Exception {
    for (int i = 0; i < 30; i++) {
      write("tree/d" + (i % 5) + "/sub/f" + i + ".txt");
    }
    write("tree/.git/config");
    write("tree/_SUCCESS");
    write("tree/d0/.hidden.txt");
    write("tree/d1/skip.md");
    CrawlResult result =
        new FileCrawler(new Configuration(), 8)
            .crawl(SourceFixtures.source(List.of(dir.resolve("tree").toUri().toString()), List.of("**.md")));
    List<ListedFile> files = result.files();
    assertThat(files).hasSize(30);
    assertThat(files).extracting(ListedFile::relativePath).contains("d0/sub/f0.txt", "d4/sub/f29.txt");
    assertThat(files).isSortedAccordingTo((a, b) -> a.uri().compareTo(b.uri()));
    assertThat(files.get(0).size()).isPositive();
    assertThat(result.skipped())
        .extracting(SkippedEntry::relativePath, SkippedEntry::reason, SkippedEntry::directory)
        .containsExactly(
            tuple(".git", SkipReason.HIDDEN, true),
            tuple("_SUCCESS", SkipReason.HIDDEN, false),
            tuple("d0/.hidden.txt", SkipReason.HIDDEN, false),
            tuple("d1/skip.md", SkipReason.EXCLUDED, false));
    CrawlResult sequential =
        new FileCrawler(new Configuration(), 1)
            .crawl(SourceFixtures.source(List.of(dir.resolve("tree").toString()), List.of("**.md")));
    assertThat(sequential).isEqualTo(result);
  }

  @Test
  void readsHiddenNamesWhenTheSourceIncludesThem() throws Exception {
    write("tree/_static/style.txt");
    write("tree/.well-known/a.txt");
    write("tree/b.txt");
    CrawlResult result = crawl(source(dir.resolve("tree").toString(),
        ReaderOptions.builder().includeHidden(true).build()));
    assertThat(result.files()).extracting(ListedFile::relativePath)
        .containsExactly(".well-known/a.txt", "_static/style.txt", "b.txt");
    assertThat(result.skipped()).isEmpty();
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
                dir + "/data/a/x.jsonl.gz"), List.of())).files();
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

  @Test
  void namesWithUriCharactersAreListedAsNamedAndOpenTheirOwnFile() throws Exception {
    for (String name : SourceFixtures.ODD_NAMES) {
      write("odd/" + name);
    }
    List<ListedFile> files = crawl(source(dir.resolve("odd").toString(), ReaderOptions.defaults()))
        .files();
    assertThat(files).extracting(ListedFile::relativePath)
        .containsExactlyInAnyOrderElementsOf(SourceFixtures.ODD_NAMES);
    Configuration conf = new Configuration();
    for (ListedFile file : files) {
      assertThat(file.uri()).endsWith("/odd/" + file.relativePath());
      try (InputStream in = SourceFiles.open(file.path(), conf)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .as(file.relativePath()).isEqualTo("odd/" + file.relativePath());
      }
      assertThat(file.size()).isEqualTo(Files.size(dir.resolve("odd/" + file.relativePath())));
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFifoIsSkippedAsASpecialFileAndNeverOpened() throws Exception {
    write("tree/a.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("tree/pipe.jsonl").toString())
        .inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    CrawlResult result = crawl(source(dir.resolve("tree").toString(), ReaderOptions.defaults()));
    assertThat(result.files()).extracting(ListedFile::relativePath).containsExactly("a.txt");
    assertThat(result.skipped()).extracting(SkippedEntry::relativePath, SkippedEntry::reason)
        .containsExactly(tuple("pipe.jsonl", SkipReason.SPECIAL_FILE));
  }

  @Test
  void linksOutOfTheRootAreSkippedUnlessFollowedAndEveryFileIsReadOnce() throws Exception {
    write("outside/secret.txt");
    write("outside/dir/other.txt");
    write("tree/a.txt");
    write("tree/sub/b.txt");
    Path tree = dir.resolve("tree");
    Files.createSymbolicLink(tree.resolve("to-secret.txt"), dir.resolve("outside/secret.txt"));
    Files.createSymbolicLink(tree.resolve("to-outside"), dir.resolve("outside/dir"));
    Files.createSymbolicLink(tree.resolve("again-a.txt"), tree.resolve("a.txt"));
    Files.createSymbolicLink(tree.resolve("sub-again"), tree.resolve("sub"));
    Files.createSymbolicLink(tree.resolve("sub/loop"), tree);
    Files.createSymbolicLink(tree.resolve("dangling.txt"), dir.resolve("gone.txt"));

    CrawlResult result = crawl(source(tree.toString(), ReaderOptions.defaults()));
    assertThat(result.files()).extracting(ListedFile::relativePath)
        .containsExactly("a.txt", "sub/b.txt");
    assertThat(result.skipped()).extracting(SkippedEntry::relativePath, SkippedEntry::reason)
        .containsExactly(
            tuple("again-a.txt", SkipReason.DUPLICATE_LINK),
            tuple("dangling.txt", SkipReason.DANGLING_LINK),
            tuple("sub-again/b.txt", SkipReason.DUPLICATE_LINK),
            tuple("sub-again/loop", SkipReason.LINK_LOOP),
            tuple("sub/loop", SkipReason.LINK_LOOP),
            tuple("to-outside", SkipReason.LINK_OUTSIDE_ROOT),
            tuple("to-secret.txt", SkipReason.LINK_OUTSIDE_ROOT));
    assertThat(result.skipped().get(0).detail()).isEqualTo("same file as a.txt");

    CrawlResult followed =
        crawl(source(tree.toString(), ReaderOptions.builder().followLinks(true).build()));
    assertThat(followed.files()).extracting(ListedFile::relativePath)
        .containsExactly("a.txt", "sub/b.txt", "to-outside/other.txt", "to-secret.txt");
    assertThat(followed.skipped()).extracting(SkippedEntry::reason).containsOnly(
        SkipReason.DUPLICATE_LINK, SkipReason.DANGLING_LINK, SkipReason.LINK_LOOP);
  }

  @Test
  void aLinkTheManifestNamesIsFollowed() throws Exception {
    write("real/data/a.txt");
    Files.createSymbolicLink(dir.resolve("named"), dir.resolve("real/data"));
    Files.createSymbolicLink(dir.resolve("one.txt"), dir.resolve("real/data/a.txt"));
    assertThat(crawl(source(dir.resolve("named").toString(), ReaderOptions.defaults())).files())
        .extracting(ListedFile::relativePath).containsExactly("a.txt");
    assertThat(crawl(source(dir.resolve("one.txt").toString(), ReaderOptions.defaults())).files())
        .extracting(ListedFile::relativePath).containsExactly("one.txt");
  }
}
