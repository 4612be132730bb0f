package org.clearsource.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.clearsource.core.ClearsourceException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * What each kind of failure exits with, through the CLI's own mapping: a training pipeline reads
 * 1 as "the verdict failed", so nothing else may exit with 1.
 */
class TestExitCodes {

  /** A command that throws what it is given. */
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final Throwable thrown;

    Failing(Throwable thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() throws Exception {
      if (thrown instanceof Error error) {
        throw error;
      }
      throw (Exception) thrown;
    }
  }

  @Test
  void anErrorIsAnInternalErrorNotAFailedVerdict() {
    StringWriter err = new StringWriter();
    int code = Main.run(new Failing(new NoClassDefFoundError("org/example/Missing")),
        new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(err.toString())
        .startsWith("clearsource: internal error: java.lang.NoClassDefFoundError");
  }

  @Test
  void ourErrorsAreInputErrorsAndOthersInternal() {
    StringWriter err = new StringWriter();
    assertThat(Main.run(new Failing(new RuntimeException("wrapped",
            new ClearsourceException("Cannot read x.jsonl: fix it"))),
        new PrintWriter(new StringWriter()), new PrintWriter(err, true)))
        .isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(err.toString()).startsWith("clearsource: Cannot read x.jsonl: fix it");
    assertThat(Main.run(new Failing(new IllegalStateException("bug")),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true)))
        .isEqualTo(ExitCodes.INTERNAL_ERROR);
  }
}
