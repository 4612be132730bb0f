package org.clearsource.cluster.standalone;

import java.util.List;

/**
 * What {@link LocalCluster#stop} did to each process it had recorded, and to the executors it
 * found running under its workers.
 *
 * @param processes one entry per process, in the order they were handled
 */
public record StopResult(List<Stopped> processes) {

  public StopResult {
    processes = List.copyOf(processes);
  }

  /** What happened to one process. */
  public enum Outcome {
    /** It exited when asked to (SIGTERM). */
    STOPPED("stopped"),
    /** It did not exit in time and was killed (SIGKILL). */
    KILLED("killed"),
    /** It had already exited. */
    ALREADY_GONE("had already exited"),
    /** Its PID now belongs to another program, which was left alone. */
    PID_REUSED("had exited; its PID now belongs to another program, left alone"),
    /** It survived SIGKILL (the operating system refused): it still runs. */
    STILL_RUNNING("still runs: it could not be killed");

    private final String description;

    Outcome(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /**
   * @param role {@code master}, {@code worker-N} or {@code executor of worker-N}
   * @param pid its process id
   * @param outcome what happened to it
   */
  public record Stopped(String role, long pid, Outcome outcome) {}

  /** True when none of the processes still runs. */
  public boolean complete() {
    return processes.stream().noneMatch(stopped -> stopped.outcome() == Outcome.STILL_RUNNING);
  }
}
