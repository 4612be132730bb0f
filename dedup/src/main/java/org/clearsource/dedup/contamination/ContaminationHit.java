package org.clearsource.dedup.contamination;

/**
 * A corpus document sharing n-grams with one evaluation item.
 *
 * @param item index of the item in {@link NgramIndex#items()}
 * @param sharedNgrams distinct n-grams of the document that the item also has
 */
public record ContaminationHit(int item, int sharedNgrams) {}
