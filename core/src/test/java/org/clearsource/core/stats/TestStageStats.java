package org.clearsource.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class TestStageStats {

  @Test
  void totalsAreSumsOfSourcesAndTheJsonRoundTripsByteStable() throws Exception {
    StageStats stats =
        StageStats.builder("ingest")
            .add("b", "documents", 3)
            .add("a", "documents", 2)
            .add("a", "quarantined.malformed_json", 1)
            .add("a", "documents", 1)
            .source("empty")
            .build();
    assertThat(stats.total("documents")).isEqualTo(6);
    assertThat(stats.count("a", "documents")).isEqualTo(3);
    assertThat(stats.count("empty", "documents")).isZero();
    assertThat(stats.withPrefix("a", "quarantined")).containsEntry("malformed_json", 1L);

    ByteArrayOutputStream first = new ByteArrayOutputStream();
    stats.write(first);
    StageStats back = StageStats.read(new ByteArrayInputStream(first.toByteArray()));
    assertThat(back).isEqualTo(stats);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    back.write(second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    assertThat(first.toString()).contains("\"a\"").containsSubsequence("\"a\"", "\"b\"", "\"empty\"");
  }
}
