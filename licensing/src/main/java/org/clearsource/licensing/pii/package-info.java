/**
 * Personal-data indicators as counts only: {@link org.clearsource.licensing.pii.PiiCounter} counts
 * e-mail addresses, phone numbers, IP addresses and payment card numbers in a text and never keeps
 * or returns the values themselves. Plain Java, no Spark; stateless and thread-safe.
 */
package org.clearsource.licensing.pii;
