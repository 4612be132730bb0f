package org.clearsource.licensing.license;

/**
 * Spellings the SPDX matching guidelines treat as the same word (their list of equivalent words:
 * British and American spellings, "licence" and "license", "http" and "https"), folded to one.
 * A fixed open-addressing table of word hashes: one probe per word.
 */
final class WordEquivalents {

  /** Pairs of variant and the spelling it folds to. */
  private static final String[][] PAIRS = {
    {"acknowledgement", "acknowledgment"}, {"analogue", "analog"}, {"analyse", "analyze"},
    {"artefact", "artifact"}, {"authorisation", "authorization"}, {"authorised", "authorized"},
    {"calibre", "caliber"}, {"cancelled", "canceled"}, {"capitalisations", "capitalizations"},
    {"catalogue", "catalog"}, {"categorise", "categorize"}, {"centre", "center"},
    {"emphasised", "emphasized"}, {"favour", "favor"}, {"favourite", "favorite"},
    {"fulfil", "fulfill"}, {"fulfilment", "fulfillment"}, {"initialise", "initialize"},
    {"judgement", "judgment"}, {"labelling", "labeling"}, {"labour", "labor"},
    {"licence", "license"}, {"licences", "licenses"}, {"licenced", "licensed"},
    {"licencing", "licensing"}, {"licencee", "licensee"}, {"licencees", "licensees"},
    {"licencor", "licensor"}, {"licencors", "licensors"}, {"sublicence", "sublicense"},
    {"maximise", "maximize"}, {"modelled", "modeled"}, {"modelling", "modeling"},
    {"offence", "offense"}, {"optimise", "optimize"}, {"organisation", "organization"},
    {"organise", "organize"}, {"practise", "practice"}, {"programme", "program"},
    {"realise", "realize"}, {"recognise", "recognize"}, {"signalling", "signaling"},
    {"utilisation", "utilization"}, {"whilst", "while"}, {"wilful", "willful"},
    {"https", "http"}
  };

  private static final int SLOTS = 256;
  private static final long[] VARIANTS = new long[SLOTS];
  private static final long[] FOLDED = new long[SLOTS];
  /** One bit per slot that holds a variant: most words are ruled out by one shift. */
  private static final long[] OCCUPIED = new long[SLOTS / 64];

  static {
    for (String[] pair : PAIRS) {
      long variant = Tokenizer.unfoldedHash(pair[0]);
      OCCUPIED[((int) variant & (SLOTS - 1)) >>> 6] |= 1L << variant;
      int slot = (int) variant & (SLOTS - 1);
      while (VARIANTS[slot] != 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      VARIANTS[slot] = variant;
      FOLDED[slot] = Tokenizer.unfoldedHash(pair[1]);
    }
  }

  private WordEquivalents() {}

  /** The hash of the spelling {@code word} folds to; {@code word} itself when it has no variant. */
  static long fold(long word) {
    int slot = (int) word & (SLOTS - 1);
    if ((OCCUPIED[slot >>> 6] & (1L << slot)) == 0) {
      return word;
    }
    long variant;
    while ((variant = VARIANTS[slot]) != 0) {
      if (variant == word) {
        return FOLDED[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    return word;
  }
}
