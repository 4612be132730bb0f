package org.clearsource.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestWebUrl {

  @ParameterizedTest
  @ValueSource(strings = {
      "https://site.example/a|b", "https://site.example/search?q=a|b",
      "https://site.example/{id}", "https://site.example/p?x={1}",
      "https://site.example/x^y", "https://site.example/p?q=^",
      "https://site.example/100%zz", "https://site.example/p?q=%zz"})
  void readsTheHostOfUrlsThatJavaNetUriRejects(String url) {
    assertThat(rejectedByUri(url)).as("java.net.URI rejects %s", url).isTrue();
    assertThat(WebUrl.hostOf(url)).isEqualTo("site.example");
  }

  @Test
  void encodesThePathAndQueryAsBrowsersDo() {
    assertThat(WebUrl.parse("https://site.example/{id}/x^y|z").path())
        .isEqualTo("/%7Bid%7D/x%5Ey|z");
    assertThat(WebUrl.parse("https://site.example/100%zz?q=%zz&a=b c").pathAndQuery())
        .isEqualTo("/100%zz?q=%zz&a=b%20c");
    assertThat(WebUrl.parse("https://site.example/caf\u00e9").path()).isEqualTo("/caf%C3%A9");
    assertThat(WebUrl.parse("https://site.example/a/./b/../c#frag").pathAndQuery())
        .isEqualTo("/a/c");
    assertThat(WebUrl.parse("https://site.example").path()).isEqualTo("/");
    assertThat(WebUrl.parse("https://site.example?x").pathAndQuery()).isEqualTo("/?x");
    assertThat(WebUrl.parse("https:\\\\site.example\\private\\x").pathAndQuery())
        .isEqualTo("/private/x");
  }

  @Test
  void acceptsUnderscoresInHostNames() {
    String url = "https://my_site.example/page";
    assertThat(uriHost(url)).as("java.net.URI has no host for it").isNull();
    assertThat(WebUrl.hostOf(url)).isEqualTo("my_site.example");
  }

  @Test
  void writesInternationalizedHostsAsPunycode() {
    assertThat(rejectedByUri("https://m\u00fcnchen.example/a|b")).isTrue();
    assertThat(uriHost("https://m\u00fcnchen.example/")).isNull();
    assertThat(WebUrl.hostOf("https://m\u00fcnchen.example/")).isEqualTo("xn--mnchen-3ya.example");
    assertThat(WebUrl.hostOf("https://M\u00dcNCHEN.Example./robots.txt"))
        .isEqualTo("xn--mnchen-3ya.example");
    assertThat(WebUrl.hostOf("https://xn--mnchen-3ya.example/"))
        .isEqualTo("xn--mnchen-3ya.example");
    assertThat(WebUrl.hostOf("https://m%C3%BCnchen.example/")).isEqualTo("xn--mnchen-3ya.example");
    assertThat(WebUrl.normalizeHost("m\u00fcnchen.example"))
        .isEqualTo(WebUrl.normalizeHost("XN--MNCHEN-3YA.example."));
  }

  @Test
  void lowerCasesHostsAndDropsTheTrailingDot() {
    assertThat(WebUrl.hostOf("HTTP://User:pw@News.BBC.co.uk.:8080/a")).isEqualTo("news.bbc.co.uk");
    assertThat(WebUrl.parse("HTTP://a.example/").scheme()).isEqualTo("http");
  }

  @Test
  void readsIpAddressesAsTheStandardDoes() {
    assertThat(WebUrl.hostOf("http://10.0.0.1/")).isEqualTo("10.0.0.1");
    assertThat(WebUrl.hostOf("http://0x7f.1/")).isEqualTo("127.0.0.1");
    assertThat(WebUrl.hostOf("http://[2001:DB8::1]:80/")).isEqualTo("[2001:db8::1]");
    assertThat(WebUrl.hostOf("http://1.2.3.256/")).isNull();
  }

  @Test
  void hasNoHostWhereTheUrlHasNoUsableOne() {
    assertThat(WebUrl.hostOf("https://")).isNull();
    assertThat(WebUrl.hostOf("https://user@:80/path")).isNull();
    assertThat(WebUrl.hostOf("https://exa mple.com/robots.txt")).isNull();
    assertThat(WebUrl.parse("https://exa mple.com/robots.txt").path()).isEqualTo("/robots.txt");
    assertThat(WebUrl.hostOf("https://site.example:80x/")).isNull();
    assertThat(WebUrl.hostOf("https://a|b.example/")).isNull();
    assertThat(WebUrl.hostOf("https://a%ZZ.example/")).isNull();
    assertThat(WebUrl.hostOf("https://xn--a.example/")).as("invalid punycode").isNull();
    assertThat(WebUrl.parse("mailto:a@b.example")).isNull();
    assertThat(WebUrl.parse("site.example/page")).isNull();
    assertThat(WebUrl.parse("not a url at all ::")).isNull();
    assertThat(WebUrl.parse(null)).isNull();
    assertThat(WebUrl.normalizeHost("")).isNull();
  }

  private static boolean rejectedByUri(String url) {
    try {
      new URI(url);
      return false;
    } catch (java.net.URISyntaxException e) {
      return true;
    }
  }

  /** What java.net.URI makes of a URL's host. */
  private static String uriHost(String url) {
    try {
      return new URI(url).getHost();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
