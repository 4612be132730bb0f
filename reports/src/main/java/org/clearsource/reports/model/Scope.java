package org.clearsource.reports.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scope and characteristics of a source as measured.
 *
 * @param files files read
 * @param fileBytes bytes of those files as stored
 * @param formats files per detected format
 * @param compressions files per detected compression
 * @param documents documents read
 * @param textBytes UTF-8 bytes of their text
 * @param tokensEstimate estimated tokens ({@code ceil(text_bytes / 4)} per document)
 * @param languages documents per ISO 639-1 language ({@code und}: undetermined)
 * @param domains distinct registrable domains
 * @param topDomains the largest domains by text bytes; empty for unshareable sources
 * @param firstDate earliest document date, null when none has one
 * @param lastDate latest document date, null when none has one
 * @param fieldsPresent documents that have each optional field (url, title, date, domain)
 */
public record Scope(
    long files,
    long fileBytes,
    SortedMap<String, Long> formats,
    SortedMap<String, Long> compressions,
    long documents,
    long textBytes,
    long tokensEstimate,
    SortedMap<String, Long> languages,
    long domains,
    List<DomainShare> topDomains,
    String firstDate,
    String lastDate,
    SortedMap<String, Long> fieldsPresent) {

  public Scope {
    formats = Collections.unmodifiableSortedMap(new TreeMap<>(formats));
    compressions = Collections.unmodifiableSortedMap(new TreeMap<>(compressions));
    languages = Collections.unmodifiableSortedMap(new TreeMap<>(languages));
    topDomains = List.copyOf(topDomains);
    fieldsPresent = Collections.unmodifiableSortedMap(new TreeMap<>(fieldsPresent));
  }
}
