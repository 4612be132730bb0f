package org.clearsource.cluster.cli;

import org.clearsource.core.ClearsourceException;
import org.clearsource.dedup.spark.DedupMethod;
import org.clearsource.dedup.spark.DedupSettings;
import org.clearsource.dedup.text.ExactMatch;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the dedup stage; docs/dedup.md explains each trade-off. */
final class DedupOptions {

  @Option(
      names = "--dedup-method",
      paramLabel = "METHOD",
      defaultValue = "MINHASH_LSH",
      description = "How near duplicates are found: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE}; MLLIB is Spark MLlib's MinHashLSH, much slower).")
  DedupMethod method;

  @Option(
      names = "--dedup-threshold",
      paramLabel = "JACCARD",
      defaultValue = "0.8",
      description = "Jaccard similarity of word-shingle sets from which two documents are near"
          + " duplicates (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(
      names = "--shingle-words",
      paramLabel = "N",
      defaultValue = "5",
      description = "Words per shingle (default: ${DEFAULT-VALUE}).")
  int shingleWords;

  @Option(
      names = "--ignore-case",
      description = "Letter case does not matter to exact duplicates (it never matters to near"
          + " duplicates).")
  boolean ignoreCase;

  /** Rejects settings out of range as a usage error, before Spark starts. */
  void check(CommandLine commandLine) {
    try {
      settings();
    } catch (ClearsourceException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }

  DedupSettings settings() {
    return DedupSettings.builder()
        .method(method)
        .threshold(threshold)
        .shingleWords(shingleWords)
        .exactMatch(ignoreCase ? ExactMatch.CASE_INSENSITIVE : ExactMatch.CASE_SENSITIVE)
        .build();
  }
}
