package org.clearsource.cluster.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.clearsource.cluster.cli.ClusterCommand;
import org.clearsource.cluster.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code clearsource cluster} as a user types it, where no cluster is needed. The commands against
 * a running cluster are exercised by {@link TestStandaloneCluster}.
 */
class TestClusterCommand {

  record Result(int code, String out, String err) {}

  static Result cluster(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ClusterCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void everySubcommandHasHelpWithItsDefaults() {
    assertThat(cluster("--help").out()).contains("start", "stop", "status", "submit");
    for (String command : List.of("start", "stop", "status")) {
      Result help = cluster(command, "--help");
      assertThat(help.code()).isEqualTo(ExitCodes.OK);
      assertThat(help.out()).contains("Usage: cluster " + command, "--dir", "Exit codes");
      assertThat(help.out().replaceAll("\\s+", ""))
          .contains(System.getProperty("user.home") + "/.clearsource/cluster");
    }
    assertThat(cluster("start", "--help").out())
        .contains("--workers", "default: 2", "--cores-per-worker", "--memory-per-worker", "1g",
            "--master-port", "--web-ui-port", "--timeout", "default: 60");
  }

  @Test
  void badOptionsAreUsageErrorsThatSayWhatWouldDo(@TempDir Path dir) {
    Result noWorkers = cluster("start", "--dir", dir.toString(), "--workers", "0");
    assertThat(noWorkers.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noWorkers.err())
        .contains("Cannot start a cluster with 0 workers: ask for 1 or more");

    Result memory = cluster("start", "--dir", dir.toString(), "--memory-per-worker", "lots");
    assertThat(memory.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(memory.err()).contains("'lots'", "512m or 2g");

    assertThat(cluster("start", "--workers", "two").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cluster().code()).isEqualTo(ExitCodes.USAGE);
    assertThat(TestLocalCluster.processesOf(dir)).isEmpty();
  }

  @Test
  void statusAndStopOfADirectoryWithoutACluster(@TempDir Path dir) {
    Result status = cluster("status", "--dir", dir.toString());
    assertThat(status.code()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(status.out()).contains("No cluster recorded in " + dir, "cluster start --dir");

    Result stop = cluster("stop", "--dir", dir.toString());
    assertThat(stop.code()).isEqualTo(ExitCodes.OK);
    assertThat(stop.out()).contains("nothing to stop");
  }
}
