/**
 * Licence detection per document, in plain Java (no Spark): which licences a document carries,
 * as SPDX expressions, how each was found, and what it lets a data user do.
 *
 * <p>Use: {@code LicenseDetector.standard().detect(text, metadata)} gives the document's {@link
 * org.clearsource.licensing.license.LicenseFinding findings} in text order; {@link
 * org.clearsource.licensing.license.LicenseSummary#of} adds them up into one expression and the
 * most restrictive {@link org.clearsource.licensing.license.LicenseClass class}. The detector is
 * built once per JVM from the SPDX licence list bundled in java-spdx-library (one to three
 * seconds, about 20 MB of heap) and is thread-safe; build nothing per record.
 *
 * <p>How: a keyword prefilter ({@code LicenseKeywords}, Aho-Corasick) bounds the part of a text
 * that can hold licence evidence; the words there ({@code Tokenizer}, SPDX matching guidelines:
 * case, punctuation, comment markers and bullets ignored) are matched as 4-word shingles against
 * every licence, header and exception template of the list ({@code TextMatcher}), and scanned for
 * SPDX tags, licence names, Creative Commons references, licence URLs and rights statements
 * ({@code ReferenceScanner}); {@code FindingResolver} merges the evidence, joins exceptions to
 * their licences and drops what stronger evidence already says.
 */
package org.clearsource.licensing.license;
