package org.clearsource.dedup.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.clearsource.dedup.quality.SyntheticText.Prose;

/**
 * Makes near-duplicate copies of a document with known edits, the kinds that separate copies of
 * one text in real corpora: words replaced, inserted or dropped (revisions, typo fixes), sentences
 * dropped, added or moved (editing, syndication), boilerplate added (a site's footer) and
 * reformatting (white space and line breaks, invisible to the exact hash and to shingles).
 *
 * <p>Each word edit changes up to n shingles of width n, so k scattered edits to a text of S
 * shingles leave a Jaccard similarity near (S - nk) / (S + nk); {@link #editsFor} inverts that to
 * aim at a similarity. The similarity actually reached is for the oracle ({@link
 * BruteForceJaccard}) to measure, not assumed.
 */
public final class NearDuplicateGenerator {

  /** The kinds of edit. */
  public enum EditKind {
    REPLACE_WORD,
    INSERT_WORD,
    DELETE_WORD,
    DROP_SENTENCE,
    INSERT_SENTENCE,
    MOVE_SENTENCE,
    ADD_BOILERPLATE,
    REFORMAT
  }

  /**
   * One edit and where it happened.
   *
   * @param kind what was done
   * @param paragraph paragraph index in the edited copy at the time of the edit
   * @param sentence sentence index in that paragraph
   */
  public record Edit(EditKind kind, int paragraph, int sentence) {}

  /**
   * A copy and the edits that made it.
   *
   * @param prose the copy's structure
   * @param text the copy's text
   * @param edits in the order applied
   */
  public record EditedCopy(Prose prose, String text, List<Edit> edits) {
    public EditedCopy {
      edits = List.copyOf(edits);
    }
  }

  private static final String[] BOILERPLATE = {
      "Copyright 2024 Example Media Group. All rights reserved.",
      "Subscribe to our newsletter for more stories like this one.",
      "Share this article with your friends and family on social media.",
      "This page was last edited on 12 March 2024, at 09:41.",
      "Comments are closed for this article. Read our community guidelines.",
  };

  private final SyntheticText text;

  public NearDuplicateGenerator(SyntheticText text) {
    this.text = Objects.requireNonNull(text, "Cannot generate copies without a text generator");
  }

  /** Word edits that bring a text of {@code words} words near a Jaccard similarity (see class). */
  public static int editsFor(int words, double similarity, int shingleWords) {
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("Cannot aim at a similarity of " + similarity);
    }
    double shingles = Math.max(1, words - shingleWords + 1);
    return (int) Math.round(shingles * (1 - similarity) / (shingleWords * (1 + similarity)));
  }

  /**
   * A copy of {@code original} with {@code edits} edits: about 80% word edits, the rest sentence
   * edits and boilerplate; plus, one time in four, reformatting.
   */
  public EditedCopy edit(Prose original, int edits, SplittableRandom random) {
    List<List<List<String>>> paragraphs = mutable(original);
    List<Edit> applied = new ArrayList<>();
    for (int e = 0; e < edits; e++) {
      int roll = random.nextInt(100);
      EditKind kind = roll < 35 ? EditKind.REPLACE_WORD
          : roll < 58 ? EditKind.INSERT_WORD
          : roll < 80 ? EditKind.DELETE_WORD
          : roll < 88 ? EditKind.DROP_SENTENCE
          : roll < 94 ? EditKind.INSERT_SENTENCE
          : roll < 98 ? EditKind.MOVE_SENTENCE
          : EditKind.ADD_BOILERPLATE;
      applied.add(apply(paragraphs, kind, random));
    }
    Prose prose = new Prose(paragraphs);
    String rendered = prose.render();
    if (random.nextInt(4) == 0) {
      rendered = reformat(rendered, random);
      applied.add(new Edit(EditKind.REFORMAT, 0, 0));
    }
    return new EditedCopy(prose, rendered, applied);
  }

  /**
   * The same text, laid out differently: sentences on lines of their own, doubled spaces,
   * trailing white space. Its normalized text, and so its exact hash, is the original's.
   */
  public static String reformat(String rendered, SplittableRandom random) {
    StringBuilder out = new StringBuilder(rendered.length() + 64);
    for (int i = 0; i < rendered.length(); i++) {
      char c = rendered.charAt(i);
      if (c == ' ' && i > 0 && rendered.charAt(i - 1) == '.') {
        out.append(random.nextBoolean() ? "\n" : " \t ");
      } else if (c == ' ' && random.nextInt(40) == 0) {
        out.append("  ");
      } else {
        out.append(c);
      }
    }
    return out.append("\n").toString();
  }

  private Edit apply(List<List<List<String>>> paragraphs, EditKind kind, SplittableRandom random) {
    int p = random.nextInt(paragraphs.size());
    List<List<String>> paragraph = paragraphs.get(p);
    int s = random.nextInt(paragraph.size());
    List<String> sentence = paragraph.get(s);
    switch (kind) {
      case REPLACE_WORD -> sentence.set(random.nextInt(sentence.size()), text.word(random));
      case INSERT_WORD -> sentence.add(random.nextInt(sentence.size() + 1), text.word(random));
      case DELETE_WORD -> {
        if (sentence.size() > 1) {
          sentence.remove(random.nextInt(sentence.size()));
        } else {
          sentence.set(0, text.word(random));
        }
      }
      case DROP_SENTENCE -> {
        if (paragraph.size() > 1) {
          paragraph.remove(s);
        } else {
          sentence.set(random.nextInt(sentence.size()), text.word(random));
        }
      }
      case INSERT_SENTENCE -> paragraph.add(s, new ArrayList<>(text.sentence(random)));
      case MOVE_SENTENCE -> {
        List<String> moved = paragraph.remove(s);
        List<List<String>> target = paragraphs.get(random.nextInt(paragraphs.size()));
        target.add(random.nextInt(target.size() + 1), moved);
      }
      case ADD_BOILERPLATE -> {
        List<List<String>> footer = new ArrayList<>();
        String line = BOILERPLATE[random.nextInt(BOILERPLATE.length)];
        footer.add(new ArrayList<>(List.of(line.substring(0, line.length() - 1).split(" "))));
        paragraphs.add(footer);
        return new Edit(kind, paragraphs.size() - 1, 0);
      }
      default -> throw new IllegalArgumentException("Cannot apply " + kind + " to words");
    }
    if (paragraph.isEmpty()) {
      paragraphs.remove(p);
    }
    return new Edit(kind, p, s);
  }

  private static List<List<List<String>>> mutable(Prose prose) {
    List<List<List<String>>> copy = new ArrayList<>();
    for (List<List<String>> paragraph : prose.paragraphs()) {
      List<List<String>> sentences = new ArrayList<>();
      for (List<String> sentence : paragraph) {
        sentences.add(new ArrayList<>(sentence));
      }
      copy.add(sentences);
    }
    return copy;
  }
}
