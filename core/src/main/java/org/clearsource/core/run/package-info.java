/** The run directory: one folder of Parquet tables and stats files per audit run. */
package org.clearsource.core.run;
