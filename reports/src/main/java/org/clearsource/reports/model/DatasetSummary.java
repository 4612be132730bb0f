package org.clearsource.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The dataset as the manifest declares it. Optional fields are null when the manifest leaves them
 * out; the completeness check lists each.
 *
 * @param name dataset name
 * @param version dataset version
 * @param description what it is and holds
 * @param curator who assembled it
 * @param contact how to reach the curator
 * @param license SPDX expression the dataset as a whole is offered under
 * @param licenseClass the class of that licence ({@link DeclaredLicenseClass})
 * @param homepage where it or its documentation lives
 * @param intendedUses uses it was assembled for
 * @param outOfScopeUses uses the curator advises against
 * @param model the model trained on it
 * @param manifest file name of the manifest (not its path, so that reports do not depend on where
 *     the run was made)
 */
public record DatasetSummary(
    String name,
    String version,
    String description,
    String curator,
    String contact,
    String license,
    String licenseClass,
    String homepage,
    List<String> intendedUses,
    List<String> outOfScopeUses,
    String model,
    String manifest) {

  public DatasetSummary {
    Objects.requireNonNull(name, "Cannot create a dataset summary without a name");
    Objects.requireNonNull(version, "Cannot create a dataset summary without a version");
    intendedUses = List.copyOf(intendedUses);
    outOfScopeUses = List.copyOf(outOfScopeUses);
  }
}
