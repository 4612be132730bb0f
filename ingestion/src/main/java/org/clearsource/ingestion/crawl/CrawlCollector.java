package org.clearsource.ingestion.crawl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gathers what the concurrent listing of one source finds, and settles it into a {@link
 * CrawlResult}: a file reached by several paths (through symbolic links) is read once, under the
 * path that passes through no link, else under the first in URI order; the other paths are skipped as
 * {@link SkipReason#DUPLICATE_LINK}. Thread-safe while listing.
 */
final class CrawlCollector {

  private record Candidate(ListedFile file, String realPath, boolean link) {}

  private final String sourceId;
  /** By URI: two patterns of one source matching the same path list it once. */
  private final Map<String, Candidate> files = new ConcurrentHashMap<>();
  private final Map<String, SkippedEntry> skipped = new ConcurrentHashMap<>();

  CrawlCollector(String sourceId) {
    this.sourceId = sourceId;
  }

  String sourceId() {
    return sourceId;
  }

  /**
   * @param realPath what identifies the file's bytes: its real path on a local file system, its
   *     URI elsewhere
   * @param link whether it was reached through a symbolic link (to it or to a directory above it)
   */
  void file(ListedFile file, String realPath, boolean link) {
    files.putIfAbsent(file.uri(), new Candidate(file, realPath, link));
  }

  void skip(SkippedEntry entry) {
    skipped.putIfAbsent(entry.uri(), entry);
  }

  CrawlResult result() {
    Map<String, List<Candidate>> byRealPath = new HashMap<>();
    for (Candidate candidate : files.values()) {
      byRealPath.computeIfAbsent(candidate.realPath(), key -> new ArrayList<>()).add(candidate);
    }
    List<ListedFile> kept = new ArrayList<>();
    List<SkippedEntry> skips = new ArrayList<>(skipped.values());
    Comparator<Candidate> preference = Comparator.comparing(Candidate::link)
        .thenComparing(candidate -> candidate.file().uri());
    for (List<Candidate> paths : byRealPath.values()) {
      paths.sort(preference);
      ListedFile keeper = paths.get(0).file();
      kept.add(keeper);
      for (Candidate other : paths.subList(1, paths.size())) {
        skips.add(new SkippedEntry(sourceId, other.file().uri(), other.file().relativePath(),
            SkipReason.DUPLICATE_LINK, "same file as " + keeper.relativePath(), false));
      }
    }
    kept.sort(Comparator.comparing(ListedFile::uri));
    skips.sort(Comparator.comparing(SkippedEntry::uri));
    return new CrawlResult(kept, skips);
  }
}
