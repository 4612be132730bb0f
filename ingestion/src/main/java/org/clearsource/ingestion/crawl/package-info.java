/** Finding every file of every source, on any Hadoop file system. */
package org.clearsource.ingestion.crawl;
