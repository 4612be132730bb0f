/**
 * Rights-reservation (opt-out) signals for text and data mining, and a verdict per document.
 *
 * <ul>
 *   <li>{@link org.clearsource.licensing.optout.RobotsTxt}: robots.txt per RFC 9309, with {@link
 *       org.clearsource.licensing.optout.AiCrawlers} judging the AI crawler agents;
 *   <li>{@link org.clearsource.licensing.optout.TdmRep} and {@link
 *       org.clearsource.licensing.optout.TdmRepFile}: the W3C TDMRep header, meta tag and {@code
 *       /.well-known/tdmrep.json};
 *   <li>{@link org.clearsource.licensing.optout.NoAi}: {@code noai} and {@code noimageai} in meta
 *       robots and {@code X-Robots-Tag};
 *   <li>{@link org.clearsource.licensing.optout.OptOutJudge}: combines them into an {@link
 *       org.clearsource.licensing.optout.OptOutVerdict} per document.
 * </ul>
 *
 * <p>Plain Java, no Spark. Parsed rules are immutable and serializable; the judge caches parsed
 * site files per host and is safe to share between threads.
 */
package org.clearsource.licensing.optout;
