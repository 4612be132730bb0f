package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import picocli.CommandLine.Command;

/** {@code clearsource scan}: licence, copyright, opt-out and PII signals of ingested documents. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scans the documents of an ingested run directory: licences (SPDX), copyright"
        + " statements, rights reservations (robots.txt per AI crawler, TDMRep, noai) and PII"
        + " counts, into the signals table; prints the per-source rights summary.")
final class ScanCommand extends PipelineCommand {

  @Override
  int run(AuditPipeline pipeline, Manifest manifest, RunLayout layout, PrintWriter out,
      Console console) {
    StageStats stats = pipeline.scan(manifest, layout, console::progress);
    out.print(RightsSummary.format(manifest, stats));
    return ExitCodes.OK;
  }
}
