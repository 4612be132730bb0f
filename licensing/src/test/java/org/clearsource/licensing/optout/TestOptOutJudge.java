package org.clearsource.licensing.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.clearsource.licensing.optout.OptOutSignal.Effect;
import org.clearsource.licensing.optout.OptOutSignal.Kind;
import org.clearsource.licensing.optout.OptOutVerdict.Status;
import org.junit.jupiter.api.Test;

class TestOptOutJudge {

  private static final String ALLOW_ALL = "User-agent: *\nDisallow:\n";

  private final Map<String, SiteCaptures> captures = new HashMap<>();

  private OptOutJudge judge() {
    return OptOutJudge.builder().captures(captures::get).build();
  }

  private void robots(String host, int status, String body) {
    captures.put(host, SiteCaptures.builder()
        .robotsTxt(new CapturedFile("https://" + host + "/robots.txt", status, body, null))
        .build());
  }

  @Test
  void tdmRepHeaderReservesWithItsPolicy() {
    robots("examplemedia.example", 200, ALLOW_ALL);

    OptOutVerdict verdict = judge().judge("https://examplemedia.example/news/1",
        "examplemedia.example", "examplemedia.example",
        Map.of("http.tdm-reservation", "1", "http.tdm-policy", "https://examplemedia.example/tdm"));

    assertThat(verdict.status()).isEqualTo(Status.RESERVED);
    assertThat(verdict.signals()).containsExactly(new OptOutSignal(Kind.TDMREP_HEADER,
        "http.tdm-reservation", "1", Effect.RESERVES, "https://examplemedia.example/tdm"));
  }

  @Test
  void tdmRepMetaReserves() {
    OptOutVerdict verdict = judge().judge("https://harbor.example/a", null, null,
        Map.of("html.tdm-reservation", "1"));

    assertThat(verdict.status()).isEqualTo(Status.RESERVED);
    assertThat(verdict.signals()).extracting(OptOutSignal::kind).containsExactly(Kind.TDMREP_META);
  }

  @Test
  void explicitZeroAloneIsNotReservedButAnyReservationWins() {
    OptOutVerdict zero = judge().judge("https://a.example/x", null, null,
        Map.of("http.tdm-reservation", "0"));
    OptOutVerdict conflicting = judge().judge("https://a.example/x", null, null,
        Map.of("http.tdm-reservation", "0", "html.tdm-reservation", "1"));
    OptOutVerdict joined = judge().judge("https://a.example/x", null, null,
        Map.of("http.tdm-reservation", "1 | 0 | 1"));

    assertThat(zero.status()).isEqualTo(Status.NOT_RESERVED);
    assertThat(zero.signals()).singleElement().extracting(OptOutSignal::effect)
        .isEqualTo(Effect.ALLOWS);
    assertThat(conflicting.status()).isEqualTo(Status.RESERVED);
    assertThat(joined.status()).isEqualTo(Status.RESERVED);
    assertThat(joined.signals()).extracting(OptOutSignal::value).containsExactly("1", "0");
  }

  @Test
  void unsetValuesGiveNoSignal() {
    OptOutVerdict verdict = judge().judge("https://a.example/x", null, null,
        Map.of("http.tdm-reservation", "yes", "html.robots", "index, follow"));

    assertThat(verdict.signals()).isEmpty();
    assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void noaiInMetaOrHeaderReserves() {
    OptOutVerdict meta = judge().judge("https://valley.example/a", null, null,
        Map.of("html.robots", "noai, noimageai"));
    OptOutVerdict header = judge().judge("https://metro.example/a", null, null,
        Map.of("http.x-robots-tag", "GPTBot: noai"));

    assertThat(meta.status()).isEqualTo(Status.RESERVED);
    assertThat(meta.signals()).extracting(OptOutSignal::kind, OptOutSignal::value)
        .containsExactly(
            tuple(Kind.NOAI_META, "noai"),
            tuple(Kind.NOAI_META, "noimageai"));
    assertThat(header.status()).isEqualTo(Status.RESERVED);
    assertThat(header.signals()).singleElement().isEqualTo(new OptOutSignal(
        Kind.NOAI_HEADER, "http.x-robots-tag", "GPTBot: noai", Effect.RESERVES, null));
  }

  @Test
  void tdmRepJsonGovernsByPath() throws IOException {
    captures.put("tech-wire.example", SiteCaptures.builder()
        .robotsTxt(new CapturedFile("https://tech-wire.example/robots.txt", 200,
            "User-agent: *\nDisallow: /private/\n", null))
        .tdmRepJson(new CapturedFile("https://tech-wire.example/.well-known/tdmrep.json", 200,
            TestRobotsTxt.resource("tdmrep.json"), null))
        .build());
    OptOutJudge judge = judge();

    OptOutVerdict report = judge.judge("https://tech-wire.example/reports/q1?page=2",
        "tech-wire.example", "tech-wire.example", Map.of());
    OptOutVerdict news = judge.judge("https://tech-wire.example/news/story", "tech-wire.example",
        "tech-wire.example", Map.of());
    OptOutVerdict about = judge.judge("https://tech-wire.example/about", "tech-wire.example",
        "tech-wire.example", Map.of());
    OptOutVerdict privatePage = judge.judge("https://tech-wire.example/private/x",
        "tech-wire.example", "tech-wire.example", Map.of());

    assertThat(report.status()).isEqualTo(Status.RESERVED);
    assertThat(report.signals()).singleElement().isEqualTo(new OptOutSignal(Kind.TDMREP_JSON,
        "https://tech-wire.example/.well-known/tdmrep.json", "1", Effect.RESERVES,
        "https://tech-wire.example/policies/tdm.json"));
    assertThat(news.status()).isEqualTo(Status.NOT_RESERVED);
    assertThat(news.signals()).extracting(OptOutSignal::kind).containsExactly(Kind.TDMREP_JSON);
    assertThat(about.status()).isEqualTo(Status.NOT_RESERVED);
    assertThat(about.signals()).isEmpty();
    assertThat(privatePage.status()).isEqualTo(Status.RESERVED);
    assertThat(privatePage.signals()).hasSize(AiCrawlers.AGENTS.size())
        .allSatisfy(s -> assertThat(s.value()).isEqualTo("PARTIALLY_BLOCKED"));
  }

  @Test
  void robotsBlockOfOneAiAgentReservesOnlyWhereItApplies() {
    robots("harbor-times.example", 200, "User-agent: CCBot\nDisallow: /\n\n"
        + "User-agent: *\nDisallow: /search\n");
    OptOutJudge judge = judge();

    OptOutVerdict story = judge.judge("https://harbor-times.example/news/1", null, null, Map.of());
    OptOutVerdict search = judge.judge("https://harbor-times.example/search?q=x", null, null,
        Map.of());

    assertThat(story.status()).isEqualTo(Status.RESERVED);
    assertThat(story.signals()).containsExactly(new OptOutSignal(Kind.ROBOTS_TXT_AI_AGENT,
        "CCBot", "FULLY_BLOCKED", Effect.RESERVES, null));
    assertThat(search.signals()).hasSize(AiCrawlers.AGENTS.size());
  }

  @Test
  void capturedRobotsThatAllowsMakesAPlainPageNotReserved() {
    robots("riverside.example", 200, ALLOW_ALL);

    OptOutVerdict verdict = judge().judge("https://riverside.example/news/1", null, null, null);

    assertThat(verdict.status()).isEqualTo(Status.NOT_RESERVED);
    assertThat(verdict.signals()).isEmpty();
  }

  @Test
  void withoutAnyEvidenceAWebPageIsUnknown() {
    OptOutVerdict verdict = judge().judge("https://nowhere.example/a", "nowhere.example",
        "nowhere.example", Map.of());

    assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void documentsWithoutUrlAreUnknownUnlessTheirOwnMetadataSpeaks() {
    robots("example.com", 200, ALLOW_ALL);

    OptOutVerdict plain = judge().judge(null, null, null, Map.of());
    OptOutVerdict blank = judge().judge("  ", "example.com", "example.com", Map.of());
    OptOutVerdict tagged = judge().judge(null, null, null, Map.of("html.tdm-reservation", "1"));
    OptOutVerdict zero = judge().judge(null, null, null, Map.of("html.tdm-reservation", "0"));

    assertThat(plain.status()).isEqualTo(Status.UNKNOWN);
    assertThat(blank.status()).isEqualTo(Status.UNKNOWN);
    assertThat(tagged.status()).isEqualTo(Status.RESERVED);
    assertThat(zero.status()).isEqualTo(Status.NOT_RESERVED);
  }

  @Test
  void robotsStatusDecides() {
    robots("down.example", 503, "");
    robots("missing.example", 404, "<html>Not found</html>");
    robots("moved.example", 301, "");
    OptOutJudge judge = judge();

    OptOutVerdict down = judge.judge("https://down.example/a", null, null, Map.of());
    OptOutVerdict missing = judge.judge("https://missing.example/a", null, null, Map.of());
    OptOutVerdict moved = judge.judge("https://moved.example/a", null, null, Map.of());

    assertThat(down.status()).isEqualTo(Status.RESERVED);
    assertThat(down.signals()).hasSize(AiCrawlers.AGENTS.size())
        .allSatisfy(s -> assertThat(s.value()).isEqualTo("FULLY_BLOCKED"));
    assertThat(missing.status()).isEqualTo(Status.NOT_RESERVED);
    assertThat(moved.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void readsTheHostOfUrlsThatJavaNetUriRejects() {
    robots("site.example", 200, "User-agent: GPTBot\nDisallow: /\n");
    robots("my_blog.example", 200, "User-agent: GPTBot\nDisallow: /\n");
    OptOutJudge judge = judge();

    for (String url : List.of("https://site.example/a|b", "https://site.example/{id}",
        "https://site.example/x^y", "https://site.example/p?q=%zz",
        "https://my_blog.example/page")) {
      assertThat(judge.judge(url, null, null, Map.of()).status()).as(url)
          .isEqualTo(Status.RESERVED);
    }
  }

  @Test
  void findsTheSiteFilesOfAnInternationalizedHostInEitherSpelling() {
    captures.put("xn--mnchen-3ya.example", SiteCaptures.builder()
        .robotsTxt(new CapturedFile("https://xn--mnchen-3ya.example/robots.txt", 200,
            "User-agent: GPTBot\nDisallow: /\n", null))
        .build());
    OptOutJudge judge = judge();

    assertThat(judge.judge("https://m\u00fcnchen.example/stadt", null, null, Map.of()).status())
        .isEqualTo(Status.RESERVED);
    assertThat(judge.judge("https://M\u00dcNCHEN.example./stadt", "M\u00dcNCHEN.example", null,
        Map.of()).status()).isEqualTo(Status.RESERVED);
    assertThat(judge.judge("https://xn--mnchen-3ya.example/", null, null, Map.of()).status())
        .isEqualTo(Status.RESERVED);
  }

  @Test
  void matchesRobotsRulesAgainstThePathAsBrowsersEncodeIt() {
    robots("shop.example", 200, "User-agent: GPTBot\nDisallow: /items/{id}\nDisallow: /a|b\n"
        + "Disallow: /private/\n");
    OptOutJudge judge = judge();

    assertThat(judge.judge("https://shop.example/items/{id}/x", null, null, Map.of()).status())
        .isEqualTo(Status.RESERVED);
    assertThat(judge.judge("https://shop.example/items/%7bid%7d", null, null, Map.of()).status())
        .isEqualTo(Status.RESERVED);
    assertThat(judge.judge("https://shop.example/a%7Cb", null, null, Map.of()).status())
        .isEqualTo(Status.RESERVED);
    assertThat(judge.judge("https://shop.example/public/../private/x", null, null, Map.of())
        .status()).isEqualTo(Status.RESERVED);
    assertThat(judge.judge("https://shop.example/public/x^y", null, null, Map.of()).status())
        .isEqualTo(Status.NOT_RESERVED);
  }

  @Test
  void fallsBackToTheDomainsSiteFiles() {
    robots("example.org", 200, "User-agent: GPTBot\nDisallow: /\n");
    robots("www.example.net", 200, "User-agent: CCBot\nDisallow: /\n");
    OptOutJudge judge = judge();

    OptOutVerdict sub = judge.judge("https://www.example.org/a", "www.example.org", "example.org",
        Map.of());
    OptOutVerdict apex = judge.judge("https://example.net/a", "example.net", "example.net",
        Map.of());
    OptOutVerdict noDomain = judge.judge("https://news.example.org/a", null, null, Map.of());

    assertThat(sub.signals()).extracting(OptOutSignal::origin).containsExactly("GPTBot");
    assertThat(apex.signals()).extracting(OptOutSignal::origin).containsExactly("CCBot");
    assertThat(noDomain.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void parsesEachHostsFilesOncePerJudge() {
    AtomicInteger lookups = new AtomicInteger();
    robots("a.example", 200, ALLOW_ALL);
    OptOutJudge judge = OptOutJudge.builder()
        .captures(host -> {
          lookups.incrementAndGet();
          return captures.get(host);
        })
        .cacheSize(2)
        .build();

    for (int i = 0; i < 100; i++) {
      judge.judge("https://a.example/page/" + i, "a.example", null, Map.of());
    }
    judge.judge("https://b.example/", "b.example", null, Map.of());
    judge.judge("https://c.example/", "c.example", null, Map.of());
    judge.judge("https://a.example/again", "a.example", null, Map.of());

    assertThat(lookups.get()).isEqualTo(4);
    assertThat(judge.siteRules("A.EXAMPLE", null).robotsTxt()).isNotNull();
  }

  @Test
  void oneJudgeServesManyThreads() {
    robots("a.example", 200, "User-agent: GPTBot\nDisallow: /private/\n");
    robots("b.example", 200, ALLOW_ALL);
    OptOutJudge judge = OptOutJudge.builder().captures(captures::get).cacheSize(1).build();

    List<Status> statuses = IntStream.range(0, 2_000).parallel()
        .mapToObj(i -> judge.judge(i % 2 == 0 ? "https://a.example/private/" + i
            : "https://b.example/" + i, null, null, Map.of()).status())
        .toList();

    for (int i = 0; i < statuses.size(); i++) {
      assertThat(statuses.get(i)).isEqualTo(i % 2 == 0 ? Status.RESERVED : Status.NOT_RESERVED);
    }
  }

  @Test
  void siteRulesSurviveSerialization() throws Exception {
    captures.put("t.example", SiteCaptures.builder()
        .robotsTxt(new CapturedFile("https://t.example/robots.txt", 200,
            "User-agent: CCBot\nDisallow: /", null))
        .tdmRepJson(new CapturedFile("https://t.example/.well-known/tdmrep.json", 200,
            "[{\"location\": \"/r/*\", \"tdm-reservation\": 1}]", null))
        .build());
    SiteRules rules = judge().siteRules("t.example", null);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rules);
    }
    SiteRules copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (SiteRules) in.readObject();
    }

    assertThat(copy.robotsTxt().access("CCBot")).isEqualTo(AgentAccess.FULLY_BLOCKED);
    assertThat(copy.tdmRep().ruleFor("/r/1").orElseThrow().reservation())
        .isEqualTo(TdmRep.Reservation.RESERVED);
    assertThat(copy.tdmRepUrl()).isEqualTo("https://t.example/.well-known/tdmrep.json");
  }

  @Test
  void latestCaptureOfAFileWins() {
    String url = "https://a.example/robots.txt";
    SiteCaptures site = SiteCaptures.builder()
        .robotsTxt(new CapturedFile(url, 200, "old", "2024-05-01T00:00:00Z"))
        .robotsTxt(new CapturedFile(url, 200, "new", "2024-06-01T00:00:00Z"))
        .robotsTxt(new CapturedFile(url, 200, "older", "2024-01-01T00:00:00Z"))
        .robotsTxt(new CapturedFile(url, 200, "undated", null))
        .build();

    assertThat(site.robotsTxt().body()).isEqualTo("new");
  }

  @Test
  void builderRejectsNonsense() {
    assertThatThrownBy(() -> OptOutJudge.builder().cacheSize(0))
        .hasMessageContaining("Cannot cache site files of 0 hosts");
    assertThatThrownBy(() -> OptOutJudge.builder().captures(null))
        .hasMessageContaining("Cannot judge opt-outs with a null captures lookup");
  }

  @Test
  void pathAndQueryComeFromTheUrl() {
    assertThat(PathPattern.pathAndQuery("https://a.example/x/y?z=1#frag")).isEqualTo("/x/y?z=1");
    assertThat(PathPattern.pathAndQuery("https://a.example")).isEqualTo("/");
    assertThat(PathPattern.pathAndQuery("https://a.example?q=1")).isEqualTo("/?q=1");
    assertThat(PathPattern.pathAndQuery("/already/a/path")).isEqualTo("/already/a/path");
    assertThat(List.of(PathPattern.matchesEverything("/"), PathPattern.matchesEverything("/*$"),
        PathPattern.matchesEverything("/$"), PathPattern.matchesEverything("/a")))
        .containsExactly(true, true, false, false);
  }
}
