package org.clearsource.licensing.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TestRobotsTxt {

  @Test
  void rfc9309ExampleGivesTheAnswersTheRfcGives() throws IOException {
    RobotsTxt robots = RobotsTxt.parse(resource("rfc9309-example.txt"));

    // foobot: everything disallowed except two allowed files.
    assertThat(robots.isAllowed("foobot", "/example/page.html")).isTrue();
    assertThat(robots.isAllowed("foobot", "/example/allowed.gif")).isTrue();
    assertThat(robots.isAllowed("foobot", "/example/other.html")).isFalse();
    assertThat(robots.isAllowed("foobot", "/")).isFalse();
    // barbot and bazbot share one group; the * group does not apply to them.
    assertThat(robots.isAllowed("barbot", "/example/page.html")).isFalse();
    assertThat(robots.isAllowed("bazbot", "/example/page.html")).isFalse();
    assertThat(robots.isAllowed("barbot", "/example/other.html")).isTrue();
    assertThat(robots.isAllowed("barbot", "/picture.gif")).isTrue();
    // quxbot has a group without rules: everything allowed, * not inherited.
    assertThat(robots.isAllowed("quxbot", "/example/")).isTrue();
    assertThat(robots.isAllowed("quxbot", "/x.gif")).isTrue();
    // Any other agent falls back to *.
    assertThat(robots.isAllowed("OtherBot", "/example/page.html")).isFalse();
    assertThat(robots.isAllowed("OtherBot", "/publications/a.html")).isTrue();
    assertThat(robots.isAllowed("OtherBot", "/images/x.gif")).isFalse();
    assertThat(robots.isAllowed("OtherBot", "/images/x.gif?size=2")).isTrue();
    assertThat(robots.isAllowed("OtherBot", "/about")).isTrue();
  }

  @Test
  void longestMatchWinsAndAllowWinsATie() {
    RobotsTxt robots = RobotsTxt.parse("""
        User-Agent: foobot
        Allow: /example/page/
        Disallow: /example/page/disallowed.gif
        Disallow: /folder/
        Allow: /folder/
        Disallow: /a/
        Allow: /a
        """);

    assertThat(robots.isAllowed("foobot", "/example/page/")).isTrue();
    assertThat(robots.isAllowed("foobot", "/example/page/disallowed.gif")).isFalse();
    assertThat(robots.isAllowed("foobot", "/folder/page")).isTrue();
    assertThat(robots.isAllowed("foobot", "/a/b")).isFalse();
    assertThat(robots.isAllowed("foobot", "/abc")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchorMatchAsTheRfcSays() {
    RobotsTxt robots = RobotsTxt.parse("""
        User-agent: *
        Disallow: /*.php$
        Disallow: /private*/secret
        Disallow: /exact$
        Disallow: /fish*
        Allow: /fish/salmon$
        """);

    assertThat(robots.isAllowed("bot", "/index.php")).isFalse();
    assertThat(robots.isAllowed("bot", "/a/b/index.php")).isFalse();
    assertThat(robots.isAllowed("bot", "/index.php?x=1")).isTrue();
    assertThat(robots.isAllowed("bot", "/index.php5")).isTrue();
    assertThat(robots.isAllowed("bot", "/private-area/x/secret/y")).isFalse();
    assertThat(robots.isAllowed("bot", "/privatesecret")).isTrue();
    assertThat(robots.isAllowed("bot", "/exact")).isFalse();
    assertThat(robots.isAllowed("bot", "/exactly")).isTrue();
    assertThat(robots.isAllowed("bot", "/fishing")).isFalse();
    assertThat(robots.isAllowed("bot", "/fish/salmon")).isTrue();
    assertThat(robots.isAllowed("bot", "/fish/salmon/roe")).isFalse();
    assertThat(robots.isAllowed("bot", "/Fish")).isTrue();
  }

  @Test
  void groupsForOneAgentMergeAndStarAppliesOnlyWithoutOne() {
    RobotsTxt robots = RobotsTxt.parse("""
        user-agent: ExampleBot
        disallow: /foo
        disallow: /bar

        user-agent: *
        disallow: /everyone

        user-agent: examplebot
        disallow: /baz
        """);

    assertThat(robots.isAllowed("ExampleBot", "/foo")).isFalse();
    assertThat(robots.isAllowed("ExampleBot", "/bar")).isFalse();
    assertThat(robots.isAllowed("ExampleBot", "/baz")).isFalse();
    assertThat(robots.isAllowed("ExampleBot", "/everyone")).isTrue();
    assertThat(robots.isAllowed("OtherBot", "/everyone")).isFalse();
    assertThat(robots.isAllowed("OtherBot", "/foo")).isTrue();
    assertThat(robots.namesAgent("EXAMPLEBOT/2.0")).isTrue();
    assertThat(robots.namesAgent("OtherBot")).isFalse();
  }

  @Test
  void agentsMatchCaseInsensitivelyOnTheProductToken() {
    RobotsTxt robots = RobotsTxt.parse("User-agent: gptbot/1.1 (+https://openai.com/gptbot)\n"
        + "Disallow: /\n");

    assertThat(robots.isAllowed("GPTBot", "/page")).isFalse();
    assertThat(robots.isAllowed("GPTBOT/2.0", "/page")).isFalse();
    assertThat(robots.isAllowed("GPTBot-Test", "/page")).isTrue();
    assertThat(robots.isAllowed("ChatGPT-User", "/page")).isTrue();
  }

  @Test
  void ignoresBomCrlfCommentsUnknownLinesAndRulesOutsideGroups() {
    RobotsTxt robots = RobotsTxt.parse("\uFEFFDisallow: /orphan\r\n"
        + "Sitemap: https://site.example/sitemap.xml\r\n"
        + "USER-AGENT: * # everyone\r\n"
        + "Crawl-delay: 10\r\n"
        + "this line is nonsense\r\n"
        + "DISALLOW: /private # keep out\r\n"
        + "Disallow:\r\n"
        + "Allow:\r");

    assertThat(robots.isAllowed("bot", "/orphan")).isTrue();
    assertThat(robots.isAllowed("bot", "/private/x")).isFalse();
    assertThat(robots.isAllowed("bot", "/public")).isTrue();
  }

  @Test
  void comparesPercentEncodedPaths() {
    RobotsTxt robots = RobotsTxt.parse("""
        User-agent: *
        Disallow: /path/ä
        Disallow: /%7Ejoe/
        Disallow: /a%2fb
        """);

    assertThat(robots.isAllowed("bot", "/path/%C3%A4")).isFalse();
    assertThat(robots.isAllowed("bot", "/path/%c3%a4/x")).isFalse();
    assertThat(robots.isAllowed("bot", "/~joe/index.html")).isFalse();
    assertThat(robots.isAllowed("bot", "/a%2Fb")).isFalse();
    assertThat(robots.isAllowed("bot", "/a/b")).isTrue();
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowed() {
    RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n");

    assertThat(robots.isAllowed("bot", "/robots.txt")).isTrue();
    assertThat(robots.isAllowed("bot", "/")).isFalse();
    assertThat(robots.isAllowed("bot", null)).isFalse();
  }

  @Test
  void readsOnlyTheFirst500KibAndDropsTheLineCut() {
    String filler = "# " + "x".repeat(98) + "\n";
    String padding = filler.repeat(RobotsTxt.MAX_BYTES / filler.length());
    String body = "User-agent: *\nDisallow: /early\n" + padding + "Disallow: /late\n";

    RobotsTxt robots = RobotsTxt.parse(body);

    assertThat(body.length()).isGreaterThan(RobotsTxt.MAX_BYTES);
    assertThat(robots.isAllowed("bot", "/early")).isFalse();
    assertThat(robots.isAllowed("bot", "/late")).isTrue();
  }

  @Test
  void responseStatusDecidesBeforeTheBody() {
    RobotsTxt notFound = RobotsTxt.fromResponse(404, "User-agent: *\nDisallow: /").orElseThrow();
    RobotsTxt serverError = RobotsTxt.fromResponse(503, null).orElseThrow();
    RobotsTxt unknownStatus = RobotsTxt.fromResponse(0, "User-agent: *\nDisallow: /").orElseThrow();

    assertThat(notFound.basis()).isEqualTo(RobotsTxt.Basis.NOT_FOUND);
    assertThat(notFound.isAllowed("GPTBot", "/x")).isTrue();
    assertThat(notFound.access("GPTBot")).isEqualTo(AgentAccess.ALLOWED);
    assertThat(serverError.isAllowed("GPTBot", "/x")).isFalse();
    assertThat(serverError.access("GPTBot")).isEqualTo(AgentAccess.FULLY_BLOCKED);
    assertThat(unknownStatus.isAllowed("GPTBot", "/x")).isFalse();
    assertThat(RobotsTxt.fromResponse(301, "")).isEmpty();
  }

  @Test
  void accessTellsFullFromPartialBlocks() {
    RobotsTxt robots = RobotsTxt.parse("""
        User-agent: full
        Disallow: /

        User-agent: fullstar
        Disallow: /*
        Allow: /

        User-agent: partial
        Disallow: /
        Allow: /public/

        User-agent: some
        Disallow: /search

        User-agent: tie
        Disallow: /
        Allow: /

        User-agent: overridden
        Disallow: /x
        Allow: /x

        User-agent: open
        Disallow:
        """);

    assertThat(robots.access("full")).isEqualTo(AgentAccess.FULLY_BLOCKED);
    assertThat(robots.access("fullstar")).isEqualTo(AgentAccess.FULLY_BLOCKED);
    assertThat(robots.access("partial")).isEqualTo(AgentAccess.PARTIALLY_BLOCKED);
    assertThat(robots.access("some")).isEqualTo(AgentAccess.PARTIALLY_BLOCKED);
    assertThat(robots.access("tie")).isEqualTo(AgentAccess.ALLOWED);
    assertThat(robots.access("overridden")).isEqualTo(AgentAccess.ALLOWED);
    assertThat(robots.access("open")).isEqualTo(AgentAccess.ALLOWED);
    assertThat(robots.access("unlisted")).isEqualTo(AgentAccess.ALLOWED);
  }

  @ParameterizedTest
  @MethodSource("aiAgents")
  void eachAiAgentIsJudgedByItsOwnGroup(String agent) {
    RobotsTxt robots = RobotsTxt.parse("User-agent: " + agent.toLowerCase(Locale.ROOT)
        + "\nDisallow: /\n\nUser-agent: *\nAllow: /\n");

    Map<String, AgentAccess> access = AiCrawlers.siteAccess(robots);

    assertThat(access).hasSize(AiCrawlers.AGENTS.size());
    access.forEach((name, verdict) -> assertThat(verdict).as(name)
        .isEqualTo(name.equals(agent) ? AgentAccess.FULLY_BLOCKED : AgentAccess.ALLOWED));
    assertThat(AiCrawlers.blockedFrom(robots, "/any/page")).containsExactly(agent);
  }

  static List<String> aiAgents() {
    return AiCrawlers.AGENTS;
  }

  @Test
  void starBlocksEveryAiAgentWithoutItsOwnGroup() {
    RobotsTxt robots =
        RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: CCBot\nAllow: /\n");

    assertThat(AiCrawlers.blockedFrom(robots, "/page")).hasSize(AiCrawlers.AGENTS.size() - 1)
        .doesNotContain("CCBot");
    assertThat(AiCrawlers.siteAccess(robots)).containsEntry("GPTBot", AgentAccess.FULLY_BLOCKED)
        .containsEntry("CCBot", AgentAccess.ALLOWED);
  }

  @Test
  void pathologicalPatternsStayFast() {
    String body = "User-agent: *\n" + ("Disallow: /" + "*a".repeat(200) + "$\n").repeat(50);
    RobotsTxt robots = RobotsTxt.parse(body);
    String path = "/" + "a".repeat(150) + "b".repeat(2000);

    assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThat(robots.isAllowed("bot", path)).isTrue());
  }

  @Test
  void survivesSerialization() throws Exception {
    RobotsTxt robots = RobotsTxt.parse("User-agent: GPTBot\nDisallow: /private\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(robots);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RobotsTxt copy = (RobotsTxt) in.readObject();
      assertThat(copy.isAllowed("GPTBot", "/private/x")).isFalse();
      assertThat(copy.isAllowed("GPTBot", "/public")).isTrue();
    }
  }

  @Test
  void rejectsNullInputs() {
    assertThatThrownBy(() -> RobotsTxt.parse(null)).hasMessageContaining("Cannot parse");
    assertThatThrownBy(() -> RobotsTxt.parse("").isAllowed(null, "/"))
        .hasMessageContaining("Cannot judge");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = TestRobotsTxt.class.getResourceAsStream("/optout/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
