package org.clearsource.cluster.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clearsource.core.ClearsourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Process management of the local cluster, without a working Spark cluster. */
class TestLocalCluster {

  @Test
  void specRejectsWhatCannotRunAndSaysWhatWouldDo(@TempDir Path dir) {
    assertThatThrownBy(() -> ClusterSpec.builder(dir).workers(0).build())
        .hasMessageContaining("Cannot start a cluster with 0 workers");
    assertThatThrownBy(() -> ClusterSpec.builder(dir).memoryPerWorker("1.5g").build())
        .hasMessageContaining("'1.5g'").hasMessageContaining("e.g. 512m or 2g");
    assertThatThrownBy(() -> ClusterSpec.builder(dir).masterPort(70000).build())
        .hasMessageContaining("port 70000").hasMessageContaining("0 for a free port");
    assertThatThrownBy(() -> ClusterSpec.builder(dir).masterPort(7077).webUiPort(7077).build())
        .hasMessageContaining("same port 7077");
    assertThatThrownBy(() -> ClusterSpec.builder(dir).classpath(" ").build())
        .hasMessageContaining("without a classpath");

    ClusterSpec defaults = ClusterSpec.builder(dir.resolve("x/../y")).build();
    assertThat(defaults.directory()).isEqualTo(dir.resolve("y"));
    assertThat(defaults.workers()).isEqualTo(2);
    assertThat(defaults.coresPerWorker()).isEqualTo(1);
    assertThat(defaults.memoryPerWorker()).isEqualTo("1g");
    assertThat(defaults.classpath()).isEqualTo(System.getProperty("java.class.path"));
    assertThat(defaults.startTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void clusterJsonRoundTrips(@TempDir Path dir) {
    ClusterState state = new ClusterState(dir.toString(), "spark://127.0.0.1:7077",
        "http://127.0.0.1:8080",
        new DaemonProcess("master", LocalCluster.MASTER_CLASS, 11, 1000, "m.log"),
        List.of(new DaemonProcess("worker-1", LocalCluster.WORKER_CLASS, 12, 2000, "w.log")),
        "2026-01-01T00:00:00Z");
    state.write(dir);
    assertThat(ClusterState.read(dir)).contains(state);
    assertThat(state.processes()).extracting(DaemonProcess::role)
        .containsExactly("worker-1", "master");
    assertThat(ClusterState.read(dir.resolve("nothing-here"))).isEmpty();
  }

  @Test
  void stopLeavesAloneAProcessThatMerelyHasARecordedPid(@TempDir Path dir) throws Exception {
    Process bystander = new ProcessBuilder("sleep", "120").start();
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor(10, TimeUnit.SECONDS);
    try {
      // As if the master had exited and the OS had given its PID to an unrelated program.
      new ClusterState(dir.toString(), "spark://127.0.0.1:7077", "http://127.0.0.1:1",
          new DaemonProcess("master", LocalCluster.MASTER_CLASS, bystander.pid(),
              bystander.info().startInstant().orElseThrow().toEpochMilli(), "m.log"),
          List.of(new DaemonProcess("worker-1", LocalCluster.WORKER_CLASS, exited.pid(), -1,
              "w.log")),
          "2026-01-01T00:00:00Z").write(dir);
      LocalCluster cluster = LocalCluster.find(dir).orElseThrow();

      ClusterStatus status = cluster.status();
      assertThat(status.processes()).noneMatch(ClusterStatus.ProcessStatus::running);
      assertThat(status.master()).isNull();
      assertThat(status.healthy()).isFalse();
      assertThat(cluster.isRunning()).isFalse();

      StopResult result = cluster.stop(Duration.ofSeconds(5));
      assertThat(result.processes()).containsExactly(
          new StopResult.Stopped("worker-1", exited.pid(), StopResult.Outcome.ALREADY_GONE),
          new StopResult.Stopped("master", bystander.pid(), StopResult.Outcome.PID_REUSED));
      assertThat(bystander.isAlive()).as("a program that only shares a recorded PID").isTrue();
      assertThat(dir.resolve(ClusterState.FILE)).doesNotExist();
    } finally {
      bystander.destroyForcibly();
    }
  }

  @Test
  void startFailsFastNamingTheLogAndLeavesNothingRunning(@TempDir Path dir) {
    // A classpath without Spark: the master JVM cannot even load its main class.
    ClusterSpec spec = ClusterSpec.builder(dir).classpath(dir.toString())
        .startTimeout(Duration.ofSeconds(60)).build();
    long started = System.nanoTime();
    assertThatThrownBy(() -> LocalCluster.start(spec, message -> { }))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("the master JVM exited with code 1 while starting")
        .hasMessageContaining("Read " + dir.resolve("logs/master.log"))
        .hasMessageContaining(LocalCluster.MASTER_CLASS);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    assertThat(processesOf(dir)).isEmpty();
    assertThat(dir.resolve(ClusterState.FILE)).doesNotExist();
  }

  @Test
  void startRefusesAPortInUseBeforeLaunchingAnything(@TempDir Path dir) throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LocalCluster.HOST))) {
      ClusterSpec spec = ClusterSpec.builder(dir).masterPort(taken.getLocalPort()).build();
      assertThatThrownBy(() -> LocalCluster.start(spec, message -> { }))
          .isInstanceOf(ClearsourceException.class)
          .hasMessageContaining("port " + taken.getLocalPort())
          .hasMessageContaining("--master-port");
    }
    assertThat(processesOf(dir)).isEmpty();
  }

  @Test
  void masterReportReadsWhatAStandaloneMasterServes() throws IOException {
    MasterReport report = MasterReport.parse(MASTER_JSON);
    assertThat(report.status()).isEqualTo("ALIVE");
    assertThat(report.aliveWorkers()).isEqualTo(1);
    assertThat(report.cores()).isEqualTo(1);
    assertThat(report.coresUsed()).isEqualTo(1);
    assertThat(report.workers()).extracting(MasterReport.Worker::state)
        .containsExactly("ALIVE", "DEAD");
    assertThat(report.activeApps()).containsExactly(
        new MasterReport.Application("app-20261129000824-0000", "clearsource", 2, "RUNNING"));
    assertThatThrownBy(() -> MasterReport.parse("<html>not found</html>"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> MasterReport.parse("{\"status\": \"ALIVE\"}"))
        .hasMessageContaining("not a Spark master's JSON status");
  }

  @Test
  void logTailKeepsTheLastLinesOfLargeFiles(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("big.log");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("line ").append(i).append('\n');
    }
    Files.writeString(log, text);
    assertThat(LogTail.lastLines(log, 3)).containsExactly("line 19997", "line 19998", "line 19999");
    assertThat(LogTail.lastLines(dir.resolve("missing.log"), 3)).isEmpty();
  }

  /** Processes whose command line names this cluster directory. */
  static List<ProcessHandle> processesOf(Path dir) {
    String marker = "-D" + LocalCluster.DIRECTORY_PROPERTY + "="
        + dir.toAbsolutePath().normalize();
    return ProcessHandle.allProcesses()
        .filter(process -> LocalCluster.arguments(process).contains(marker))
        .toList();
  }

  /** Captured from a Spark 4.2 master with one worker alive, one dead and one application. */
  private static final String MASTER_JSON = """
      {
        "url" : "spark://127.0.0.1:39939",
        "workers" : [ {
          "id" : "worker-20261129000806-127.0.0.1-38099",
          "host" : "127.0.0.1", "port" : 38099, "webuiaddress" : "http://127.0.0.1:43249",
          "cores" : 1, "coresused" : 1, "coresfree" : 0,
          "memory" : 1024, "memoryused" : 768, "memoryfree" : 256,
          "resources" : { }, "resourcesused" : { }, "resourcesfree" : { },
          "state" : "ALIVE", "lastheartbeat" : 1795910890833
        }, {
          "id" : "worker-20261129000805-127.0.0.1-36231",
          "host" : "127.0.0.1", "port" : 36231, "webuiaddress" : "http://127.0.0.1:38213",
          "cores" : 1, "coresused" : 0, "coresfree" : 1,
          "memory" : 1024, "memoryused" : 0, "memoryfree" : 1024,
          "resources" : { }, "resourcesused" : { }, "resourcesfree" : { },
          "state" : "DEAD", "lastheartbeat" : 1795910891043
        } ],
        "aliveworkers" : 1,
        "cores" : 1, "coresused" : 1, "memory" : 1024, "memoryused" : 768,
        "resources" : [ { } ], "resourcesused" : [ { } ],
        "activeapps" : [ {
          "id" : "app-20261129000824-0000", "starttime" : 1795910904677, "name" : "clearsource",
          "cores" : 2, "user" : "root", "memoryperexecutor" : 768, "memoryperslave" : 768,
          "resourcesperexecutor" : [ ], "resourcesperslave" : [ ],
          "submitdate" : "Sun Nov 29 00:08:24 UTC 2026", "state" : "RUNNING", "duration" : 35107
        } ],
        "completedapps" : [ ], "activedrivers" : [ ], "completeddrivers" : [ ],
        "status" : "ALIVE"
      }
      """;
}
