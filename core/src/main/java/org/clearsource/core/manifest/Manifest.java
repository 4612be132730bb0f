package org.clearsource.core.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated corpus manifest: the dataset, its sources, and where the manifest itself lives.
 *
 * @param location URI of the manifest file
 * @param dataset what the owner says of the dataset
 * @param sources the sources, in manifest order, ids unique
 * @param evaluationSets evaluation sets to check for contamination, read like sources
 */
public record Manifest(
    String location, DatasetInfo dataset, List<Source> sources, List<Source> evaluationSets) {

  public Manifest {
    Objects.requireNonNull(location, "Cannot create a manifest without its location");
    Objects.requireNonNull(dataset, "Cannot create a manifest without dataset info");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("Cannot create a manifest without sources");
    }
    sources = List.copyOf(sources);
    evaluationSets = List.copyOf(evaluationSets);
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(source -> source.id().equals(id)).findFirst();
  }
}
