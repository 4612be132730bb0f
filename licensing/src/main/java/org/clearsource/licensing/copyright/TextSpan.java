package org.clearsource.licensing.copyright;

import java.io.Serializable;

/**
 * Where something was found in a text: UTF-16 char offsets, as {@link String#substring(int, int)}
 * takes them.
 *
 * @param start offset of the first char
 * @param end offset just past the last char
 */
public record TextSpan(int start, int end) implements Serializable {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Cannot create a text span from " + start + " to " + end
              + ": offsets must be non-negative and in order");
    }
  }

  public int length() {
    return end - start;
  }
}
