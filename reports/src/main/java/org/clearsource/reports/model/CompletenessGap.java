package org.clearsource.reports.model;

import java.util.Objects;

/**
 * A manifest item left unanswered.
 *
 * @param scope {@code dataset} or the source id
 * @param field the manifest key, e.g. {@code provenance.fee}
 * @param question what the reports cannot say without it
 */
public record CompletenessGap(String scope, String field, String question) {

  public CompletenessGap {
    Objects.requireNonNull(scope, "Cannot create a completeness gap without a scope");
    Objects.requireNonNull(field, "Cannot create a completeness gap without a field");
  }
}
