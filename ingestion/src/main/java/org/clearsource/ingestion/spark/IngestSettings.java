package org.clearsource.ingestion.spark;

/**
 * Settings of the ingest stage. Build with {@link #builder()}; every default is documented there.
 *
 * @param splitBytes bytes per parallel split of a splittable file
 * @param quarantineUnreadableFiles record a file that cannot be opened as a quarantined record
 *     instead of stopping the run
 * @param crawlThreads directories listed at once
 */
public record IngestSettings(long splitBytes, boolean quarantineUnreadableFiles, int crawlThreads) {

  public IngestSettings {
    if (splitBytes < 1 << 16) {
      throw new IllegalArgumentException(
          "Cannot split files into " + splitBytes + "-byte ranges: use at least 64 KiB");
    }
    if (crawlThreads < 1) {
      throw new IllegalArgumentException("Cannot crawl with " + crawlThreads + " threads");
    }
  }

  public static IngestSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IngestSettings}. */
  public static final class Builder {
    private long splitBytes = 128L << 20;
    private boolean quarantineUnreadableFiles;
    private int crawlThreads = 16;

    private Builder() {}

    /** Default: 128 MiB, like an HDFS block. */
    public Builder splitBytes(long bytes) {
      this.splitBytes = bytes;
      return this;
    }

    /** Default: off; an unreadable file stops the run with its name. */
    public Builder quarantineUnreadableFiles() {
      this.quarantineUnreadableFiles = true;
      return this;
    }

    /** Default: 16, which keeps an object store's listing latency hidden. */
    public Builder crawlThreads(int threads) {
      this.crawlThreads = threads;
      return this;
    }

    public IngestSettings build() {
      return new IngestSettings(splitBytes, quarantineUnreadableFiles, crawlThreads);
    }
  }
}
