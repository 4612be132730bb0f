package org.clearsource.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's headless Chromium on a local HTML file, the way a reader's browser would open a
 * report. In CI (the CI variable set) Chromium must be installed; elsewhere a test without it is
 * skipped.
 */
public final class Chromium {

  public static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

  private Chromium() {}

  /** Skips the calling test when Chromium is missing outside CI; fails it when missing in CI. */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(BINARY);
    if (!installed && System.getenv("CI") != null) {
      fail("CI is set but " + BINARY + " is missing: install Debian's chromium package"
          + " (apt-get install -y chromium), as .ci/run does");
    }
    assumeTrue(installed, BINARY + " is not installed (and CI is not set): skipping");
  }

  /**
   * What one Chromium run gave.
   *
   * @param exitCode the process's exit status
   * @param stdout what it printed (the DOM for --dump-dom)
   * @param log its stderr, where --enable-logging=stderr puts console messages
   */
  public record Run(int exitCode, String stdout, String log) {

    /** Lines of the page's console (errors, CSP violations, failed loads): a clean page has none. */
    public List<String> consoleMessages() {
      return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }
  }

  /** Takes a screenshot of the page at 1280x2000. */
  public static Run screenshot(Path html, Path png, Path work) throws IOException,
      InterruptedException {
    return run(html, work, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000");
  }

  /** Prints the DOM after the page loaded (and any script ran). */
  public static Run dumpDom(Path html, Path work) throws IOException, InterruptedException {
    return run(html, work, "--dump-dom");
  }

  private static Run run(Path html, Path work, String... mode)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    Path out = Files.createTempFile(work, "chromium", ".out");
    Path err = Files.createTempFile(work, "chromium", ".log");
    List<String> command = new ArrayList<>(List.of(
        BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
        "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(mode));
    command.add(html.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + html);
    }
    Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    assertThat(run.exitCode()).as("Chromium exit status; its log:\n%s", run.log()).isZero();
    return run;
  }
}
