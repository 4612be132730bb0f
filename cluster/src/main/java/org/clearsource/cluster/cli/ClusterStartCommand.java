package org.clearsource.cluster.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.clearsource.cluster.standalone.ClusterSpec;
import org.clearsource.cluster.standalone.LocalCluster;
import org.clearsource.core.ClearsourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clearsource cluster start}: starts the master and the workers, prints the master URL. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Starts a standalone Spark master and workers on 127.0.0.1 and returns once every"
        + " worker is registered. Prints the master URL (the only line on stdout) to pass as"
        + " --master.",
    footer = {"", "Exit codes: 0 started, 2 bad option, 3 a cluster already runs from DIR,"
        + " 4 the cluster did not come up (the message names the log to read)."})
final class ClusterStartCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ClusterDirectory directory;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
      description = "Number of worker JVMs (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--cores-per-worker", paramLabel = "C", defaultValue = "1",
      description = "Cores each worker offers to executors (default: ${DEFAULT-VALUE}).")
  int coresPerWorker;

  @Option(names = "--memory-per-worker", paramLabel = "MEM", defaultValue = "1g",
      description = "Memory each worker offers to executors, e.g. 2g or 1536m; it must hold"
          + " spark.executor.memory (1g unless set). Default: ${DEFAULT-VALUE}.")
  String memoryPerWorker;

  @Option(names = "--master-port", paramLabel = "PORT", defaultValue = "0",
      description = "The master's port; 0 (the default) picks a free one.")
  int masterPort;

  @Option(names = "--web-ui-port", paramLabel = "PORT", defaultValue = "0",
      description = "The master's web UI port; 0 (the default) picks a free one.")
  int webUiPort;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long to wait for every worker to register (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() {
    ClusterSpec clusterSpec;
    try {
      clusterSpec = ClusterSpec.builder(directory.dir)
          .workers(workers)
          .coresPerWorker(coresPerWorker)
          .memoryPerWorker(memoryPerWorker)
          .masterPort(masterPort)
          .webUiPort(webUiPort)
          .startTimeout(Duration.ofSeconds(timeoutSeconds))
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Console console = new Console(spec.commandLine().getErr());
    if (LocalCluster.find(clusterSpec.directory()).filter(LocalCluster::isRunning).isPresent()) {
      spec.commandLine().getErr().println("clearsource: a cluster started from "
          + clusterSpec.directory() + " still runs. Stop it with `clearsource cluster stop --dir "
          + clusterSpec.directory() + "`, or pick another --dir.");
      return ExitCodes.INPUT_ERROR;
    }
    LocalCluster cluster;
    try {
      cluster = LocalCluster.start(clusterSpec, message -> console.progress("cluster", message));
    } catch (ClearsourceException e) {
      spec.commandLine().getErr().println("clearsource: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
    spec.commandLine().getOut().println(cluster.masterUrl());
    console.progress("cluster", "ready. Submit with: bin/clearsource submit --master "
        + cluster.masterUrl() + " -- audit MANIFEST --out DIR");
    console.progress("cluster", "stop with: bin/clearsource cluster stop --dir "
        + clusterSpec.directory());
    return ExitCodes.OK;
  }
}
