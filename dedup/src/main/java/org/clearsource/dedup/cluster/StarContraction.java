package org.clearsource.dedup.cluster;

import java.util.Objects;

/**
 * The two steps of the alternating connected-components algorithm of Kiveris et al., "Connected
 * Components in MapReduce and Beyond" (SoCC 2014), as streaming processors over sorted records.
 *
 * <p>Edges are undirected pairs of node ids; every id is its own label, and the smallest id of a
 * component is its root. Both steps rewire edges towards smaller ids without ever joining two
 * components:
 *
 * <ul>
 *   <li>{@link LargeStar}: each node u links every <em>larger</em> neighbour to the smallest of u
 *       and its neighbours. Input: both directions of every edge, sorted by (node, neighbour).
 *   <li>{@link SmallStar}: each node u links itself and its <em>smaller</em> neighbours to the
 *       smallest of them. Input: each edge once, from its larger end, sorted by (node, neighbour).
 * </ul>
 *
 * Alternating the two until neither changes anything leaves every component as a star around its
 * root, i.e. one edge (node, root) per non-root node: O(log n) rounds, each a shuffle and a sort
 * of the edges, with no single-machine step. A processor holds O(1) state, however many
 * neighbours a node has.
 */
public final class StarContraction {

  private StarContraction() {}

  /** Receives an edge, its larger end first. */
  @FunctionalInterface
  public interface EdgeSink {
    void edge(long larger, long smaller);
  }

  /** One step over sorted records: {@link LargeStar} or {@link SmallStar}. */
  public interface Step {
    /** One record; records must come sorted by node, then neighbour. */
    void add(long node, long neighbour);

    /** Whether this step moved any edge; when no step does, the components are stars. */
    boolean changed();

    /** A new step of the given kind writing to {@code sink}. */
    static Step of(boolean large, EdgeSink sink) {
      return large ? new LargeStar(sink) : new SmallStar(sink);
    }
  }

  /** The large-star step; see {@link StarContraction}. */
  public static final class LargeStar implements Step {
    private final EdgeSink sink;
    private boolean started;
    private long node;
    private long smallest;
    private long lastNeighbour;
    private boolean changed;

    public LargeStar(EdgeSink sink) {
      this.sink = Objects.requireNonNull(sink, "Cannot run large-star without a sink");
    }

    /** One directed record; records must come sorted by node, then neighbour. */
    @Override
    public void add(long node, long neighbour) {
      if (!started || node != this.node) {
        if (started && node < this.node) {
          throw new IllegalStateException(
              "Cannot run large-star over unsorted records: node " + node + " after " + this.node);
        }
        started = true;
        this.node = node;
        // Sorted: the first neighbour is the smallest.
        smallest = Math.min(node, neighbour);
      } else if (neighbour == lastNeighbour) {
        return;
      }
      lastNeighbour = neighbour;
      if (neighbour > node) {
        sink.edge(neighbour, smallest);
        changed |= smallest != node;
      }
    }

    /** Whether any edge moved: when false, every node already pointed at its smallest neighbour. */
    @Override
    public boolean changed() {
      return changed;
    }
  }

  /** The small-star step; see {@link StarContraction}. */
  public static final class SmallStar implements Step {
    private final EdgeSink sink;
    private boolean started;
    private long node;
    private long smallest;
    private long lastNeighbour;
    private boolean changed;

    public SmallStar(EdgeSink sink) {
      this.sink = Objects.requireNonNull(sink, "Cannot run small-star without a sink");
    }

    /**
     * One edge from its larger end: {@code neighbour < node}; records sorted by node, then
     * neighbour.
     */
    @Override
    public void add(long node, long neighbour) {
      if (neighbour >= node) {
        throw new IllegalArgumentException(
            "Cannot run small-star on edge (" + node + ", " + neighbour + "): the neighbour must be"
                + " the smaller end");
      }
      if (!started || node != this.node) {
        if (started && node < this.node) {
          throw new IllegalStateException(
              "Cannot run small-star over unsorted records: node " + node + " after " + this.node);
        }
        started = true;
        this.node = node;
        smallest = neighbour;
        lastNeighbour = neighbour;
        sink.edge(node, smallest);
        return;
      }
      if (neighbour == lastNeighbour) {
        return;
      }
      lastNeighbour = neighbour;
      sink.edge(neighbour, smallest);
      changed = true;
    }

    /** Whether any node had two smaller neighbours or more (and so an edge moved). */
    @Override
    public boolean changed() {
      return changed;
    }
  }
}
