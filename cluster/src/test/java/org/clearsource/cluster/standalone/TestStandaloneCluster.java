package org.clearsource.cluster.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clearsource.cluster.cli.ExitCodes;
import org.clearsource.cluster.cli.Main;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clearsource on a real standalone Spark cluster: a master and two workers (one core, 1 GiB each)
 * as separate JVMs on this machine, and each driver a separate JVM too. The findings must be those
 * of a local-mode run of the same corpus, also when a worker dies in the middle of a stage.
 *
 * <p>Everything waits with a deadline: a cluster or driver that does not come up or finish fails
 * the test with the tails of the master, worker, executor and driver logs, and is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestStandaloneCluster {

  static final Path DEMO =
      Path.of("..", "examples", "demo", "manifest.yaml").toAbsolutePath().normalize();

  /**
   * The longest a driver may run. The runs take about a minute on an idle 2-core machine, and up
   * to four times that on one shared with other builds.
   */
  static final Duration DRIVER_TIMEOUT = Duration.ofMinutes(5);

  /** The ingest stage's progress line printed just before its read stage starts. */
  static final Pattern READING =
      Pattern.compile("\\[ingest [0-9.]+s\\] reading ([0-9,]+) tasks in ([0-9,]+) partitions");

  /** Splits of the fault corpus: 2 MiB, so that its shards make many tasks in 4+ partitions. */
  static final String FAULT_SPLIT_BYTES = Integer.toString(2 << 20);

  @TempDir static Path work;

  static LocalCluster cluster;
  static Thread stopOnExit;

  @BeforeAll
  static void startCluster() {
    ClusterSpec spec = ClusterSpec.builder(work.resolve("cluster"))
        .workers(2)
        .coresPerWorker(1)
        .memoryPerWorker("1g")
        // Generous for a loaded CI machine; an idle one is ready in about 10 s.
        .startTimeout(Duration.ofSeconds(120))
        .build();
    cluster = LocalCluster.start(spec, message -> System.err.println("[test cluster] " + message));
    // Should the test JVM be stopped early, the daemons must not outlive it.
    stopOnExit = new Thread(() -> cluster.stop(Duration.ofSeconds(5)));
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.stop(LocalCluster.DEFAULT_STOP_GRACE);
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
  }

  @Test
  @Order(1)
  @Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void demoAuditOnTheClusterFindsWhatLocalModeFinds() throws Exception {
    SparkSession spark = SharedSparkSession.get();
    Path local = work.resolve("demo-local");
    Path onCluster = work.resolve("demo-cluster");
    try (DriverJvm driver = DriverJvm.start("demo-cluster", work.resolve("drivers"),
        clusterRun("audit", DEMO.toString(), "--out", onCluster.toString(),
            "--conf", "spark.ui.enabled=false"))) {
      // The local run shares the machine with the cluster run: together they finish sooner.
      CliRun localRun =
          inProcess("audit", DEMO.toString(), "--out", local.toString(), "--master", "local[2]");
      assertThat(localRun.code()).as(localRun.err())
          .isIn(ExitCodes.OK, ExitCodes.VERDICT_FAILED);
      int code = driver.await(DRIVER_TIMEOUT, TestStandaloneCluster::diagnostics);
      // The verdict is a finding too: the same exit code as local mode.
      assertThat(code).as(() -> "the cluster run failed\n" + driver.describe() + diagnostics())
          .isEqualTo(localRun.code());
      assertThat(driver.stderr()).contains("running on " + cluster.masterUrl());
      System.err.println("[test cluster] demo audit, last progress line: " + driver.lastProgress());
    }
    for (DaemonProcess worker : cluster.state().workers()) {
      assertThat(applicationsRunBy(worker)).as(worker.role() + " ran an executor of the audit")
          .isNotEmpty();
    }

    RunComparison.Result comparison = RunComparison.compare(spark, local, onCluster);
    assertThat(comparison.compared())
        .contains("stats/ingest.json", "inventory", "documents", "quarantine", "captures");
    assertThat(comparison.differences())
        .as(() -> "findings of the cluster run differ from local mode (compared: "
            + comparison.compared() + ")")
        .isEmpty();
  }

  @Test
  @Order(2)
  @Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aWorkerLostInTheMiddleOfAStageCostsRetriesNotFindings() throws Exception {
    SparkSession spark = SharedSparkSession.get();
    assertThat(cluster.status().aliveWorkers()).as(() -> "both workers before the fault\n"
        + diagnostics()).isEqualTo(2);
    FaultCorpus corpus = FaultCorpus.write(work.resolve("fault-corpus"), 4, 6L << 20);
    Path onCluster = work.resolve("fault-cluster");
    Path local = work.resolve("fault-local");
    int driverUiPort = freePort();

    // The local run shares the machine with the cluster run; it slows the cluster's tasks down,
    // which only widens the moment to kill a worker in.
    CompletableFuture<CliRun> localRun = CompletableFuture.supplyAsync(() -> inProcess("ingest",
        corpus.manifest().toString(), "--out", local.toString(), "--master", "local[2]",
        "--split-size", FAULT_SPLIT_BYTES));
    Kill kill;
    try (DriverJvm driver = DriverJvm.start("fault-cluster", work.resolve("drivers"),
        clusterRun("ingest", corpus.manifest().toString(), "--out", onCluster.toString(),
            "--split-size", FAULT_SPLIT_BYTES, "--verbose",
            "--conf", "spark.task.maxFailures=8",
            "--conf", "spark.ui.port=" + driverUiPort,
            // The UI must be on the port asked for, not on the next free one.
            "--conf", "spark.port.maxRetries=0"))) {
      Matcher reading = driver.awaitStderrLine(READING, DRIVER_TIMEOUT);
      int partitions = Integer.parseInt(reading.group(2).replace(",", ""));
      assertThat(partitions).as("partitions of the read stage: more than the executors, so"
          + " that work is left when one is lost").isGreaterThanOrEqualTo(4);
      kill = killAWorkerMidStage(
          new DriverRestApi("http://" + LocalCluster.HOST + ":" + driverUiPort), partitions,
          driver);
      int code = driver.await(DRIVER_TIMEOUT, TestStandaloneCluster::diagnostics);
      assertThat(code).as(() -> "the cluster run did not survive losing " + kill.worker().role()
          + "\n" + driver.describe() + diagnostics()).isEqualTo(ExitCodes.OK);
      // "task 1.1": partition 1, second attempt, after the first was lost with the executor.
      assertThat(driver.stderr()).as("Spark ran the tasks lost with the worker again")
          .containsPattern("Starting task [0-9]+\\.[1-9][0-9]* in stage " + kill.stage().id()
              + "\\.");
      System.err.println("[test cluster] fault run, last progress line: " + driver.lastProgress());
    }
    System.err.println("[test cluster] killed " + kill.worker().role() + " and executor "
        + kill.executorId() + " in " + kill.stage());

    CliRun localResult = localRun.get(DRIVER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(localResult.code()).as(localResult.err()).isEqualTo(ExitCodes.OK);
    RunComparison.Result comparison = RunComparison.compare(spark, local, onCluster);
    assertThat(comparison.compared()).contains("stats/ingest.json", "documents", "quarantine");
    assertThat(comparison.differences()).as("findings after the lost worker").isEmpty();

    // And both runs found exactly what was written: no row lost, none duplicated by a retry.
    StageStats stats;
    try (var in = Files.newInputStream(onCluster.resolve("stats/ingest.json"))) {
      stats = StageStats.read(in);
    }
    assertThat(stats.count("bulk", "documents")).isEqualTo(corpus.documents());
    assertThat(stats.count("bulk", "quarantined.malformed_json")).isEqualTo(corpus.malformed());
    assertThat(stats.count("bulk", "records_seen"))
        .isEqualTo(corpus.documents() + corpus.malformed());
    Dataset<Row> documents = spark.read().parquet(onCluster.resolve("documents").toString());
    assertThat(documents.select("doc_id").distinct().count()).isEqualTo(corpus.documents());
    assertThat(documents.select("record_id").distinct().count()).isEqualTo(corpus.documents());
  }

  @Test
  @Order(3)
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void statusAndStopThroughTheCommandLine() {
    Path dir = Path.of(cluster.state().directory());
    long workersRunning = cluster.state().workers().stream()
        .filter(worker -> cluster.liveHandle(worker).isPresent()).count();
    TestClusterCommand.Result status =
        TestClusterCommand.cluster("status", "--dir", dir.toString());
    assertThat(status.out()).contains("Master URL:     " + cluster.masterUrl(),
        "Workers alive:  " + workersRunning + " of 2", "master", "pid");
    assertThat(status.code()).isEqualTo(workersRunning == 2 ? ExitCodes.OK
        : ExitCodes.INTERNAL_ERROR);

    TestClusterCommand.Result again = TestClusterCommand.cluster("start", "--dir", dir.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(again.err()).contains("still runs", "cluster stop --dir " + dir);

    List<ProcessHandle> started = new ArrayList<>();
    for (DaemonProcess daemon : cluster.state().processes()) {
      cluster.liveHandle(daemon).ifPresent(handle -> {
        started.add(handle);
        handle.descendants().forEach(started::add);
      });
    }
    assertThat(started).hasSizeGreaterThanOrEqualTo(1 + (int) workersRunning);
    TestClusterCommand.Result stop = TestClusterCommand.cluster("stop", "--dir", dir.toString());
    assertThat(stop.code()).as(stop.out() + stop.err()).isEqualTo(ExitCodes.OK);
    assertThat(stop.out()).contains("master").contains("stopped");
    assertThat(started).noneMatch(ProcessHandle::isAlive);
    assertThat(TestLocalCluster.processesOf(dir)).isEmpty();
    assertThat(dir.resolve(ClusterState.FILE)).doesNotExist();
    assertThat(TestClusterCommand.cluster("status", "--dir", dir.toString()).code())
        .isEqualTo(ExitCodes.INPUT_ERROR);
  }

  /** The worker and executor killed, and the stage they were running. */
  record Kill(DaemonProcess worker, String executorId, DriverRestApi.Stage stage) {}

  /**
   * Waits until the read stage (the active stage with {@code partitions} tasks) has run for a
   * moment with work left, then kills an executor that is running one of its tasks and that
   * executor's worker, as a machine that fails does.
   */
  private static Kill killAWorkerMidStage(DriverRestApi driverApi, int partitions, DriverJvm driver)
      throws InterruptedException {
    long deadline = System.nanoTime() + DRIVER_TIMEOUT.toNanos();
    long firstSeenRunning = 0;
    DriverRestApi.Stage lastSeen = null;
    while (System.nanoTime() < deadline) {
      if (!driver.isAlive()) {
        throw new AssertionError("The driver exited before a worker could be killed; last stage"
            + " seen: " + lastSeen + "\n" + driver.describe());
      }
      Optional<String> application = driverApi.applicationId();
      Optional<List<DriverRestApi.Stage>> active = application.flatMap(driverApi::activeStages);
      if (active.isEmpty()) {
        Thread.sleep(100);
        continue; // no answer this time
      }
      Optional<DriverRestApi.Stage> stage = active.get().stream()
          .filter(candidate -> candidate.tasks() == partitions)
          .findFirst();
      if (stage.isPresent()) {
        lastSeen = stage.get();
        boolean workLeft = stage.get().complete() + 1 < stage.get().tasks();
        if (firstSeenRunning == 0 && stage.get().active() > 0) {
          firstSeenRunning = System.nanoTime();
        }
        // Half a second in, the tasks are reading and writing, not starting.
        if (workLeft && firstSeenRunning > 0
            && System.nanoTime() - firstSeenRunning > 500_000_000L) {
          for (DriverRestApi.Executor executor : driverApi.executors(application.get())) {
            if (executor.activeTasks() > 0) {
              Optional<Kill> kill = kill(executor.id(), stage.get());
              if (kill.isPresent()) {
                return kill.get();
              }
            }
          }
        }
      } else if (lastSeen != null) {
        throw new AssertionError("The read stage finished before a worker could be killed (last"
            + " seen: " + lastSeen + "): make the fault corpus larger");
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No stage of " + partitions + " tasks ran within "
        + DRIVER_TIMEOUT.toSeconds() + " s\n" + driver.describe() + diagnostics());
  }

  /** Kills the executor with this id and its worker; empty when no worker of ours runs it. */
  private static Optional<Kill> kill(String executorId, DriverRestApi.Stage stage)
      throws InterruptedException {
    for (DaemonProcess worker : cluster.state().workers()) {
      Optional<ProcessHandle> workerProcess = cluster.liveHandle(worker);
      if (workerProcess.isEmpty()) {
        continue;
      }
      for (ProcessHandle executor : LocalCluster.executorsOf(workerProcess.get())) {
        List<String> arguments = LocalCluster.arguments(executor);
        int index = arguments.indexOf("--executor-id");
        if (index >= 0 && index + 1 < arguments.size()
            && arguments.get(index + 1).equals(executorId)) {
          executor.destroyForcibly();
          workerProcess.get().destroyForcibly();
          for (ProcessHandle killed : List.of(executor, workerProcess.get())) {
            killed.onExit().completeOnTimeout(killed, 10, TimeUnit.SECONDS).join();
            assertThat(killed.isAlive()).as("killed " + killed.pid()).isFalse();
          }
          return Optional.of(new Kill(worker, executorId, stage));
        }
      }
    }
    return Optional.empty();
  }

  /** The CLI arguments of a driver on the test cluster, with the given command first. */
  private static List<String> clusterRun(String... command) {
    List<String> arguments = new ArrayList<>(List.of(command));
    arguments.addAll(List.of(
        "--master", cluster.masterUrl(),
        "--conf", "spark.driver.host=" + LocalCluster.HOST,
        "--conf", "spark.driver.bindAddress=" + LocalCluster.HOST,
        "--conf", "spark.cores.max=2",
        // A lost peer is noticed in a minute at most; the test's deadlines bound the rest.
        "--conf", "spark.network.timeout=60s"));
    return arguments;
  }

  record CliRun(int code, String out, String err) {}

  /** The CLI in this JVM, on the shared local session. */
  private static CliRun inProcess(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The applications a worker ran executors for (its work folder has one folder each). */
  private static List<Path> applicationsRunBy(DaemonProcess worker) throws IOException {
    Path workDir = Path.of(cluster.state().directory(), "work", worker.role());
    if (!Files.isDirectory(workDir)) {
      return List.of();
    }
    try (Stream<Path> applications = Files.list(workDir)) {
      return applications.filter(path -> path.getFileName().toString().startsWith("app-"))
          .toList();
    }
  }

  /** The tails of the master's, workers' and executors' logs. */
  static String diagnostics() {
    Path dir = Path.of(cluster.state().directory());
    StringBuilder text = new StringBuilder("Cluster logs under ").append(dir).append(':');
    try (Stream<Path> files = Stream.concat(Files.walk(dir.resolve("logs")),
        Files.walk(dir.resolve("work")))) {
      for (Path file : files.filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(".log")
              || file.getFileName().toString().equals("stderr"))
          .sorted().toList()) {
        text.append("\n--- ").append(file).append(" (last lines)\n")
            .append(String.join("\n", LogTail.lastLines(file, 25)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LocalCluster.HOST))) {
      return socket.getLocalPort();
    }
  }
}
