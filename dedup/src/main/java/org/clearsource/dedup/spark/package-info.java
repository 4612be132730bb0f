/**
 * The dedup stage on Spark: thin adapters that move documents, band keys, pairs and edges between
 * the plain-Java algorithms of the other packages. {@link org.clearsource.dedup.spark.DedupStage}
 * is the entry point; {@link org.clearsource.dedup.spark.DedupSettings} documents every default.
 */
package org.clearsource.dedup.spark;
