package org.clearsource.cluster.cli;

import java.util.concurrent.Callable;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clearsource validate}: checks a manifest without starting Spark. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks a manifest: keys, required fields, SPDX expressions, and that every"
        + " source path matches files. Starts no Spark job.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ManifestArgument manifest;

  @Override
  public Integer call() {
    java.io.PrintWriter out = spec.commandLine().getOut();
    Manifest read = manifest.read();
    out.printf("%s is valid: dataset %s %s, %d sources, %d evaluation sets%n",
        TerminalText.value(manifest.location), TerminalText.value(read.dataset().name()),
        TerminalText.value(read.dataset().version()), read.sources().size(),
        read.evaluationSets().size());
    for (Source source : read.sources()) {
      out.printf("  %-20s %-12s %-7s %s%n", source.id(), source.osaidClass().id(),
          source.format().id(), TerminalText.value(String.join(", ", source.paths())));
    }
    return ExitCodes.OK;
  }
}
