package org.clearsource.licensing.optout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's {@code /.well-known/tdmrep.json}: a JSON array of {@code {"location": "/path/*",
 * "tdm-reservation": 1, "tdm-policy": "https://..."}} objects.
 *
 * <p>Matching rule (our reading; the report describes locations as path patterns with {@code *}
 * wildcards): a location matches a URL path the way a robots.txt pattern does (RFC 9309: a prefix,
 * {@code *} for any run of chars, a final {@code $} anchoring the end, percent-encoding normalized);
 * a location that is an absolute URL is reduced to its path. When several match, the longest
 * location wins, and of equally long ones the first in the file: "/" can then reserve a whole site
 * while "/news/*" lifts the reservation for news, in whatever order they are written.
 *
 * <p>Parsing is lenient, as the protocol asks (an error leaves the reservation unset): a body that
 * is not a JSON array gives no rules; an entry without a string location is skipped; a {@code
 * tdm-reservation} other than 0 or 1 (number or string) makes the entry {@link
 * TdmRep.Reservation#UNSET}. Each is recorded in {@link #problems()}. Immutable and serializable.
 */
public final class TdmRepFile implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<TdmRepRule> rules;
  private final List<String> patterns;
  private final List<String> problems;

  private TdmRepFile(List<TdmRepRule> rules, List<String> patterns, List<String> problems) {
    this.rules = List.copyOf(rules);
    this.patterns = List.copyOf(patterns);
    this.problems = List.copyOf(problems);
  }

  /** Parses a tdmrep.json body; never throws on bad content (see {@link #problems()}). */
  public static TdmRepFile parse(String body) {
    Objects.requireNonNull(body, "Cannot parse a null tdmrep.json body");
    List<TdmRepRule> rules = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
    } catch (JsonProcessingException e) {
      problems.add("not valid JSON: " + e.getOriginalMessage());
      return new TdmRepFile(rules, patterns, problems);
    }
    if (root == null || !root.isArray()) {
      problems.add("not a JSON array of rules");
      return new TdmRepFile(rules, patterns, problems);
    }
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      JsonNode location = entry.get("location");
      if (location == null || !location.isTextual() || location.asText().isBlank()) {
        problems.add("entry " + i + " has no location string; skipped");
        continue;
      }
      TdmRep.Reservation reservation = reservationOf(entry.get("tdm-reservation"));
      if (reservation == TdmRep.Reservation.UNSET) {
        problems.add("entry " + i + " has a tdm-reservation other than 0 or 1; unset");
      }
      JsonNode policy = entry.get("tdm-policy");
      String policyUrl = policy != null && policy.isTextual() ? policy.asText().trim() : null;
      rules.add(new TdmRepRule(location.asText(), reservation, policyUrl));
      patterns.add(pattern(location.asText()));
    }
    return new TdmRepFile(rules, patterns, problems);
  }

  /**
   * The file a tdmrep.json response gives: a 2xx (or 0, status unknown) body is parsed; any other
   * status means the site has no usable file.
   */
  public static Optional<TdmRepFile> fromResponse(int status, String body) {
    if (body != null && (status == 0 || (status >= 200 && status < 300))) {
      return Optional.of(parse(body));
    }
    return Optional.empty();
  }

  /** The entries, in file order, those without a location left out. */
  public List<TdmRepRule> rules() {
    return rules;
  }

  /** What was wrong with the file, in words; empty for a clean file. */
  public List<String> problems() {
    return problems;
  }

  /**
   * The entry that governs a URL path (and query): the longest matching location, the first of
   * equally long ones; empty when none matches.
   */
  public Optional<TdmRepRule> ruleFor(String path) {
    String normalized = PathPattern.normalize(path == null || path.isEmpty() ? "/" : path);
    int best = -1;
    for (int i = 0; i < rules.size(); i++) {
      String pattern = patterns.get(i);
      if ((best < 0 || pattern.length() > patterns.get(best).length())
          && PathPattern.matches(pattern, normalized)) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(rules.get(best));
  }

  private static TdmRep.Reservation reservationOf(JsonNode value) {
    if (value == null) {
      return TdmRep.Reservation.UNSET;
    }
    if (value.isIntegralNumber()) {
      return value.asLong() == 1 ? TdmRep.Reservation.RESERVED
          : value.asLong() == 0 ? TdmRep.Reservation.NOT_RESERVED : TdmRep.Reservation.UNSET;
    }
    return value.isTextual() ? TdmRep.reservation(value.asText()) : TdmRep.Reservation.UNSET;
  }

  private static String pattern(String location) {
    String trimmed = location.trim();
    if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
      trimmed = PathPattern.pathAndQuery(trimmed);
    }
    if (!trimmed.startsWith("/") && !trimmed.startsWith("*")) {
      trimmed = "/" + trimmed;
    }
    return PathPattern.normalize(trimmed);
  }

  @Override
  public String toString() {
    return "TdmRepFile" + rules;
  }
}
