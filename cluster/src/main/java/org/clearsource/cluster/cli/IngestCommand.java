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

/** {@code clearsource ingest}: crawl, inventory and read every source into the run directory. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Crawls every source of the manifest, inventories its files and reads them into"
        + " the documents, quarantine and captures tables of the run directory.")
final class IngestCommand implements Callable<Integer> {

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
    try (AuditPipeline pipeline = AuditPipeline.start(spark.effectiveMaster(), spark.conf)) {
      console.progress("spark", "running on " + pipeline.master());
      StageStats stats =
          pipeline.ingest(read, new RunLayout(run.out), run.ingestSettings(), console::progress);
      out.print(IngestSummary.format(read, stats));
      out.println("Tables written to " + run.out);
    }
    return ExitCodes.OK;
  }
}
