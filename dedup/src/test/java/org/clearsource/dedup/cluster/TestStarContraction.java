package org.clearsource.dedup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Drives large-star and small-star in memory, the way the Spark adapter does (sort, stream, repeat
 * until nothing changes), and checks the components against union-find.
 */
class TestStarContraction {

  /** Edges as {larger, smaller}; returns node -> root. */
  static Map<Long, Long> components(List<long[]> input) {
    List<long[]> edges = new ArrayList<>(input);
    for (int round = 0; round < 100; round++) {
      List<long[]> directed = new ArrayList<>();
      for (long[] edge : edges) {
        directed.add(new long[] {edge[0], edge[1]});
        directed.add(new long[] {edge[1], edge[0]});
      }
      directed.sort(TestStarContraction::byNodeThenNeighbour);
      List<long[]> large = new ArrayList<>();
      StarContraction.LargeStar largeStar =
          new StarContraction.LargeStar((a, b) -> large.add(new long[] {a, b}));
      directed.forEach(record -> largeStar.add(record[0], record[1]));

      large.sort(TestStarContraction::byNodeThenNeighbour);
      List<long[]> small = new ArrayList<>();
      StarContraction.SmallStar smallStar =
          new StarContraction.SmallStar((a, b) -> small.add(new long[] {a, b}));
      large.forEach(record -> smallStar.add(record[0], record[1]));
      edges = small;
      if (!largeStar.changed() && !smallStar.changed()) {
        Map<Long, Long> roots = new HashMap<>();
        for (long[] edge : edges) {
          roots.put(edge[0], edge[1]);
          roots.putIfAbsent(edge[1], edge[1]);
        }
        return roots;
      }
    }
    throw new AssertionError("no convergence in 100 rounds");
  }

  static int byNodeThenNeighbour(long[] a, long[] b) {
    return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
  }

  static long find(Map<Long, Long> parent, long node) {
    long root = node;
    while (parent.getOrDefault(root, root) != root) {
      root = parent.get(root);
    }
    return root;
  }

  @Test
  void findsTheComponentsOfRandomGraphsWithTheirSmallestNodeAsRoot() {
    SplittableRandom random = new SplittableRandom(8);
    for (int graph = 0; graph < 40; graph++) {
      int nodes = 2 + random.nextInt(300);
      int edgeCount = random.nextInt(nodes * 2);
      List<long[]> edges = new ArrayList<>();
      Map<Long, Long> parent = new HashMap<>();
      for (int e = 0; e < edgeCount; e++) {
        long a = random.nextInt(nodes);
        long b = random.nextInt(nodes);
        if (a == b) {
          continue;
        }
        edges.add(new long[] {Math.max(a, b), Math.min(a, b)});
        long rootA = find(parent, a);
        long rootB = find(parent, b);
        parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
      }
      Map<Long, Long> roots = components(edges);
      for (long[] edge : edges) {
        for (long node : edge) {
          assertThat(roots.get(node)).as("graph %d, node %d", graph, node)
              .isEqualTo(find(parent, node));
        }
      }
    }
  }

  @Test
  void aLongChainConvergesInFewRounds() {
    List<long[]> chain = new ArrayList<>();
    for (long node = 1; node < 5000; node++) {
      chain.add(new long[] {node, node - 1});
    }
    Map<Long, Long> roots = components(chain);
    assertThat(roots).hasSize(5000);
    assertThat(roots.values()).containsOnly(0L);
  }
}
