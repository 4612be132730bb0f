package org.clearsource.dedup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestBucketSorter {

  @Test
  void membersInAnyOrderGiveThePairsOfSortedInput() {
    Random random = new Random(5);
    List<long[]> sorted = new ArrayList<>();
    // Buckets of 1 to 40 members (the limit is 8: some are oversized), a repeated member in one.
    for (long key = 1; key <= 200; key++) {
      int size = 1 + random.nextInt(40);
      for (int i = 0; i < size; i++) {
        sorted.add(new long[] {key, 1000 * key + 3L * i});
      }
    }
    sorted.add(new long[] {200, 1000 * 200});
    List<long[]> shuffled = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || sorted.get(i)[0] != sorted.get(start)[0]) {
        List<long[]> bucket = new ArrayList<>(sorted.subList(start, i));
        Collections.shuffle(bucket, random);
        shuffled.addAll(bucket);
        start = i;
      }
    }
    sorted.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

    List<String> expected = new ArrayList<>();
    BucketPairer direct = new BucketPairer(8, (a, b) -> expected.add(a + "-" + b));
    sorted.forEach(record -> direct.add(record[0], record[1]));
    direct.finish();

    List<String> actual = new ArrayList<>();
    BucketPairer pairer = new BucketPairer(8, (a, b) -> actual.add(a + "-" + b));
    BucketSorter sorter = new BucketSorter(pairer);
    shuffled.forEach(record -> sorter.add(record[0], record[1]));
    sorter.finish();

    assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(sorter.records()).isEqualTo(shuffled.size());
    assertThat(pairer.buckets()).isEqualTo(200);
    assertThat(pairer.oversizedBuckets()).isEqualTo(direct.oversizedBuckets()).isPositive();
  }

  @Test
  void noRecordsNoPairs() {
    List<String> pairs = new ArrayList<>();
    BucketPairer pairer = new BucketPairer(8, (a, b) -> pairs.add(a + "-" + b));
    BucketSorter sorter = new BucketSorter(pairer);
    sorter.finish();
    assertThat(pairs).isEmpty();
    assertThat(pairer.buckets()).isZero();
  }
}
