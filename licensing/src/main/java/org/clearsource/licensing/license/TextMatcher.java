package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>Overlapping segments compete for the positions they share ({@link #compete}): the side
 *       that keeps more evidence keeps them, and the other is cut to the rest and scored again.
 *       So BSD-3-Clause beats BSD-2-Clause on a BSD-3-Clause text, a full text beats its own
 *       header, and a GPL-2.0 text followed by an LGPL-2.1 text gives both.
 * </ol>
 *
 * <p>Thread-safe; a call allocates only its working arrays. Each thread remembers what its last
 * {@link #RECENT} distinct hit patterns matched, so a header repeated across a corpus is matched
 * once per thread.
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

  /**
   * What a document's words matched, and the first and last word that any template's shingle
   * hit (-1 when none): a hit at the edge of a cut-out region says the licence may go on.
   */
  record Result(List<Match> matches, int firstHitWord, int lastHitWord) {}

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
  }

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::score).reversed()
          .thenComparing(Comparator.comparingInt(Candidate::matchedRequired).reversed())
          .thenComparingInt(candidate -> candidate.hits().number());

  /** Hit patterns each thread remembers. */
  private static final int RECENT = 512;

  private final ShingleIndex index;
  private final LicensePattern[] patterns;
  private final ThreadLocal<RecentMatches> recent = ThreadLocal.withInitial(RecentMatches::new);

  TextMatcher(ShingleIndex index, List<LicensePattern> patterns) {
    this.index = index;
    this.patterns = patterns.toArray(new LicensePattern[0]);
  }

  Result match(TokenStream document) {
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
      return new Result(List.of(), -1, -1);
    }
    int firstHitWord = original == null ? hitPositions[0] : original[hitPositions[0]];
    int lastHit = hitPositions[hitCount - 1] + Shingles.WIDTH - 1;
    int lastHitWord = original == null ? lastHit : original[lastHit];
    // The same header in thousands of files hits the same shingles at the same distances: what
    // they match is worked out once per thread. Only without bullets, whose dropped words would
    // make positions differ from word indexes.
    HitPattern key = original == null ? HitPattern.of(hitPositions, hitEntries, hitCount) : null;
    List<Match> known = key == null ? null : recent.get().get(key);
    if (known != null) {
      return new Result(shifted(known, hitPositions[0]), firstHitWord, lastHitWord);
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
    if (key != null) {
      recent.get().put(key, shifted(matches, -hitPositions[0]));
    }
    return new Result(matches, firstHitWord, lastHitWord);
  }

  /** The matches moved by {@code offset} words. */
  private static List<Match> shifted(List<Match> matches, int offset) {
    List<Match> moved = new ArrayList<>(matches.size());
    for (Match match : matches) {
      moved.add(new Match(match.pattern(), match.firstWord() + offset, match.lastWord() + offset,
          match.recall(), match.precision(), match.matchedRequired()));
    }
    return moved;
  }

  /**
   * The shingles a document hit and their distances from the first hit: all the matching
   * depends on.
   */
  private static final class HitPattern {
    private final int[] entries;
    private final int[] offsets;
    private final int hash;

    private HitPattern(int[] entries, int[] offsets) {
      this.entries = entries;
      this.offsets = offsets;
      this.hash = 31 * Arrays.hashCode(entries) + Arrays.hashCode(offsets);
    }

    static HitPattern of(int[] positions, int[] entries, int count) {
      int[] offsets = new int[count];
      for (int i = 0; i < count; i++) {
        offsets[i] = positions[i] - positions[0];
      }
      return new HitPattern(Arrays.copyOf(entries, count), offsets);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof HitPattern that && hash == that.hash
          && Arrays.equals(entries, that.entries) && Arrays.equals(offsets, that.offsets);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The most recently matched hit patterns of one thread, least recently used dropped. */
  private static final class RecentMatches extends LinkedHashMap<HitPattern, List<Match>> {
    private static final long serialVersionUID = 1L;

    RecentMatches() {
      super(2 * RECENT, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<HitPattern, List<Match>> eldest) {
      return size() > RECENT;
    }
  }

  /**
   * The hits of each pattern that requires enough of them: a count over the short "requires"
   * runs of the postings, then one pass over the hits' postings for the candidates only.
   */
  private List<PatternHits> candidatePatterns(int[] hits, int[] hitEntries, int hitCount) {
    int[] counts = new int[patterns.length];
    for (int h = 0; h < hitCount; h++) {
      int entry = hitEntries[h];
      for (int p = index.postingsFrom(entry), to = index.requiredTo(entry); p < to; p++) {
        counts[index.posting(p)]++;
      }
    }
    // counts becomes: pattern number -> candidate number, or -1.
    int candidateCount = 0;
    for (int number = 0; number < patterns.length; number++) {
      double enough = Math.max(MIN_MATCHED, MIN_RECALL * patterns[number].requiredShingles());
      counts[number] = counts[number] >= enough ? candidateCount++ : -1;
    }
    if (candidateCount == 0) {
      return List.of();
    }
    int[] numbers = new int[candidateCount];
    int[][] own = new int[candidateCount][];
    int[] ownCount = new int[candidateCount];
    for (int number = 0; number < patterns.length; number++) {
      if (counts[number] >= 0) {
        numbers[counts[number]] = number;
        own[counts[number]] = new int[Math.min(hitCount, 64)];
      }
    }
    for (int h = 0; h < hitCount; h++) {
      int entry = hitEntries[h];
      int requiredTo = index.requiredTo(entry);
      for (int p = index.postingsFrom(entry), to = index.postingsTo(entry); p < to; p++) {
        int candidate = counts[index.posting(p)];
        if (candidate >= 0) {
          if (ownCount[candidate] == own[candidate].length) {
            own[candidate] = Arrays.copyOf(own[candidate], own[candidate].length * 2);
          }
          // The hit's number with a "required" bit: both fit in an int.
          own[candidate][ownCount[candidate]++] = h << 1 | (p < requiredTo ? 1 : 0);
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
      result.add(new PatternHits(patterns[numbers[c]], numbers[c], positions, required, entries));
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
   * kept, one of them keeps the shared positions and the other is cut to its hits outside them
   * and segmented again; a candidate cuts kept ones only if it beats all it overlaps. The choice
   * keeps the most evidence: each side is worth its hits times its recall plus what the other's
   * cut pieces are still worth; on a tie the longer span wins (a full text over the header
   * inside it). So NPL-1.0 beats MPL-1.0, whose text it contains,
   * and a GPL-2.0 text next to an LGPL-2.1 text keeps its span from the LGPL-2.1 segment that
   * swallowed it.
   */
  private static List<Candidate> compete(List<Candidate> segments, IntSet seen) {
    PriorityQueue<Candidate> queue = new PriorityQueue<>(Math.max(1, segments.size()), BEST_FIRST);
    queue.addAll(segments);
    List<Candidate> kept = new ArrayList<>();
    while (!queue.isEmpty()) {
      Candidate candidate = queue.poll();
      // It must beat every kept candidate it overlaps before any of them is cut.
      List<Candidate> beaten = new ArrayList<>();
      List<Candidate> beatenPieces = new ArrayList<>();
      List<Candidate> lostPieces = null;
      for (Candidate other : kept) {
        int low = Math.max(candidate.first(), other.first());
        int high = Math.min(candidate.last(), other.last());
        if (low > high) {
          continue;
        }
        List<Candidate> candidatePieces = outside(candidate, low, high, seen);
        List<Candidate> otherPieces = outside(other, low, high, seen);
        double candidateWins = weight(candidate) + weight(otherPieces);
        double otherWins = weight(other) + weight(candidatePieces);
        if (candidateWins > otherWins || (candidateWins == otherWins
            && candidate.last() - candidate.first() > other.last() - other.first())) {
          beaten.add(other);
          beatenPieces.addAll(otherPieces);
        } else {
          lostPieces = candidatePieces;
          break;
        }
      }
      if (lostPieces != null) {
        queue.addAll(lostPieces);
      } else {
        kept.removeAll(beaten);
        queue.addAll(beatenPieces);
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::first));
    return kept;
  }

  /** What a segment is worth: its hits, discounted by the share of its template it misses. */
  private static double weight(Candidate candidate) {
    return (candidate.to() - candidate.from() + 1) * candidate.recall();
  }

  private static double weight(List<Candidate> candidates) {
    double sum = 0;
    for (Candidate candidate : candidates) {
      sum += weight(candidate);
    }
    return sum;
  }

  /** The segments a candidate's hits make left and right of positions {@code low..high}. */
  private static List<Candidate> outside(Candidate candidate, int low, int high, IntSet seen) {
    int[] positions = candidate.hits().positions();
    int leftEnd = Math.min(candidate.to(), lowerBound(positions, low) - 1);
    int rightStart = Math.max(candidate.from(), lowerBound(positions, high + 1));
    List<Candidate> pieces = new ArrayList<>();
    segments(candidate.hits(), candidate.from(), leftEnd, seen, pieces);
    segments(candidate.hits(), rightStart, candidate.to(), seen, pieces);
    return pieces;
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
