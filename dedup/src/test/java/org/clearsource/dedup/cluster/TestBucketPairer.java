package org.clearsource.dedup.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestBucketPairer {

  final List<String> pairs = new ArrayList<>();
  final BucketPairer pairer = new BucketPairer(4, (a, b) -> pairs.add(a + "-" + b));

  @Test
  void smallBucketsGiveAllTheirPairs() {
    pairer.add(10, 1);
    pairer.add(10, 5);
    pairer.add(10, 7);
    pairer.add(20, 2);
    pairer.add(30, 3);
    pairer.add(30, 4);
    pairer.finish();
    assertThat(pairs).containsExactly("1-5", "1-7", "5-7", "3-4");
    assertThat(pairer.buckets()).isEqualTo(3);
    assertThat(pairer.oversizedBuckets()).isZero();
    assertThat(pairer.largestBucket()).isEqualTo(3);
  }

  @Test
  void anOversizedBucketGivesAStarAndAChain() {
    for (long member = 100; member < 107; member++) {
      pairer.add(1, member);
    }
    pairer.finish();
    assertThat(pairs).containsExactlyInAnyOrder(
        "100-101", "100-102", "100-103", "100-104", "100-105", "100-106",
        "101-102", "102-103", "103-104", "104-105", "105-106");
    assertThat(pairer.oversizedBuckets()).isEqualTo(1);
    assertThat(pairer.largestBucket()).isEqualTo(7);
  }

  @Test
  void thousandsOfCopiesGiveLinearlyManyPairs() {
    BucketPairer counting = new BucketPairer(32, (a, b) -> { });
    for (long member = 0; member < 3000; member++) {
      counting.add(42, member);
    }
    counting.finish();
    assertThat(counting.pairs()).isEqualTo(2 * 3000 - 3);
  }

  @Test
  void repeatedMembersCountOnceAndDisorderIsRefused() {
    pairer.add(1, 3);
    pairer.add(1, 3);
    pairer.add(1, 4);
    pairer.finish();
    assertThat(pairs).containsExactly("3-4");
    pairer.add(2, 9);
    assertThatThrownBy(() -> pairer.add(2, 8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Cannot pair bucket members out of order");
  }
}
