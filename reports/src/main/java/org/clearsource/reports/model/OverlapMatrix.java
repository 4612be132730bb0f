package org.clearsource.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Duplicates shared between sources, from dedup/overlap: {@code documents.get(i).get(j)} is the
 * number of documents of {@code sources.get(i)} in a duplicate cluster that also holds a document of
 * {@code sources.get(j)}; on the diagonal, a cluster with another document of the same source.
 *
 * <p>At most {@value #MAX_SOURCES} sources have their own row and column: those sharing the most
 * documents with other sources. The others are summed into a last row and column labelled "other
 * N sources", so the matrix (and its chart) has the same size whatever the number of sources.
 *
 * @param sources source ids in manifest order, then the "other N sources" label when {@code
 *     summedSources > 0}
 * @param documents the matrix, one row per entry of {@code sources}
 * @param summedSources how many sources the last row and column sum; 0 when every source has its
 *     own
 */
public record OverlapMatrix(List<String> sources, List<List<Long>> documents, int summedSources) {

  /** Sources with a row and column of their own. */
  public static final int MAX_SOURCES = 20;

  public OverlapMatrix {
    sources = List.copyOf(sources);
    List<List<Long>> rows = new ArrayList<>();
    for (List<Long> row : documents) {
      if (row.size() != sources.size()) {
        throw new IllegalArgumentException(
            "Cannot create an overlap matrix with a row of " + row.size() + " cells for "
                + sources.size() + " sources");
      }
      rows.add(List.copyOf(row));
    }
    if (rows.size() != sources.size()) {
      throw new IllegalArgumentException(
          "Cannot create an overlap matrix with " + rows.size() + " rows for " + sources.size()
              + " sources");
    }
    documents = List.copyOf(rows);
  }

  /** True when no two sources share a duplicate cluster (the diagonal aside). */
  public boolean noneShared() {
    for (int i = 0; i < documents.size(); i++) {
      for (int j = 0; j < documents.size(); j++) {
        if (i != j && documents.get(i).get(j) > 0) {
          return false;
        }
      }
    }
    return true;
  }
}
