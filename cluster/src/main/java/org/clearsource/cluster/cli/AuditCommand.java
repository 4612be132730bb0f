package org.clearsource.cluster.cli;

import java.util.concurrent.Callable;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code clearsource audit}: the whole pipeline: validate, ingest, scan, and the per-source
 * summaries; the dedup and report stages join it as they land.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Runs the audit: validates the manifest, ingests every source, scans every"
        + " document for licences, copyright, opt-outs and PII, and prints the per-source"
        + " summaries. Stages already finished in the run directory are skipped.")
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ManifestArgument manifest;
  @Mixin RunOptions run;
  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    java.io.PrintWriter out = spec.commandLine().getOut();
    Manifest read = manifest.read();
    Console console = new Console(spec.commandLine().getErr());
    console.progress("validate", "manifest ok: " + read.sources().size() + " sources");
    RunLayout layout = new RunLayout(run.out);
    try (AuditPipeline pipeline = AuditPipeline.start(spark.effectiveMaster(), spark.conf)) {
      console.progress("spark", "running on " + pipeline.master());
      StageStats ingest = pipeline.ingest(read, layout, run.ingestSettings(), console::progress);
      StageStats scan = pipeline.scan(read, layout, console::progress);
      out.println("Audit of " + read.dataset().name() + " " + read.dataset().version());
      out.println();
      out.println("Contents");
      out.print(IngestSummary.format(read, ingest));
      out.println();
      out.println("Rights");
      out.print(RightsSummary.format(read, scan));
      out.println("Run directory: " + run.out);
    }
    return ExitCodes.OK;
  }
}
