package org.clearsource.ingestion.crawl;

import java.util.Locale;

/**
 * Why the crawl left an entry of a source's tree unread. Every skipped entry is listed in the
 * inventory with its reason and counted per source ({@code files_skipped.<reason>}), so that a
 * report can say what was not read, and why.
 */
public enum SkipReason {
  /** A name starting with "." or "_" (like {@code .git} or Spark's {@code _SUCCESS}). */
  HIDDEN("a hidden name (starting with \".\" or \"_\"); options.include_hidden reads it"),
  /** A path matching one of the source's {@code options.exclude} patterns. */
  EXCLUDED("matches an options.exclude pattern"),
  /** Neither a regular file nor a directory: a FIFO, socket or device would block or never end. */
  SPECIAL_FILE("neither a regular file nor a directory (a FIFO, socket or device)"),
  /** A symbolic link to a place outside the source's root, not followed by default. */
  LINK_OUTSIDE_ROOT(
      "a symbolic link to a place outside the source's root; options.follow_links follows it"),
  /** A symbolic link whose target does not exist. */
  DANGLING_LINK("a symbolic link whose target does not exist"),
  /** A link to a directory that is being listed already: following it would never end. */
  LINK_LOOP("a symbolic link back to a directory above it"),
  /** A second path (through a symbolic link) to a file that is listed under another path. */
  DUPLICATE_LINK("another path to a file that is read under its own path");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** The reason as the inventory and the stats name it, e.g. {@code link_outside_root}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the reason means, for people. */
  public String description() {
    return description;
  }
}
