/**
 * Streaming readers of every corpus format, in plain Java: each turns one file (or split) into a
 * lazy stream of {@link org.clearsource.ingestion.read.ReadOutcome}s with bounded memory. Bad
 * records become {@link org.clearsource.ingestion.read.Quarantined} outcomes, never exceptions.
 */
package org.clearsource.ingestion.read;
