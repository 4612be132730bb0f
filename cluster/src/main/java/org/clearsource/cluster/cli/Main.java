package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.ManifestException;
import org.clearsource.reports.policy.PolicyException;
import picocli.CommandLine;

/** Entry point of the {@code clearsource} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI on the process's stdout and stderr and returns its exit code. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    Interruption.install(err);
    try {
      return run(out, err, args);
    } finally {
      // Auto-flush covers println only; a summary ending in print() must not die in the buffer.
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs the CLI and returns its exit code (see {@link ExitCodes}): results go to {@code out},
   * progress and errors to {@code err}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new ClearsourceCommand(), out, err, args);
  }

  /** Runs {@code command} (a picocli command) as the CLI runs its own: the exit-code mapping. */
  static int run(Object command, PrintWriter out, PrintWriter err, String... args) {
    configureLogging(Arrays.asList(args).contains("--verbose"));
    CommandLine commandLine = new CommandLine(command);
    // Everything printed passes the one escaping writer, so picocli's own colours go.
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    commandLine.setOut(TerminalText.escaping(out));
    commandLine.setErr(TerminalText.escaping(err));
    commandLine.setExecutionExceptionHandler(Main::handle);
    commandLine.setExitCodeExceptionMapper(error -> ExitCodes.USAGE);
    try {
      return commandLine.execute(args);
    } catch (Error error) {
      if (Interruption.happened()) {
        return Interruption.EXIT_CODE;
      }
      // An Error (a class missing from the classpath, memory) bypasses picocli's handler; it must
      // not exit with 1, which a training pipeline reads as a failed verdict.
      PrintWriter safe = commandLine.getErr();
      safe.println("clearsource: internal error: " + error);
      error.printStackTrace(safe);
      safe.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  private static int handle(Exception error, CommandLine commandLine, CommandLine.ParseResult parse) {
    PrintWriter err = commandLine.getErr();
    if (Interruption.happened()) {
      // Ctrl-C stopped Spark under the job: its failure says nothing the user does not know.
      return Interruption.EXIT_CODE;
    }
    if (error instanceof ManifestException || error instanceof PolicyException) {
      err.println(error.getMessage());
      return ExitCodes.USAGE;
    }
    if (error instanceof UsageException usage) {
      err.println("clearsource: " + usage.getMessage());
      return ExitCodes.USAGE;
    }
    ClearsourceException ours = findOurs(error);
    if (ours != null) {
      err.println("clearsource: " + ours.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    err.println("clearsource: internal error: " + error);
    error.printStackTrace(err);
    return ExitCodes.INTERNAL_ERROR;
  }

  /** Spark wraps what executors throw; the message worth showing is ours, deep in the chain. */
  private static ClearsourceException findOurs(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof ClearsourceException ours) {
        return ours;
      }
    }
    return null;
  }

  private static void configureLogging(boolean verbose) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:clearsource-log4j2.properties");
    }
    if (verbose) {
      System.setProperty("clearsource.log.level", "info");
    }
  }
}
