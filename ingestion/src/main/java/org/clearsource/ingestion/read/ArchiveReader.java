package org.clearsource.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.clearsource.core.manifest.ReaderOptions;

/**
 * Reads the members of a tar or zip archive as it streams past: each regular file becomes one
 * outcome located at {@code entry:PATH}, its text decoded by the same rules as a whole text file
 * ({@link TextFileReader}). Directories, links, devices and other non-regular entries are not
 * records. Nested archives and compressed members are not descended into: they are binary content.
 *
 * <p>Safety limits ({@link ArchiveLimits}) keep a decompression bomb from exhausting memory or
 * time. A member over the size limit ({@link QuarantineReason#RECORD_TOO_LARGE}) or the expansion
 * ratio ({@link QuarantineReason#EXPANSION_LIMIT}) is quarantined without being held, and reading
 * goes on; skipping its rest still counts towards the total. Once the archive expands beyond the
 * total or holds too many entries, one {@link QuarantineReason#EXPANSION_LIMIT} row, located at
 * the entry where it happened, ends the reading. A truncated or damaged archive ends with one
 * {@link QuarantineReason#TRUNCATED_INPUT} or {@link QuarantineReason#CORRUPT_INPUT} row. When an
 * entry's header cannot be read its path is unknown: that row is located at {@code entry:#N}, N
 * the entry's 0-based position in the archive. A path met a second time (tar and zip allow it) is
 * located at {@code entry:#N:PATH}, so that each member has an id of its own.
 *
 * <p>Zip archives are read without their central directory, so a zip member's symlink flag is not
 * seen (such a member reads as a small file holding its target), and a zip cut inside a local
 * header or inside the central directory reads as complete up to its last whole member. Stored
 * (uncompressed) zip members with a data descriptor are refused rather than buffered.
 */
public final class ArchiveReader extends AdvancingReader {

  /**
   * A member's expansion ratio is judged only past this many bytes, so that small, very repetitive
   * files (which compress extremely well) are not taken for bombs.
   */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  private static final int SKIP_BYTES = 1 << 20;

  private final ArchiveInputStream<? extends ArchiveEntry> archive;
  private final ZipArchiveInputStream zip;
  private final ArchiveLimits limits;
  private final long maxEntryBytes;
  private long totalBytes;
  private int entries;
  /** The member paths met so far; at most {@link ArchiveLimits#maxEntries()} of them. */
  private final Set<String> seenPaths = new HashSet<>();

  private ArchiveReader(
      ArchiveInputStream<? extends ArchiveEntry> archive,
      ArchiveLimits limits,
      long maxEntryBytes) {
    this.archive = archive;
    this.zip = archive instanceof ZipArchiveInputStream z ? z : null;
    this.limits = limits;
    this.maxEntryBytes = maxEntryBytes;
  }

  /**
   * Reads the members of an archive.
   *
   * @param uncompressed the archive's bytes (a .tar.gz already decompressed); closed by {@link
   *     #close()}
   * @param format {@link ContentFormat#TAR} or {@link ContentFormat#ZIP}
   * @param options the record size limit: a member is read only up to the smaller of {@code
   *     max_record_bytes} and {@link ArchiveLimits#maxEntryBytes()}
   * @param limits the safety limits
   */
  public static RecordReader open(
      InputStream uncompressed, ContentFormat format, ReaderOptions options, ArchiveLimits limits) {
    Objects.requireNonNull(uncompressed, "Cannot read an archive without a stream");
    Objects.requireNonNull(options, "Cannot read an archive without reader options");
    Objects.requireNonNull(limits, "Cannot read an archive without safety limits");
    ArchiveInputStream<? extends ArchiveEntry> archive;
    if (format == ContentFormat.TAR) {
      archive = new TarArchiveInputStream(uncompressed, StandardCharsets.UTF_8.name());
    } else if (format == ContentFormat.ZIP) {
      // No stored entries with a data descriptor: their end can only be found by buffering them.
      archive = new ZipArchiveInputStream(uncompressed, StandardCharsets.UTF_8.name(), true, false);
    } else {
      throw new IllegalArgumentException(
          "Cannot read " + format + " content as an archive: only tar and zip are archives");
    }
    long maxEntryBytes = Math.min(limits.maxEntryBytes(), options.maxRecordBytes());
    return new ArchiveReader(archive, limits, maxEntryBytes);
  }

  @Override
  void closeInput() throws IOException {
    archive.close();
  }

  @Override
  ReadOutcome advance() {
    while (true) {
      ArchiveEntry entry;
      try {
        entry = archive.getNextEntry();
      } catch (IOException | RuntimeException e) {
        // Commons Compress reports some damaged headers with unchecked exceptions.
        return stop(Quarantined.of("entry:#" + entries, reasonFor(e), describe(e), null, 0));
      }
      if (entry == null) {
        finish();
        return null;
      }
      String locator = locatorOf(entry.getName(), entries);
      entries++;
      if (entries > limits.maxEntries()) {
        return stop(new Quarantined(locator, QuarantineReason.EXPANSION_LIMIT,
            "the archive has more than " + limits.maxEntries() + " entries; reading stopped",
            null));
      }
      if (isRegularFile(entry)) {
        return readEntry(entry, locator);
      }
    }
  }

  private ReadOutcome readEntry(ArchiveEntry entry, String locator) {
    if (!archive.canReadEntryData(entry)) {
      // Encrypted, or compressed with a method the streaming reader lacks; the archive skips it.
      return new Quarantined(locator, QuarantineReason.CORRUPT_INPUT,
          "the member is encrypted or uses an unsupported compression method", null);
    }
    String path = entry.getName();
    EntryStream content = new EntryStream();
    ReadOutcome outcome;
    if (entry.getSize() > maxEntryBytes) {
      outcome = new Quarantined(locator, QuarantineReason.RECORD_TOO_LARGE,
          "member of " + entry.getSize() + " bytes is over the limit of " + maxEntryBytes
              + " bytes", null);
    } else {
      TextDecoding.Decoded decoded = TextDecoding.read(content, maxEntryBytes);
      if (decoded instanceof TextDecoding.Failure failure && failure.endsStream()) {
        return stop(failure.outcome(locator, null, Map.of()));
      }
      outcome = decoded.outcome(locator, fileName(path), Map.of(MetadataKeys.ARCHIVE_ENTRY, path));
    }
    // Whatever was left unread still counts towards the archive's total and the member's ratio.
    try {
      content.drain();
    } catch (IOException e) {
      return stop(Quarantined.of(locator, reasonFor(e), describe(e), null, 0));
    }
    if (content.totalExceeded) {
      return stop(new Quarantined(locator, QuarantineReason.EXPANSION_LIMIT,
          "the archive expands beyond " + limits.maxTotalBytes() + " bytes; reading stopped",
          null));
    }
    if (content.ratioExceeded) {
      return new Quarantined(locator, QuarantineReason.EXPANSION_LIMIT,
          "the member expands more than " + limits.maxExpansionRatio()
              + " times its compressed size (a decompression bomb?)", null);
    }
    return outcome;
  }

  /**
   * {@code entry:PATH} for a member whose path is new in this archive; {@code entry:#N:PATH}, N
   * its 0-based position, for a repeated path (tar and zip both allow them) and for a path that
   * starts with '#', so that every member of one archive has a locator of its own.
   */
  private String locatorOf(String path, int position) {
    if (path.startsWith("#") || !seenPaths.add(path)) {
      return "entry:#" + position + ":" + path;
    }
    return "entry:" + path;
  }

  private ReadOutcome stop(ReadOutcome last) {
    finish();
    return last;
  }

  private static boolean isRegularFile(ArchiveEntry entry) {
    if (entry.isDirectory()) {
      return false;
    }
    if (entry instanceof TarArchiveEntry tar) {
      // TarArchiveEntry.isFile() is true for hard links, FIFOs and devices too.
      byte flag = tar.getLinkFlag();
      return flag == TarConstants.LF_NORMAL
          || flag == TarConstants.LF_OLDNORM
          || flag == TarConstants.LF_CONTIG
          || flag == TarConstants.LF_GNUTYPE_SPARSE;
    }
    return !(entry instanceof ZipArchiveEntry member) || !member.isUnixSymlink();
  }

  private static String fileName(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  private static QuarantineReason reasonFor(Exception e) {
    return TextDecoding.reasonFor(asIo(e));
  }

  private static String describe(Exception e) {
    return TextDecoding.describe(asIo(e));
  }

  private static IOException asIo(Exception e) {
    return e instanceof IOException io ? io : new IOException("damaged input: " + e, e);
  }

  /**
   * The current member's content, counted against the limits as it is read. Once a limit trips it
   * reads as ended, and the trip is remembered for the member's outcome.
   */
  private final class EntryStream extends InputStream {
    private long entryBytes;
    private boolean ratioExceeded;
    private boolean totalExceeded;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (ratioExceeded || totalExceeded) {
        return -1;
      }
      int n = TextDecoding.readSome(archive, buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    /** Skips the rest of the member, counting it, until it ends or the total limit trips. */
    void drain() throws IOException {
      byte[] one = new byte[1];
      while (!totalExceeded) {
        long skipped;
        try {
          skipped = archive.skip(SKIP_BYTES);
        } catch (RuntimeException e) {
          throw asIo(e);
        }
        if (skipped > 0) {
          count(skipped);
          continue;
        }
        // skip() may return 0 before the end; a read tells.
        int n = TextDecoding.readSome(archive, one, 0, 1);
        if (n < 0) {
          return;
        }
        count(n);
      }
    }

    private void count(long bytes) {
      entryBytes += bytes;
      totalBytes += bytes;
      if (totalBytes > limits.maxTotalBytes()) {
        totalExceeded = true;
      } else if (zip != null
          && entryBytes > RATIO_GRACE_BYTES
          && entryBytes / Math.max(1, zip.getCompressedCount()) > limits.maxExpansionRatio()) {
        ratioExceeded = true;
      }
    }
  }
}
