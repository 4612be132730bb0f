package org.clearsource.core.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counters one stage declares, in total and per source: records read, kept, dropped by reason,
 * bytes. Counter names are dotted ({@code quarantined.malformed_json}, {@code language.en}). Written
 * as {@code stats/<stage>.json}; the reports are built from these files, not from another pass over
 * the data. Keys are sorted so that the same run gives the same bytes.
 *
 * @param stage the stage's name
 * @param schemaVersion version of this file's layout
 * @param totals counters summed over all sources
 * @param sources counters per source id
 * @param elapsedMillis wall time of the stage
 */
public record StageStats(
    String stage,
    int schemaVersion,
    SortedMap<String, Long> totals,
    SortedMap<String, SortedMap<String, Long>> sources,
    long elapsedMillis) {

  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public StageStats {
    Objects.requireNonNull(stage, "Cannot create stage stats without a stage name");
    totals = Collections.unmodifiableSortedMap(new TreeMap<>(totals));
    TreeMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
    sources.forEach(
        (id, counters) -> copy.put(id, Collections.unmodifiableSortedMap(new TreeMap<>(counters))));
    sources = Collections.unmodifiableSortedMap(copy);
  }

  /** A counter of one source, 0 when absent. */
  public long count(String sourceId, String counter) {
    return sources.getOrDefault(sourceId, Collections.emptySortedMap()).getOrDefault(counter, 0L);
  }

  /** A total counter, 0 when absent. */
  public long total(String counter) {
    return totals.getOrDefault(counter, 0L);
  }

  /** Counters of one source whose names start with {@code prefix + "."}, keyed by the rest. */
  public SortedMap<String, Long> withPrefix(String sourceId, String prefix) {
    SortedMap<String, Long> result = new TreeMap<>();
    sources
        .getOrDefault(sourceId, Collections.emptySortedMap())
        .forEach(
            (name, value) -> {
              if (name.startsWith(prefix + ".")) {
                result.put(name.substring(prefix.length() + 1), value);
              }
            });
    return result;
  }

  public void write(OutputStream out) throws IOException {
    JSON.writeValue(out, this);
  }

  public static StageStats read(InputStream in) throws IOException {
    return JSON.readValue(in, StageStats.class);
  }

  public static Builder builder(String stage) {
    return new Builder(stage);
  }

  /** Adds counters up; totals are derived from the per-source counters. */
  public static final class Builder {
    private final String stage;
    private final SortedMap<String, SortedMap<String, Long>> sources = new TreeMap<>();
    private long elapsedMillis;

    private Builder(String stage) {
      this.stage = stage;
    }

    public Builder add(String sourceId, String counter, long value) {
      sources.computeIfAbsent(sourceId, id -> new TreeMap<>()).merge(counter, value, Long::sum);
      return this;
    }

    /** Registers a source with no counters yet, so that it appears with zeros. */
    public Builder source(String sourceId) {
      sources.computeIfAbsent(sourceId, id -> new TreeMap<>());
      return this;
    }

    public Builder elapsedMillis(long millis) {
      this.elapsedMillis = millis;
      return this;
    }

    public StageStats build() {
      SortedMap<String, Long> totals = new TreeMap<>();
      for (Map<String, Long> counters : sources.values()) {
        counters.forEach((name, value) -> totals.merge(name, value, Long::sum));
      }
      return new StageStats(stage, SCHEMA_VERSION, totals, sources, elapsedMillis);
    }
  }
}
