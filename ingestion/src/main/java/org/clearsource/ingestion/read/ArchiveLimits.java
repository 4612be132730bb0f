package org.clearsource.ingestion.read;

/**
 * Safety limits for reading an archive, so that a decompression bomb can exhaust neither memory nor
 * time. {@link #defaults()} documents every default.
 *
 * @param maxEntryBytes a member larger than this is quarantined {@link
 *     QuarantineReason#RECORD_TOO_LARGE} without being held in memory
 * @param maxTotalBytes once the members read or skipped add up to more than this, reading stops
 *     with one {@link QuarantineReason#EXPANSION_LIMIT} row
 * @param maxExpansionRatio a zip member that expands more than this many times its compressed size
 *     (judged once it passes {@link ArchiveReader#RATIO_GRACE_BYTES}) is quarantined {@link
 *     QuarantineReason#EXPANSION_LIMIT}
 * @param maxEntries once an archive has more entries than this (directories included), reading
 *     stops with one {@link QuarantineReason#EXPANSION_LIMIT} row
 */
public record ArchiveLimits(
    long maxEntryBytes, long maxTotalBytes, int maxExpansionRatio, int maxEntries) {

  public static final long DEFAULT_MAX_ENTRY_BYTES = 32L << 20;

  public static final long DEFAULT_MAX_TOTAL_BYTES = 64L << 30;

  public static final int DEFAULT_MAX_EXPANSION_RATIO = 200;

  public static final int DEFAULT_MAX_ENTRIES = 1_000_000;

  public ArchiveLimits {
    if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxExpansionRatio <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException(
          "Cannot use archive limits that are not all positive: " + maxEntryBytes
              + " entry bytes, " + maxTotalBytes + " total bytes, expansion ratio "
              + maxExpansionRatio + ", " + maxEntries + " entries");
    }
  }

  /**
   * Members up to 32 MiB, 64 GiB of members in all, zip members expanding at most 200 times, at
   * most 1,000,000 entries.
   */
  public static ArchiveLimits defaults() {
    return defaults(DEFAULT_MAX_ENTRY_BYTES);
  }

  /** The {@link #defaults()}, with members limited to {@code maxEntryBytes} (max_record_bytes). */
  public static ArchiveLimits defaults(long maxEntryBytes) {
    return new ArchiveLimits(
        maxEntryBytes, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_EXPANSION_RATIO, DEFAULT_MAX_ENTRIES);
  }
}
