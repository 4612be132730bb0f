/**
 * From LSH buckets to duplicate clusters, as streaming steps over sorted records (so that a Spark
 * task holds O(1) state whatever the bucket or component size): {@link
 * org.clearsource.dedup.cluster.BucketPairer} (candidate pairs of a bucket, a star and a chain for
 * oversized ones), {@link org.clearsource.dedup.cluster.StarContraction} (the large-star and
 * small-star steps of a distributed connected-components algorithm) and {@link
 * org.clearsource.dedup.cluster.RepresentativeRule} (which document of a cluster is kept).
 */
package org.clearsource.dedup.cluster;
