package org.clearsource.cluster.spark;

/**
 * One cell of the source overlap matrix (a row of {@code dedup/overlap}).
 *
 * @param sourceA the source whose documents are counted
 * @param sourceB the source they share a duplicate cluster with (A itself: with another of A)
 * @param documents documents of A in a cluster with a document of B
 * @param share {@code documents} over the documents of A
 */
public record SourceOverlap(String sourceA, String sourceB, long documents, double share) {}
