package org.clearsource.cluster.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.clearsource.core.ClearsourceException;

/**
 * A standalone Spark cluster on this machine: one master and N workers, each a separate JVM on
 * 127.0.0.1, run from a classpath that holds Spark (no Spark distribution needed). The workers
 * start executors with the same classpath, so that a driver run from the project's classpath finds
 * its classes on the executors.
 *
 * <p>{@link #start} returns once the master reports every worker alive and records the cluster in
 * {@code <directory>/cluster.json}; {@link #find} reads it back, in this JVM or a later one, to
 * check ({@link #status}) or {@link #stop} it. Stop ends exactly the processes start launched (and
 * the executors running under those workers), found by PID and recognised by their command line
 * and start time, so a PID reused by another program is left alone.
 *
 * <p>Layout of the directory: {@code cluster.json}; {@code logs/master.log},
 * {@code logs/worker-N.log}; {@code work/worker-N/<app>/<executor>/stderr} (the executors' logs);
 * {@code conf/log4j2.properties} (the daemons' log settings); {@code spark-home/jars/} (empty: the
 * workers require a Spark home with a jars folder).
 */
public final class LocalCluster implements AutoCloseable {

  static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
  static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
  static final String EXECUTOR_CLASS = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

  /** Set on every daemon JVM: how stop tells the processes of this cluster from any other. */
  static final String DIRECTORY_PROPERTY = "clearsource.cluster.dir";

  /** The only address the cluster listens on. */
  public static final String HOST = "127.0.0.1";

  /** How long {@link #close} lets the daemons exit before killing them. */
  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(15);

  /** Spark's launcher looks for build folders of a Scala version unless told which one it is. */
  private static final String SCALA_VERSION = "2.13";

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);
  private static final int TAIL_LINES = 15;

  private final ClusterState state;

  private LocalCluster(ClusterState state) {
    this.state = state;
  }

  /**
   * Starts the master and the workers and waits until every worker is registered. On failure or
   * timeout, kills what it started and throws an exception that names the log to read.
   *
   * @param progress receives one line per step (master up, workers registered)
   * @throws ClearsourceException when a cluster recorded in the directory still runs, a given port
   *     is taken, a daemon exits, or the workers do not register within the start timeout
   */
  public static LocalCluster start(ClusterSpec spec, Consumer<String> progress) {
    Path directory = spec.directory();
    find(directory).filter(LocalCluster::isRunning).ifPresent(running -> {
      throw new ClearsourceException("Cannot start a cluster in " + directory
          + ": the cluster started there before still runs (master " + running.masterUrl()
          + "). Fix: stop it with `clearsource cluster stop --dir " + directory
          + "`, or pick another --dir");
    });
    prepare(directory);
    int masterPort = port(spec.masterPort(), "master", "--master-port");
    int webUiPort = port(spec.webUiPort(), "master web UI", "--web-ui-port");
    while (webUiPort == masterPort) {
      // Two free ports picked one after the other can coincide: pick the free one again.
      if (spec.webUiPort() == 0) {
        webUiPort = port(0, "master web UI", "--web-ui-port");
      } else {
        masterPort = port(0, "master", "--master-port");
      }
    }
    String masterUrl = "spark://" + HOST + ":" + masterPort;
    String webUiUrl = "http://" + HOST + ":" + webUiPort;
    long deadline = System.nanoTime() + spec.startTimeout().toNanos();
    List<Launched> launched = new CopyOnWriteArrayList<>();
    // Interrupted (Ctrl-C, SIGTERM) while starting: leave nothing behind.
    Thread abort = new Thread(() -> killAll(launched), "clearsource-cluster-abort");
    Runtime.getRuntime().addShutdownHook(abort);
    try {
      Launched master = launch(spec, "master", MASTER_CLASS,
          // A taken port must fail the master, not move it to the next port behind our back.
          List.of("-Dspark.port.maxRetries=0"),
          List.of("--host", HOST, "--port", Integer.toString(masterPort),
              "--webui-port", Integer.toString(webUiPort)));
      launched.add(master);
      // Workers that find no master back off for up to 20 s before retrying: wait for it first.
      awaitListening(spec, master, masterPort, deadline);
      progress.accept("master up at " + masterUrl + " (web UI " + webUiUrl + ")");
      List<DaemonProcess> workers = new ArrayList<>();
      for (int i = 1; i <= spec.workers(); i++) {
        String role = "worker-" + i;
        Launched worker = launch(spec, role, WORKER_CLASS, List.of(),
            List.of("--host", HOST, "--cores", Integer.toString(spec.coresPerWorker()),
                "--memory", spec.memoryPerWorker(), "--webui-port", "0",
                "--work-dir", directory.resolve("work").resolve(role).toString(), masterUrl));
        launched.add(worker);
        workers.add(worker.process());
      }
      // Recorded before the wait, so that `stop` finds the processes should this JVM die now.
      ClusterState state = new ClusterState(directory.toString(), masterUrl, webUiUrl,
          master.process(), workers, Instant.now().toString());
      state.write(directory);
      awaitWorkers(spec, launched, new MasterWebUi(webUiUrl), deadline, progress);
      return new LocalCluster(state);
    } catch (RuntimeException | Error e) {
      killAll(launched);
      try {
        deleteRecord(directory);
      } catch (ClearsourceException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(abort);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or has run: nothing to remove.
      }
    }
  }

  /** The cluster recorded in {@code <directory>/cluster.json}, running or not; empty if none. */
  public static Optional<LocalCluster> find(Path directory) {
    return ClusterState.read(directory.toAbsolutePath().normalize()).map(LocalCluster::new);
  }

  /** The cluster as recorded. */
  public ClusterState state() {
    return state;
  }

  /** What to pass as {@code --master}. */
  public String masterUrl() {
    return state.masterUrl();
  }

  /** Checks which recorded processes still run and asks the master for its report. */
  public ClusterStatus status() {
    List<ClusterStatus.ProcessStatus> processes = new ArrayList<>();
    for (DaemonProcess daemon : state.processes()) {
      processes.add(new ClusterStatus.ProcessStatus(daemon, liveHandle(daemon).isPresent()));
    }
    try {
      return new ClusterStatus(state, processes, new MasterWebUi(state.webUiUrl()).fetch(), null);
    } catch (IOException e) {
      return new ClusterStatus(state, processes, null, e.getMessage());
    }
  }

  /**
   * Stops the workers (and the executors running under them), then the master: asks each to exit,
   * waits up to {@code grace}, then kills what is left. Removes cluster.json when nothing of the
   * cluster runs any more; the logs stay.
   */
  public StopResult stop(Duration grace) {
    List<StopResult.Stopped> outcomes = new ArrayList<>();
    Map<DaemonProcess, ProcessHandle> workers = new LinkedHashMap<>();
    for (DaemonProcess worker : state.workers()) {
      classify(worker, outcomes).ifPresent(handle -> workers.put(worker, handle));
    }
    // Executors are the workers' children: list them while their parents still run.
    Map<ProcessHandle, String> executors = new LinkedHashMap<>();
    workers.forEach((worker, handle) -> executorsOf(handle)
        .forEach(executor -> executors.put(executor, "executor of " + worker.role())));
    terminate(workers, grace, outcomes);
    executors.forEach((executor, role) -> {
      if (executor.isAlive()) {
        executor.destroyForcibly();
        outcomes.add(new StopResult.Stopped(role, executor.pid(),
            awaitExit(executor, KILL_WAIT) ? StopResult.Outcome.KILLED
                : StopResult.Outcome.STILL_RUNNING));
      }
    });
    Map<DaemonProcess, ProcessHandle> master = new LinkedHashMap<>();
    classify(state.master(), outcomes).ifPresent(handle -> master.put(state.master(), handle));
    terminate(master, grace, outcomes);
    StopResult result = new StopResult(outcomes);
    if (result.complete()) {
      deleteRecord(Path.of(state.directory()));
    }
    return result;
  }

  /** Stops the cluster, giving its processes {@link #DEFAULT_STOP_GRACE} to exit. */
  @Override
  public void close() {
    stop(DEFAULT_STOP_GRACE);
  }

  /** The running process of a recorded daemon; empty when it exited (or its PID was reused). */
  Optional<ProcessHandle> liveHandle(DaemonProcess daemon) {
    return ProcessHandle.of(daemon.pid()).filter(ProcessHandle::isAlive)
        .filter(handle -> isSameProcess(handle, daemon));
  }

  /** The executor JVMs running under a worker. */
  static List<ProcessHandle> executorsOf(ProcessHandle worker) {
    return worker.descendants().filter(process -> runs(process, EXECUTOR_CLASS)).toList();
  }

  /** True when any process of the cluster still runs. */
  public boolean isRunning() {
    return state.processes().stream().anyMatch(daemon -> liveHandle(daemon).isPresent());
  }

  /**
   * The same program as recorded: its command line names the recorded main class and this
   * cluster's directory, and it started when the recorded one did (PIDs are reused).
   */
  private boolean isSameProcess(ProcessHandle handle, DaemonProcess daemon) {
    ProcessHandle.Info info = handle.info();
    List<String> arguments = arguments(handle);
    boolean sameProgram = arguments.contains(daemon.mainClass())
        && arguments.contains("-D" + DIRECTORY_PROPERTY + "=" + state.directory());
    boolean sameStart = daemon.startedAtMillis() < 0 || info.startInstant()
        .map(started -> Math.abs(started.toEpochMilli() - daemon.startedAtMillis()) < 1000)
        .orElse(true);
    return sameProgram && sameStart;
  }

  private static boolean runs(ProcessHandle process, String mainClass) {
    return arguments(process).contains(mainClass);
  }

  /**
   * A process's arguments. On Linux, ProcessHandle.Info reads only the first 4 KiB of a command
   * line and gives no arguments at all when it is longer, as any with a Spark classpath is: there
   * /proc is read directly.
   */
  static List<String> arguments(ProcessHandle process) {
    Path commandLine = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    if (Files.isReadable(commandLine)) {
      try {
        String[] parts = new String(Files.readAllBytes(commandLine), StandardCharsets.UTF_8)
            .split("\0");
        return parts.length <= 1 ? List.of() : List.of(parts).subList(1, parts.length);
      } catch (IOException exited) {
        return List.of();
      }
    }
    return process.info().arguments().map(List::of).orElse(List.of());
  }

  private Optional<ProcessHandle> classify(
      DaemonProcess daemon, List<StopResult.Stopped> outcomes) {
    Optional<ProcessHandle> handle = ProcessHandle.of(daemon.pid()).filter(ProcessHandle::isAlive);
    if (handle.isEmpty()) {
      outcomes.add(new StopResult.Stopped(daemon.role(), daemon.pid(),
          StopResult.Outcome.ALREADY_GONE));
      return Optional.empty();
    }
    if (!isSameProcess(handle.get(), daemon)) {
      outcomes.add(new StopResult.Stopped(daemon.role(), daemon.pid(),
          StopResult.Outcome.PID_REUSED));
      return Optional.empty();
    }
    return handle;
  }

  /** SIGTERM to all, one shared grace period, then SIGKILL to whatever is left. */
  private static void terminate(
      Map<DaemonProcess, ProcessHandle> processes, Duration grace,
      List<StopResult.Stopped> outcomes) {
    processes.values().forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    processes.forEach((daemon, handle) -> {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      StopResult.Outcome outcome = StopResult.Outcome.STOPPED;
      if (!awaitExit(handle, left)) {
        handle.destroyForcibly();
        outcome = awaitExit(handle, KILL_WAIT) ? StopResult.Outcome.KILLED
            : StopResult.Outcome.STILL_RUNNING;
      }
      outcomes.add(new StopResult.Stopped(daemon.role(), daemon.pid(), outcome));
    });
  }

  private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    }
  }

  /** Kills what a failed start launched, executors included, and waits for them to go. */
  private static void killAll(List<Launched> launched) {
    for (Launched daemon : launched) {
      daemon.os().descendants().forEach(ProcessHandle::destroyForcibly);
      daemon.os().destroyForcibly();
    }
    for (Launched daemon : launched) {
      awaitExit(daemon.os().toHandle(), KILL_WAIT);
    }
  }

  private record Launched(DaemonProcess process, Process os) {}

  private static Launched launch(
      ClusterSpec spec, String role, String mainClass, List<String> jvmOptions,
      List<String> arguments) {
    Path directory = spec.directory();
    Path log = directory.resolve("logs").resolve(role + ".log");
    List<String> command = new ArrayList<>();
    command.add(SparkJvm.javaExecutable());
    command.add("-Xmx" + spec.daemonHeap());
    command.addAll(SparkJvm.FLAGS);
    command.add("-D" + DIRECTORY_PROPERTY + "=" + directory);
    command.add("-Dlog4j2.configurationFile=" + directory.resolve("conf/log4j2.properties"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(spec.classpath());
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    Map<String, String> environment = builder.environment();
    // A user's SPARK_HOME, SPARK_CONF_DIR or SPARK_WORKER_* would change what runs.
    environment.keySet().removeIf(name -> name.startsWith("SPARK_"));
    environment.put("SPARK_HOME", directory.resolve("spark-home").toString());
    environment.put("SPARK_SCALA_VERSION", SCALA_VERSION);
    // Executors get the Spark home's jars (none) plus this: the whole classpath.
    environment.put("SPARK_DIST_CLASSPATH", spec.classpath());
    environment.put("SPARK_LOCAL_IP", HOST);
    // Executors run the worker's JAVA_HOME: make it this Java, not whatever the shell had.
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      long startedAt = process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
      return new Launched(
          new DaemonProcess(role, mainClass, process.pid(), startedAt, log.toString()), process);
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot start the " + role + " JVM (" + SparkJvm.javaExecutable() + "): "
              + e.getMessage(), e);
    }
  }

  private static void awaitListening(ClusterSpec spec, Launched master, int port, long deadline) {
    while (true) {
      requireRunning(spec, master);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 500);
        return;
      } catch (IOException notYet) {
        // The master is still starting.
      }
      if (System.nanoTime() > deadline) {
        throw new ClearsourceException("Cannot start the standalone cluster in "
            + spec.directory() + ": the master does not listen on port " + port + " after "
            + spec.startTimeout().toSeconds() + " s. Read " + master.process().log()
            + tail(master.process()));
      }
      pause();
    }
  }

  private static void awaitWorkers(
      ClusterSpec spec, List<Launched> launched, MasterWebUi webUi, long deadline,
      Consumer<String> progress) {
    int reported = -1;
    String problem = "it has not answered yet";
    while (true) {
      launched.forEach(daemon -> requireRunning(spec, daemon));
      try {
        MasterReport report = webUi.fetch();
        problem = null;
        if (report.aliveWorkers() != reported) {
          reported = report.aliveWorkers();
          progress.accept(reported + " of " + spec.workers() + " workers registered");
        }
        if (reported >= spec.workers()) {
          return;
        }
      } catch (IOException e) {
        problem = e.getMessage();
      }
      if (System.nanoTime() > deadline) {
        StringBuilder message = new StringBuilder("Cannot start the standalone cluster in "
            + spec.directory() + ": after " + spec.startTimeout().toSeconds() + " s ");
        if (problem != null) {
          message.append("the master's status page ").append(webUi)
              .append(" does not answer (").append(problem).append("). Read ")
              .append(launched.get(0).process().log()).append(tail(launched.get(0).process()));
        } else {
          message.append("the master reports ").append(Math.max(0, reported)).append(" of ")
              .append(spec.workers()).append(" workers alive. Read the worker logs");
          launched.stream().skip(1).forEach(worker -> message.append("\n")
              .append(worker.process().log()).append(tail(worker.process())));
        }
        throw new ClearsourceException(message.toString());
      }
      pause();
    }
  }

  private static void requireRunning(ClusterSpec spec, Launched daemon) {
    if (!daemon.os().isAlive()) {
      throw new ClearsourceException("Cannot start the standalone cluster in " + spec.directory()
          + ": the " + daemon.process().role() + " JVM exited with code "
          + daemon.os().exitValue() + " while starting. Read " + daemon.process().log()
          + tail(daemon.process()));
    }
  }

  private static String tail(DaemonProcess daemon) {
    List<String> lines = LogTail.lastLines(Path.of(daemon.log()), TAIL_LINES);
    return lines.isEmpty() ? " (empty)" : "; its last lines:\n    " + String.join("\n    ", lines);
  }

  private static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClearsourceException("Interrupted while starting the standalone cluster", e);
    }
  }

  /** The given port after checking that it is free, or a free one when 0. */
  private static int port(int requested, String what, String option) {
    try (ServerSocket socket = new ServerSocket(requested, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new ClearsourceException("Cannot run the " + what + " on port " + requested
          + " of " + HOST + ": " + e.getMessage() + ". Fix: pick another with " + option
          + ", or 0 for a free one");
    }
  }

  private static void deleteRecord(Path directory) {
    Path record = directory.resolve(ClusterState.FILE);
    try {
      Files.deleteIfExists(record);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot delete " + record + " of a cluster that no longer"
          + " runs: " + e.getMessage() + ". Fix: delete it by hand", e);
    }
  }

  private static void prepare(Path directory) {
    try {
      Files.createDirectories(directory.resolve("logs"));
      Files.createDirectories(directory.resolve("work"));
      Files.createDirectories(directory.resolve("spark-home").resolve("jars"));
      Files.createDirectories(directory.resolve("conf"));
      Files.writeString(directory.resolve("conf/log4j2.properties"), DAEMON_LOG_CONFIG,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot prepare the cluster directory " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Spark's INFO lines (registrations, lost workers) are what one reads a daemon log for. */
  private static final String DAEMON_LOG_CONFIG = """
      # Written by `clearsource cluster start`: the master's and workers' logs.
      rootLogger.level = info
      rootLogger.appenderRef.stderr.ref = stderr
      appender.stderr.type = Console
      appender.stderr.name = stderr
      appender.stderr.target = SYSTEM_ERR
      appender.stderr.layout.type = PatternLayout
      appender.stderr.layout.pattern = %d{yyyy-MM-dd HH:mm:ss.SSS} %p %c{1}: %m%n
      logger.jetty.name = org.sparkproject.jetty
      logger.jetty.level = warn
      """;
}
