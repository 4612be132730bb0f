/**
 * The report model: immutable records built from the manifest, the stages' stats files and a few
 * table aggregates, serialized as {@code data-information.json} (schema in docs/reports.md). Plain
 * Java: every renderer and the policy read this model, never a table.
 */
package org.clearsource.reports.model;
