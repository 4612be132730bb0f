package org.clearsource.licensing.optout;

/** How much of a site a robots.txt lets one user agent fetch. */
public enum AgentAccess {
  /** Everything is disallowed: "Disallow: /" (or "/*", "*") with no Allow rule that can win. */
  FULLY_BLOCKED,
  /** Some paths are disallowed, others allowed. */
  PARTIALLY_BLOCKED,
  /** No path is disallowed. */
  ALLOWED
}
