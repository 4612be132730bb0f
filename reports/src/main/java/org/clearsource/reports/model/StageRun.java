package org.clearsource.reports.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Whether a stage ran for this report, and with which parameters.
 *
 * @param stage the stage's name ({@link StageCounters#STAGES})
 * @param ran true when its stats file exists
 * @param elapsedMillis its wall time, null when it did not run
 * @param parameters what it recorded in {@code stats/<stage>.parameters.json}; empty when it
 *     recorded nothing
 */
public record StageRun(
    String stage, boolean ran, Long elapsedMillis, SortedMap<String, String> parameters) {

  public StageRun {
    Objects.requireNonNull(stage, "Cannot create a stage run without a stage name");
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }
}
