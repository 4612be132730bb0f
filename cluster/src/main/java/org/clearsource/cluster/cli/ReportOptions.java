package org.clearsource.cluster.cli;

import java.nio.file.Path;
import java.util.List;
import org.clearsource.reports.CleanFormat;
import org.clearsource.reports.ReportSettings;
import org.clearsource.reports.policy.Policy;
import org.clearsource.reports.policy.PolicyReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the commands that write the reports. */
final class ReportOptions {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Audit policy (YAML, see docs/policy.md). With it, a failed verdict exits with"
          + " code 1; without it, the built-in default policy is evaluated and reported only.")
  Path policy;

  @Option(
      names = "--emit-clean",
      paramLabel = "DIR",
      description = "Also write the corpus minus duplicates and excluded documents to DIR, with an"
          + " exclusion ledger (doc id, source, reason).")
  String emitClean;

  @Option(
      names = "--clean-format",
      paramLabel = "FORMAT",
      defaultValue = "parquet",
      description = "Format of the clean corpus: parquet (default) or jsonl.")
  String cleanFormat;

  /** The policy, read before any Spark work so that a bad file fails fast. */
  Policy readPolicy() {
    return policy == null ? Policy.defaults() : PolicyReader.read(policy);
  }

  /** Rejects an unknown --clean-format as a usage error, before Spark starts. */
  void check(CommandLine commandLine) {
    try {
      CleanFormat.fromId(cleanFormat);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }

  /** The clean-output folder, when one is asked for. */
  List<OutputFolders.Output> outputs() {
    return emitClean == null ? List.of()
        : List.of(new OutputFolders.Output("the clean-output folder (--emit-clean)", emitClean));
  }

  /** Whether the verdict decides the exit code. */
  boolean gates() {
    return policy != null;
  }

  ReportSettings settings(Policy rules) {
    ReportSettings.Builder builder = ReportSettings.builder().policy(rules);
    if (emitClean != null) {
      builder.emitClean(emitClean, CleanFormat.fromId(cleanFormat));
    }
    return builder.build();
  }
}
