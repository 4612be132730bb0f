package org.clearsource.cluster.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --dir} option of the cluster commands: where a cluster's files and record live. */
final class ClusterDirectory {

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      defaultValue = "${sys:user.home}/.clearsource/cluster",
      description = "The cluster's directory: cluster.json (its master URL and PIDs), logs/,"
          + " work/ (executor logs). Default: ${DEFAULT-VALUE}.")
  Path dir;
}
