package org.clearsource.reports.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.StageCounters;

/**
 * The rules an audit is judged by, read from YAML ({@link PolicyReader}, docs/policy.md). Every rule
 * is optional: a null limit or a false flag means the rule is not part of the policy. Build one in
 * code with {@link #builder()}; {@link #defaults()} is the policy Clearsource ships.
 *
 * @param location where it was read from, for messages
 * @param requireStages stages that must have run ({@code dedup}, {@code scan}); a rule whose stage
 *     did not run is only "not evaluated" unless its stage is listed here
 * @param requireProvenance every source declares where to obtain it, its licence, how and when it
 *     was obtained (and its fee when obtainable, its crawler when crawled)
 * @param requireUnshareableDescribed every unshareable source declares its description, how and when
 *     it was obtained, its filtering and its labelling
 * @param maxQuarantineRate most quarantined records per record read, per source and in total
 * @param maxDuplicateRate most duplicates per document, per source and in total (dedup)
 * @param maxReservedRightsDocuments most documents whose rights are reserved in what is trained on
 *     (scan; a lower bound from ingest metadata can already fail it)
 * @param forbidLicenseClasses licence classes no source may declare and no document may carry
 *     (documents: scan)
 * @param excludeReservedRights the clean corpus leaves out documents whose rights are reserved
 * @param excludeLicenseClasses the clean corpus leaves out documents whose found licence is of
 *     these classes
 */
public record Policy(
    String location,
    List<String> requireStages,
    boolean requireProvenance,
    boolean requireUnshareableDescribed,
    Double maxQuarantineRate,
    Double maxDuplicateRate,
    Long maxReservedRightsDocuments,
    List<String> forbidLicenseClasses,
    boolean excludeReservedRights,
    List<String> excludeLicenseClasses) {

  /** Where the built-in default policy lives on the classpath (also examples/policy/default.yaml). */
  public static final String DEFAULT_RESOURCE = "org/clearsource/reports/policy/default.yaml";

  public Policy {
    Objects.requireNonNull(location, "Cannot create a policy without its location");
    requireStages = List.copyOf(requireStages);
    forbidLicenseClasses = List.copyOf(forbidLicenseClasses);
    excludeLicenseClasses = List.copyOf(excludeLicenseClasses);
    for (String stage : requireStages) {
      if (!StageCounters.STAGES.contains(stage)) {
        throw new IllegalArgumentException("Cannot require unknown stage '" + stage + "'");
      }
    }
    checkRate(maxQuarantineRate, "quarantine");
    checkRate(maxDuplicateRate, "duplicate");
    if (maxReservedRightsDocuments != null && maxReservedRightsDocuments < 0) {
      throw new IllegalArgumentException(
          "Cannot allow " + maxReservedRightsDocuments + " reserved-rights documents");
    }
    checkClasses(forbidLicenseClasses);
    checkClasses(excludeLicenseClasses);
  }

  /** The policy Clearsource ships: docs/policy.md explains each rule. */
  public static Policy defaults() {
    try (InputStream in = Policy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find the default policy " + DEFAULT_RESOURCE);
      }
      return PolicyReader.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "default.yaml (built in)");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the default policy " + DEFAULT_RESOURCE, e);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Judges a report model by this policy. */
  public Verdict evaluate(ReportModel model) {
    return new PolicyEvaluator(this, model).evaluate();
  }

  private static void checkRate(Double rate, String what) {
    if (rate != null && (rate.isNaN() || rate < 0 || rate > 1)) {
      throw new IllegalArgumentException(
          "Cannot use a " + what + " rate limit of " + rate + ": it must be between 0 and 1");
    }
  }

  private static void checkClasses(List<String> classes) {
    for (String licenseClass : classes) {
      if (!StageCounters.LICENSE_CLASSES.contains(licenseClass)) {
        throw new IllegalArgumentException(
            "Cannot use unknown licence class '" + licenseClass + "'");
      }
    }
  }

  /** Builds a {@link Policy}; by default no rule applies and nothing is excluded. */
  public static final class Builder {
    private String location = "built in code";
    private List<String> requireStages = List.of();
    private boolean requireProvenance;
    private boolean requireUnshareableDescribed;
    private Double maxQuarantineRate;
    private Double maxDuplicateRate;
    private Long maxReservedRightsDocuments;
    private List<String> forbidLicenseClasses = List.of();
    private boolean excludeReservedRights;
    private List<String> excludeLicenseClasses = List.of();

    private Builder() {}

    /** Default: "built in code". */
    public Builder location(String where) {
      this.location = where;
      return this;
    }

    /** Default: none. */
    public Builder requireStages(List<String> stages) {
      this.requireStages = stages;
      return this;
    }

    /** Default: off. */
    public Builder requireProvenance() {
      this.requireProvenance = true;
      return this;
    }

    /** Default: off. */
    public Builder requireUnshareableDescribed() {
      this.requireUnshareableDescribed = true;
      return this;
    }

    /** Default: no limit. */
    public Builder maxQuarantineRate(double rate) {
      this.maxQuarantineRate = rate;
      return this;
    }

    /** Default: no limit. */
    public Builder maxDuplicateRate(double rate) {
      this.maxDuplicateRate = rate;
      return this;
    }

    /** Default: no limit. */
    public Builder maxReservedRightsDocuments(long documents) {
      this.maxReservedRightsDocuments = documents;
      return this;
    }

    /** Default: none. */
    public Builder forbidLicenseClasses(List<String> classes) {
      this.forbidLicenseClasses = classes;
      return this;
    }

    /** Default: off; the clean corpus keeps documents whose rights are reserved. */
    public Builder excludeReservedRights() {
      this.excludeReservedRights = true;
      return this;
    }

    /** Default: none. */
    public Builder excludeLicenseClasses(List<String> classes) {
      this.excludeLicenseClasses = classes;
      return this;
    }

    public Policy build() {
      return new Policy(location, requireStages, requireProvenance, requireUnshareableDescribed,
          maxQuarantineRate, maxDuplicateRate, maxReservedRightsDocuments, forbidLicenseClasses,
          excludeReservedRights, excludeLicenseClasses);
    }
  }
}
