package org.clearsource.reports.policy;

import java.util.Objects;

/**
 * A rule the verdict could not judge because the stage that measures it did not run. It fails the
 * verdict only through {@code require_stages}.
 *
 * @param rule the policy key
 * @param stage the stage that did not run
 * @param message what would have been checked
 */
public record NotEvaluated(String rule, String stage, String message) {

  public NotEvaluated {
    Objects.requireNonNull(rule, "Cannot create a not-evaluated rule without a rule");
    Objects.requireNonNull(stage, "Cannot create a not-evaluated rule without a stage");
  }
}
