package org.clearsource.ingestion.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.clearsource.core.manifest.Source;
import org.clearsource.ingestion.inventory.InventoryEntry;
import org.clearsource.ingestion.read.Compression;
import org.clearsource.ingestion.read.ContentFormat;

/**
 * Cuts the inventory into read tasks and packs them into balanced partitions. Splittable files
 * (uncompressed JSONL, Parquet) larger than the split size are read in parallel byte ranges; a
 * compressed file or an archive is one task. The plan depends only on the inventory and the
 * settings, never on timing, so reruns read the same records in the same partitions.
 */
public final class ReadPlanner {

  private ReadPlanner() {}

  /**
   * @param inventory readable files, any order
   * @param sources the manifest's sources by id
   * @param splitBytes target bytes per split of a splittable file
   * @param minPartitions at least this many partitions when there are enough tasks
   * @return partitions, each a list of tasks; tasks in a partition sorted by URI and offset
   */
  public static List<List<ReadTask>> plan(
      List<InventoryEntry> inventory,
      Map<String, Source> sources,
      long splitBytes,
      int minPartitions) {
    if (splitBytes <= 0) {
      throw new IllegalArgumentException("Cannot split files into " + splitBytes + "-byte ranges");
    }
    List<ReadTask> tasks = new ArrayList<>();
    long totalBytes = 0;
    for (InventoryEntry entry : inventory) {
      Source source = sources.get(entry.file().sourceId());
      if (source == null) {
        throw new IllegalArgumentException(
            "Cannot plan reading " + entry.file().uri() + ": unknown source " + entry.file().sourceId());
      }
      boolean unshareable = source.osaidClass().isUnshareable();
      long size = entry.file().size();
      totalBytes += size;
      if (isSplittable(entry) && size > splitBytes) {
        for (long start = 0; start < size; start += splitBytes) {
          long end = start + splitBytes >= size ? Long.MAX_VALUE : start + splitBytes;
          tasks.add(new ReadTask(entry, start, end, source.options(), unshareable));
        }
      } else {
        tasks.add(new ReadTask(entry, 0, Long.MAX_VALUE, source.options(), unshareable));
      }
    }
    long target = Math.max(splitBytes, totalBytes / Math.max(1, minPartitions));
    int partitions = (int) Math.max(1, Math.min(tasks.size(),
        Math.max(minPartitions, (totalBytes + target - 1) / target)));
    return pack(tasks, partitions);
  }

  static boolean isSplittable(InventoryEntry entry) {
    return entry.format() == ContentFormat.PARQUET
        || (entry.format() == ContentFormat.JSONL && entry.compression() == Compression.NONE);
  }

  /** Largest task first onto the least loaded partition; ties go to the lowest index. */
  private static List<List<ReadTask>> pack(List<ReadTask> tasks, int partitions) {
    List<ReadTask> bySize = new ArrayList<>(tasks);
    bySize.sort(
        Comparator.comparingLong(ReadTask::weight).reversed()
            .thenComparing(task -> task.entry().file().uri())
            .thenComparingLong(ReadTask::start));
    List<List<ReadTask>> result = new ArrayList<>();
    long[] load = new long[partitions];
    PriorityQueue<Integer> leastLoaded =
        new PriorityQueue<>(Comparator.<Integer>comparingLong(i -> load[i]).thenComparing(i -> i));
    for (int i = 0; i < partitions; i++) {
      result.add(new ArrayList<>());
      leastLoaded.add(i);
    }
    for (ReadTask task : bySize) {
      int partition = leastLoaded.poll();
      result.get(partition).add(task);
      load[partition] += task.weight();
      leastLoaded.add(partition);
    }
    for (List<ReadTask> partition : result) {
      partition.sort(
          Comparator.comparing((ReadTask task) -> task.entry().file().uri())
              .thenComparingLong(ReadTask::start));
    }
    result.removeIf(List::isEmpty);
    return result;
  }
}
