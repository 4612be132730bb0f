package org.clearsource.licensing.license;

import java.util.regex.Pattern;
import org.clearsource.core.spdx.SpdxExpression;

/**
 * {@code SPDX-License-Identifier: <expression>} tags, read to the end of the line, with a
 * comment's closing marker dropped. A valid expression is reported as written (deprecated ids
 * upgraded, {@link SpdxIds}); an invalid one ("Apache 2") is read as a licence name where it is
 * one, and otherwise reported as {@code LicenseRef-<the value>} with a low score, so that the tag
 * is not lost ({@link SpdxExpression.LicenseRef#named}: a value that already is a {@code
 * LicenseRef-} keeps its one prefix).
 */
final class SpdxTags {

  /** Score of a tag whose value parsed. */
  static final double VALID = 1.0;
  /** Score of a tag whose value is a licence name rather than an expression. */
  static final double NAMED = 0.8;
  /** Score of a tag whose value we could not read. */
  static final double INVALID = 0.5;

  private static final Pattern TRAILING =
      Pattern.compile("(\\s*(\\*/|-->|\\*\\)|#}|%}|\"\"\"|'''|[\"';,.]))+\\s*$");

  /** A tag found: its expression, score and the end of its value. */
  record Found(String expression, double score, int endOffset) {}

  private SpdxTags() {}

  static boolean startsAt(TextView view, int i) {
    return view.word(i) == Words.SPDX && view.is(i + 1, Words.LICENSE)
        && view.is(i + 2, Words.IDENTIFIER);
  }

  static Found at(TextView view, int i, LicenseNames names) {
    String text = view.text();
    int from = view.end(i + 2);
    while (from < text.length() && (text.charAt(from) == ':' || text.charAt(from) == ' '
        || text.charAt(from) == '\t')) {
      from++;
    }
    int to = text.indexOf('\n', from);
    to = to < 0 ? text.length() : to;
    String value = TRAILING.matcher(text.substring(from, to)).replaceFirst("").trim();
    if (value.isEmpty()) {
      return null;
    }
    int end = from + value.length();
    try {
      return new Found(SpdxIds.upgrade(Expressions.parse(value)).toString(), VALID, end);
    } catch (IllegalArgumentException invalid) {
      LicenseNames.Found named = nameIn(value, names);
      if (named != null) {
        return new Found(named.expression(), NAMED, end);
      }
      return new Found(SpdxExpression.LicenseRef.named(value).ref(), INVALID, end);
    }
  }

  /** The value read as "License: value", so that short names count. */
  private static LicenseNames.Found nameIn(String value, LicenseNames names) {
    String asReference = "License: " + value;
    TextView view = new TextView(asReference, Tokenizer.tokenize(asReference));
    if (view.size() < 2) {
      return null;
    }
    LicenseNames.Found found = names.at(view, 1);
    return found != null && !found.exception() && found.lastWord() == view.size() - 1
        ? found : null;
  }
}
