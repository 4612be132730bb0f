package org.clearsource.ingestion.plan;

import org.clearsource.ingestion.read.ReadOutcome;

/** One outcome of a read task, with the task it came from. */
public record TaskOutcome(ReadTask task, ReadOutcome outcome) {}
