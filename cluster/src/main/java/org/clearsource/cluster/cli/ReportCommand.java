package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.List;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import org.clearsource.reports.ReportResult;
import org.clearsource.reports.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code clearsource report}: the reports and the verdict of a run directory. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes the reports of a run directory from whatever stages have run: OSAID data"
        + " information (md, html, json), EU training-content summary, datasheet, Croissant,"
        + " Hugging Face card, the HTML report with charts, and the audit verdict.")
final class ReportCommand extends PipelineCommand {

  @Mixin ReportOptions report;

  private Policy policy;

  @Override
  void prepare() {
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
    return printVerdict(pipeline.report(manifest, layout, report.settings(policy),
        console::progress), layout, report.gates(), out);
  }

  /** Prints where the reports are and the verdict; the exit code when the verdict gates. */
  static int printVerdict(ReportResult result, RunLayout layout, boolean gates, PrintWriter out) {
    out.println("Reports written to " + TerminalText.value(layout.report()) + " (" + result.files().size()
        + " files; open report.html)");
    out.println(result.verdict().summary());
    return gates && !result.verdict().passed() ? ExitCodes.VERDICT_FAILED : ExitCodes.OK;
  }
}
