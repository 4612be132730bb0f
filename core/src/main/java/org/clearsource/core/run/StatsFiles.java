package org.clearsource.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.stats.StageStats;

/**
 * A run's stats files, {@code stats/<name>.json} ({@link RunLayout#stats}), on any Hadoop file
 * system: every stage writes its own through here, and the audit and the reports read them back.
 */
public final class StatsFiles {

  private StatsFiles() {}

  /** Writes (or overwrites) {@code stats/<name>.json}. */
  public static void write(RunLayout layout, String name, StageStats stats, Configuration hadoop) {
    Path path = new Path(layout.stats(name));
    try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
      stats.write(out);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write " + path, e);
    }
  }

  /**
   * Reads {@code stats/<name>.json}; empty when the file does not exist.
   *
   * @throws ClearsourceException when it exists but cannot be read as stage stats
   */
  public static Optional<StageStats> read(RunLayout layout, String name, Configuration hadoop) {
    Path path = new Path(layout.stats(name));
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(StageStats.read(in));
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot read " + path + " as stage stats: " + e.getMessage()
          + ". Fix: rerun the " + name + " stage", e);
    }
  }
}
