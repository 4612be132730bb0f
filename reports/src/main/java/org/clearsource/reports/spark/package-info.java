/**
 * Spark adapters of the reports: the table aggregates the model needs, the clean corpus writer and
 * {@link org.clearsource.reports.spark.ReportStage}, the entry point. The only package of this module
 * that imports Spark.
 */
package org.clearsource.reports.spark;
