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

  @Test
  void readsHostsAndPathsOfUrlsThatJavaNetUriRejects() {
    assertThat(UrlParts.host("https://site.example/a|b")).isEqualTo("site.example");
    assertThat(UrlParts.host("https://site.example/{id}?q={x}")).isEqualTo("site.example");
    assertThat(UrlParts.host("https://site.example/x^y")).isEqualTo("site.example");
    assertThat(UrlParts.host("https://site.example/p?q=%zz")).isEqualTo("site.example");
    assertThat(UrlParts.host("https://my_blog.site.example/")).isEqualTo("my_blog.site.example");
    assertThat(UrlParts.domain(UrlParts.host("https://my_blog.site.example/")))
        .isEqualTo("site.example");
    assertThat(UrlParts.path("https://site.example/a|b/{c}?q")).isEqualTo("/a|b/%7Bc%7D");
  }

  @Test
  void writesInternationalizedHostsAndDomainsAsPunycode() {
    assertThat(UrlParts.host("https://www.m\u00fcnchen.example/robots.txt"))
        .isEqualTo("www.xn--mnchen-3ya.example");
    assertThat(UrlParts.host("https://www.xn--mnchen-3ya.example/"))
        .isEqualTo("www.xn--mnchen-3ya.example");
    assertThat(UrlParts.domain("www.xn--mnchen-3ya.example")).isEqualTo("xn--mnchen-3ya.example");
  }
}
