/** The Spark scan stage: thin adapters over {@link org.clearsource.licensing.scan}. */
package org.clearsource.licensing.spark;
