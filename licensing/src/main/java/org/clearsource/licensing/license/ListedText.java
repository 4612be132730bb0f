package org.clearsource.licensing.license;

import java.util.List;
import java.util.Objects;

/**
 * One licence or exception of the SPDX licence list, as bundled in java-spdx-library.
 *
 * @param id SPDX id in canonical spelling
 * @param exception true for a licence exception ({@code Classpath-exception-2.0})
 * @param name full name ("Apache License 2.0")
 * @param text the reference text
 * @param template the matching template with {@code <<var>>} and {@code <<beginOptional>>} markup;
 *     the text when the list has none
 * @param headerTemplate template of the standard header to put in files; empty when none
 * @param seeAlso URLs where the licence is published
 * @param deprecated the id is deprecated ({@code GPL-2.0} for {@code GPL-2.0-only})
 */
record ListedText(
    String id,
    boolean exception,
    String name,
    String text,
    String template,
    String headerTemplate,
    List<String> seeAlso,
    boolean deprecated) {

  ListedText {
    Objects.requireNonNull(id, "Cannot describe a listed licence without an id");
    seeAlso = List.copyOf(seeAlso);
  }
}
