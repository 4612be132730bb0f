package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.List;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.ReportResult;
import org.clearsource.reports.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code clearsource audit}: the whole pipeline: validate, ingest, dedup, scan, the per-source
 * summaries,
 * the reports and the verdict.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Runs the audit: validates the manifest, ingests every source, finds exact and"
        + " near duplicates and evaluation-set contamination, scans every document for"
        + " licences, copyright, opt-outs and PII, prints the per-source summaries,"
        + " and writes the reports and the verdict. Stages already finished in the run directory"
        + " are skipped. With --policy, a failed verdict exits with code 1.")
final class AuditCommand extends PipelineCommand {

  @Mixin ReportOptions report;
  @Mixin DedupOptions dedup;

  private Policy policy;

  @Override
  void prepare() {
    dedup.check(spec.commandLine());
    report.check(spec.commandLine());
    policy = report.readPolicy();
  }

  @Override
  List<OutputFolders.Output> extraOutputs() {
    return report.outputs();
  }

  @Override
  int run(AuditPipeline pipeline, Manifest manifest, RunLayout layout, PrintWriter out,
      Console console) {
    StageStats ingest = pipeline.ingest(manifest, layout, options.ingestSettings(),
        console::progress);
    StageStats duplicates = pipeline.dedup(manifest, layout, dedup.settings(),
        console::progress);
    StageStats scan = pipeline.scan(manifest, layout, console::progress);
    out.println("Audit of " + TerminalText.value(manifest.dataset().name()) + " "
        + TerminalText.value(manifest.dataset().version()));
    out.println();
    out.println("Contents");
    out.print(IngestSummary.format(manifest, ingest));
    out.println();
    out.println("Duplicates");
    out.print(DuplicateSummary.format(manifest, duplicates, pipeline.overlap(layout)));
    out.println();
    out.println("Rights");
    out.print(RightsSummary.format(manifest, scan));
    out.println();
    ReportResult result = pipeline.report(manifest, layout, report.settings(policy),
        console::progress);
    out.println("Run directory: " + TerminalText.value(layout.root()));
    return ReportCommand.printVerdict(result, layout, report.gates(), out);
  }
}
