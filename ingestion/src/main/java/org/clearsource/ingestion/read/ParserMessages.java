package org.clearsource.ingestion.read;

import java.util.regex.Pattern;

/**
 * Parser messages cut down to what they say about the problem. Parsers quote the record around
 * a failure ("Unrecognized token 'xyz'", "invalid WARC record at position 3: GET /secret"), and a
 * quarantine row's {@code detail} is kept even for sources whose content may not be shared: only
 * its {@code excerpt} may hold content, and that is dropped for them.
 */
final class ParserMessages {

  private static final Pattern TRAILING_PLACE = Pattern.compile(
      "(?i)(\\s+(at|in|of|on|near|position|offset|line|column|index))+$");

  private ParserMessages() {}

  /**
   * The message's leading words, up to the first quote, bracket, colon or digit: parsers put
   * the fixed description first and the record's tokens, characters and positions after it.
   */
  static String withoutContent(String message) {
    if (message == null || message.isBlank()) {
      return "parse error";
    }
    int end = 0;
    while (end < message.length()) {
      char c = message.charAt(end);
      if (c == '\'' || c == '"' || c == '`' || c == '(' || c == '[' || c == '{' || c == '<'
          || c == ':' || c == ';' || c == '\n' || c == '\r' || Character.isDigit(c)) {
        break;
      }
      end++;
    }
    // "at position", "in line" and the like lose their number: they go too.
    String words = TRAILING_PLACE.matcher(message.substring(0, end).trim()).replaceFirst("");
    if (words.isEmpty()) {
      return "parse error";
    }
    // Escaped anyway: a message is not ours to trust.
    return Quarantined.escape(words);
  }

  /** " at byte N of the record", or nothing when the position is unknown. */
  static String at(long byteInRecord) {
    return byteInRecord < 0 ? "" : " at byte " + byteInRecord + " of the record";
  }
}
