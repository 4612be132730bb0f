package org.clearsource.ingestion.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable document ids: the first 128 bits of SHA-256 over source id, path below the source's root
 * and locator, in hex. The same input gives the same ids on any machine, at any partitioning, and
 * after the corpus moves to another file system. Ids are unique because no two records of one
 * file share a locator (see {@code ReadOutcome#locator()}: a repeated archive member path gets its
 * position in the locator).
 */
public final class DocumentIds {

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("Cannot find SHA-256, which every JVM has", e);
            }
          });

  private DocumentIds() {}

  public static String of(String sourceId, String relativePath, String locator) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    digest.update(sourceId.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(relativePath.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(locator.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }
}
