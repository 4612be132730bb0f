package org.clearsource.reports.policy;

import java.util.List;
import java.util.Objects;

/**
 * The audit's verdict under a policy, written as {@code verdict.json}.
 *
 * @param schemaVersion version of this layout ({@link #SCHEMA_VERSION})
 * @param passed true when no rule was broken
 * @param policy where the policy came from
 * @param rules every rule the policy sets, in policy order
 * @param violations every rule broken, per source where it applies
 * @param notEvaluated rules whose stage did not run
 */
public record Verdict(
    int schemaVersion,
    boolean passed,
    String policy,
    List<String> rules,
    List<Violation> violations,
    List<NotEvaluated> notEvaluated) {

  public static final int SCHEMA_VERSION = 1;

  public Verdict {
    Objects.requireNonNull(policy, "Cannot create a verdict without its policy");
    rules = List.copyOf(rules);
    violations = List.copyOf(violations);
    notEvaluated = List.copyOf(notEvaluated);
    if (passed != violations.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot create a verdict that " + (passed ? "passed with" : "failed without")
              + " violations");
    }
  }

  /** The verdict as lines for a terminal: the outcome, then one line per violation. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append("Verdict: ").append(passed ? "PASSED" : "FAILED").append(" under ").append(policy)
        .append(" (").append(rules.size()).append(" rules, ").append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations");
    if (!notEvaluated.isEmpty()) {
      out.append(", ").append(notEvaluated.size()).append(" not evaluated");
    }
    out.append(")\n");
    for (Violation violation : violations) {
      out.append("  - ").append(violation.rule())
          .append(violation.source() == null ? "" : " [" + violation.source() + "]")
          .append(": ").append(violation.message()).append('\n');
    }
    for (NotEvaluated rule : notEvaluated) {
      out.append("  ? ").append(rule.rule()).append(": not evaluated (").append(rule.stage())
          .append(" stage not run): ").append(rule.message()).append('\n');
    }
    return out.toString();
  }
}
