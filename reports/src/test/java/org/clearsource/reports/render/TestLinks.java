package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestLinks {

  @Test
  void httpAndHttpsUrlsBecomeLinks() {
    assertThat(Links.safeHttp("https://example.org/a?b=1&c=2#d"))
        .isEqualTo("https://example.org/a?b=1&c=2#d");
    assertThat(Links.safeHttp(" HTTP://Example.org/ ")).isEqualTo("http://Example.org/");
    assertThat(Links.safeHttp("https://example.org/wiki/Gorham_(disambiguation)"))
        .isEqualTo("https://example.org/wiki/Gorham_%28disambiguation%29");
    assertThat(Links.safeHttp("https://example.org/caf\u00e9\"<x>"))
        .isEqualTo("https://example.org/caf%C3%A9%22%3Cx%3E");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x",
      "vbscript:x", "//evil.example/x", "/relative/path", "relative", "https://", "http:///x",
      "https://user@evil.example/", "https://exa mple.org/", "java\tscript:alert(1)",
      "https://example.org/\u0000", "ftp://example.org/", "httpx://example.org/"})
  void everythingElseStaysText(String url) {
    assertThat(Links.safeHttp(url)).isNull();
  }

  @Test
  void splitFindsUrlsInText() {
    List<Links.Part> parts = Links.split(
        "Desk, https://books.example/licensing. Or (see https://x.example/a_(b)), javascript:y");

    assertThat(parts).containsExactly(
        new Links.Part("Desk, ", false),
        new Links.Part("https://books.example/licensing", true),
        new Links.Part(". Or (see ", false),
        new Links.Part("https://x.example/a_(b)", true),
        new Links.Part("), javascript:y", false));
  }
}
