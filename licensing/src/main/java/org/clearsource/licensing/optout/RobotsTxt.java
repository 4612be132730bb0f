package org.clearsource.licensing.optout;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of one robots.txt, read as RFC 9309 says, and the answers a crawler would get from them.
 *
 * <ul>
 *   <li>Lines are split at CR, LF or CRLF; a leading byte order mark, comments ({@code #} to the end
 *       of the line), blank lines and unknown or malformed lines are ignored; field names are
 *       case-insensitive ("user-agent", also "useragent"; "allow"; "disallow").
 *   <li>Consecutive user-agent lines open one group; the rules after them belong to every agent
 *       named; rules before any user-agent line are ignored. Groups naming the same agent are
 *       merged.
 *   <li>An agent is matched by its product token (the leading letters, "-" and "_" of the name, so
 *       "GPTBot/1.1" is "gptbot"), case-insensitively. The {@code *} group applies only to agents
 *       that no group names; a named agent whose group has no rules may fetch everything.
 *   <li>The longest matching pattern wins; an Allow wins a tie. An empty Disallow disallows nothing.
 *       {@code *} and a final {@code $} are wildcards; patterns and paths are compared after
 *       percent-encoding normalization. {@code /robots.txt} itself is always allowed.
 *   <li>Only the first {@value #MAX_BYTES} bytes (UTF-8) are read, as the RFC allows; a line cut by
 *       that limit is dropped.
 * </ul>
 *
 * <p>Immutable, serializable and thread-safe.
 */
public final class RobotsTxt implements Serializable {

  private static final long serialVersionUID = 1L;

  /** 500 KiB: how much of a robots.txt is read (RFC 9309 section 2.5 asks for at least this). */
  public static final int MAX_BYTES = 500 * 1024;

  private static final String STAR = "*";

  /** What the rules rest on. */
  public enum Basis {
    /** A robots.txt body was read. */
    FILE,
    /** The site answered 4xx: no robots.txt, so everything is allowed (RFC 9309 2.3.1.3). */
    NOT_FOUND,
    /** The site answered 5xx: everything is disallowed (RFC 9309 2.3.1.4). */
    SERVER_ERROR
  }

  private final Basis basis;
  private final Map<String, List<Rule>> rulesByAgent;

  private RobotsTxt(Basis basis, Map<String, List<Rule>> rulesByAgent) {
    this.basis = basis;
    this.rulesByAgent = rulesByAgent;
  }

  /** Parses a robots.txt body. */
  public static RobotsTxt parse(String body) {
    Objects.requireNonNull(body, "Cannot parse a null robots.txt body");
    Map<String, List<Rule>> rules = new LinkedHashMap<>();
    List<String> groupAgents = new ArrayList<>();
    boolean inGroup = false;
    boolean groupHasRules = false;
    for (String line : withinLimit(body).split("\r\n|\r|\n", -1)) {
      int hash = line.indexOf('#');
      String content = hash < 0 ? line : line.substring(0, hash);
      int colon = content.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = content.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = content.substring(colon + 1).trim();
      switch (key) {
        case "user-agent", "useragent" -> {
          if (groupHasRules) {
            groupAgents = new ArrayList<>();
            groupHasRules = false;
          }
          inGroup = true;
          String token = productToken(value);
          if (!token.isEmpty()) {
            groupAgents.add(token);
            rules.computeIfAbsent(token, t -> new ArrayList<>());
          }
        }
        case "allow", "disallow" -> {
          if (!inGroup) {
            continue;
          }
          groupHasRules = true;
          if (value.isEmpty()) {
            continue;
          }
          Rule rule = new Rule(PathPattern.normalize(value), key.equals("allow"));
          for (String agent : groupAgents) {
            rules.get(agent).add(rule);
          }
        }
        default -> { }
      }
    }
    Map<String, List<Rule>> frozen = new LinkedHashMap<>();
    rules.forEach((agent, list) -> frozen.put(agent, List.copyOf(list)));
    return new RobotsTxt(Basis.FILE, Map.copyOf(frozen));
  }

  /**
   * The rules a crawler gets from a robots.txt response: 2xx (or 0, status unknown) parses the
   * body; 4xx allows everything; 5xx disallows everything. Empty for other statuses (1xx, 3xx): a
   * redirect's target is its own capture, and this one says nothing.
   */
  public static Optional<RobotsTxt> fromResponse(int status, String body) {
    if (status == 0 || (status >= 200 && status < 300)) {
      return Optional.of(parse(body == null ? "" : body));
    }
    if (status >= 400 && status < 500) {
      return Optional.of(new RobotsTxt(Basis.NOT_FOUND, Map.of()));
    }
    if (status >= 500 && status < 600) {
      return Optional.of(new RobotsTxt(Basis.SERVER_ERROR, Map.of()));
    }
    return Optional.empty();
  }

  public Basis basis() {
    return basis;
  }

  /**
   * Whether {@code userAgent} may fetch {@code path}.
   *
   * @param userAgent a product token ("GPTBot") or a name starting with one ("GPTBot/1.1")
   * @param path the URL's path and query as requested ("/a/b?x=1"); null or empty means "/"
   */
  public boolean isAllowed(String userAgent, String path) {
    Objects.requireNonNull(userAgent, "Cannot judge robots.txt rules for a null user agent");
    if (basis == Basis.SERVER_ERROR) {
      return false;
    }
    String normalized = PathPattern.normalize(path == null || path.isEmpty() ? "/" : path);
    if (normalized.equals("/robots.txt")) {
      return true;
    }
    int longestAllow = -1;
    int longestDisallow = -1;
    for (Rule rule : rulesFor(userAgent)) {
      if (rule.pattern().length() > (rule.allow() ? longestAllow : longestDisallow)
          && PathPattern.matches(rule.pattern(), normalized)) {
        if (rule.allow()) {
          longestAllow = rule.pattern().length();
        } else {
          longestDisallow = rule.pattern().length();
        }
      }
    }
    return longestAllow >= longestDisallow;
  }

  /**
   * How much of the site {@code userAgent} may fetch. {@link AgentAccess#FULLY_BLOCKED} when a
   * disallow pattern matches every path and no Allow rule is at least as long (shorter ones always
   * lose to it); {@link AgentAccess#ALLOWED} when every Disallow is overridden everywhere (by an
   * Allow of the same pattern, or by an Allow matching every path that is at least as long);
   * otherwise {@link AgentAccess#PARTIALLY_BLOCKED}. A 5xx answer blocks fully, a 4xx allows.
   */
  public AgentAccess access(String userAgent) {
    Objects.requireNonNull(userAgent, "Cannot judge robots.txt rules for a null user agent");
    if (basis == Basis.SERVER_ERROR) {
      return AgentAccess.FULLY_BLOCKED;
    }
    List<Rule> rules = rulesFor(userAgent);
    int blockAll = -1;
    for (Rule rule : rules) {
      if (!rule.allow() && PathPattern.matchesEverything(rule.pattern())) {
        blockAll = Math.max(blockAll, rule.pattern().length());
      }
    }
    if (blockAll >= 0) {
      boolean someAllowCanWin = false;
      boolean allowEverythingWins = false;
      for (Rule rule : rules) {
        if (rule.allow() && rule.pattern().length() >= blockAll) {
          someAllowCanWin = true;
          allowEverythingWins |= PathPattern.matchesEverything(rule.pattern());
        }
      }
      if (!someAllowCanWin) {
        return AgentAccess.FULLY_BLOCKED;
      }
      if (!allowEverythingWins) {
        return AgentAccess.PARTIALLY_BLOCKED;
      }
    }
    for (Rule rule : rules) {
      if (!rule.allow() && !overriddenEverywhere(rule, rules)) {
        return AgentAccess.PARTIALLY_BLOCKED;
      }
    }
    return AgentAccess.ALLOWED;
  }

  /** Whether a group names {@code userAgent} itself, rather than leaving it to {@code *}. */
  public boolean namesAgent(String userAgent) {
    Objects.requireNonNull(userAgent, "Cannot look up a null user agent");
    return rulesByAgent.containsKey(productToken(userAgent));
  }

  /**
   * The group that governs {@code userAgent}: its own product token, or "*" when it falls back to
   * that group (or to no rules at all). Agents with the same group get the same answers.
   */
  String groupOf(String userAgent) {
    String token = productToken(userAgent);
    return rulesByAgent.containsKey(token) ? token : STAR;
  }

  private List<Rule> rulesFor(String userAgent) {
    List<Rule> own = rulesByAgent.get(productToken(userAgent));
    if (own != null) {
      return own;
    }
    return rulesByAgent.getOrDefault(STAR, List.of());
  }

  private static boolean overriddenEverywhere(Rule disallow, List<Rule> rules) {
    for (Rule rule : rules) {
      if (rule.allow() && (rule.pattern().equals(disallow.pattern())
          || (PathPattern.matchesEverything(rule.pattern())
              && rule.pattern().length() >= disallow.pattern().length()))) {
        return true;
      }
    }
    return false;
  }

  /** "gptbot" for "GPTBot/1.1"; "*" for the wildcard; empty when the name has no product token. */
  static String productToken(String name) {
    String trimmed = name.trim();
    if (trimmed.startsWith(STAR)) {
      return STAR;
    }
    int end = 0;
    while (end < trimmed.length()) {
      char c = trimmed.charAt(end);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_') {
        end++;
      } else {
        break;
      }
    }
    return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The body without its BOM, cut before the line that crosses {@link #MAX_BYTES}. */
  private static String withinLimit(String body) {
    String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      if (bytes > MAX_BYTES) {
        int lastBreak = Math.max(text.lastIndexOf('\n', i), text.lastIndexOf('\r', i));
        return lastBreak < 0 ? "" : text.substring(0, lastBreak);
      }
    }
    return text;
  }

  @Override
  public String toString() {
    return "RobotsTxt[" + basis + ", agents " + rulesByAgent.keySet() + "]";
  }

  private record Rule(String pattern, boolean allow) implements Serializable {}
}
