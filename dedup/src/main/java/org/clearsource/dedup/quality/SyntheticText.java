package org.clearsource.dedup.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic synthetic prose: words drawn from a Zipf-distributed vocabulary (frequent English
 * function and common words first, then a long tail of pronounceable invented words), sentences
 * of 5 to 34 words with commas and the odd number, paragraphs of 2 to 7 sentences. Unrelated
 * documents share common short phrases but almost no 5-word shingle, as real prose does.
 *
 * <p>Deterministic: the same random source gives the same text. Thread-safe (immutable).
 */
public final class SyntheticText {

  private static final String[] COMMON = (
      "the of and to a in is that for it as was with be by on not he this are or his from at"
      + " which but have an they you were her she there been one all we their has would when if"
      + " so no will more about can out up what some time could them into only other than then"
      + " its also two first over new after years people city water school history music"
      + " science energy station library garden village harbour mountain season committee"
      + " government research museum railway festival province century language bridge river"
      + " market council report northern southern eastern western ancient modern public private"
      + " national local annual published described announced opened built founded measured"
      + " recorded increased reduced between during because although however therefore several"
      + " important different analysis evidence community development population production"
      + " distribution temperature children family house world country group company number"
      + " system program question work government night point home room area money story fact"
      + " month lot right study book eye job word business issue side kind head service friend"
      + " father power hour game line end member law car name president team minute idea body"
      + " information back parent face others level office door health person art war party"
      + " result change morning reason girl guy moment air teacher force education").split(" ");

  private static final String[] SYLLABLES = (
      "ka lo mi ren tas vel dor pin qua sel bri mon tek ra lun dis cor fa gen hal jor ket lem nor"
      + " pal rit sun tol ver win yas zan bel cam dun fer gos hin jul kar lin mar nes ost pre ros"
      + " sam tun ul vor wes yal zor").split(" ");

  private final String[] vocabulary;
  private final double[] cumulative;

  /**
   * @param vocabularySize words in the vocabulary, the common ones included (at least 1,000)
   * @param exponent Zipf exponent, about 1 for natural language
   */
  public SyntheticText(int vocabularySize, double exponent) {
    if (vocabularySize < 1000) {
      throw new IllegalArgumentException(
          "Cannot generate text from " + vocabularySize + " words: use at least 1,000");
    }
    vocabulary = new String[vocabularySize];
    System.arraycopy(COMMON, 0, vocabulary, 0, COMMON.length);
    SplittableRandom random = new SplittableRandom(7);
    java.util.Set<String> seen = new java.util.HashSet<>(Arrays.asList(COMMON));
    for (int i = COMMON.length; i < vocabularySize; ) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(word.toString())) {
        vocabulary[i++] = word.toString();
      }
    }
    cumulative = new double[vocabularySize];
    double sum = 0;
    for (int rank = 0; rank < vocabularySize; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < vocabularySize; rank++) {
      cumulative[rank] /= sum;
    }
  }

  /** The generator the tests and the benchmark use: 50,000 words, exponent 1.0. */
  public static SyntheticText standard() {
    return new SyntheticText(50_000, 1.0);
  }

  /** One word, by Zipf frequency. */
  public String word(SplittableRandom random) {
    int index = Arrays.binarySearch(cumulative, random.nextDouble());
    return vocabulary[index >= 0 ? index : Math.min(-index - 1, vocabulary.length - 1)];
  }

  /** One sentence as words, without capital or full stop. */
  public List<String> sentence(SplittableRandom random) {
    int length = 5 + random.nextInt(12) + random.nextInt(18);
    List<String> words = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      String word = random.nextInt(60) == 0
          ? Integer.toString(random.nextInt(10) == 0 ? 1800 + random.nextInt(226)
              : random.nextInt(1000))
          : word(random);
      words.add(i > 2 && i < length - 2 && random.nextInt(12) == 0 ? word + "," : word);
    }
    return words;
  }

  /** A document of {@code paragraphs} paragraphs of 2 to 7 sentences. */
  public Prose document(SplittableRandom random, int paragraphs) {
    List<List<List<String>>> body = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      List<List<String>> paragraph = new ArrayList<>();
      int sentences = 2 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        paragraph.add(sentence(random));
      }
      body.add(paragraph);
    }
    return new Prose(body);
  }

  /**
   * A document's structure: paragraphs of sentences of words, which edits work on. {@link
   * #render()} gives the text.
   */
  public record Prose(List<List<List<String>>> paragraphs) {

    public Prose {
      List<List<List<String>>> copy = new ArrayList<>();
      for (List<List<String>> paragraph : paragraphs) {
        List<List<String>> sentences = new ArrayList<>();
        for (List<String> sentence : paragraph) {
          sentences.add(List.copyOf(sentence));
        }
        copy.add(List.copyOf(sentences));
      }
      paragraphs = List.copyOf(copy);
    }

    public int words() {
      int words = 0;
      for (List<List<String>> paragraph : paragraphs) {
        for (List<String> sentence : paragraph) {
          words += sentence.size();
        }
      }
      return words;
    }

    /** Sentences start with a capital and end with a full stop; paragraphs are separated by a blank line. */
    public String render() {
      StringBuilder text = new StringBuilder();
      for (List<List<String>> paragraph : paragraphs) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        boolean firstSentence = true;
        for (List<String> sentence : paragraph) {
          if (sentence.isEmpty()) {
            continue;
          }
          if (!firstSentence) {
            text.append(' ');
          }
          firstSentence = false;
          for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.get(i);
            if (i == 0) {
              word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
              text.append(' ');
            }
            text.append(word);
          }
          if (text.charAt(text.length() - 1) == ',') {
            text.setLength(text.length() - 1);
          }
          text.append('.');
        }
      }
      return text.toString();
    }
  }
}
