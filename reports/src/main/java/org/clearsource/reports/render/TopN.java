package org.clearsource.reports.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.clearsource.reports.model.SourceReport;

/**
 * The largest items of a chart or table that would otherwise grow with the number of sources, and
 * the rest, which the caller sums into one "other N sources" row. So a report over 5,000 sources
 * has charts and tables of the same size as one over 30.
 *
 * @param shown the {@code n} largest items, largest first (ties in the given collection's order)
 * @param rest the others, in the given collection's order
 */
record TopN<T>(List<T> shown, List<T> rest) {

  /** Bars or rows a chart or table shows before summing the rest. */
  static final int ROWS = 25;

  /** Sources with the most documents first; the manifest's order among equals. */
  static final Comparator<SourceReport> BY_DOCUMENTS =
      Comparator.comparingLong((SourceReport source) -> source.scope().documents()).reversed();

  TopN {
    shown = List.copyOf(shown);
    rest = List.copyOf(rest);
  }

  static <T> TopN<T> of(Collection<T> items, Comparator<? super T> largestFirst, int n) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(largestFirst);
    if (sorted.size() <= n) {
      return new TopN<>(sorted, List.of());
    }
    List<T> shown = sorted.subList(0, n);
    Set<T> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.addAll(shown);
    List<T> rest = new ArrayList<>();
    for (T item : items) {
      if (!chosen.contains(item)) {
        rest.add(item);
      }
    }
    return new TopN<>(shown, rest);
  }

  /** The label of the summed row: "other 4,975 sources". */
  String restLabel(String noun) {
    return "other " + Format.count(rest.size()) + " " + noun;
  }
}
