package org.clearsource.cluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bin/clearsource submit} has help, and the CLI's help names it. */
class TestSubmitScript {

  private static final Path SCRIPT =
      Path.of("..", "bin", "clearsource").toAbsolutePath().normalize();

  @Test
  void submitHelpExitsZeroAndTheTopLevelHelpListsSubmit() throws Exception {
    for (String help : new String[] {"--help", "-h"}) {
      Process process = new ProcessBuilder("bash", SCRIPT.toString(), "submit", help)
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(output).isZero();
      assertThat(output).contains("Usage: bin/clearsource submit --master URL")
          .contains("win over Clearsource's defaults");
    }
    TestMain.Result top = TestMain.run("--help");
    assertThat(top.out()).contains("bin/clearsource submit --master URL");
  }
}
