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

/** {@code clearsource scan}: licence, copyright, opt-out and PII signals of ingested documents. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scans the documents of an ingested run directory: licences (SPDX), copyright"
        + " statements, rights reservations (robots.txt per AI crawler, TDMRep, noai) and PII"
        + " counts, into the signals table; prints the per-source rights summary.")
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ManifestArgument manifest;
  @Mixin RunOptions run;
  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    java.io.PrintWriter out = spec.commandLine().getOut();
    Manifest read = manifest.read();
    Console console = new Console(spec.commandLine().getErr());
    try (AuditPipeline pipeline = AuditPipeline.start(spark.effectiveMaster(), spark.conf)) {
      StageStats stats = pipeline.scan(read, new RunLayout(run.out), console::progress);
      out.print(RightsSummary.format(read, stats));
    }
    return ExitCodes.OK;
  }
}
