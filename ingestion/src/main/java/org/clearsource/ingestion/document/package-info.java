/** What is computed per document at ingestion: stable ids, URL parts, language. */
package org.clearsource.ingestion.document;
