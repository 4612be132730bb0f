package org.clearsource.ingestion.read;

import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * A reader that works out its outcomes one at a time: subclasses say how to get the next one and
 * how to release their input; this class keeps the iterator contract.
 */
abstract class AdvancingReader implements RecordReader {

  private boolean done;
  private ReadOutcome next;

  /**
   * The next outcome, or null when there is none. May call {@link #finish()} and still return one
   * last outcome (the quarantine row of a truncated input, say).
   */
  abstract ReadOutcome advance();

  /** Releases the input; called once by {@link #close()}. */
  abstract void closeInput() throws IOException;

  /** Nothing comes after the outcome being worked out now. */
  final void finish() {
    done = true;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final ReadOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("Cannot read past the last record");
    }
    ReadOutcome outcome = next;
    next = null;
    return outcome;
  }

  @Override
  public final void close() throws IOException {
    done = true;
    next = null;
    closeInput();
  }
}
