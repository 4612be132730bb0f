package org.clearsource.ingestion.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestUrlParts {

  @Test
  void hostAndRegistrableDomain() {
    assertThat(UrlParts.host("https://News.BBC.co.uk/a/b?c")).isEqualTo("news.bbc.co.uk");
    assertThat(UrlParts.domain("news.bbc.co.uk")).isEqualTo("bbc.co.uk");
    assertThat(UrlParts.domain("www.example.com")).isEqualTo("example.com");
    assertThat(UrlParts.domain("blog.news-a.example")).isEqualTo("news-a.example");
    assertThat(UrlParts.domain("10.0.0.1")).isEqualTo("10.0.0.1");
    assertThat(UrlParts.host("not a url at all ::")).isNull();
    assertThat(UrlParts.host(null)).isNull();
    assertThat(UrlParts.path("https://a.example")).isEqualTo("/");
    assertThat(UrlParts.path("https://a.example/robots.txt")).isEqualTo("/robots.txt");
  }
}
