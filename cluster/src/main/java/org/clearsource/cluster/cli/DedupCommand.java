package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code clearsource dedup}: exact and near duplicates of an ingested run directory. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = "Finds exact and near-duplicate documents (MinHash-LSH) of an ingested run"
        + " directory, clusters them with one representative each, measures the duplicate rate"
        + " of each source and the overlap between sources, and checks the corpus against the"
        + " manifest's evaluation sets; prints the per-source duplicate summary.")
final class DedupCommand extends PipelineCommand {

  @Mixin DedupOptions dedup;

  @Override
  void prepare() {
    dedup.check(spec.commandLine());
  }

  @Override
  int run(AuditPipeline pipeline, Manifest manifest, RunLayout layout, PrintWriter out,
      Console console) {
    StageStats stats = pipeline.dedup(manifest, layout, dedup.settings(), console::progress);
    out.print(DuplicateSummary.format(manifest, stats, pipeline.overlap(layout)));
    return ExitCodes.OK;
  }
}
