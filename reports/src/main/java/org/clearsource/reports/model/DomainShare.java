package org.clearsource.reports.model;

import java.util.Objects;

/**
 * A registrable domain and how much text came from it.
 *
 * @param domain the registrable domain (eTLD+1)
 * @param textBytes UTF-8 bytes of the documents' text
 * @param documents documents from it
 * @param share {@code textBytes} over the text bytes of the scope it is ranked in (a source, the
 *     shareable corpus, or the crawled sources), rounded to 6 decimals
 */
public record DomainShare(String domain, long textBytes, long documents, double share) {

  public DomainShare {
    Objects.requireNonNull(domain, "Cannot create a domain share without a domain");
  }
}
