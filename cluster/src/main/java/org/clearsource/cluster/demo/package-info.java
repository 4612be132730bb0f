/**
 * The deterministic generator of the bundled demo corpus in {@code examples/demo}: every source
 * format, licence signal, opt-out, duplicate and bad record Clearsource audits, planted on purpose.
 * All text is synthesized here from word lists and templates; licence texts come from the SPDX
 * list.
 */
package org.clearsource.cluster.demo;
