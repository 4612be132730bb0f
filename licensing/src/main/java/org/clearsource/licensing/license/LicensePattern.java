package org.clearsource.licensing.license;

/**
 * A template the text matcher looks for: a licence's full text, a licence's standard header, or an
 * exception's text.
 *
 * @param id SPDX licence or exception id
 * @param exception true for an exception's text
 * @param kind {@link MatchKind#FULL_TEXT} or {@link MatchKind#NOTICE}
 * @param requiredShingles number of shingles of fixed text a full copy has
 * @param allowedShingles number of shingles a copy may have
 */
record LicensePattern(
    String id, boolean exception, MatchKind kind, int requiredShingles, int allowedShingles) {}
