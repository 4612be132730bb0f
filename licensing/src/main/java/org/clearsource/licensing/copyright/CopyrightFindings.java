package org.clearsource.licensing.copyright;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link CopyrightExtractor#scan(String)} found in one text.
 *
 * @param statements the copyright statements, in text order
 * @param mentions occurrences of the word "copyright" (any case, "copyrighted" and "copyrights"
 *     included) outside any statement, such as "copyright law" or "the copyright holder": a weaker
 *     signal that a text talks about rights
 */
public record CopyrightFindings(List<CopyrightStatement> statements, int mentions)
    implements Serializable {

  /** No statement and no mention. */
  public static final CopyrightFindings NONE = new CopyrightFindings(List.of(), 0);

  public CopyrightFindings {
    statements = List.copyOf(statements);
    if (mentions < 0) {
      throw new IllegalArgumentException("Cannot count " + mentions + " copyright mentions");
    }
  }
}
