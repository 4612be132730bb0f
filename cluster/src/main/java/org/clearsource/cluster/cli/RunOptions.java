package org.clearsource.cluster.cli;

import org.clearsource.ingestion.spark.IngestSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of every command that writes a run directory. */
final class RunOptions {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Run directory for the tables, stats and reports (any Hadoop URI).")
  String out;

  @Option(
      names = "--split-size",
      paramLabel = "BYTES",
      defaultValue = "134217728",
      description = "Bytes per parallel split of an uncompressed JSONL or Parquet file"
          + " (default: ${DEFAULT-VALUE}, 128 MiB).")
  long splitBytes;

  @Option(
      names = "--quarantine-unreadable",
      description = "Record a file that cannot be opened as one quarantined record and go on,"
          + " instead of stopping with its name (the default).")
  boolean quarantineUnreadable;

  /** Rejects settings out of range (a split size under 64 KiB) as a usage error. */
  void check(CommandLine commandLine) {
    try {
      ingestSettings();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine,
          "Invalid --split-size " + splitBytes + ": " + e.getMessage(), e);
    }
  }

  IngestSettings ingestSettings() {
    IngestSettings.Builder builder = IngestSettings.builder().splitBytes(splitBytes);
    if (quarantineUnreadable) {
      builder.quarantineUnreadableFiles();
    }
    return builder.build();
  }
}
