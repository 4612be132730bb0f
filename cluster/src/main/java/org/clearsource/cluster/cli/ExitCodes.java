package org.clearsource.cluster.cli;

/**
 * The CLI's exit codes, documented in the README ("Commands"). Scripts and training pipelines
 * gate on them.
 */
public final class ExitCodes {

  /** Everything ran; an audit's verdict passed. */
  public static final int OK = 0;
  /** An audit ran but its verdict failed the policy. */
  public static final int VERDICT_FAILED = 1;
  /** Bad command line or an invalid manifest: nothing was run. */
  public static final int USAGE = 2;
  /** The input cannot be processed as asked (an unreadable file, a lost record): fix and rerun. */
  public static final int INPUT_ERROR = 3;
  /** Spark or the JVM failed (out of memory, lost cluster, a bug). */
  public static final int INTERNAL_ERROR = 4;
  /** Stopped by Ctrl-C (SIGINT), as shells report it: the same command resumes the run. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
