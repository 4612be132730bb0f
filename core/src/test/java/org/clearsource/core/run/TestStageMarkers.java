package org.clearsource.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStageMarkers {

  @Test
  void aStageIsCompleteOnlyWithItsOwnFingerprint(@TempDir Path dir) throws Exception {
    RunLayout layout = new RunLayout(dir.toUri().toString());
    Configuration conf = new Configuration();
    String fingerprint = StageMarkers.fingerprint().add("manifest", "a").add("files", 3).build();
    assertThat(fingerprint).hasSize(64)
        .isEqualTo(StageMarkers.fingerprint().add("manifest", "a").add("files", 3).build())
        .isNotEqualTo(StageMarkers.fingerprint().add("manifest", "a").add("files", 4).build())
        .isNotEqualTo(StageMarkers.fingerprint().add("manifesta", "").add("files", 3).build());

    assertThat(StageMarkers.isComplete(layout, "ingest", fingerprint, conf)).isFalse();
    StageMarkers.markComplete(layout, "ingest", fingerprint, conf);
    assertThat(StageMarkers.isComplete(layout, "ingest", fingerprint, conf)).isTrue();
    assertThat(StageMarkers.isComplete(layout, "ingest", "other", conf)).isFalse();
    assertThat(StageMarkers.isComplete(layout, "dedup", fingerprint, conf)).isFalse();

    Files.writeString(dir.resolve("_markers/ingest.json"), "{not json");
    assertThat(StageMarkers.isComplete(layout, "ingest", fingerprint, conf)).isFalse();
    StageMarkers.clear(layout, "ingest", conf);
    assertThat(dir.resolve("_markers/ingest.json")).doesNotExist();
  }
}
