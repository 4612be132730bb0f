package org.clearsource.core.manifest;

import java.util.List;
import org.clearsource.core.ClearsourceException;

/** A manifest that cannot be used: every problem found, each naming the file, line and fix. */
public final class ManifestException extends ClearsourceException {

  private final List<String> problems;

  ManifestException(String location, List<String> problems) {
    super(
        "The manifest "
            + location
            + " has "
            + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
            + ":\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as one line: {@code file:line: what is wrong. Fix: what to do}. */
  public List<String> problems() {
    return problems;
  }
}
