package org.clearsource.licensing.license;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsource.core.spdx.SpdxExpression;

/**
 * SPDX expressions parsed once: a corpus repeats a few hundred expressions across millions of
 * documents, and parsing (core's {@link SpdxExpression#parse}) is the costliest step of adding
 * up a document's findings. Bounded, thread-safe.
 */
final class Expressions {

  /** Expressions kept at most; invalid tags could otherwise make the cache grow unbounded. */
  private static final int LIMIT = 10_000;
  private static final Map<String, SpdxExpression> PARSED = new ConcurrentHashMap<>();

  private Expressions() {}

  /**
   * The parsed expression.
   *
   * @throws IllegalArgumentException when it does not parse (core's message)
   */
  static SpdxExpression parse(String expression) {
    SpdxExpression parsed = PARSED.get(expression);
    if (parsed == null) {
      parsed = SpdxExpression.parse(expression);
      if (PARSED.size() < LIMIT) {
        PARSED.put(expression, parsed);
      }
    }
    return parsed;
  }
}
