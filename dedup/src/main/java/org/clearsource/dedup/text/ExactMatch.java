package org.clearsource.dedup.text;

/** What two texts must share to count as exact duplicates, beyond NFC and collapsed whitespace. */
public enum ExactMatch {
  /** Letter case matters: "River" and "river" differ. The default. */
  CASE_SENSITIVE,
  /**
   * Letter case is folded first, character by character (upper-cased, then lower-cased: "River"
   * and "river" match, and so do final "ς" and "σ"; "ß" and "ss" do not, as that would change the
   * text's length).
   */
  CASE_INSENSITIVE
}
