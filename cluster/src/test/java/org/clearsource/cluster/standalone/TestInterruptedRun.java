package org.clearsource.cluster.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.clearsource.cluster.cli.ExitCodes;
import org.clearsource.cluster.cli.Main;
import org.clearsource.core.spark.SharedSparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C on a real CLI process, mid-stage: one line, exit 130, and the run resumes. */
class TestInterruptedRun {

  private static final Path DEMO =
      Path.of("..", "examples", "demo", "manifest.yaml").toAbsolutePath().normalize();

  @Test
  void sigintMidAuditStopsWithOneLineAndTheRunResumes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run");
    int code;
    String stderr;
    try (DriverJvm driver = DriverJvm.start("interrupted", dir.resolve("logs"),
        List.of("audit", DEMO.toString(), "--out", out.toString()))) {
      driver.awaitStderrLine(Pattern.compile("^\\[ingest .*\\] crawled"), Duration.ofMinutes(3));
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(driver.pid()))
          .inheritIO().start();
      assertThat(kill.waitFor()).isZero();
      code = driver.await(Duration.ofMinutes(1), () -> "");
      stderr = driver.stderr();
    }

    assertThat(code).as(stderr).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(stderr).containsOnlyOnce("clearsource: interrupted.")
        .doesNotContain("INTERNAL_ERROR").doesNotContain("Exception")
        .doesNotContain("internal error").doesNotContain("\tat ");
    String afterInterrupt = stderr.substring(stderr.indexOf("clearsource: interrupted."));
    assertThat(afterInterrupt.lines().count()).as(afterInterrupt).isEqualTo(1);

    SharedSparkSession.get();
    StringWriter resumed = new StringWriter();
    int again = Main.run(new PrintWriter(new StringWriter(), true),
        new PrintWriter(resumed, true), "ingest", DEMO.toString(), "--out", out.toString());
    assertThat(again).as(resumed.toString()).isEqualTo(ExitCodes.OK);
    assertThat(SharedSparkSession.get().read().parquet(out.resolve("documents").toString())
        .count()).isEqualTo(695);
  }
}
