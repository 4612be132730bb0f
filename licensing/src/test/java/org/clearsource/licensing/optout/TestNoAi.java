package org.clearsource.licensing.optout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestNoAi {

  @Test
  void findsNoaiInMetaRobotsInAnyCaseAndSeparation() {
    assertThat(NoAi.inMetaRobots("noai, noimageai")).extracting(Object::toString)
        .containsExactly("noai", "noimageai");
    assertThat(NoAi.inMetaRobots("index,follow,NOAI")).extracting(Object::toString)
        .containsExactly("noai");
    assertThat(NoAi.inMetaRobots("noindex noimageai")).extracting(Object::toString)
        .containsExactly("noimageai");
    assertThat(NoAi.inMetaRobots("index, follow | noai")).extracting(Object::toString)
        .containsExactly("noai");
    assertThat(NoAi.inMetaRobots("index, follow, noaiplease")).isEmpty();
    assertThat(NoAi.inMetaRobots(null)).isEmpty();
  }

  @Test
  void readsAgentScopedXRobotsTagValues() {
    assertThat(NoAi.inXRobotsTag("noai")).containsExactly(new NoAi.Directive(null, "noai"));
    assertThat(NoAi.inXRobotsTag("GPTBot: noai"))
        .containsExactly(new NoAi.Directive("GPTBot", "noai"));
    assertThat(NoAi.inXRobotsTag("googlebot: noindex, GPTBot: noai, noimageai"))
        .extracting(Object::toString).containsExactly("GPTBot: noai", "GPTBot: noimageai");
    assertThat(NoAi.inXRobotsTag("otherbot: noindex, nofollow")).isEmpty();
    assertThat(NoAi.inXRobotsTag("unavailable_after: 25 Jun 2010 15:00:00 PST, noai"))
        .containsExactly(new NoAi.Directive(null, "noai"));
    assertThat(NoAi.inXRobotsTag("noindex | CCBot: NoImageAI")).extracting(Object::toString)
        .containsExactly("CCBot: noimageai");
    assertThat(NoAi.inXRobotsTag("max-snippet: 20, noai")).extracting(Object::toString)
        .containsExactly("noai");
  }
}
