/** Planning the read: which byte ranges of which files each Spark task reads. */
package org.clearsource.ingestion.plan;
