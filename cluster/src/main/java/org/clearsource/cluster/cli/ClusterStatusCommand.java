package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clearsource.cluster.standalone.ClusterStatus;
import org.clearsource.cluster.standalone.LocalCluster;
import org.clearsource.cluster.standalone.MasterReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clearsource cluster status}: the master URL, the workers alive, the PIDs. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows the cluster started from DIR: master URL, workers alive, running"
        + " applications, and each process with its PID and log.",
    footer = {"", "Exit codes: 0 every process runs and every worker is registered, 3 no cluster"
        + " is recorded in DIR, 4 the cluster is degraded (a process exited or the master does"
        + " not answer)."})
final class ClusterStatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ClusterDirectory directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<LocalCluster> cluster = LocalCluster.find(directory.dir);
    if (cluster.isEmpty()) {
      out.println("No cluster recorded in " + directory.dir.toAbsolutePath().normalize()
          + " (no cluster.json). Start one with `clearsource cluster start --dir "
          + directory.dir + "`.");
      return ExitCodes.INPUT_ERROR;
    }
    ClusterStatus status = cluster.get().status();
    out.println("Master URL:     " + status.state().masterUrl());
    out.println("Web UI:         " + status.state().webUiUrl());
    MasterReport master = status.master();
    if (master == null) {
      out.println("Master:         not answering (" + status.masterProblem() + ")");
    } else {
      out.printf("Workers alive:  %d of %d (%d cores, %d in use)%n", master.aliveWorkers(),
          status.state().workers().size(), master.cores(), master.coresUsed());
      out.println("Applications:   " + (master.activeApps().isEmpty() ? "none running"
          : String.join(", ", master.activeApps().stream()
              .map(app -> app.name() + " (" + app.id() + ", " + app.cores() + " cores)")
              .toList())));
    }
    out.println("Started:        " + status.state().startedAt());
    for (ClusterStatus.ProcessStatus process : status.processes()) {
      out.printf("  %-10s pid %-8d %-8s %s%n", process.process().role(), process.process().pid(),
          process.running() ? "running" : "exited", process.process().log());
    }
    return status.healthy() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
  }
}
