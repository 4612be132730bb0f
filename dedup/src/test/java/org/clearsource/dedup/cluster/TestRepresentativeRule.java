package org.clearsource.dedup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clearsource.dedup.cluster.RepresentativeRule.Candidate;
import org.junit.jupiter.api.Test;

class TestRepresentativeRule {

  @Test
  void lowerPriorityWinsThenTheSmallerDocId() {
    List<Candidate> cluster = new ArrayList<>(List.of(
        new Candidate(2, "0a"), new Candidate(1, "ff"), new Candidate(1, "3c")));
    cluster.sort(RepresentativeRule.ORDER);
    assertThat(cluster).extracting(Candidate::docId).containsExactly("3c", "ff", "0a");
  }
}
