package org.clearsource.licensing.optout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The AI crawler user agents whose robots.txt treatment counts as a rights reservation, and the
 * verdicts for them.
 */
public final class AiCrawlers {

  /**
   * The robots.txt product tokens of crawlers that collect web content for AI training or AI
   * answers, as their operators publish them:
   *
   * <ul>
   *   <li>{@code GPTBot} (OpenAI, training), {@code ChatGPT-User} (OpenAI, fetches for users), {@code
   *       OAI-SearchBot} (OpenAI, search);
   *   <li>{@code Google-Extended} (Google: a token only, controlling use of content fetched by
   *       Googlebot for Gemini training);
   *   <li>{@code CCBot} (Common Crawl, whose archive feeds most training corpora);
   *   <li>{@code ClaudeBot} and {@code anthropic-ai} (Anthropic);
   *   <li>{@code cohere-ai} (Cohere);
   *   <li>{@code Amazonbot} (Amazon);
   *   <li>{@code FacebookBot} and {@code Meta-ExternalAgent} (Meta);
   *   <li>{@code PerplexityBot} (Perplexity);
   *   <li>{@code Bytespider} (ByteDance);
   *   <li>{@code Applebot-Extended} (Apple: a token only, controlling AI training use).
   * </ul>
   */
  public static final List<String> AGENTS = List.of(
      "GPTBot", "ChatGPT-User", "OAI-SearchBot", "Google-Extended", "CCBot", "ClaudeBot",
      "anthropic-ai", "cohere-ai", "Amazonbot", "FacebookBot", "PerplexityBot", "Bytespider",
      "Applebot-Extended", "Meta-ExternalAgent");

  private AiCrawlers() {}

  /** Each of {@link #AGENTS}, in that order, with its access to the site. */
  public static Map<String, AgentAccess> siteAccess(RobotsTxt robots) {
    Objects.requireNonNull(robots, "Cannot judge AI crawler access without robots.txt rules");
    Map<String, AgentAccess> access = new LinkedHashMap<>();
    for (String agent : AGENTS) {
      access.put(agent, robots.access(agent));
    }
    return Collections.unmodifiableMap(access);
  }

  /** Those of {@link #AGENTS} that may not fetch {@code path}, in list order. */
  public static List<String> blockedFrom(RobotsTxt robots, String path) {
    Objects.requireNonNull(robots, "Cannot judge AI crawler access without robots.txt rules");
    List<String> blocked = new ArrayList<>();
    // Most agents fall back to the "*" group: judge each group once.
    Map<String, Boolean> allowedByGroup = new HashMap<>();
    for (String agent : AGENTS) {
      boolean allowed = allowedByGroup.computeIfAbsent(
          robots.groupOf(agent), group -> robots.isAllowed(agent, path));
      if (!allowed) {
        blocked.add(agent);
      }
    }
    return List.copyOf(blocked);
  }
}
