package org.clearsource.licensing.license;

/** How a licence was found in a document, from the most to the least direct evidence. */
public enum MatchKind {
  /** The licence's full text (or an exception's), matched against its SPDX template. */
  FULL_TEXT,
  /** The licence's standard header or notice ("Licensed under the Apache License ... AS IS"). */
  NOTICE,
  /** An {@code SPDX-License-Identifier:} tag. */
  SPDX_TAG,
  /** A licence named in prose: "released under the MIT License", "CC BY-SA 4.0". */
  REFERENCE,
  /** A licence URL or badge in the text: creativecommons.org/licenses/by/4.0/. */
  URL,
  /** A {@code rel="license"} link of the HTML page or of its HTTP Link header. */
  HTML_REL_LICENSE,
  /** A rights statement without a licence: "All rights reserved", "for personal use only". */
  PHRASE
}
