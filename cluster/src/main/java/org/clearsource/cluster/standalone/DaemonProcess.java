package org.clearsource.cluster.standalone;

import java.util.Objects;

/**
 * One JVM a {@link LocalCluster} started, as recorded in cluster.json: enough to find it again by
 * PID and to tell it from an unrelated process that got the same PID later.
 *
 * @param role {@code master} or {@code worker-N}
 * @param mainClass the Spark class it runs
 * @param pid its process id
 * @param startedAtMillis when the operating system started it (epoch ms), or -1 when unknown
 * @param log the file its stdout and stderr go to
 */
public record DaemonProcess(
    String role, String mainClass, long pid, long startedAtMillis, String log) {

  public DaemonProcess {
    Objects.requireNonNull(role, "Cannot record a cluster process without its role");
    Objects.requireNonNull(mainClass, "Cannot record the " + role + " without its main class");
    Objects.requireNonNull(log, "Cannot record the " + role + " without its log file");
    if (pid <= 0) {
      throw new IllegalArgumentException("Cannot record the " + role + " with pid " + pid);
    }
  }
}
