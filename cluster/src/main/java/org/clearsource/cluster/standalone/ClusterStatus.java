package org.clearsource.cluster.standalone;

import java.util.List;
import java.util.Objects;

/**
 * A recorded cluster checked now: which of its processes still run, and what its master reports.
 *
 * @param state the cluster as recorded in cluster.json
 * @param processes each recorded process and whether it still runs
 * @param master the master's report, or null when it did not answer
 * @param masterProblem why the master did not answer, or null
 */
public record ClusterStatus(
    ClusterState state, List<ProcessStatus> processes, MasterReport master, String masterProblem) {

  public ClusterStatus {
    Objects.requireNonNull(state, "Cannot describe a cluster without its recorded state");
    processes = List.copyOf(processes);
  }

  /** A recorded process and whether it still runs (the same program, not a reused PID). */
  public record ProcessStatus(DaemonProcess process, boolean running) {}

  /** Workers the master reports alive; 0 when it did not answer. */
  public int aliveWorkers() {
    return master == null ? 0 : master.aliveWorkers();
  }

  /** True when every recorded process runs and every worker is registered with the master. */
  public boolean healthy() {
    return master != null
        && processes.stream().allMatch(ProcessStatus::running)
        && master.aliveWorkers() == state.workers().size();
  }
}
