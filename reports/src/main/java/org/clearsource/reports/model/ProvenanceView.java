package org.clearsource.reports.model;

/**
 * A source's provenance as the manifest declares it; null where the manifest says nothing.
 *
 * @param obtainFrom where others can get it (URL or contact); always null for unshareable sources,
 *     whatever the manifest says
 * @param fee what getting it costs
 * @param license declared SPDX expression
 * @param licenseClass class of the declared licence ({@link DeclaredLicenseClass}), null when none
 *     is declared
 * @param terms terms of use beyond the licence
 * @param howObtained {@code crawl}, {@code public-dataset}, {@code licence-deal}, {@code partner},
 *     {@code user-data}, {@code synthetic}, {@code internal} or {@code other}
 * @param collectionStart first date of collection
 * @param collectionEnd last date of collection
 * @param crawlerUserAgent the crawler's user agent
 * @param filtering selection and filtering applied before the audit
 * @param labelling how it was labelled
 * @param generator the model or program that made synthetic data
 */
public record ProvenanceView(
    String obtainFrom,
    String fee,
    String license,
    String licenseClass,
    String terms,
    String howObtained,
    String collectionStart,
    String collectionEnd,
    String crawlerUserAgent,
    String filtering,
    String labelling,
    String generator) {}
