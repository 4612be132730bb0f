package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds licence texts, headers and exception texts in a document, wherever they are in it and
 * however many there are.
 *
 * <ol>
 *   <li>Every shingle of the document is looked up once in the {@link ShingleIndex}, behind two
 *       filters that stay in cache; a document that shares no shingle with any template stops
 *       here, which is what most documents cost.
 *   <li>Each pattern with hits for at least {@link #MIN_RECALL} of its fixed text is a candidate.
 *       Its hits are cut into dense segments ({@link #segments}), so that a licence inside a
 *       longer document, or twice in one, is scored on its own span.
 *   <li>A segment scores recall (share of the template's fixed shingles present) and precision
 *       (share of the span's shingles that the template allows); the score is their harmonic mean.
 *   <li>Overlapping segments compete for the positions they share ({@link #compete}): the pattern
 *       that scores better there keeps them, and the other is cut to the rest and scored again.
 *       So BSD-3-Clause beats BSD-2-Clause on a BSD-3-Clause text, a full text beats its own
 *       header, and a GPL-2.0 text followed by an LGPL-2.1 text gives both.
 * </ol>
 *
 * <p>Immutable and thread-safe; a call allocates only its working arrays.
 */
final class TextMatcher {

  /** Least recall of a kept match: at least half of the template's fixed text. */
  static final double MIN_RECALL = 0.5;
  /** Least score of a kept match. */
  static final double MIN_SCORE = 0.6;
  /** Least fixed shingles of a kept match, so that tiny templates do not match by chance. */
  static final int MIN_MATCHED = 4;
  /** What a position without a hit costs a segment, against 1 for a hit: density above 1/3. */
  static final double MISS_COST = 0.5;

  /** One licence text found. Word indices are those of the document's {@link TokenStream}. */
  record Match(
      LicensePattern pattern,
      int firstWord,
      int lastWord,
      double recall,
      double precision,
      int matchedRequired) {

    double score() {
      return harmonicMean(recall, precision);
    }
  }

  /** Every hit of one pattern in the document, in position order. */
  private record PatternHits(
      LicensePattern pattern, int number, int[] positions, boolean[] required, int[] entries) {}

  /** A segment of one pattern's hits, from hit index {@code from} to {@code to}. */
  private record Candidate(
      PatternHits hits, int from, int to, double recall, double precision, int matchedRequired) {

    int first() {
      return hits.positions()[from];
    }

    int last() {
      return hits.positions()[to];
    }

    double score() {
      return harmonicMean(recall, precision);
    }

    /** The score with precision taken over positions {@code low..high} only. */
    double scoreWithin(int low, int high) {
      int[] positions = hits.positions();
      int a = Math.max(from, lowerBound(positions, low));
      int b = Math.min(to + 1, lowerBound(positions, high + 1));
      return harmonicMean(recall, (double) Math.max(0, b - a) / (high - low + 1));
    }
  }

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::score).reversed()
          .thenComparing(Comparator.comparingInt(Candidate::matchedRequired).reversed())
          .thenComparingInt(candidate -> candidate.hits().number());

  private final ShingleIndex index;
  private final LicensePattern[] patterns;

  TextMatcher(ShingleIndex index, List<LicensePattern> patterns) {
    this.index = index;
    this.patterns = patterns.toArray(new LicensePattern[0]);
  }

  List<Match> match(TokenStream document) {
    // Bullets are left out of the comparison; without any, the stream's own array serves.
    long[] words = document.wordArray();
    int[] original = null;
    int kept = document.size();
    if (document.anyIgnored()) {
      words = new long[document.size()];
      original = new int[document.size()];
      kept = 0;
      for (int i = 0; i < document.size(); i++) {
        if (!document.ignored(i)) {
          words[kept] = document.word(i);
          original[kept] = i;
          kept++;
        }
      }
    }
    int[] hitPositions = null;
    int[] hitEntries = null;
    int hitCount = 0;
    // Only a run of WIDTH words that the templates know can make a shingle that hits.
    int knownRun = 0;
    for (int i = 0; i < kept; i++) {
      knownRun = index.mayHaveWord(words[i]) ? knownRun + 1 : 0;
      if (knownRun < Shingles.WIDTH) {
        continue;
      }
      int position = i - Shingles.WIDTH + 1;
      long shingle = Shingles.hash(words, position);
      if (!index.mayHaveShingle(shingle)) {
        continue;
      }
      int entry = index.entry(shingle);
      if (entry >= 0) {
        if (hitPositions == null) {
          hitPositions = new int[64];
          hitEntries = new int[64];
        } else if (hitCount == hitPositions.length) {
          hitPositions = Arrays.copyOf(hitPositions, hitCount * 2);
          hitEntries = Arrays.copyOf(hitEntries, hitCount * 2);
        }
        hitPositions[hitCount] = position;
        hitEntries[hitCount++] = entry;
      }
    }
    if (hitCount == 0) {
      return List.of();
    }
    List<PatternHits> candidates = candidatePatterns(hitPositions, hitEntries, hitCount);
    List<Candidate> segments = new ArrayList<>();
    IntSet seen = new IntSet();
    for (PatternHits patternHits : candidates) {
      segments(patternHits, 0, patternHits.positions().length - 1, seen, segments);
    }
    List<Match> matches = new ArrayList<>();
    for (Candidate chosen : compete(segments, seen)) {
      int first = chosen.first();
      int last = chosen.last() + Shingles.WIDTH - 1;
      matches.add(new Match(chosen.hits().pattern(),
          original == null ? first : original[first], original == null ? last : original[last],
          chosen.recall(), chosen.precision(), chosen.matchedRequired()));
    }
    return matches;
  }

  /** The hits of each pattern that has enough of them. */
  private List<PatternHits> candidatePatterns(int[] hits, int[] hitEntries, int hitCount) {
    int[] counts = new int[patterns.length];
    for (int h = 0; h < hitCount; h++) {
      int entry = hitEntries[h];
      for (int p = index.postingsFrom(entry), to = index.postingsTo(entry); p < to; p++) {
        counts[index.posting(p) >>> 1]++;
      }
    }
    // counts becomes: pattern number -> candidate number, or -1.
    int candidateCount = 0;
    for (int number = 0; number < patterns.length; number++) {
      boolean enough = counts[number]
          >= Math.max(MIN_MATCHED, MIN_RECALL * patterns[number].requiredShingles());
      counts[number] = enough ? candidateCount++ : -1;
    }
    if (candidateCount == 0) {
      return List.of();
    }
    int[] candidatePattern = new int[candidateCount];
    int[][] own = new int[candidateCount][];
    int[] ownCount = new int[candidateCount];
    for (int number = 0; number < patterns.length; number++) {
      if (counts[number] >= 0) {
        candidatePattern[counts[number]] = number;
        own[counts[number]] = new int[16];
      }
    }
    // own[c] holds hit numbers with a "required" bit: h << 1 | required.
    for (int h = 0; h < hitCount; h++) {
      int entry = hitEntries[h];
      for (int p = index.postingsFrom(entry), to = index.postingsTo(entry); p < to; p++) {
        int posting = index.posting(p);
        int candidate = counts[posting >>> 1];
        if (candidate >= 0) {
          if (ownCount[candidate] == own[candidate].length) {
            own[candidate] = Arrays.copyOf(own[candidate], own[candidate].length * 2);
          }
          own[candidate][ownCount[candidate]++] = h << 1 | (posting & 1);
        }
      }
    }
    List<PatternHits> result = new ArrayList<>(candidateCount);
    for (int c = 0; c < candidateCount; c++) {
      int[] positions = new int[ownCount[c]];
      boolean[] required = new boolean[ownCount[c]];
      int[] entries = new int[ownCount[c]];
      for (int i = 0; i < ownCount[c]; i++) {
        int h = own[c][i] >>> 1;
        positions[i] = hits[h];
        required[i] = (own[c][i] & 1) != 0;
        entries[i] = hitEntries[h];
      }
      int number = candidatePattern[c];
      result.add(new PatternHits(patterns[number], number, positions, required, entries));
    }
    return result;
  }

  /**
   * Cuts hits {@code from..to} of one pattern into dense segments and adds those that match
   * enough. A segment grows hit by hit, each hit adding 1 and each position without a hit taking
   * {@link #MISS_COST}; it ends where that running sum falls to zero or a gap exceeds {@link
   * #maxGap}, and is cut back to where the sum peaked. So a licence's own text, dense with hits,
   * stays whole across a replaced copyright line, while the scattered hits another text gives the
   * pattern do not join it.
   */
  private static void segments(
      PatternHits hits, int from, int to, IntSet seen, List<Candidate> out) {
    if (from > to) {
      return;
    }
    int[] positions = hits.positions();
    int gap = maxGap(hits.pattern());
    int start = from;
    int peakEnd = from;
    double sum = 1;
    double peak = 1;
    for (int i = from + 1; i <= to + 1; i++) {
      if (i <= to) {
        int misses = positions[i] - positions[i - 1] - 1;
        sum += 1 - MISS_COST * misses;
        if (sum > 0 && misses <= gap) {
          if (sum > peak) {
            peak = sum;
            peakEnd = i;
          }
          continue;
        }
      }
      Candidate candidate = evaluate(hits, start, peakEnd, seen);
      if (candidate != null) {
        out.add(candidate);
      }
      // Restart after the peak: hits between the peak and the break may begin the next segment.
      start = peakEnd + 1;
      if (start > to) {
        break;
      }
      i = start;
      peakEnd = start;
      sum = 1;
      peak = 1;
    }
  }

  /** A segment as a candidate, or null when it matches too little. */
  private static Candidate evaluate(PatternHits hits, int from, int to, IntSet seen) {
    seen.clear();
    for (int i = from; i <= to; i++) {
      if (hits.required()[i]) {
        seen.add(hits.entries()[i]);
      }
    }
    int matchedRequired = seen.size();
    if (matchedRequired < MIN_MATCHED) {
      return null;
    }
    double recall = (double) matchedRequired / hits.pattern().requiredShingles();
    double precision =
        (double) (to - from + 1) / (hits.positions()[to] - hits.positions()[from] + 1);
    if (recall < MIN_RECALL || harmonicMean(recall, precision) < MIN_SCORE) {
      return null;
    }
    return new Candidate(hits, from, to, recall, precision, matchedRequired);
  }

  /** Positions without a hit that a segment may span: replaced text, a changed sentence. */
  private static int maxGap(LicensePattern pattern) {
    return Math.max(24, pattern.requiredShingles() / 16);
  }

  /**
   * Resolves overlapping candidates, best score first. Where a candidate overlaps one already
   * kept, the one that scores better on the shared positions (its recall, and its precision
   * there) keeps them; on a tie the longer span does (a full text over the header inside it).
   * The other is cut to its hits outside the shared positions and segmented again, and its
   * pieces compete in turn.
   */
  private static List<Candidate> compete(List<Candidate> segments, IntSet seen) {
    PriorityQueue<Candidate> queue = new PriorityQueue<>(Math.max(1, segments.size()), BEST_FIRST);
    queue.addAll(segments);
    List<Candidate> kept = new ArrayList<>();
    while (!queue.isEmpty()) {
      Candidate candidate = queue.poll();
      boolean survives = true;
      for (int k = 0; k < kept.size() && survives; k++) {
        Candidate other = kept.get(k);
        int low = Math.max(candidate.first(), other.first());
        int high = Math.min(candidate.last(), other.last());
        if (low > high) {
          continue;
        }
        double mine = candidate.scoreWithin(low, high);
        double theirs = other.scoreWithin(low, high);
        boolean wins = mine > theirs || (mine == theirs
            && candidate.last() - candidate.first() > other.last() - other.first());
        Candidate loser = wins ? other : candidate;
        if (wins) {
          kept.remove(k--);
        } else {
          survives = false;
        }
        requeueOutside(loser, low, high, seen, queue);
      }
      if (survives) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::first));
    return kept;
  }

  /** Segments again a candidate's hits left and right of positions {@code low..high}. */
  private static void requeueOutside(
      Candidate loser, int low, int high, IntSet seen, PriorityQueue<Candidate> queue) {
    int[] positions = loser.hits().positions();
    int leftEnd = Math.min(loser.to(), lowerBound(positions, low) - 1);
    int rightStart = Math.max(loser.from(), lowerBound(positions, high + 1));
    List<Candidate> pieces = new ArrayList<>();
    segments(loser.hits(), loser.from(), leftEnd, seen, pieces);
    segments(loser.hits(), rightStart, loser.to(), seen, pieces);
    queue.addAll(pieces);
  }

  private static double harmonicMean(double a, double b) {
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }

  private static int lowerBound(int[] sorted, int value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** A small open-addressing set of non-negative ints, reused between segments. */
  static final class IntSet {
    private int[] slots = new int[64];
    private int size;

    IntSet() {
      Arrays.fill(slots, -1);
    }

    void add(int value) {
      if (size * 2 >= slots.length) {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, -1);
        size = 0;
        for (int v : old) {
          if (v >= 0) {
            add(v);
          }
        }
      }
      int mask = slots.length - 1;
      int slot = (value * 0x9E3779B1) >>> 7 & mask;
      while (slots[slot] >= 0) {
        if (slots[slot] == value) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = value;
      size++;
    }

    int size() {
      return size;
    }

    void clear() {
      if (size > 0) {
        Arrays.fill(slots, -1);
        size = 0;
      }
    }
  }
}
