package org.clearsource.reports;

import java.util.List;
import java.util.Objects;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Verdict;

/**
 * What the report stage made.
 *
 * @param model the report model, as in {@code data-information.json}
 * @param verdict the verdict under the settings' policy, as in {@code verdict.json}
 * @param files every file written, as full URIs, report files first, then the clean corpus's
 *     directories when one was written
 */
public record ReportResult(ReportModel model, Verdict verdict, List<String> files) {

  public ReportResult {
    Objects.requireNonNull(model, "Cannot create a report result without a model");
    Objects.requireNonNull(verdict, "Cannot create a report result without a verdict");
    files = List.copyOf(files);
  }
}
