/**
 * The audit policy (YAML, docs/policy.md) and the verdict it gives on a report model. A rule whose
 * stage did not run is "not evaluated", and fails only when the policy requires that stage.
 */
package org.clearsource.reports.policy;
