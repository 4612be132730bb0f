package org.clearsource.licensing.optout;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Whether a document's rights are reserved against text and data mining, and the evidence. {@link
 * OptOutJudge} documents the decision rule.
 *
 * @param status the verdict
 * @param signals every signal found, reserving or not, in the order header, meta, tdmrep.json,
 *     robots.txt
 */
public record OptOutVerdict(Status status, List<OptOutSignal> signals) implements Serializable {

  public OptOutVerdict {
    Objects.requireNonNull(status, "Cannot create an opt-out verdict without a status");
    signals = List.copyOf(signals);
  }

  /** The verdicts. */
  public enum Status {
    /** At least one signal reserves rights. */
    RESERVED,
    /** Rights are explicitly not reserved, or a captured robots.txt lets every AI agent in. */
    NOT_RESERVED,
    /** The evidence does not say. */
    UNKNOWN
  }
}
