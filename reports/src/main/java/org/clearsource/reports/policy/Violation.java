package org.clearsource.reports.policy;

import java.util.Objects;

/**
 * A rule the audit broke.
 *
 * @param rule the policy key, e.g. {@code max_quarantine_rate}
 * @param source the source that broke it, or null for the corpus as a whole
 * @param measured what was measured ("10.0% (2 of 20 records)")
 * @param limit what the policy allows ("5.0%")
 * @param message one readable sentence with the fix
 */
public record Violation(String rule, String source, String measured, String limit, String message) {

  public Violation {
    Objects.requireNonNull(rule, "Cannot create a violation without a rule");
    Objects.requireNonNull(message, "Cannot create a violation without a message");
  }
}
