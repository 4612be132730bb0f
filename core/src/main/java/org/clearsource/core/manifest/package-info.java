/**
 * The corpus manifest: what the corpus owner declares, read from YAML and validated before any Spark
 * work starts. See docs/manifest.md.
 */
package org.clearsource.core.manifest;
