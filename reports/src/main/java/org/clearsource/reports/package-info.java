/**
 * The reports of a Clearsource run: the OSAID data information, the EU training-content summary,
 * the datasheet, Croissant and the Hugging Face card, the HTML report with charts, the audit verdict
 * under a policy, and the clean corpus. {@link org.clearsource.reports.spark.ReportStage} is the one
 * entry point; {@link org.clearsource.reports.ReportSettings} configures it. See docs/reports.md.
 */
package org.clearsource.reports;
