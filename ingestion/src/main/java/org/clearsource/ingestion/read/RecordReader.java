package org.clearsource.ingestion.read;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A streaming reader over one file (or one split of it): memory stays bounded whatever the file's
 * size. Never throws for bad records: they come back as {@link Quarantined}. Only a failure to open
 * the input at all is thrown, by the factory that creates the reader.
 */
public interface RecordReader extends Iterator<ReadOutcome>, Closeable {}
