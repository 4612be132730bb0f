package org.clearsource.cluster.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.run.OwnedFolder;

/**
 * The folders a command writes (the run directory, the clean-output folder), checked before Spark
 * starts: neither may be, contain or lie inside a source's or an evaluation set's path, nor each
 * other, since a stage overwrites and deletes inside them; each is then claimed with Clearsource's
 * marker ({@link OwnedFolder}).
 */
final class OutputFolders {

  /** A folder Clearsource writes: what it is for (named as the user gave it) and where. */
  record Output(String role, String location) {}

  private OutputFolders() {}

  /**
   * Checks and claims the outputs.
   *
   * @throws ClearsourceException naming both paths of the first overlap found, or why an output
   *     cannot be used
   */
  static void check(List<Output> outputs, Manifest manifest, Configuration conf) {
    List<Source> inputs = new ArrayList<>(manifest.sources());
    inputs.addAll(manifest.evaluationSets());
    for (Output output : outputs) {
      Folder written = Folder.of(output.location(), conf);
      for (Source input : inputs) {
        String kind = manifest.sources().contains(input) ? "source" : "evaluation set";
        for (String path : input.paths()) {
          Folder read = Folder.of(globFreePrefix(path), conf);
          String relation = written.relationTo(read);
          if (relation != null) {
            throw new ClearsourceException("Cannot use " + output.location() + " as "
                + output.role() + ": it " + relation + " " + kind + " '" + input.id() + "' path "
                + path + ", and a run overwrites and deletes inside it. Fix: give a folder"
                + " outside every source and evaluation set path");
          }
        }
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      for (int j = i + 1; j < outputs.size(); j++) {
        String relation = Folder.of(outputs.get(i).location(), conf)
            .relationTo(Folder.of(outputs.get(j).location(), conf));
        if (relation != null) {
          throw new ClearsourceException("Cannot use " + outputs.get(i).location() + " as "
              + outputs.get(i).role() + ": it " + relation + " " + outputs.get(j).role() + " "
              + outputs.get(j).location() + ". Fix: give two separate folders");
        }
      }
    }
    for (Output output : outputs) {
      OwnedFolder.claim(output.location(), output.role(), conf);
    }
  }

  /**
   * The folder a path or glob reads below: the path itself without glob characters, else its
   * components before the first one holding a glob character ({@code data/*.jsonl} reads below
   * {@code data}).
   */
  static String globFreePrefix(String path) {
    int glob = firstGlobCharacter(path);
    if (glob < 0) {
      return path;
    }
    int slash = path.lastIndexOf('/', glob);
    // The trailing slash keeps "file:/" and "hdfs://nn/" URIs; Hadoop's Path drops it elsewhere.
    return slash < 0 ? "." : path.substring(0, slash + 1);
  }

  private static int firstGlobCharacter(String path) {
    for (int i = 0; i < path.length(); i++) {
      if ("*?[{\\".indexOf(path.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** A folder by qualified, normalised location: scheme, authority and path components. */
  record Folder(String scheme, String authority, List<String> components) {

    static Folder of(String location, Configuration conf) {
      URI uri;
      try {
        Path path = new Path(location);
        uri = path.getFileSystem(conf).makeQualified(path).toUri().normalize();
      } catch (IOException | IllegalArgumentException e) {
        throw new ClearsourceException("Cannot read the path " + location + " ("
            + e.getMessage() + "). Fix: give a local path or a Hadoop URI", e);
      }
      String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
      String path = uri.getPath() == null ? "/" : uri.getPath();
      if (scheme.equals("file")) {
        path = realLocalPath(path);
      }
      List<String> components = new ArrayList<>();
      for (String part : path.split("/")) {
        if (!part.isEmpty()) {
          components.add(part);
        }
      }
      String authority = uri.getAuthority() == null ? ""
          : uri.getAuthority().toLowerCase(Locale.ROOT);
      return new Folder(scheme, authority, List.copyOf(components));
    }

    /**
     * Symbolic links and {@code ..} resolved, as far as the path exists: a link to the corpus is
     * the corpus.
     */
    private static String realLocalPath(String path) {
      java.nio.file.Path local = java.nio.file.Path.of(path).toAbsolutePath().normalize();
      java.nio.file.Path existing = local;
      while (existing != null) {
        try {
          java.nio.file.Path real = existing.toRealPath();
          return real.resolve(existing.relativize(local)).normalize().toString();
        } catch (NoSuchFileException e) {
          existing = existing.getParent();
        } catch (IOException e) {
          break;
        }
      }
      return local.toString();
    }

    /** How this folder and {@code other} overlap ("is inside", ...), or null when they do not. */
    String relationTo(Folder other) {
      if (!scheme.equals(other.scheme) || !Objects.equals(authority, other.authority)) {
        return null;
      }
      if (components.equals(other.components)) {
        return "is the same folder as";
      }
      if (isBelow(components, other.components)) {
        return "is inside";
      }
      if (isBelow(other.components, components)) {
        return "contains";
      }
      return null;
    }

    private static boolean isBelow(List<String> inner, List<String> outer) {
      return inner.size() > outer.size() && inner.subList(0, outer.size()).equals(outer);
    }
  }

}
