package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import picocli.CommandLine.Command;

/** {@code clearsource ingest}: crawl, inventory and read every source into the run directory. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Crawls every source of the manifest, inventories its files and reads them into"
        + " the documents, quarantine and captures tables of the run directory.")
final class IngestCommand extends PipelineCommand {

  @Override
  int run(AuditPipeline pipeline, Manifest manifest, RunLayout layout, PrintWriter out,
      Console console) {
    StageStats stats = pipeline.ingest(manifest, layout, options.ingestSettings(), console::progress);
    out.print(IngestSummary.format(manifest, stats));
    out.println("Tables written to " + TerminalText.value(layout.root()));
    return ExitCodes.OK;
  }
}
