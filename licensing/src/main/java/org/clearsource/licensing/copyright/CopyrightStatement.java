package org.clearsource.licensing.copyright;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One copyright statement found in a text.
 *
 * @param statement the statement as written, from its first marker ("Portions" included) through a
 *     directly following "All rights reserved", with runs of whitespace collapsed to one space and
 *     mis-decoded UTF-8 repaired where unambiguous
 * @param holders the normalized holders, in the order written; empty when the statement names none
 *     ("© 2020") or its holder could not be told apart from prose
 * @param years the years and ranges, in the order written; empty when it gives none
 * @param span where the statement is in the scanned text
 */
public record CopyrightStatement(
    String statement, List<String> holders, List<YearRange> years, TextSpan span)
    implements Serializable {

  public CopyrightStatement {
    Objects.requireNonNull(statement, "Cannot create a copyright statement without its text");
    Objects.requireNonNull(span, "Cannot create a copyright statement without its span");
    holders = List.copyOf(holders);
    years = List.copyOf(years);
  }
}
