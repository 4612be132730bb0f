package org.clearsource.reports.model;

import java.util.List;

/**
 * How much of the corpus one OSAID data class holds.
 *
 * @param sources ids of its sources
 * @param documents documents
 * @param textBytes UTF-8 bytes of text
 * @param tokensEstimate estimated tokens
 * @param byteShare {@code textBytes} over the corpus's, rounded to 6 decimals
 */
public record ClassShare(
    List<String> sources, long documents, long textBytes, long tokensEstimate, double byteShare) {

  public ClassShare {
    sources = List.copyOf(sources);
  }
}
