package org.clearsource.core.run;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.clearsource.core.ClearsourceException;

/**
 * A folder Clearsource may overwrite and delete in: the run directory or the clean-output folder.
 * Clearsource writes its marker file ({@value #MARKER}) into such a folder when it creates or first
 * uses it, and refuses a folder that holds anything without that marker: a typo in {@code --out}
 * must not delete someone's data. Hadoop's readers skip names starting with {@code _}, so the
 * marker is never read as data.
 */
public final class OwnedFolder {

  /** The marker file's name, directly inside the folder. */
  public static final String MARKER = "_CLEARSOURCE";

  private OwnedFolder() {}

  /**
   * Makes {@code folder} Clearsource's: creates it with the marker when it does not exist, marks it
   * when it is empty, and accepts it when it is marked already.
   *
   * @param role what the folder is for, as the user names it ("the run directory (--out)")
   * @throws ClearsourceException when the folder is a file, holds files without the marker, or
   *     cannot be created or written
   */
  public static void claim(String folder, String role, Configuration conf) {
    Path path = new Path(folder);
    try {
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        status = null;
      }
      if (status != null && !status.isDirectory()) {
        throw new ClearsourceException("Cannot use " + folder + " as " + role + ": it is a file."
            + " Fix: give a folder that does not exist yet, or one Clearsource wrote");
      }
      if (status == null) {
        if (!fs.mkdirs(path)) {
          throw new IOException("the file system refused to create it");
        }
      } else if (isMarked(fs, path)) {
        return;
      } else if (fs.listStatus(path).length > 0) {
        throw new ClearsourceException("Cannot use " + folder + " as " + role + ": it holds files"
            + " that Clearsource did not write (it has no " + MARKER + " marker), and a run"
            + " overwrites and deletes inside it. Fix: give a new or empty folder; if it is a run"
            + " of an older Clearsource, create the empty file " + folder + "/" + MARKER);
      }
      try (OutputStream out = fs.create(new Path(path, MARKER), false)) {
        out.write(("Written by Clearsource: this folder is " + role + ". Clearsource overwrites"
            + " and deletes only inside folders holding this file.\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ClearsourceException ours) {
        throw ours;
      }
      throw new ClearsourceException("Cannot create " + role + " " + folder + " ("
          + firstLine(e) + "). Fix: give a folder that can be created and written, e.g. one"
          + " below your home or project directory", e);
    }
  }

  /**
   * Refuses to write into {@code folder} unless Clearsource marked it ({@link #claim}).
   *
   * @throws ClearsourceException when the folder exists without the marker
   */
  public static void checkOwned(String folder, String role, Configuration conf) {
    Path path = new Path(folder);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (fs.exists(path) && !isMarked(fs, path)) {
        throw new ClearsourceException("Cannot write " + role + " into " + folder + ": it has no "
            + MARKER + " marker, so Clearsource did not create it and will not overwrite it."
            + " Fix: give a new or empty folder");
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot check " + role + " " + folder + " (" + firstLine(e)
          + "). Fix: check the path and its permissions", e);
    }
  }

  private static boolean isMarked(FileSystem fs, Path folder) throws IOException {
    return fs.exists(new Path(folder, MARKER));
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
