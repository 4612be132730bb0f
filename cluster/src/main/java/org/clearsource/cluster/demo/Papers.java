package org.clearsource.cluster.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Source {@code papers}: a plain tree of {@code .txt} and {@code .md} research notes, some under
 * CC BY 4.0, plus one empty file and one file in ISO-8859-1 (not valid UTF-8).
 */
final class Papers {

  static final int TEXT_FILES = 8;
  static final int MARKDOWN_FILES = 10;
  static final String CC_BY_NOTICE = "This work is licensed under a Creative Commons Attribution"
      + " 4.0 International License (CC BY 4.0). To view a copy of this license, visit"
      + " https://creativecommons.org/licenses/by/4.0/";

  private static final String[] SENTENCES = {
    "We study {task} in {setting}.",
    "Existing approaches rely on {method}, which scales poorly when {condition}.",
    "We propose {acronym}, a simple method that combines {method} with {method2}.",
    "Experiments on {num} {datatype} datasets show that {acronym} improves {metric} by {pct}"
        + " points.",
    "Ablations indicate that most of the gain comes from {component}.",
    "Our analysis suggests that {condition} is the main source of error.",
    "Limitations include {limitation}.",
    "Future work will extend {acronym} to {setting2}.",
    "All experiments ran on a single workstation in under {num} hours.",
    "Compared with {method}, {acronym} needs {pct} percent less memory.",
  };

  private static final Map<String, String[]> WORDS = Map.of(
      "task", new String[] {"duplicate detection", "language identification",
          "licence classification", "boilerplate removal", "spelling normalisation"},
      "setting", new String[] {"web crawls", "scanned books", "multilingual forums",
          "source code archives", "short news items"},
      "method", new String[] {"hand-written rules", "character n-gram models",
          "locality-sensitive hashing", "edit-distance clustering", "suffix arrays"},
      "condition", new String[] {"documents are very long", "labels are noisy",
          "languages are mixed within one page", "near-identical templates dominate"},
      "acronym", new String[] {"SKETCHY", "NUMBAT", "TIDEPOOL", "MARLIN", "QUARRY"},
      "datatype", new String[] {"web", "news", "code", "book", "forum"},
      "metric", new String[] {"F1", "precision at 10", "recall", "accuracy"},
      "component", new String[] {"the normalisation step", "the second hashing stage",
          "better tokenisation", "the filtering of boilerplate"},
      "limitation", new String[] {"the small number of languages tested",
          "the reliance on clean metadata", "a fixed similarity threshold"});

  private final Synth synth = new Synth(0x5EED_0007L);
  private final Set<String> titles = new HashSet<>();

  void write(Path dir) throws IOException {
    for (int i = 0; i < TEXT_FILES + MARKDOWN_FILES; i++) {
      boolean markdown = i >= TEXT_FILES;
      String title = paperTitle();
      String text = paper(title, markdown, i % 2 == 0 && i < 16);
      Path file = dir.resolve((markdown ? "2024/" : "2023/") + Words.slug(title)
          + (markdown ? ".md" : ".txt"));
      Outputs.write(file, Outputs.utf8(text));
    }
    Outputs.write(dir.resolve("2023/withdrawn-note.txt"), new byte[0]);
    Outputs.write(dir.resolve("2022/legacy-encoding.txt"), ("Notes from the workshop at the"
        + " Société de Géographie, Besançon, 2021.\n\nParticipants compared café receipts,"
        + " théâtre programmes and naïve transcriptions of place names. The Besançon group"
        + " kept its files in ISO-8859-1, which this copy preserves.\n")
        .getBytes(StandardCharsets.ISO_8859_1));
  }

  private String paperTitle() {
    String title;
    do {
      title = synth.pick("Revisiting", "Scaling", "Simple baselines for", "A note on",
          "Measuring", "Cheap and robust") + " " + synth.pick(WORDS.get("task")) + " in "
          + synth.pick(WORDS.get("setting"));
    } while (!titles.add(title));
    return title;
  }

  private String paper(String title, boolean markdown, boolean ccBy) {
    Map<String, String[]> pools = new HashMap<>(Words.englishWith(synth));
    pools.putAll(WORDS);
    Map<String, String> fixed = Map.of("acronym", synth.pick(WORDS.get("acronym")));
    String authors = Words.personName(synth) + ", " + Words.personName(synth) + " and "
        + Words.personName(synth);
    StringBuilder text = new StringBuilder();
    String[] sections = {"Abstract", "1 Introduction", "2 Method", "3 Results"};
    text.append(markdown ? "# " : "").append(title).append("\n\n")
        .append(markdown ? "**Authors:** " : "Authors: ").append(authors).append("\n\n");
    for (String section : sections) {
      text.append(markdown ? "## " : "").append(section).append("\n\n");
      for (String template : synth.sample(List.of(SENTENCES), synth.between(3, 6))) {
        text.append(synth.fill(template, pools, fixed)).append(' ');
      }
      text.setLength(text.length() - 1);
      text.append("\n\n");
    }
    if (ccBy) {
      text.append(markdown ? "---\n\n" : "").append(CC_BY_NOTICE).append('\n');
    }
    return text.toString();
  }
}
