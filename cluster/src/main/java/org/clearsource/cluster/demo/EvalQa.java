package org.clearsource.cluster.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluation set {@code eval-qa}: reading-comprehension items, five of which quote a passage of
 * 25 words from a corpus document, so that the contamination check has something to find.
 */
final class EvalQa {

  /** A passage lifted from the corpus, what the item asks, and where it came from. */
  record Quote(String passage, String answer) {}

  static final int ITEMS = 30;
  /** Item indexes (0-based) whose context quotes the corpus. */
  static final List<Integer> CONTAMINATED = List.of(3, 9, 15, 21, 27);
  static final int QUOTE_WORDS = 25;
  /** The overlap length contamination checks commonly use (GPT-3 paper, 13-gram overlap). */
  static final int NGRAM = 13;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Synth synth = new Synth(0x5EED_0009L);

  /** @param quotes one per contaminated item, in order */
  void write(Path dir, List<Quote> quotes) throws IOException {
    try (OutputStream out = Outputs.create(dir.resolve("eval-qa.jsonl"))) {
      int quoted = 0;
      for (int i = 0; i < ITEMS; i++) {
        String[] item = CONTAMINATED.contains(i) ? quotedItem(quotes.get(quoted++)) : item(i);
        ObjectNode node = Outputs.object();
        node.put("id", String.format("eval-qa-%03d", i + 1));
        node.put("question", item[0]);
        node.put("context", item[1]);
        node.put("answer", item[2]);
        out.write(Outputs.jsonLine(node));
      }
    }
  }

  /**
   * A run of {@link #QUOTE_WORDS} words from one paragraph of {@code text} that shares no
   * {@link #NGRAM}-word sequence with any of {@code others}, so that exactly one corpus document
   * contains it.
   */
  static String passage(String text, List<String> others) {
    Set<String> taken = new HashSet<>();
    for (String other : others) {
      taken.addAll(ngrams(other));
    }
    for (String paragraph : text.split("\n+")) {
      String[] words = paragraph.trim().split("\\s+");
      for (int start = 0; start + QUOTE_WORDS <= words.length; start++) {
        String candidate = String.join(" ", Arrays.copyOfRange(words, start, start + QUOTE_WORDS));
        if (Collections.disjoint(ngrams(candidate), taken)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("Cannot find a passage of " + QUOTE_WORDS
        + " words that no other document shares: " + text);
  }

  /** Word n-grams after lower-casing and dropping punctuation, as contamination checks see them. */
  private static Set<String> ngrams(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + NGRAM <= words.size(); i++) {
      grams.add(String.join(" ", words.subList(i, i + NGRAM)));
    }
    return grams;
  }

  private static String[] quotedItem(Quote quote) {
    return new String[] {"What is the passage about?", quote.passage(), quote.answer()};
  }

  private String[] item(int index) {
    switch (index % 4) {
      case 0 -> {
        String color = synth.pick("crimson", "teal", "amber", "violet", "lime");
        int every = synth.between(5, 30);
        return new String[] {"How often does the " + color + " shuttle depart?",
            "According to the timetable pinned by the stop, the " + color + " shuttle departs"
                + " every " + every + " minutes from " + synth.between(5, 9) + " a.m. until "
                + synth.between(8, 11) + " p.m., and the ride to the airport takes "
                + synth.between(20, 55) + " minutes.",
            "Every " + every + " minutes."};
      }
      case 1 -> {
        int tokens = synth.between(3, 12);
        String game = synth.pick("Lodestar", "Pebbleway", "Mirefall", "Quadrant", "Sundial");
        return new String[] {"How many tokens does each player begin " + game + " with?",
            "Each player begins " + game + " with " + tokens + " brass tokens and draws "
                + synth.between(1, 3) + " tiles per round; whoever first builds a ring of "
                + synth.between(5, 9) + " tiles wins the match.",
            Integer.toString(tokens)};
      }
      case 2 -> {
        int minutes = synth.between(12, 70);
        String dish = synth.pick("walnut loaf", "leek tart", "plum crumble", "oat biscuits");
        return new String[] {"For how long should the " + dish + " bake?",
            "For the " + dish + ", whisk " + synth.between(100, 500) + " grams of flour into "
                + synth.between(50, 300) + " millilitres of buttermilk, then bake it for "
                + minutes + " minutes at " + synth.between(160, 220) + " degrees.",
            minutes + " minutes."};
      }
      default -> {
        int floor = synth.between(1, 9);
        return new String[] {"On which floor is the map room?",
            "Visitors reach the map room by lift: it occupies floor " + floor + " of the"
                + " archive, opens at " + synth.between(8, 10) + " o'clock on weekdays, and"
                + " stores roughly " + synth.between(2, 90) + " thousand charts.",
            "Floor " + floor + "."};
      }
    }
  }
}
