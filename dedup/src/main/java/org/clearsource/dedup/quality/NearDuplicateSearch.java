package org.clearsource.dedup.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clearsource.dedup.cluster.BucketPairer;
import org.clearsource.dedup.minhash.Jaccard;
import org.clearsource.dedup.minhash.LshParameters;
import org.clearsource.dedup.minhash.MinHashSignature;
import org.clearsource.dedup.minhash.MinHasher;
import org.clearsource.dedup.minhash.Shingles;
import org.clearsource.dedup.minhash.Verification;
import org.clearsource.dedup.text.ExactMatch;
import org.clearsource.dedup.text.TextScanner;

/**
 * The near-duplicate path of the dedup stage, in memory: scan, shingle, sign, band, pair buckets
 * with {@link BucketPairer} (sorted by band key, then document index, as the stage's shuffle sorts
 * them), verify. The very classes the Spark stage runs, without Spark, so that the quality tests
 * measure them quickly and the benchmark can check a sample.
 */
public final class NearDuplicateSearch {

  /**
   * What a search found.
   *
   * @param candidates distinct candidate pairs the buckets proposed
   * @param verified candidates that passed verification
   */
  public record Result(long candidates, List<SimilarPair> verified) {}

  private final MinHasher hasher;
  private final LshParameters lsh;
  private final double threshold;
  private final Verification verification;
  private final int allPairsLimit;

  public NearDuplicateSearch(MinHasher hasher, LshParameters lsh, double threshold,
      Verification verification, int allPairsLimit) {
    this.hasher = Objects.requireNonNull(hasher, "Cannot search without a MinHasher");
    this.lsh = Objects.requireNonNull(lsh, "Cannot search without LSH parameters");
    this.threshold = threshold;
    this.verification = Objects.requireNonNull(verification, "Cannot search without verification");
    this.allPairsLimit = allPairsLimit;
  }

  /** Finds the near-duplicate pairs among {@code texts} (documents by list index). */
  public Result search(List<String> texts) {
    TextScanner scanner = new TextScanner(ExactMatch.CASE_SENSITIVE);
    int shingleWords = hasher.parameters().shingleWords();
    List<int[]> tokenSets = new ArrayList<>();
    List<MinHashSignature> signatures = new ArrayList<>();
    for (String text : texts) {
      long[] words = scanner.scan(text).words();
      tokenSets.add(Shingles.tokenSet(words, shingleWords));
      signatures.add(words.length == 0 ? null
          : hasher.signature(words));
    }
    Set<Long> candidates = new HashSet<>();
    for (int band = 0; band < lsh.bands(); band++) {
      long[][] rows = new long[texts.size()][];
      int count = 0;
      for (int doc = 0; doc < texts.size(); doc++) {
        if (signatures.get(doc) != null) {
          rows[count++] = new long[] {lsh.bandKey(signatures.get(doc), band), doc};
        }
      }
      long[][] sorted = Arrays.copyOf(rows, count);
      Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
          : Long.compare(a[1], b[1]));
      BucketPairer pairer = new BucketPairer(allPairsLimit,
          (a, b) -> candidates.add(SimilarPair.key((int) a, (int) b)));
      for (long[] row : sorted) {
        pairer.add(row[0], row[1]);
      }
      pairer.finish();
    }
    List<SimilarPair> verified = new ArrayList<>();
    for (long key : candidates) {
      int first = (int) (key >>> 32);
      int second = (int) key;
      double similarity = verification == Verification.EXACT
          ? Jaccard.exact(tokenSets.get(first), tokenSets.get(second))
          : signatures.get(first).estimateJaccard(signatures.get(second));
      if (similarity >= threshold) {
        verified.add(new SimilarPair(first, second, similarity));
      }
    }
    verified.sort((a, b) -> Long.compare(a.key(), b.key()));
    return new Result(candidates.size(), verified);
  }
}
