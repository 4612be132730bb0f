package org.clearsource.licensing.license;

/**
 * One piece of licence evidence before findings are resolved: a licence expression, or an
 * exception waiting for the licence it modifies.
 *
 * @param expression canonical SPDX expression, or the exception id when {@code exception}
 * @param exception true when this is a licence exception ("Classpath exception")
 * @param kind how it was found
 * @param score confidence from 0 to 1
 * @param start first character in the text, -1 for metadata
 * @param end one past the last character, -1 for metadata
 */
record Evidence(
    String expression, boolean exception, MatchKind kind, double score, int start, int end) {

  static Evidence of(String expression, MatchKind kind, double score, int start, int end) {
    return new Evidence(expression, false, kind, score, start, end);
  }

  static Evidence ofException(String id, MatchKind kind, double score, int start, int end) {
    return new Evidence(id, true, kind, score, start, end);
  }

  boolean inText() {
    return start >= 0;
  }

  boolean contains(Evidence other) {
    return inText() && other.inText() && start <= other.start && other.end <= end;
  }
}
