package org.clearsource.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clearsource.cluster.cli.TestMain.Result;
import org.clearsource.core.spark.SharedSparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun skips a stage only when nothing it depends on changed, the manifest's declarations
 * included (every field is covered: TestManifestDigest).
 */
class TestStageReruns {

  private static final String MANIFEST = """
      dataset: {name: tiny, version: "1", curator: c, contact: c@example.org}
      sources:
        - id: notes
          class: open
          paths: [data]
          format: text
          provenance: {obtain_from: https://notes.example, how_obtained: internal,
            license: MIT}
      """;

  private static final String SKIPPED = "already complete in this run directory: skipped";

  @Test
  void aChangedDeclaredLicenceRerunsEveryStageAndACommentNone(@TempDir Path dir)
      throws Exception {
    SharedSparkSession.get();
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/a.txt"), "Copyright 2024 Example Ltd. MIT License text.");
    Files.writeString(dir.resolve("data/b.txt"), "Another short note about nothing at all.");
    Path manifest = dir.resolve("manifest.yaml");
    Files.writeString(manifest, MANIFEST);
    String out = dir.resolve("run").toString();
    for (String stage : new String[] {"ingest", "dedup", "scan"}) {
      Result first = TestMain.run(stage, manifest.toString(), "--out", out);
      assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
    }

    Files.writeString(manifest, "# reviewed\n" + MANIFEST);
    for (String stage : new String[] {"ingest", "dedup", "scan"}) {
      Result again = TestMain.run(stage, manifest.toString(), "--out", out);
      assertThat(again.err()).as(stage).contains("[" + stage).contains(SKIPPED);
    }

    Files.writeString(manifest, MANIFEST.replace("license: MIT", "license: Apache-2.0"));
    for (String stage : new String[] {"ingest", "dedup", "scan"}) {
      Result changed = TestMain.run(stage, manifest.toString(), "--out", out);
      assertThat(changed.code()).as(changed.err()).isEqualTo(ExitCodes.OK);
      assertThat(changed.err()).as(stage).doesNotContain(SKIPPED);
    }
  }
}
