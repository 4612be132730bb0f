package org.clearsource.ingestion.crawl;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Source;

/**
 * Lists every file of a source through the Hadoop FileSystem API (file, hdfs, s3a, ...): globs are
 * expanded, directories walked recursively, and directories listed concurrently so that a source of
 * a million files in thousands of directories is not a one-thread crawl. Hidden files and
 * directories (names starting with "." or "_", like Spark's _SUCCESS) are left out, as are the
 * source's exclude patterns. The result is sorted by URI: the same tree gives the same list.
 */
public final class FileCrawler {

  /** Deeper than this is a symlink loop or a mistake, not a corpus. */
  static final int MAX_DEPTH = 64;

  private final Configuration conf;
  private final int threads;

  /**
   * @param conf Hadoop configuration for the file systems
   * @param threads how many directories are listed at once; 1 lists sequentially
   */
  public FileCrawler(Configuration conf, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("Cannot crawl with " + threads + " threads: need at least 1");
    }
    this.conf = conf;
    this.threads = threads;
  }

  /**
   * Lists the files of one source.
   *
   * @throws ClearsourceException naming the path that could not be listed
   */
  public List<ListedFile> crawl(Source source) {
    Map<String, ListedFile> files = new ConcurrentHashMap<>();
    List<PathMatcher> excludes = new ArrayList<>();
    for (String pattern : source.options().exclude()) {
      excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (String pattern : source.paths()) {
        Path path = new Path(pattern);
        FileSystem fs = path.getFileSystem(conf);
        Path qualified = fs.makeQualified(path);
        String root = rootOf(qualified);
        FileStatus[] matches = fs.globStatus(qualified);
        if (matches == null) {
          continue;
        }
        List<ListDirectory> tasks = new ArrayList<>();
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
            String dirRoot = match.getPath().toString().equals(qualified.toString())
                ? match.getPath().toString() : root;
            tasks.add(new ListDirectory(fs, match.getPath(), source.id(), dirRoot, excludes, files,
                0, List.of()));
          } else {
            String fileRoot = match.getPath().toString().equals(qualified.toString())
                ? parentOf(match.getPath()) : root;
            add(match, source.id(), fileRoot, excludes, files);
          }
        }
        for (ListDirectory task : tasks) {
          pool.submit(task);
        }
        for (ListDirectory task : tasks) {
          task.get();
        }
      }
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot list source '" + source.id() + "': " + e.getMessage()
              + ". Fix: check that the paths exist and are readable", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof RuntimeException wrapped && wrapped.getCause() != null
          ? wrapped.getCause() : e.getCause();
      throw new ClearsourceException(
          "Cannot list source '" + source.id() + "': " + cause.getMessage()
              + ". Fix: check that the paths exist and are readable", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClearsourceException("Interrupted while listing source '" + source.id() + "'", e);
    } finally {
      pool.shutdownNow();
    }
    List<ListedFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(ListedFile::uri));
    return sorted;
  }

  /** The directory part of a pattern before its first glob character, ending in "/". */
  static String rootOf(Path qualified) {
    String text = qualified.toString();
    int glob = firstGlobChar(text);
    if (glob < 0) {
      return text.endsWith("/") ? text : text + "/";
    }
    return text.substring(0, text.lastIndexOf('/', glob) + 1);
  }

  private static int firstGlobChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  private static String parentOf(Path file) {
    return file.getParent().toString() + "/";
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  private static void add(
      FileStatus status,
      String sourceId,
      String root,
      List<PathMatcher> excludes,
      Map<String, ListedFile> files) {
    String uri = status.getPath().toString();
    String relative = uri.startsWith(root) ? uri.substring(root.length()) : status.getPath().getName();
    if (isHidden(status.getPath().getName())) {
      return;
    }
    java.nio.file.Path relativePath = java.nio.file.Path.of(relative);
    for (PathMatcher exclude : excludes) {
      if (exclude.matches(relativePath)) {
        return;
      }
    }
    files.putIfAbsent(
        uri, new ListedFile(sourceId, uri, relative, status.getLen(), status.getModificationTime()));
  }

  /** Lists one directory, forking a task per subdirectory. */
  private static final class ListDirectory extends RecursiveAction {
    private final transient FileSystem fs;
    private final transient Path dir;
    private final String sourceId;
    private final String root;
    private final transient List<PathMatcher> excludes;
    private final transient Map<String, ListedFile> files;
    private final int depth;
    /** Real paths of this directory's ancestors, on a local file system (for loop detection). */
    private final List<java.nio.file.Path> ancestors;

    ListDirectory(
        FileSystem fs,
        Path dir,
        String sourceId,
        String root,
        List<PathMatcher> excludes,
        Map<String, ListedFile> files,
        int depth,
        List<java.nio.file.Path> ancestors) {
      this.fs = fs;
      this.dir = dir;
      this.sourceId = sourceId;
      this.root = root.endsWith("/") ? root : root + "/";
      this.excludes = excludes;
      this.files = files;
      this.depth = depth;
      this.ancestors = ancestors;
    }

    @Override
    protected void compute() {
      if (depth > MAX_DEPTH) {
        throw new ClearsourceException(
            "Cannot list " + dir + ": directories nest deeper than " + MAX_DEPTH
                + " levels, which is most likely a symbolic-link loop. Fix: remove the loop or"
                + " exclude it with options.exclude");
      }
      java.nio.file.Path real = realPath(dir);
      if (real != null && ancestors.contains(real)) {
        // A symbolic link back to a directory being listed: its files are listed once already.
        return;
      }
      List<java.nio.file.Path> chain = ancestors;
      if (real != null) {
        chain = new ArrayList<>(ancestors);
        chain.add(real);
      }
      List<ListDirectory> children = new ArrayList<>();
      try {
        RemoteIterator<FileStatus> entries = fs.listStatusIterator(dir);
        while (entries.hasNext()) {
          FileStatus entry = entries.next();
          if (entry.isDirectory()) {
            if (!isHidden(entry.getPath().getName())) {
              children.add(
                  new ListDirectory(fs, entry.getPath(), sourceId, root, excludes, files, depth + 1,
                      chain));
            }
          } else if (entry.isFile()) {
            add(entry, sourceId, root, excludes, files);
          }
        }
      } catch (IOException e) {
        throw new ClearsourceException("Cannot list directory " + dir + ": " + e.getMessage(), e);
      }
      invokeAll(children);
    }

    /** The real path (symbolic links resolved) of a local directory; null on other file systems. */
    private java.nio.file.Path realPath(Path directory) {
      if (!"file".equals(directory.toUri().getScheme())) {
        return null;
      }
      try {
        return java.nio.file.Path.of(directory.toUri()).toRealPath();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }
}
