package org.clearsource.reports.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.clearsource.core.ClearsourceException;

/**
 * Replaces an output folder (the clean corpus, {@code report/}) as a whole. The new content is
 * written into {@code .<name>.clearsource-writing} beside the folder; {@link #commit} then swaps
 * it in by two renames, the old folder passing through {@code .<name>.clearsource-replaced}. So a
 * kill at any moment leaves the previous complete folder or the new complete one, never a mix, and
 * a failed write leaves the previous folder as it was (or none, never an empty one).
 *
 * <p>With {@link #commitKeepingOthers}, what the old folder holds besides the entries the writer
 * produces (a marker file, a README someone put there) is copied into the new folder before the
 * swap, so it is kept. Left-overs of
 * a killed run are settled by the next {@link #begin}: a half-written staging folder is deleted;
 * an old folder caught between the two renames is put back, or deleted once the new one is in
 * place. Only these two names, which Clearsource alone writes, are ever deleted beside the folder.
 * The renames are atomic on local disks and HDFS; on object stores (s3a) a rename is a copy, so
 * the swap is not atomic there.
 */
final class FolderSwap {

  static final String STAGING_SUFFIX = ".clearsource-writing";
  static final String REPLACED_SUFFIX = ".clearsource-replaced";

  private final Configuration conf;
  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final Path replaced;

  private FolderSwap(Configuration conf, FileSystem fs, Path target) {
    this.conf = conf;
    this.fs = fs;
    this.target = target;
    this.staging = new Path(target.getParent(), "." + target.getName() + STAGING_SUFFIX);
    this.replaced = new Path(target.getParent(), "." + target.getName() + REPLACED_SUFFIX);
  }

  /** Settles what a killed run left beside {@code folder} and returns an empty staging folder. */
  static FolderSwap begin(Configuration conf, String folder) {
    Path target = new Path(folder);
    if (target.getParent() == null) {
      throw new ClearsourceException("Cannot write " + folder + ": a root has no parent folder to"
          + " write beside it. Fix: give a folder below the root");
    }
    try {
      FolderSwap swap = new FolderSwap(conf, ReportStage.withoutChecksumFiles(
          target.getFileSystem(conf)), target);
      swap.settleLeftovers();
      swap.fs.mkdirs(swap.staging);
      return swap;
    } catch (IOException e) {
      throw new ClearsourceException("Cannot prepare a staging folder beside " + folder, e);
    }
  }

  /** Where to write the new content. */
  String staging() {
    return staging.toString();
  }

  /** Swaps the staging folder in for the target, whose old entries all go. */
  void commit() {
    commitKeeping(List.of());
  }

  /**
   * Swaps the staging folder in for the target, keeping the old folder's entries that the writer
   * did not produce.
   *
   * @param written the entry names the writer produced
   */
  void commitKeepingOthers(Collection<String> written) {
    try {
      List<FileStatus> others = new ArrayList<>();
      if (fs.exists(target)) {
        for (FileStatus entry : fs.listStatus(target)) {
          if (!written.contains(entry.getPath().getName())) {
            others.add(entry);
          }
        }
      }
      commitKeeping(others);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot list " + target, e);
    }
  }

  private void commitKeeping(List<FileStatus> kept) {
    try {
      for (FileStatus entry : kept) {
        FileUtil.copy(fs, entry.getPath(), fs, new Path(staging, entry.getPath().getName()),
            false, conf);
      }
      if (fs.exists(target)) {
        rename(target, replaced);
      }
      rename(staging, target);
      fs.delete(replaced, true);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot swap " + staging + " in for " + target + ". Fix: if "
          + target + " is missing, rename " + replaced + " back to it", e);
    }
  }

  private void settleLeftovers() throws IOException {
    if (fs.exists(replaced)) {
      if (fs.exists(target)) {
        fs.delete(replaced, true);
      } else {
        rename(replaced, target);
      }
    }
    fs.delete(staging, true);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("Cannot rename " + from + " to " + to);
    }
  }
}
