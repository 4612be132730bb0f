package org.clearsource.cluster.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded choices and template filling for the demo generator. Built on {@link java.util.Random},
 * whose algorithm is fixed by its specification, so a seed gives the same corpus on every JDK.
 */
final class Synth {

  private final Random random;

  Synth(long seed) {
    this.random = new Random(seed);
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  String pick(String... items) {
    return items[random.nextInt(items.length)];
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** {@code count} distinct items in random order. */
  <T> List<T> sample(List<T> items, int count) {
    return shuffled(items).subList(0, Math.min(count, items.size()));
  }

  String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  String hex(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(Character.forDigit(random.nextInt(16), 16));
    }
    return out.toString();
  }

  /** A version-4 UUID from the seeded stream, for WARC record ids that stay put between runs. */
  UUID uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /**
   * Replaces each {@code {key}} in a template: from {@code fixed} first, then a random pick from
   * the pool named by the key without trailing digits ({@code town2} draws from {@code town}), then
   * the numeric keys every language shares.
   */
  String fill(String template, Map<String, String[]> pools, Map<String, String> fixed) {
    StringBuilder out = new StringBuilder(template.length() + 40);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      int close = template.indexOf('}', open);
      String key = template.substring(open + 1, close);
      out.append(template, from, open).append(slot(key, pools, fixed));
      from = close + 1;
    }
    return out.append(template, from, template.length()).toString();
  }

  private String slot(String key, Map<String, String[]> pools, Map<String, String> fixed) {
    String value = fixed.get(key);
    if (value != null) {
      return value;
    }
    String base = key.replaceAll("\\d+$", "");
    String[] pool = pools.get(base);
    if (pool != null) {
      return pick(pool);
    }
    return switch (base) {
      case "num" -> Integer.toString(between(3, 60));
      case "big" -> Integer.toString(between(12, 950) * 100 + between(0, 99));
      case "year" -> Integer.toString(between(1620, 1899));
      case "recent" -> Integer.toString(between(1905, 2022));
      case "pct" -> Integer.toString(between(2, 48));
      default -> throw new IllegalArgumentException(
          "Cannot fill unknown template slot {" + key + "}");
    };
  }

  /**
   * A near-duplicate of {@code text}: {@code edits} single-word changes (insert, replace or drop)
   * at random positions, touching only plain words so that punctuation and line breaks survive.
   */
  String perturb(String text, int edits, String... fillers) {
    List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
    for (int i = 0; i < edits; i++) {
      int at = 3 + random.nextInt(words.size() - 6);
      if (!words.get(at).matches("\\p{L}+")) {
        i--;
        continue;
      }
      switch (random.nextInt(3)) {
        case 0 -> words.add(at, pick(fillers));
        case 1 -> words.set(at, pick(fillers));
        default -> words.remove(at);
      }
    }
    return String.join(" ", words);
  }
}
