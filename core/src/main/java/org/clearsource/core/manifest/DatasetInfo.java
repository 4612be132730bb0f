package org.clearsource.core.manifest;

import java.util.List;
import java.util.Objects;

/**
 * What the corpus owner says about the dataset as a whole. Optional fields are null when the manifest
 * leaves them out; the reports list every such gap rather than inventing an answer.
 *
 * @param name the dataset's name (required)
 * @param version the dataset's version (required)
 * @param description what the dataset is for and holds
 * @param curator the person or organisation that assembled it (required)
 * @param contact how to reach the curator (required)
 * @param license SPDX expression the dataset as a whole is offered under, if any
 * @param homepage where the dataset or its documentation lives
 * @param intendedUses uses the dataset was assembled for
 * @param outOfScopeUses uses the curator advises against
 * @param model the model trained on it, for the EU training-content summary
 */
public record DatasetInfo(
    String name,
    String version,
    String description,
    String curator,
    String contact,
    String license,
    String homepage,
    List<String> intendedUses,
    List<String> outOfScopeUses,
    String model) {

  public DatasetInfo {
    Objects.requireNonNull(name, "Cannot create dataset info without a name");
    Objects.requireNonNull(version, "Cannot create dataset info without a version");
    intendedUses = List.copyOf(intendedUses);
    outOfScopeUses = List.copyOf(outOfScopeUses);
  }
}
