/**
 * The contamination check: which corpus documents share a long word n-gram (13 words by default)
 * with an item of an evaluation set. {@link org.clearsource.dedup.contamination.NgramIndex} holds
 * every n-gram of the evaluation items in a compact hash table that a Spark task can hold and
 * probe for each n-gram of each document.
 */
package org.clearsource.dedup.contamination;
