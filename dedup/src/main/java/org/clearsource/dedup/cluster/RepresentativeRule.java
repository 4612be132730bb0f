package org.clearsource.dedup.cluster;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearsource.core.manifest.Source;

/**
 * Which document of a duplicate cluster is its representative, the one a deduplicated corpus
 * keeps: the document of the source with the lowest manifest {@code priority} (by default a
 * source's position in the manifest, so the first source wins), and among those the smallest
 * {@code doc_id} (compared as strings; doc ids are lower-case hex, so byte order and string order
 * agree). Nothing else counts, so the choice is the same whatever the input order, partitioning or
 * cluster.
 *
 * <p>The dedup stage numbers documents in this order (index 0 is the best representative of the
 * whole corpus), so that the smallest index of a cluster, which connected components finds, is its
 * representative.
 */
public final class RepresentativeRule {

  /** A document as the rule sees it. */
  public record Candidate(int priority, String docId) {}

  /** Best representative first. */
  public static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::priority).thenComparing(Candidate::docId);

  private RepresentativeRule() {}

  /** Source id to priority, in manifest order. */
  public static Map<String, Integer> priorities(List<Source> sources) {
    Map<String, Integer> priorities = new LinkedHashMap<>();
    for (Source source : sources) {
      priorities.put(source.id(), source.priority());
    }
    return priorities;
  }
}
