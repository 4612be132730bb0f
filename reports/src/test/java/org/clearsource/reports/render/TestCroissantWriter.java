package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TestCroissantWriter {

  @Test
  void contentUrlsNameTheFileAndNoOther() {
    assertThat(CroissantWriter.relativeUrl("web/100%41.jsonl")).isEqualTo("web/100%2541.jsonl");
    assertThat(CroissantWriter.relativeUrl("web/a b#c?.txt")).isEqualTo("web/a%20b%23c%3F.txt");
    assertThat(CroissantWriter.relativeUrl("web/[x]{y}.txt")).isEqualTo("web/%5Bx%5D%7By%7D.txt");
    assertThat(CroissantWriter.relativeUrl("web/münchen.txt")).isEqualTo("web/m%C3%BCnchen.txt");
    for (String path : new String[] {"web/100%41.jsonl", "web/a b#c?.txt", "web/co:lon\\x.txt"}) {
      assertThat(URI.create(CroissantWriter.relativeUrl(path)).getPath()).isEqualTo(path);
    }
  }
}
