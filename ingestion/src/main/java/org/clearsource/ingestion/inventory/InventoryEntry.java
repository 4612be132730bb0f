package org.clearsource.ingestion.inventory;

import java.io.Serializable;
import org.clearsource.ingestion.crawl.ListedFile;
import org.clearsource.ingestion.read.Compression;
import org.clearsource.ingestion.read.ContentFormat;

/**
 * One row of the inventory table: a listed file with what its bytes say it is.
 *
 * @param file the file as listed
 * @param compression compression detected from its magic bytes
 * @param format content format detected from its (uncompressed) first bytes
 * @param sha256 hex SHA-256 of the file's bytes as stored, or null when it could not be read
 * @param error why the file could not be opened, or null
 */
public record InventoryEntry(
    ListedFile file, Compression compression, ContentFormat format, String sha256, String error)
    implements Serializable {

  public boolean readable() {
    return error == null;
  }
}
