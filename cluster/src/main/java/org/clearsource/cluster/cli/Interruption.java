package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) ends a run with one line and exit code 130. Without this, the JVM's shutdown
 * stops the SparkContext under the running job, and the CLI printed the job's failure ("You hit a
 * bug in Spark", a NullPointerException) as an internal error. The shutdown hooks still run, so
 * Spark removes its scratch files; a stage cut short has no completion marker, so the same command
 * resumes the run.
 */
final class Interruption {

  static final int EXIT_CODE = ExitCodes.INTERRUPTED;

  /** How long Spark's shutdown may take before the JVM is halted. */
  private static final long GRACE_MILLIS = 15_000;

  private static final AtomicBoolean INTERRUPTED = new AtomicBoolean();

  private Interruption() {}

  /** Handles SIGINT from now on, reporting on {@code err}; a JVM without signals keeps its own. */
  static void install(PrintWriter err) {
    try {
      Signal.handle(new Signal("INT"), signal -> interrupt(err, () -> System.exit(EXIT_CODE)));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // No SIGINT on this platform or JVM: Ctrl-C keeps the JVM's default.
    }
  }

  /** Whether the run was interrupted: its failures are the interruption's, not worth showing. */
  static boolean happened() {
    return INTERRUPTED.get();
  }

  /**
   * Reports the interruption once, silences the logs, and runs {@code exit} on its own thread (a
   * signal handler must not block); a second Ctrl-C, or a shutdown past the grace time, halts.
   */
  static void interrupt(PrintWriter err, Runnable exit) {
    if (!INTERRUPTED.compareAndSet(false, true)) {
      Runtime.getRuntime().halt(EXIT_CODE);
    }
    err.println("clearsource: interrupted. Stages that finished are kept; run the same command"
        + " again to resume.");
    err.flush();
    Configurator.setRootLevel(Level.OFF);
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(GRACE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      Runtime.getRuntime().halt(EXIT_CODE);
    }, "clearsource-interrupt-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    new Thread(exit, "clearsource-interrupt").start();
  }
}
