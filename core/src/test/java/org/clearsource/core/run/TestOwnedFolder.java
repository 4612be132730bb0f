package org.clearsource.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.ClearsourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestOwnedFolder {

  private final Configuration conf = new Configuration();

  @Test
  void aNewOrEmptyFolderIsMarkedAndAMarkedOneAccepted(@TempDir Path dir) throws Exception {
    Path fresh = dir.resolve("a/b/run");
    OwnedFolder.claim(fresh.toString(), "the run directory (--out)", conf);
    assertThat(fresh.resolve(OwnedFolder.MARKER)).isRegularFile();
    Files.writeString(fresh.resolve("stats.json"), "{}");
    OwnedFolder.claim(fresh.toString(), "the run directory (--out)", conf);
    OwnedFolder.checkOwned(fresh.toString(), "the run directory", conf);

    Path empty = Files.createDirectories(dir.resolve("empty"));
    OwnedFolder.claim(empty.toUri().toString(), "the clean-output folder", conf);
    assertThat(empty.resolve(OwnedFolder.MARKER)).isRegularFile();
  }

  @Test
  void aFolderWithOtherFilesIsRefusedUntouched(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("data.jsonl"), "{}");
    assertThatThrownBy(() -> OwnedFolder.claim(dir.toString(), "the run directory (--out)", conf))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("Cannot use " + dir + " as the run directory (--out): it holds"
            + " files that Clearsource did not write")
        .hasMessageContaining("Fix:");
    assertThatThrownBy(() -> OwnedFolder.checkOwned(dir.toString(), "the clean corpus", conf))
        .hasMessageContaining("has no " + OwnedFolder.MARKER);
    assertThat(dir.resolve(OwnedFolder.MARKER)).doesNotExist();
    assertThat(dir.resolve("data.jsonl")).hasContent("{}");
  }
}
