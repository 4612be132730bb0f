package org.clearsource.reports.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPolicyReader {

  @Test
  void theDefaultPolicy() {
    Policy policy = Policy.defaults();

    assertThat(policy.location()).isEqualTo("default.yaml (built in)");
    assertThat(policy.requireStages()).isEmpty();
    assertThat(policy.requireProvenance()).isTrue();
    assertThat(policy.requireUnshareableDescribed()).isTrue();
    assertThat(policy.maxQuarantineRate()).isEqualTo(0.05);
    assertThat(policy.maxDuplicateRate()).isEqualTo(0.3);
    assertThat(policy.maxReservedRightsDocuments()).isZero();
    assertThat(policy.forbidLicenseClasses())
        .containsExactly("non_commercial", "no_derivatives", "all_rights_reserved");
    assertThat(policy.excludeReservedRights()).isTrue();
    assertThat(policy.excludeLicenseClasses()).isEqualTo(policy.forbidLicenseClasses());
  }

  @Test
  void theExampleFileIsTheBuiltInDefault() throws IOException {
    byte[] example = Files.readAllBytes(Path.of("..", "examples", "policy", "default.yaml"));
    try (InputStream in = Policy.class.getClassLoader()
        .getResourceAsStream(Policy.DEFAULT_RESOURCE)) {
      assertThat(example).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("strict.yaml");
    Files.writeString(file, """
        version: 1
        require_stages: [dedup, scan]
        max_quarantine_rate: 1%
        max_reserved_rights_documents: 10
        forbid_license_classes: non-commercial
        """);

    Policy policy = PolicyReader.read(file);

    assertThat(policy.location()).isEqualTo(file.toString());
    assertThat(policy.requireStages()).containsExactly("dedup", "scan");
    assertThat(policy.maxQuarantineRate()).isEqualTo(0.01);
    assertThat(policy.maxDuplicateRate()).isNull();
    assertThat(policy.maxReservedRightsDocuments()).isEqualTo(10);
    assertThat(policy.forbidLicenseClasses()).containsExactly("non_commercial");
    assertThat(policy.requireProvenance()).isFalse();
    assertThat(policy.excludeReservedRights()).isFalse();
  }

  @Test
  void reportsEveryProblemWithLineAndFix() {
    String yaml = """
        version: 1
        max_duplicates_rate: 0.3
        max_quarantine_rate: 1.5
        require_provenance: yes please
        forbid_license_classes: [non_comercial, permissive]
        require_stages: [ingest, dedupe]
        max_reserved_rights_documents: -1
        emit_clean:
          exclude_reserved: true
        """;

    assertThatThrownBy(() -> PolicyReader.parse(yaml, "/tmp/policies/strict.yaml"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems())
            .containsExactly(
                "strict.yaml:2: unknown key 'max_duplicates_rate'. Fix: did you mean"
                    + " 'max_duplicate_rate'?",
                "strict.yaml:3: 'max_quarantine_rate' must be a rate between 0 and 1, found"
                    + " '1.5'. Fix: write a fraction such as 0.05 (or 5%)",
                "strict.yaml:4: 'require_provenance' must be true or false, found 'yes please'."
                    + " Fix: write 'require_provenance: true' or 'require_provenance: false'",
                "strict.yaml:5: 'non_comercial' in 'forbid_license_classes' is not a known"
                    + " licence class. Fix: did you mean 'non_commercial'? use one of"
                    + " public_domain, permissive, attribution, weak_copyleft, share_alike,"
                    + " strong_copyleft, non_commercial, no_derivatives, all_rights_reserved,"
                    + " unknown, none",
                "strict.yaml:6: 'dedupe' in 'require_stages' is not a known stage. Fix: did you"
                    + " mean 'dedup'? use one of ingest, dedup, scan",
                "strict.yaml:7: 'max_reserved_rights_documents' must be a whole number of at"
                    + " least 0, found '-1'. Fix: write e.g. 'max_reserved_rights_documents: 0'",
                "strict.yaml:9: unknown key 'emit_clean.exclude_reserved'. Fix: use one of"
                    + " exclude_license_classes, exclude_reserved_rights"))
        .hasMessageStartingWith("The policy /tmp/policies/strict.yaml has 7 problems:");
  }

  @Test
  void refusesBrokenYaml() {
    assertThatThrownBy(() -> PolicyReader.parse("a: [1, 2\nb: 3\n", "p.yaml"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems())
            .singleElement().asString().startsWith("p.yaml:").contains("is not valid YAML"));
    assertThatThrownBy(() -> PolicyReader.parse("max_duplicate_rate: 0.1\nmax_duplicate_rate: 0.2\n",
            "p.yaml"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems())
            .containsExactly("p.yaml:2: key 'max_duplicate_rate' appears twice (first on line 1)."
                + " Fix: keep one of them"));
    assertThatThrownBy(() -> PolicyReader.parse("", "p.yaml"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems())
            .containsExactly("p.yaml:1: is empty. Fix: write the rules as 'key: value' lines;"
                + " see docs/policy.md"));
    assertThatThrownBy(() -> PolicyReader.parse("- a\n- b\n", "p.yaml"))
        .isInstanceOf(PolicyException.class).hasMessageContaining("must be a mapping of rules");
    assertThatThrownBy(() -> PolicyReader.parse("version: 2\n", "p.yaml"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems())
            .containsExactly("p.yaml:1: policy version 2 is not known. Fix: write 'version: 1'"
                + " and the rules of docs/policy.md"));
  }

  @Test
  void aMissingFileSaysHowToStart(@TempDir Path dir) {
    assertThatThrownBy(() -> PolicyReader.read(dir.resolve("none.yaml")))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("cannot be read")
        .hasMessageContaining("examples/policy/default.yaml");
  }

  @Test
  void builderChecksItsValues() {
    assertThatThrownBy(() -> Policy.builder().maxDuplicateRate(2).build())
        .hasMessageContaining("Cannot use a duplicate rate limit of 2.0");
    assertThatThrownBy(() -> Policy.builder().forbidLicenseClasses(List.of("gpl")).build())
        .hasMessageContaining("Cannot use unknown licence class 'gpl'");
    assertThatThrownBy(() -> Policy.builder().requireStages(List.of("report")).build())
        .hasMessageContaining("Cannot require unknown stage 'report'");
  }
}
