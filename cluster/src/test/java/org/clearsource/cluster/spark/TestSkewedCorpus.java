package org.clearsource.cluster.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.dedup.spark.DedupSettings;
import org.clearsource.ingestion.spark.IngestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skew: one source is 100,000 copies of one boilerplate page, each with its own page number, so
 * that every copy is a near duplicate of every other and they all share LSH buckets. Dedup must
 * pair them in linear, not quadratic, numbers and put them in one cluster; the scan must get
 * through them like any other documents.
 */
class TestSkewedCorpus {

  static final int PAGES = 100_000;
  static final String TEMPLATE = "This page is part of the archive of the Example Shop. Every"
      + " product we ever sold is listed in the archive, with its price at the time, its maker"
      + " and the date it was withdrawn. Use the search box to find a product by name, or browse"
      + " by category. Prices are shown in euros and include VAT. Copyright 2024 Example Shop Ltd."
      + " All rights reserved.";

  @Test
  void aHundredThousandCopiesOfOnePageAreOneClusterFoundInLinearPairs(@TempDir Path dir)
      throws IOException {
    SharedSparkSession.get();
    Files.createDirectories(dir.resolve("shop"));
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("shop/pages.jsonl"))) {
      for (int page = 0; page < PAGES; page++) {
        out.write("{\"id\":\"page-" + page + "\",\"text\":\"Archive page " + page + ". "
            + TEMPLATE + "\"}\n");
      }
    }
    Files.writeString(dir.resolve("manifest.yaml"), """
        dataset: {name: skew, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: shop
            class: public
            paths: [shop]
            provenance: {obtain_from: https://shop.example, how_obtained: crawl}
        """);
    Manifest manifest = ManifestReader.read(dir.resolve("manifest.yaml").toString(),
        new org.apache.hadoop.conf.Configuration());
    RunLayout layout = new RunLayout(dir.resolve("run").toString());

    try (AuditPipeline pipeline = AuditPipeline.start(null, Map.of())) {
      pipeline.ingest(manifest, layout, IngestSettings.defaults(), (stage, message) -> { });
      StageStats dedup = pipeline.dedup(manifest, layout, DedupSettings.defaults(),
          (stage, message) -> { });
      StageStats scan = pipeline.scan(manifest, layout, (stage, message) -> { });

      assertThat(dedup.count("shop", "documents")).isEqualTo(PAGES);
      assertThat(dedup.count("shop", "clusters")).isEqualTo(1);
      assertThat(dedup.count("shop", "exact_duplicates") + dedup.count("shop", "near_duplicates"))
          .isEqualTo(PAGES - 1);
      JsonNode figures = new ObjectMapper().readTree(dir.resolve("run/dedup/parameters.json")
          .toFile()).get("figures");
      assertThat(figures.get("oversized_buckets").asLong()).isGreaterThanOrEqualTo(1);
      // All pairs of one bucket would be 5 billion; the bucket pairer makes about 2 per member.
      assertThat(figures.get("candidate_pairs").asLong()).isLessThan(30L * PAGES);

      assertThat(scan.count("shop", "documents")).isEqualTo(PAGES);
      assertThat(scan.count("shop", "copyright_notices")).isEqualTo(PAGES);
      assertThat(scan.count("shop", "license_class.all_rights_reserved")).isEqualTo(PAGES);
    }
  }
}
