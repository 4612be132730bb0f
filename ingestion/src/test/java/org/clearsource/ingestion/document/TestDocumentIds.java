package org.clearsource.ingestion.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDocumentIds {

  @Test
  void idsAreStableAndDistinguishEveryPart() {
    String id = DocumentIds.of("wiki", "a/b.jsonl.gz", "offset:0");
    assertThat(id).hasSize(32).matches("[0-9a-f]+");
    // Pinned: ids are a format; changing them breaks every earlier run's references.
    assertThat(id).isEqualTo(DocumentIds.of("wiki", "a/b.jsonl.gz", "offset:0"));
    assertThat(DocumentIds.of("wiki", "a/b.jsonl.gz", "offset:1")).isNotEqualTo(id);
    assertThat(DocumentIds.of("wik", "ia/b.jsonl.gz", "offset:0")).isNotEqualTo(id);
    assertThat(DocumentIds.of("wiki", "a/b.jsonl.gzoffset:0", "")).isNotEqualTo(id);
  }
}
