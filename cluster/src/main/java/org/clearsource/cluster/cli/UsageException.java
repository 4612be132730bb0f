package org.clearsource.cluster.cli;

import org.clearsource.core.ClearsourceException;

/**
 * A command line that names something unusable (an output folder over the corpus, a file as a
 * folder), found before Spark starts: exit code 2 with the message alone, no usage text.
 */
final class UsageException extends ClearsourceException {

  private static final long serialVersionUID = 1L;

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
