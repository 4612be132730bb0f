package org.clearsource.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the reports say about one source. Sections whose stage did not run are null: the
 * renderers then say "not measured" and name the stage.
 *
 * @param id the manifest's source id
 * @param name human-readable name
 * @param description what it holds, as declared
 * @param osaidClass {@code open}, {@code public}, {@code obtainable} or {@code unshareable}
 * @param shareable false for unshareable sources: they contribute numbers, never names or text
 * @param provenance where it comes from, as declared
 * @param scope what it holds, as measured
 * @param reading how the audit read it and what it quarantined
 * @param optOut rights reservations found (lower bound when the scan did not run)
 * @param duplicates what dedup found; null when the dedup stage did not run
 * @param scan what the licensing scan found; null when the scan stage did not run
 * @param clean what the clean corpus kept; null when no clean corpus was written
 * @param files its files with checksums (empty for unshareable sources)
 * @param filesNotListed files beyond the report's file limit (or all files of an unshareable source)
 */
public record SourceReport(
    String id,
    String name,
    String description,
    String osaidClass,
    boolean shareable,
    ProvenanceView provenance,
    Scope scope,
    ReadingFigures reading,
    OptOutFigures optOut,
    DuplicateFigures duplicates,
    ScanFigures scan,
    CleanFigures clean,
    List<FileEntry> files,
    long filesNotListed) {

  public SourceReport {
    Objects.requireNonNull(id, "Cannot create a source report without an id");
    Objects.requireNonNull(osaidClass, "Cannot create source report " + id + " without a class");
    Objects.requireNonNull(provenance, "Cannot create source report " + id + " without provenance");
    Objects.requireNonNull(scope, "Cannot create source report " + id + " without its scope");
    Objects.requireNonNull(reading, "Cannot create source report " + id + " without reading figures");
    Objects.requireNonNull(optOut, "Cannot create source report " + id + " without opt-out figures");
    files = List.copyOf(files);
    if (!shareable && !files.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot list the files of unshareable source " + id + ": it contributes numbers only");
    }
  }
}
