package org.clearsource.core.manifest;

import java.util.List;
import java.util.Objects;

/**
 * One source of the corpus as the manifest declares it.
 *
 * @param id short identifier, used in paths and tables ({@code [a-z0-9][a-z0-9_-]*})
 * @param name human-readable name
 * @param description what the source holds
 * @param osaidClass its OSAID data class
 * @param paths Hadoop URIs or globs, already resolved against the manifest's directory
 * @param format how its files are read
 * @param options reader options
 * @param provenance where it comes from
 * @param priority lower wins when duplicates across sources pick a representative
 * @param line the manifest line the source starts on, for error messages
 */
public record Source(
    String id,
    String name,
    String description,
    OsaidClass osaidClass,
    List<String> paths,
    SourceFormat format,
    ReaderOptions options,
    Provenance provenance,
    int priority,
    int line) {

  public Source {
    Objects.requireNonNull(id, "Cannot create a source without an id");
    Objects.requireNonNull(osaidClass, "Cannot create source " + id + " without an OSAID class");
    Objects.requireNonNull(format, "Cannot create source " + id + " without a format");
    Objects.requireNonNull(options, "Cannot create source " + id + " without reader options");
    Objects.requireNonNull(provenance, "Cannot create source " + id + " without provenance");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("Cannot create source " + id + " without paths");
    }
    paths = List.copyOf(paths);
  }
}
