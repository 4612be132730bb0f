package org.clearsource.dedup.contamination;

import java.io.Serializable;

/**
 * One item of an evaluation set.
 *
 * @param setId the evaluation set's id in the manifest
 * @param docId the item's doc_id in the evaluation documents table
 * @param recordId the item's own id (its JSON id field), or null
 */
public record EvaluationItem(String setId, String docId, String recordId) implements Serializable {}
