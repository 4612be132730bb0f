package org.clearsource.ingestion.crawl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.core.manifest.Source;

/**
 * Lists every file of a source through the Hadoop FileSystem API (file, hdfs, s3a, ...): globs are
 * expanded, directories walked recursively, and directories listed concurrently so that a source of
 * a million files in thousands of directories is not a one-thread crawl. The result is sorted by
 * URI: the same tree gives the same list.
 *
 * <p>Only regular files are read. Every other entry is kept in the result as skipped, with its
 * {@link SkipReason}: hidden names (starting with "." or "_", like {@code .git} or Spark's {@code
 * _SUCCESS}) unless the source includes them, the source's exclude patterns, FIFOs and other
 * special files (opening one blocks forever), symbolic links that lead outside the source's root
 * (unless the source follows them), dangling links, links back to a directory being listed, and
 * second paths to a file that is read under another one.
 *
 * <p>Local directories are listed with {@code java.nio}, which sees links and special files as they
 * are (Hadoop's local file system follows links and drops dangling ones without a word). Every
 * file's {@link Path} is built from the listed entry itself, never parsed back from a string, so
 * names with {@code %}, spaces, {@code #}, {@code ?}, brackets or colons are read as named.
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
   * Lists the files of one source, and the entries it leaves unread.
   *
   * @throws ClearsourceException naming the path that could not be listed
   */
  public CrawlResult crawl(Source source) {
    CrawlCollector collector = new CrawlCollector(source.id());
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
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (FileStatus match : matches) {
          // A path the manifest names itself (no glob) is read whatever its name or link says.
          boolean named = match.getPath().toString().equals(qualified.toString());
          String matchRoot = !named ? root
              : match.isDirectory() ? withSlash(match.getPath().toString())
              : withSlash(match.getPath().getParent().toString());
          Walk walk = new Walk(fs, matchRoot, source.options(), excludes, collector);
          ForkJoinTask<?> task = walk.visitMatch(match, named);
          if (task != null) {
            tasks.add(task);
          }
        }
        for (ForkJoinTask<?> task : tasks) {
          pool.submit(task);
        }
        for (ForkJoinTask<?> task : tasks) {
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
      if (cause instanceof ClearsourceException clear) {
        throw clear;
      }
      throw new ClearsourceException(
          "Cannot list source '" + source.id() + "': " + cause.getMessage()
              + ". Fix: check that the paths exist and are readable", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClearsourceException("Interrupted while listing source '" + source.id() + "'", e);
    } finally {
      pool.shutdownNow();
    }
    return collector.result();
  }

  /** The directory part of a pattern before its first glob character, ending in "/". */
  static String rootOf(Path qualified) {
    String text = qualified.toString();
    int glob = firstGlobChar(text);
    if (glob < 0) {
      return withSlash(text);
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

  private static String withSlash(String text) {
    return text.endsWith("/") ? text : text + "/";
  }

  static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** The walk below one root: how each entry is classified, and where it goes. */
  private static final class Walk {
    private final FileSystem fs;
    private final String root;
    /** The root's real path (links resolved) on a local file system; null elsewhere. */
    private final java.nio.file.Path localRoot;
    private final ReaderOptions options;
    private final List<PathMatcher> excludes;
    private final CrawlCollector collector;

    Walk(
        FileSystem fs,
        String root,
        ReaderOptions options,
        List<PathMatcher> excludes,
        CrawlCollector collector) {
      this.fs = fs;
      this.root = root;
      this.localRoot = isLocal(fs) ? realOrAbsolute(local(new Path(root))) : null;
      this.options = options;
      this.excludes = excludes;
      this.collector = collector;
    }

    /** Classifies one match of a pattern; returns the listing of a directory, if it is one. */
    ForkJoinTask<?> visitMatch(FileStatus match, boolean named) throws IOException {
      if (localRoot != null) {
        java.nio.file.Path entry = local(match.getPath());
        return visitLocal(entry, match.getPath(), parentReal(entry), 0, List.of(), false, named);
      }
      return visitRemote(match, 0, named);
    }

    private String relative(String uri, String name) {
      return uri.startsWith(root) ? uri.substring(root.length()) : name;
    }

    private boolean excluded(String relative) {
      java.nio.file.Path relativePath = java.nio.file.Path.of(relative);
      for (PathMatcher exclude : excludes) {
        if (exclude.matches(relativePath)) {
          return true;
        }
      }
      return false;
    }

    private void skip(Path path, SkipReason reason, String detail, boolean directory) {
      String uri = path.toString();
      collector.skip(new SkippedEntry(collector.sourceId(), uri, relative(uri, path.getName()),
          reason, detail, directory));
    }

    /** A file to read, unless its path is excluded. */
    private void file(Path path, long size, long modificationTime, String realKey, boolean link) {
      String uri = path.toString();
      String relative = relative(uri, path.getName());
      if (excluded(relative)) {
        skip(path, SkipReason.EXCLUDED, null, false);
        return;
      }
      collector.file(new ListedFile(collector.sourceId(), path, relative, size, modificationTime),
          realKey, link);
    }

    /**
     * One entry of a local tree, seen without following links first.
     *
     * @param parentReal the real path of the entry's directory, so that a plain entry's real path
     *     costs no system call
     * @param ancestors real paths of the directories being listed above it (loop detection)
     * @param belowLink whether a directory above it was entered through a symbolic link
     */
    ForkJoinTask<?> visitLocal(
        java.nio.file.Path entry,
        Path path,
        java.nio.file.Path parentReal,
        int depth,
        List<java.nio.file.Path> ancestors,
        boolean belowLink,
        boolean named)
        throws IOException {
      String name = path.getName();
      BasicFileAttributes own =
          Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!named && !options.includeHidden() && isHidden(name)) {
        skip(path, SkipReason.HIDDEN, null, own.isDirectory());
        return null;
      }
      java.nio.file.Path real;
      BasicFileAttributes target;
      if (own.isSymbolicLink()) {
        try {
          real = entry.toRealPath();
        } catch (IOException e) {
          skip(path, SkipReason.DANGLING_LINK, "-> " + Files.readSymbolicLink(entry), false);
          return null;
        }
        if (!named && !options.followLinks() && !real.startsWith(localRoot)) {
          skip(path, SkipReason.LINK_OUTSIDE_ROOT, "-> " + real, Files.isDirectory(real));
          return null;
        }
        target = Files.readAttributes(real, BasicFileAttributes.class);
      } else {
        real = parentReal == null ? realOrAbsolute(entry) : parentReal.resolve(entry.getFileName());
        target = own;
      }
      if (target.isDirectory()) {
        if (ancestors.contains(real)) {
          skip(path, SkipReason.LINK_LOOP, "-> " + real, true);
          return null;
        }
        return new ListLocalDirectory(this, entry, path, real, depth, ancestors,
            belowLink || own.isSymbolicLink());
      }
      if (target.isRegularFile()) {
        file(path, target.size(), target.lastModifiedTime().toMillis(), real.toString(),
            belowLink || own.isSymbolicLink());
      } else {
        skip(path, SkipReason.SPECIAL_FILE, null, false);
      }
      return null;
    }

    /** One entry of a tree on another file system (HDFS, S3, ...), as Hadoop lists it. */
    ForkJoinTask<?> visitRemote(FileStatus status, int depth, boolean named) {
      Path path = status.getPath();
      if (!named && !options.includeHidden() && isHidden(path.getName())) {
        skip(path, SkipReason.HIDDEN, null, status.isDirectory());
        return null;
      }
      if (status.isDirectory()) {
        return new ListRemoteDirectory(this, path, depth);
      }
      if (status.isFile()) {
        file(path, status.getLen(), status.getModificationTime(), path.toString(), false);
      } else {
        skip(path, SkipReason.SPECIAL_FILE, "a symbolic link or other entry that is not a file",
            false);
      }
      return null;
    }

    private static java.nio.file.Path parentReal(java.nio.file.Path entry) {
      java.nio.file.Path parent = entry.getParent();
      return parent == null ? null : realOrAbsolute(parent);
    }
  }

  private static void checkDepth(Object dir, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ClearsourceException(
          "Cannot list " + dir + ": directories nest deeper than " + MAX_DEPTH
              + " levels, which is most likely a symbolic-link loop. Fix: remove the loop or"
              + " exclude it with options.exclude");
    }
  }

  /** Lists one local directory, forking a task per subdirectory. */
  private static final class ListLocalDirectory extends RecursiveAction {
    private final transient Walk walk;
    private final transient java.nio.file.Path dir;
    private final transient Path path;
    private final transient java.nio.file.Path real;
    private final int depth;
    private final transient List<java.nio.file.Path> ancestors;
    private final boolean belowLink;

    ListLocalDirectory(
        Walk walk,
        java.nio.file.Path dir,
        Path path,
        java.nio.file.Path real,
        int depth,
        List<java.nio.file.Path> ancestors,
        boolean belowLink) {
      this.walk = walk;
      this.dir = dir;
      this.path = path;
      this.real = real;
      this.depth = depth;
      this.ancestors = ancestors;
      this.belowLink = belowLink;
    }

    @Override
    protected void compute() {
      checkDepth(path, depth);
      List<java.nio.file.Path> chain = new ArrayList<>(ancestors);
      chain.add(real);
      List<ForkJoinTask<?>> children = new ArrayList<>();
      try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(dir)) {
        for (java.nio.file.Path entry : entries) {
          Path child = new Path(path, new Path(null, null, entry.getFileName().toString()));
          ForkJoinTask<?> task =
              walk.visitLocal(entry, child, real, depth + 1, chain, belowLink, false);
          if (task != null) {
            children.add(task);
          }
        }
      } catch (IOException e) {
        throw new ClearsourceException("Cannot list directory " + path + ": " + e.getMessage(), e);
      }
      invokeAll(children);
    }
  }

  /** Lists one directory of another file system, forking a task per subdirectory. */
  private static final class ListRemoteDirectory extends RecursiveAction {
    private final transient Walk walk;
    private final transient Path dir;
    private final int depth;

    ListRemoteDirectory(Walk walk, Path dir, int depth) {
      this.walk = walk;
      this.dir = dir;
      this.depth = depth;
    }

    @Override
    protected void compute() {
      checkDepth(dir, depth);
      List<ForkJoinTask<?>> children = new ArrayList<>();
      try {
        RemoteIterator<FileStatus> entries = walk.fs.listStatusIterator(dir);
        while (entries.hasNext()) {
          ForkJoinTask<?> task = walk.visitRemote(entries.next(), depth + 1, false);
          if (task != null) {
            children.add(task);
          }
        }
      } catch (IOException e) {
        throw new ClearsourceException("Cannot list directory " + dir + ": " + e.getMessage(), e);
      }
      invokeAll(children);
    }
  }

  private static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  /** The local path of a qualified {@code file:} Hadoop path. */
  private static java.nio.file.Path local(Path path) {
    return java.nio.file.Path.of(path.toUri().getPath());
  }

  private static java.nio.file.Path realOrAbsolute(java.nio.file.Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
