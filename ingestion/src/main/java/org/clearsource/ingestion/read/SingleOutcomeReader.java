package org.clearsource.ingestion.read;

import java.util.NoSuchElementException;

/** A reader of exactly one outcome: a whole file that is one quarantined record. */
final class SingleOutcomeReader implements RecordReader {

  private ReadOutcome outcome;

  SingleOutcomeReader(ReadOutcome outcome) {
    this.outcome = outcome;
  }

  @Override
  public boolean hasNext() {
    return outcome != null;
  }

  @Override
  public ReadOutcome next() {
    if (outcome == null) {
      throw new NoSuchElementException();
    }
    ReadOutcome result = outcome;
    outcome = null;
    return result;
  }

  @Override
  public void close() {}
}
