package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clearsource.cluster.standalone.LocalCluster;
import org.clearsource.cluster.standalone.StopResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clearsource cluster stop}: ends the processes {@code cluster start} launched. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description = "Stops the cluster started from DIR: its workers (and the executors under"
        + " them), then its master, by the PIDs recorded in DIR/cluster.json. A PID that now"
        + " belongs to another program is left alone. Logs stay in DIR/logs.",
    footer = {"", "Exit codes: 0 stopped (or nothing was running), 4 a process could not be"
        + " killed."})
final class ClusterStopCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ClusterDirectory directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<LocalCluster> cluster = LocalCluster.find(directory.dir);
    if (cluster.isEmpty()) {
      out.println("No cluster recorded in " + directory.dir.toAbsolutePath().normalize()
          + " (no cluster.json): nothing to stop.");
      return ExitCodes.OK;
    }
    StopResult result = cluster.get().stop(LocalCluster.DEFAULT_STOP_GRACE);
    for (StopResult.Stopped process : result.processes()) {
      out.printf("%-20s pid %-8d %s%n", process.role(), process.pid(),
          process.outcome().description());
    }
    return result.complete() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
  }
}
