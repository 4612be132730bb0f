package org.clearsource.licensing.optout;

import java.io.Serializable;
import java.util.Objects;

/**
 * One piece of rights-reservation evidence for a document.
 *
 * @param kind where the signal comes from
 * @param origin what carried it: the metadata key ({@code http.tdm-reservation}, {@code
 *     html.tdm-reservation}, {@code html.robots}, {@code http.x-robots-tag}), the tdmrep.json URL,
 *     or the AI crawler agent for robots.txt
 * @param value what it says: "1" or "0" for TDMRep; the directive ("noai", "GPTBot: noai") for
 *     noai; the agent's {@link AgentAccess} to the whole site ("FULLY_BLOCKED",
 *     "PARTIALLY_BLOCKED") for robots.txt, emitted only when the document's own path is disallowed
 * @param effect whether it reserves rights or explicitly does not
 * @param policy the TDMRep policy URL that came with it, or null
 */
public record OptOutSignal(Kind kind, String origin, String value, Effect effect, String policy)
    implements Serializable {

  public OptOutSignal {
    Objects.requireNonNull(kind, "Cannot create an opt-out signal without its kind");
    Objects.requireNonNull(origin, "Cannot create an opt-out signal without its origin");
    Objects.requireNonNull(value, "Cannot create an opt-out signal without its value");
    Objects.requireNonNull(effect, "Cannot create an opt-out signal without its effect");
  }

  /** The sources of signals. */
  public enum Kind {
    /** HTTP {@code tdm-reservation} header. */
    TDMREP_HEADER,
    /** HTML {@code <meta name="tdm-reservation">}. */
    TDMREP_META,
    /** The host's {@code /.well-known/tdmrep.json}. */
    TDMREP_JSON,
    /** {@code noai} or {@code noimageai} in {@code <meta name="robots">}. */
    NOAI_META,
    /** {@code noai} or {@code noimageai} in an {@code X-Robots-Tag} header. */
    NOAI_HEADER,
    /** The host's robots.txt disallows the document's path for an AI crawler agent. */
    ROBOTS_TXT_AI_AGENT
  }

  /** What a signal does. */
  public enum Effect {
    /** Rights are reserved (an opt-out). */
    RESERVES,
    /** Rights are explicitly not reserved ({@code tdm-reservation: 0}). */
    ALLOWS
  }
}
