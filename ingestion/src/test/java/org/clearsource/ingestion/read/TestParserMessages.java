package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestParserMessages {

  @Test
  void keepsTheDescriptionAndDropsWhatTheParserQuotes() {
    assertThat(ParserMessages.withoutContent(
        "Unrecognized token 'secret': was expecting (JSON String, Number, Array, Object)"))
        .isEqualTo("Unrecognized token");
    assertThat(ParserMessages.withoutContent("Unexpected character ('s' (code 115))"))
        .isEqualTo("Unexpected character");
    assertThat(ParserMessages.withoutContent("invalid WARC record at position 12: GET /secret"))
        .isEqualTo("invalid WARC record");
    assertThat(ParserMessages.withoutContent("Invalid byte 115 at offset 0 in 'secret' len=8"))
        .isEqualTo("Invalid byte");
    assertThat(ParserMessages.withoutContent("Truncated TAR archive"))
        .isEqualTo("Truncated TAR archive");
    assertThat(ParserMessages.withoutContent("'secret' is not valid")).isEqualTo("parse error");
    assertThat(ParserMessages.withoutContent(null)).isEqualTo("parse error");
    // Escaped to printable ASCII: a message is not to be trusted either.
    assertThat(ParserMessages.withoutContent("bad \u001b thing")).isEqualTo("bad \\u001b thing");
  }
}
