package org.clearsource.ingestion.plan;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.clearsource.core.ClearsourceException;
import org.clearsource.ingestion.read.RecordReader;

/**
 * Reads a partition's tasks one after the other, lazily: one file is open at a time and each is
 * closed as soon as it is exhausted. This is what a Spark task iterates.
 */
public final class TaskReader implements Iterator<TaskOutcome>, AutoCloseable {

  /** Opens the reader of one task; a file that cannot be opened at all throws. */
  @FunctionalInterface
  public interface Opener {
    RecordReader open(ReadTask task) throws IOException;
  }

  private final Iterator<ReadTask> tasks;
  private final Opener opener;
  private ReadTask current;
  private RecordReader reader;

  public TaskReader(Iterable<ReadTask> tasks, Opener opener) {
    this.tasks = tasks.iterator();
    this.opener = opener;
  }

  @Override
  public boolean hasNext() {
    while (reader == null || !reader.hasNext()) {
      closeCurrent();
      if (!tasks.hasNext()) {
        return false;
      }
      current = tasks.next();
      try {
        reader = opener.open(current);
      } catch (IOException e) {
        throw new ClearsourceException(
            "Cannot open " + current.entry().file().uri() + " (source '"
                + current.entry().file().sourceId() + "'): " + e.getMessage()
                + ". Fix: make it readable or remove it, or pass --quarantine-unreadable", e);
      }
    }
    return true;
  }

  @Override
  public TaskOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return new TaskOutcome(current, reader.next());
  }

  @Override
  public void close() {
    closeCurrent();
  }

  private void closeCurrent() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // Everything was read; a failing close loses nothing.
      }
      reader = null;
    }
  }
}
