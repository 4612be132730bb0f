package org.clearsource.cluster.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clearsource CLI as a separate driver JVM on the test classpath: a JVM holds one
 * SparkContext, and the test JVM's is the shared local one. Its stdout and stderr go to files, so
 * that a failing test can show them and a hung driver cannot block a pipe.
 */
final class DriverJvm implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path out;
  private final Path err;

  private DriverJvm(String name, Process process, Path out, Path err) {
    this.name = name;
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code java ... org.clearsource.cluster.cli.Main <arguments>}, logging into logDir. */
  static DriverJvm start(String name, Path logDir, List<String> arguments) throws IOException {
    Files.createDirectories(logDir);
    Path out = logDir.resolve(name + ".out");
    Path err = logDir.resolve(name + ".err");
    List<String> command = new ArrayList<>();
    command.add(SparkJvm.javaExecutable());
    command.add("-Xmx1g");
    command.addAll(SparkJvm.FLAGS);
    command.add("-Dorg.spdx.useJARLicenseInfoOnly=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.clearsource.cluster.cli.Main");
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().put("SPARK_LOCAL_IP", LocalCluster.HOST);
    Process process = builder.start();
    process.getOutputStream().close();
    return new DriverJvm(name, process, out, err);
  }

  /**
   * Waits for the driver to exit and returns its exit code.
   *
   * @param diagnostics what else to show if it times out (the cluster's logs)
   * @throws AssertionError naming what the driver printed last when it runs past the timeout (it
   *     is killed first)
   */
  int await(Duration timeout, Supplier<String> diagnostics) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new AssertionError("The " + name + " driver did not finish within "
          + timeout.toSeconds() + " s and was killed.\n" + diagnostics.get() + "\n"
          + describe());
    }
    return process.exitValue();
  }

  /**
   * Waits until a line of the driver's stderr matches, and returns the match.
   *
   * @throws AssertionError when the driver exits or the timeout passes first
   */
  Matcher awaitStderrLine(Pattern pattern, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : stderr().split("\n")) {
        Matcher matcher = pattern.matcher(line);
        if (matcher.find()) {
          return matcher;
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError("The " + name + " driver exited (code " + process.exitValue()
            + ") before printing a line matching " + pattern + "\n" + describe());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The " + name + " driver printed no line matching " + pattern
        + " within " + timeout.toSeconds() + " s\n" + describe());
  }

  /** The driver's last progress line ({@code [stage 12.3s] ...}), or "" when it printed none. */
  String lastProgress() {
    String last = "";
    for (String line : stderr().split("\n")) {
      if (line.startsWith("[")) {
        last = line;
      }
    }
    return last;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stdout() {
    return read(out);
  }

  String stderr() {
    return read(err);
  }

  /** The last lines of the driver's stdout and stderr, for failure messages. */
  String describe() {
    return "--- " + out + " (last lines)\n" + String.join("\n", LogTail.lastLines(out, 20))
        + "\n--- " + err + " (last lines)\n" + String.join("\n", LogTail.lastLines(err, 40));
  }

  /** Kills the driver if it still runs. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
