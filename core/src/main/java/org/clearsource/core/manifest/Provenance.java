package org.clearsource.core.manifest;

/**
 * Where a source comes from and what was done to it before Clearsource saw it. Every field is
 * optional in the manifest except {@code howObtained}; the reports' completeness check names each one
 * left empty.
 *
 * @param obtainFrom URL or contact where others can get the data
 * @param fee what obtaining it costs ("none", "USD 500 a year", ...)
 * @param license the declared licence, a valid SPDX expression
 * @param terms terms of use beyond the licence, or a link to them
 * @param howObtained how the owner came to hold it
 * @param collectionStart first date of collection (ISO 8601, a year or month is enough)
 * @param collectionEnd last date of collection
 * @param crawlerUserAgent the crawler's user agent, for crawled sources
 * @param filtering selection and filtering already applied before this audit
 * @param labelling how the data was labelled, if at all
 * @param generator for synthetic data, the model or program that made it
 */
public record Provenance(
    String obtainFrom,
    String fee,
    String license,
    String terms,
    HowObtained howObtained,
    String collectionStart,
    String collectionEnd,
    String crawlerUserAgent,
    String filtering,
    String labelling,
    String generator) {}
