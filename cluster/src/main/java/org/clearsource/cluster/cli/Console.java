package org.clearsource.cluster.cli;

import java.io.PrintWriter;

/** Progress lines on stderr ("[ingest 3.2s] ..."), so that stdout holds only results. */
final class Console {

  private final PrintWriter err;
  private final long started = System.nanoTime();

  Console(PrintWriter err) {
    this.err = err;
  }

  void progress(String stage, String message) {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("[%s %.1fs] %s%n", stage, seconds, message);
    err.flush();
  }
}
