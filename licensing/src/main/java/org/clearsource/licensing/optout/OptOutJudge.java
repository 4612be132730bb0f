package org.clearsource.licensing.optout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.clearsource.core.url.WebUrl;

/**
 * Judges one document's rights reservation from its metadata and its host's captured rights files.
 * Build one per partition (or share one: it is thread-safe) with {@link #builder()}.
 *
 * <p>Evidence read:
 *
 * <ul>
 *   <li>metadata {@code http.tdm-reservation} (with {@code http.tdm-policy}) and {@code
 *       html.tdm-reservation} (with {@code html.tdm-policy}): "1" reserves, "0" does not, other
 *       values are unset and give no signal;
 *   <li>metadata {@code html.robots} and {@code http.x-robots-tag}: {@code noai} or {@code
 *       noimageai} reserves, also when addressed to one agent ("GPTBot: noai");
 *   <li>the host's tdmrep.json: the entry governing the URL's path, "1" or "0" as above;
 *   <li>the host's robots.txt: one signal per {@link AiCrawlers#AGENTS AI agent} that may not fetch
 *       the URL's path (directly or through {@code *}). A 5xx robots.txt disallows everything
 *       (RFC 9309), so it reserves for every agent; a 4xx one allows everything.
 * </ul>
 *
 * <p>Site files are looked up by the document's host, read from its URL as browsers read it
 * ({@link WebUrl}: a URL that {@code java.net.URI} rejects still has its host, an internationalized
 * host matches in Unicode or punycode). A URL without a usable host has no site files; ingestion
 * counts such documents ({@code urls_without_host}). When the corpus has none for the host, those
 * of the registrable domain's own host ({@code example.com}) or of {@code www.example.com} stand in:
 * strictly, RFC 9309 scopes a robots.txt to one origin, but crawls often capture the site files of
 * one of the two only.
 *
 * <p>Decision rule, first match wins:
 *
 * <ol>
 *   <li>any signal reserves: {@link OptOutVerdict.Status#RESERVED}. Every channel counts, so a "0"
 *       in one does not cancel a "1" in another, and a robots.txt block of an AI crawler is a
 *       machine-readable opt-out, as EU TDM practice reads it;
 *   <li>an explicit {@code tdm-reservation} "0" (header, meta or tdmrep.json):
 *       {@link OptOutVerdict.Status#NOT_RESERVED};
 *   <li>a document without a URL (not from the web): {@link OptOutVerdict.Status#UNKNOWN};
 *   <li>a robots.txt was captured for its site and lets every AI agent fetch the path:
 *       {@link OptOutVerdict.Status#NOT_RESERVED} (the signal list is then empty);
 *   <li>otherwise {@link OptOutVerdict.Status#UNKNOWN}.
 * </ol>
 *
 * <p>Parsed site files are cached per host in a least-recently-used map of {@link
 * Builder#cacheSize(int)} entries, so each host's files are parsed once per judge while its
 * documents are close together, as they are in a partition sorted or clustered by host.
 */
public final class OptOutJudge {

  /** Default number of hosts whose parsed site files are kept. */
  public static final int DEFAULT_CACHE_SIZE = 1024;

  // The metadata keys written by ingestion (org.clearsource.ingestion.read.MetadataKeys).
  private static final String HTTP_TDM_RESERVATION = "http.tdm-reservation";
  private static final String HTTP_TDM_POLICY = "http.tdm-policy";
  private static final String HTML_TDM_RESERVATION = "html.tdm-reservation";
  private static final String HTML_TDM_POLICY = "html.tdm-policy";
  private static final String HTML_ROBOTS = "html.robots";
  private static final String HTTP_X_ROBOTS_TAG = "http.x-robots-tag";

  private final Function<String, SiteCaptures> capturesByHost;
  private final Map<String, SiteRules> cache;

  private OptOutJudge(Function<String, SiteCaptures> capturesByHost, int cacheSize) {
    this.capturesByHost = capturesByHost;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, SiteRules> eldest) {
        return size() > cacheSize;
      }
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The verdict for one document.
   *
   * @param url the document's URL, or null for a document not from the web
   * @param host its host (Unicode or punycode), or null to take it from the URL
   * @param domain its registrable domain, or null (then no fallback to the domain's site files)
   * @param metadata its rights metadata as ingestion wrote it, or null
   */
  public OptOutVerdict judge(String url, String host, String domain, Map<String, String> metadata) {
    Map<String, String> meta = metadata == null ? Map.of() : metadata;
    List<OptOutSignal> signals = new ArrayList<>();
    addTdmRep(signals, OptOutSignal.Kind.TDMREP_HEADER, HTTP_TDM_RESERVATION,
        meta.get(HTTP_TDM_RESERVATION), meta.get(HTTP_TDM_POLICY));
    addTdmRep(signals, OptOutSignal.Kind.TDMREP_META, HTML_TDM_RESERVATION,
        meta.get(HTML_TDM_RESERVATION), meta.get(HTML_TDM_POLICY));
    for (NoAi.Directive directive : NoAi.inMetaRobots(meta.get(HTML_ROBOTS))) {
      signals.add(new OptOutSignal(OptOutSignal.Kind.NOAI_META, HTML_ROBOTS,
          directive.toString(), OptOutSignal.Effect.RESERVES, null));
    }
    for (NoAi.Directive directive : NoAi.inXRobotsTag(meta.get(HTTP_X_ROBOTS_TAG))) {
      signals.add(new OptOutSignal(OptOutSignal.Kind.NOAI_HEADER, HTTP_X_ROBOTS_TAG,
          directive.toString(), OptOutSignal.Effect.RESERVES, null));
    }

    boolean web = url != null && !url.isBlank();
    SiteRules site = SiteRules.NONE;
    WebUrl parsed = web ? WebUrl.parse(url) : null;
    if (parsed != null) {
      site = siteRules(host == null ? parsed.host() : host, domain);
      addSiteSignals(signals, site, parsed.pathAndQuery());
    }
    return new OptOutVerdict(status(signals, web, site), signals);
  }

  /**
   * The parsed site files for a host (falling back to the domain's, as {@link OptOutJudge}
   * describes), from the cache or parsed now; {@link SiteRules#NONE} when there are none.
   */
  public SiteRules siteRules(String host, String domain) {
    String key = WebUrl.normalizeHost(host);
    if (key == null) {
      return SiteRules.NONE;
    }
    synchronized (cache) {
      SiteRules cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    // Parsed outside the lock: two threads may parse the same host once each, which is harmless.
    SiteRules parsed = SiteRules.of(capturesFor(key, domain));
    synchronized (cache) {
      cache.put(key, parsed);
    }
    return parsed;
  }

  private static void addSiteSignals(List<OptOutSignal> signals, SiteRules site, String path) {
    if (site.tdmRep() != null) {
      TdmRepRule rule = site.tdmRep().ruleFor(path).orElse(null);
      OptOutSignal.Effect effect = rule == null ? null : effectOf(rule.reservation());
      if (effect != null) {
        signals.add(new OptOutSignal(OptOutSignal.Kind.TDMREP_JSON, site.tdmRepUrl(),
            effect == OptOutSignal.Effect.RESERVES ? "1" : "0", effect, rule.policy()));
      }
    }
    if (site.robotsTxt() != null) {
      for (String agent : AiCrawlers.blockedFrom(site.robotsTxt(), path)) {
        signals.add(new OptOutSignal(OptOutSignal.Kind.ROBOTS_TXT_AI_AGENT, agent,
            site.robotsTxt().access(agent).name(), OptOutSignal.Effect.RESERVES, null));
      }
    }
  }

  private SiteCaptures capturesFor(String host, String domain) {
    SiteCaptures own = capturesByHost.apply(host);
    if (own != null || domain == null) {
      return own;
    }
    String apex = WebUrl.normalizeHost(domain);
    if (apex == null) {
      return null;
    }
    if (!apex.equals(host)) {
      SiteCaptures ofApex = capturesByHost.apply(apex);
      if (ofApex != null) {
        return ofApex;
      }
    }
    String www = "www." + apex;
    return www.equals(host) ? null : capturesByHost.apply(www);
  }

  private static OptOutVerdict.Status status(
      List<OptOutSignal> signals, boolean web, SiteRules site) {
    if (signals.stream().anyMatch(s -> s.effect() == OptOutSignal.Effect.RESERVES)) {
      return OptOutVerdict.Status.RESERVED;
    }
    if (signals.stream().anyMatch(s -> s.effect() == OptOutSignal.Effect.ALLOWS)) {
      return OptOutVerdict.Status.NOT_RESERVED;
    }
    if (!web) {
      return OptOutVerdict.Status.UNKNOWN;
    }
    // No robots signal was added, so a captured robots.txt lets every AI agent fetch the path.
    return site.robotsTxt() != null ? OptOutVerdict.Status.NOT_RESERVED
        : OptOutVerdict.Status.UNKNOWN;
  }

  private static void addTdmRep(List<OptOutSignal> signals, OptOutSignal.Kind kind, String origin,
      String joinedValues, String policy) {
    List<String> seen = new ArrayList<>();
    for (String value : TdmRep.values(joinedValues)) {
      OptOutSignal.Effect effect = effectOf(TdmRep.reservation(value));
      if (effect != null && !seen.contains(value)) {
        seen.add(value);
        signals.add(new OptOutSignal(kind, origin, value, effect,
            policy == null || policy.isBlank() ? null : policy.trim()));
      }
    }
  }

  private static OptOutSignal.Effect effectOf(TdmRep.Reservation reservation) {
    return switch (reservation) {
      case RESERVED -> OptOutSignal.Effect.RESERVES;
      case NOT_RESERVED -> OptOutSignal.Effect.ALLOWS;
      case UNSET -> null;
    };
  }

  /** Builds an {@link OptOutJudge}. */
  public static final class Builder {
    private Function<String, SiteCaptures> capturesByHost = host -> null;
    private int cacheSize = DEFAULT_CACHE_SIZE;

    private Builder() {}

    /**
     * Default: no captured site files (only document metadata counts). The function gets a host
     * as {@link WebUrl#normalizeHost(String)} writes it (ASCII, lower-case, punycode for an
     * internationalized name) and returns its captures, or null; it must be thread-safe if the
     * judge is shared. A {@code Map<String, SiteCaptures>} keyed by hosts in that form serves as
     * {@code map::get}.
     */
    public Builder captures(Function<String, SiteCaptures> byHost) {
      this.capturesByHost = Objects.requireNonNull(byHost,
          "Cannot judge opt-outs with a null captures lookup; leave it unset for none");
      return this;
    }

    /** Default: {@value OptOutJudge#DEFAULT_CACHE_SIZE} hosts. */
    public Builder cacheSize(int hosts) {
      if (hosts <= 0) {
        throw new IllegalArgumentException(
            "Cannot cache site files of " + hosts + " hosts: the cache size must be positive");
      }
      this.cacheSize = hosts;
      return this;
    }

    public OptOutJudge build() {
      return new OptOutJudge(capturesByHost, cacheSize);
    }
  }
}
