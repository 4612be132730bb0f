package org.clearsource.reports.policy;

import java.util.List;
import org.clearsource.core.ClearsourceException;

/** A policy file that cannot be used: every problem found, each naming the file, line and fix. */
public final class PolicyException extends ClearsourceException {

  private final List<String> problems;

  PolicyException(String location, List<String> problems) {
    super(
        "The policy " + location + " has "
            + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ":\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as one line: {@code file:line: what is wrong. Fix: what to do}. */
  public List<String> problems() {
    return problems;
  }
}
