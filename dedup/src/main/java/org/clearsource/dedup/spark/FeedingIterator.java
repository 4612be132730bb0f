package org.clearsource.dedup.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Turns a push-style processor (records in, results to a sink) into the pull-style iterator
 * {@code mapPartitions} wants, buffering only the results of one input record at a time.
 */
abstract class FeedingIterator<I, O> implements Iterator<O> {

  private final Iterator<I> input;
  private final ArrayDeque<O> ready = new ArrayDeque<>();
  private boolean finished;

  FeedingIterator(Iterator<I> input) {
    this.input = input;
  }

  /** Processes one input record, emitting through {@link #emit}. */
  protected abstract void feed(I record);

  /** Called once after the last record, to emit what is left. */
  protected void finish() {}

  protected final void emit(O result) {
    ready.add(result);
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (input.hasNext()) {
        feed(input.next());
      } else if (!finished) {
        finished = true;
        finish();
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }
}
