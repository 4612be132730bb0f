package org.clearsource.cluster.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@link LocalCluster#start} starts: one master and {@code workers} workers on 127.0.0.1.
 * Build one with {@link #builder(Path)}, which documents every default.
 *
 * @param directory where cluster.json, the logs, the workers' work folders and the (empty) Spark
 *     home go
 * @param workers number of worker JVMs
 * @param coresPerWorker cores each worker offers to applications
 * @param memoryPerWorker memory each worker offers to executors, as Spark writes it ({@code 1g})
 * @param masterPort the master's RPC port; 0 picks a free one
 * @param webUiPort the master's web UI port (also its JSON status); 0 picks a free one
 * @param classpath classpath of the master and workers, and of every executor they start: it must
 *     hold Spark and, for executors, the job's classes
 * @param daemonHeap maximum heap of the master and of each worker JVM ({@code -Xmx})
 * @param startTimeout how long {@link LocalCluster#start} waits for every worker to register
 */
public record ClusterSpec(
    Path directory,
    int workers,
    int coresPerWorker,
    String memoryPerWorker,
    int masterPort,
    int webUiPort,
    String classpath,
    String daemonHeap,
    Duration startTimeout) {

  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[mMgGtT]");

  public ClusterSpec {
    Objects.requireNonNull(directory, "Cannot start a cluster without a directory for its files");
    directory = directory.toAbsolutePath().normalize();
    if (workers < 1) {
      throw new IllegalArgumentException(
          "Cannot start a cluster with " + workers + " workers: ask for 1 or more");
    }
    if (coresPerWorker < 1) {
      throw new IllegalArgumentException(
          "Cannot give each worker " + coresPerWorker + " cores: ask for 1 or more");
    }
    requireMemory(memoryPerWorker, "give each worker");
    requireMemory(daemonHeap, "give the master and workers a heap of");
    requirePort(masterPort, "master");
    requirePort(webUiPort, "web UI");
    if (masterPort != 0 && masterPort == webUiPort) {
      throw new IllegalArgumentException(
          "Cannot run the master and its web UI on the same port " + masterPort);
    }
    if (classpath == null || classpath.isBlank()) {
      throw new IllegalArgumentException(
          "Cannot start Spark daemons without a classpath: run from a JVM whose classpath holds"
              + " Spark, or set one");
    }
    Objects.requireNonNull(startTimeout, "Cannot start a cluster without a start timeout");
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException(
          "Cannot wait " + startTimeout.toSeconds() + " s for the workers: give a positive time");
    }
  }

  private static void requireMemory(String memory, String what) {
    if (memory == null || !MEMORY.matcher(memory).matches()) {
      throw new IllegalArgumentException(
          "Cannot " + what + " '" + memory + "': write a whole number of megabytes or gigabytes,"
              + " e.g. 512m or 2g");
    }
  }

  private static void requirePort(int port, String what) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "Cannot use port " + port + " for the " + what + ": use 1-65535, or 0 for a free port");
    }
  }

  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  /** Builds a {@link ClusterSpec}; every setter documents its default. */
  public static final class Builder {
    private final Path directory;
    private int workers = 2;
    private int coresPerWorker = 1;
    private String memoryPerWorker = "1g";
    private int masterPort = 0;
    private int webUiPort = 0;
    private String classpath = System.getProperty("java.class.path");
    private String daemonHeap = "512m";
    private Duration startTimeout = Duration.ofSeconds(60);

    private Builder(Path directory) {
      this.directory = directory;
    }

    /** Number of workers; default 2. */
    public Builder workers(int count) {
      this.workers = count;
      return this;
    }

    /** Cores each worker offers; default 1. */
    public Builder coresPerWorker(int cores) {
      this.coresPerWorker = cores;
      return this;
    }

    /**
     * Memory each worker offers to executors; default {@code 1g}, which fits one executor of
     * Spark's default {@code spark.executor.memory}.
     */
    public Builder memoryPerWorker(String memory) {
      this.memoryPerWorker = memory;
      return this;
    }

    /** The master's RPC port; default 0, a free port. */
    public Builder masterPort(int port) {
      this.masterPort = port;
      return this;
    }

    /** The master's web UI port; default 0, a free port. */
    public Builder webUiPort(int port) {
      this.webUiPort = port;
      return this;
    }

    /** Classpath of the daemons and executors; default this JVM's {@code java.class.path}. */
    public Builder classpath(String value) {
      this.classpath = value;
      return this;
    }

    /** Heap of the master and each worker; default {@code 512m} (they use about 220 MB). */
    public Builder daemonHeap(String heap) {
      this.daemonHeap = heap;
      return this;
    }

    /** How long to wait for every worker to register; default 60 s. */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    public ClusterSpec build() {
      return new ClusterSpec(directory, workers, coresPerWorker, memoryPerWorker, masterPort,
          webUiPort, classpath, daemonHeap, startTimeout);
    }
  }
}
