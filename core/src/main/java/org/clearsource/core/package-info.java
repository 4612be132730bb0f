/**
 * What every Clearsource stage shares: the corpus manifest, stage statistics, and (in {@code spark})
 * the session factory. Nothing outside the {@code spark} packages imports Spark.
 */
package org.clearsource.core;
