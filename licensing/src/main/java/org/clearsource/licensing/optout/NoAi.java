package org.clearsource.licensing.optout;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The informal {@code noai} and {@code noimageai} directives in {@code <meta name="robots">}
 * content and in {@code X-Robots-Tag} headers. Directives are separated by commas or whitespace and
 * compared case-insensitively; several values of one header or tag are joined by {@link
 * TdmRep#VALUE_SEPARATOR}.
 */
public final class NoAi {

  /** The directives that reserve rights against AI use. */
  public static final Set<String> DIRECTIVES = Set.of("noai", "noimageai");

  /** X-Robots-Tag directives that carry a value after a colon, so are not agent names. */
  private static final Set<String> VALUED_DIRECTIVES = Set.of(
      "unavailable_after", "max-snippet", "max-image-preview", "max-video-preview");

  /**
   * One directive found.
   *
   * @param agent the user agent it addresses as written ("GPTBot"), or null for every agent
   * @param directive {@code noai} or {@code noimageai}, in lower case
   */
  public record Directive(String agent, String directive) implements Serializable {

    public Directive {
      Objects.requireNonNull(directive, "Cannot create a noai directive without its name");
    }

    /** "noai", or "GPTBot: noai" when it addresses one agent. */
    @Override
    public String toString() {
      return agent == null ? directive : agent + ": " + directive;
    }
  }

  private NoAi() {}

  /** The noai directives of {@code <meta name="robots">} content (which addresses every agent). */
  public static List<Directive> inMetaRobots(String content) {
    List<Directive> found = new ArrayList<>();
    for (String value : TdmRep.values(content)) {
      addDirectives(value, null, found);
    }
    return List.copyOf(found);
  }

  /**
   * The noai directives of {@code X-Robots-Tag} values. A value may address one agent ("GPTBot:
   * noai, noimageai"): the agent applies to the directives after it, up to the next agent or the
   * end of that header value. "unavailable_after: ..." and the other valued directives are not
   * agents.
   */
  public static List<Directive> inXRobotsTag(String headerValues) {
    List<Directive> found = new ArrayList<>();
    for (String value : TdmRep.values(headerValues)) {
      String agent = null;
      for (String part : value.split(",")) {
        String directives = part;
        int colon = part.indexOf(':');
        if (colon > 0) {
          String name = part.substring(0, colon).trim();
          if (isAgentName(name)) {
            agent = name;
            directives = part.substring(colon + 1);
          }
        }
        addDirectives(directives, agent, found);
      }
    }
    return List.copyOf(found);
  }

  private static boolean isAgentName(String name) {
    if (name.isEmpty() || VALUED_DIRECTIVES.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  private static void addDirectives(String text, String agent, List<Directive> into) {
    for (String token : text.split("[\\s,]+")) {
      String directive = token.toLowerCase(Locale.ROOT);
      if (DIRECTIVES.contains(directive)) {
        Directive found = new Directive(agent, directive);
        if (!into.contains(found)) {
          into.add(found);
        }
      }
    }
  }
}
