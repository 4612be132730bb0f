package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import picocli.CommandLine.Command;

/**
 * {@code clearsource audit}: the whole pipeline: validate, ingest, scan, and the per-source
 * summaries.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Runs the audit: validates the manifest, ingests every source, scans every"
        + " document for licences, copyright, opt-outs and PII, and prints the per-source"
        + " summaries. Stages already finished in the run directory are skipped.")
final class AuditCommand extends PipelineCommand {

  @Override
  int run(AuditPipeline pipeline, Manifest manifest, RunLayout layout, PrintWriter out,
      Console console) {
    StageStats ingest = pipeline.ingest(manifest, layout, options.ingestSettings(),
        console::progress);
    StageStats scan = pipeline.scan(manifest, layout, console::progress);
    out.println("Audit of " + manifest.dataset().name() + " " + manifest.dataset().version());
    out.println();
    out.println("Contents");
    out.print(IngestSummary.format(manifest, ingest));
    out.println();
    out.println("Rights");
    out.print(RightsSummary.format(manifest, scan));
    out.println("Run directory: " + layout.root());
    return ExitCodes.OK;
  }
}
