package org.clearsource.core.spark;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;

/** Iterators for {@code mapPartitions}: one row out per row in, computed as it is pulled. */
public final class PartitionIterators {

  private PartitionIterators() {}

  /** {@code rows}, each mapped by {@code mapping} when it is pulled; nothing is buffered. */
  public static <A, B> Iterator<B> map(Iterator<A> rows, Function<? super A, ? extends B> mapping) {
    Objects.requireNonNull(rows, "Cannot map the rows of a null iterator");
    Objects.requireNonNull(mapping, "Cannot map rows without a mapping");
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public B next() {
        return mapping.apply(rows.next());
      }
    };
  }
}
