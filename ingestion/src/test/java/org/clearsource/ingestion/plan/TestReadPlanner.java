package org.clearsource.ingestion.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearsource.core.manifest.Source;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.SourceFixtures;
import org.clearsource.ingestion.inventory.InventoryEntry;
import org.clearsource.ingestion.read.Compression;
import org.clearsource.ingestion.read.ContentFormat;
import org.junit.jupiter.api.Test;

class TestReadPlanner {

  private static InventoryEntry entry(String name, long size, Compression compression,
      ContentFormat format) {
    return new InventoryEntry(new ListedFile("s", new org.apache.hadoop.fs.Path("file:/c/" + name), name, size, 0),
        compression, format, "00", null);
  }

  private static final Map<String, Source> SOURCES =
      Map.of("s", SourceFixtures.source(List.of("/c"), List.of()));

  @Test
  void splitsOnlySplittableFilesIntoContiguousRanges() {
    List<InventoryEntry> inventory = List.of(
        entry("plain.jsonl", 1000, Compression.NONE, ContentFormat.JSONL),
        entry("packed.jsonl.gz", 1000, Compression.GZIP, ContentFormat.JSONL),
        entry("shard.parquet", 250, Compression.NONE, ContentFormat.PARQUET));
    List<ReadTask> tasks = flatten(ReadPlanner.plan(inventory, SOURCES, 300, 1));
    List<ReadTask> plain = tasks.stream()
        .filter(task -> task.entry().file().name().equals("plain.jsonl")).toList();
    assertThat(plain).extracting(ReadTask::start).containsExactlyInAnyOrder(0L, 300L, 600L, 900L);
    assertThat(plain).filteredOn(task -> task.start() == 900).extracting(ReadTask::end)
        .containsExactly(Long.MAX_VALUE);
    assertThat(tasks).filteredOn(task -> task.entry().file().name().endsWith(".gz"))
        .singleElement().satisfies(task -> assertThat(task.wholeFile()).isTrue());
    assertThat(tasks).filteredOn(task -> task.entry().file().name().endsWith(".parquet"))
        .singleElement().satisfies(task -> assertThat(task.wholeFile()).isTrue());
  }

  @Test
  void packsTasksIntoBalancedPartitionsTheSameWayEveryTime() {
    List<InventoryEntry> inventory = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inventory.add(entry("f" + i + ".jsonl.gz", 100 + i * 37L, Compression.GZIP,
          ContentFormat.JSONL));
    }
    List<List<ReadTask>> plan = ReadPlanner.plan(inventory, SOURCES, 1 << 20, 4);
    assertThat(plan).hasSize(4);
    assertThat(flatten(plan)).hasSize(40);
    long[] loads = plan.stream().mapToLong(p -> p.stream().mapToLong(ReadTask::weight).sum())
        .toArray();
    long max = java.util.Arrays.stream(loads).max().orElseThrow();
    long min = java.util.Arrays.stream(loads).min().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(100 + 39 * 37L);
    List<InventoryEntry> reversed = new ArrayList<>(inventory);
    java.util.Collections.reverse(reversed);
    assertThat(ReadPlanner.plan(reversed, SOURCES, 1 << 20, 4)).isEqualTo(plan);
  }

  private static List<ReadTask> flatten(List<List<ReadTask>> plan) {
    return plan.stream().flatMap(List::stream).toList();
  }
}
