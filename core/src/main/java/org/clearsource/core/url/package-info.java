/**
 * Web URLs read as browsers read them ({@link org.clearsource.core.url.WebUrl}): the one place
 * where ingestion and the opt-out judge take a crawled URL's host and path.
 */
package org.clearsource.core.url;
