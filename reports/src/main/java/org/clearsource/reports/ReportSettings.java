package org.clearsource.reports;

import java.time.Clock;
import java.util.Objects;
import org.clearsource.reports.policy.Policy;

/**
 * Settings of the report stage. Build with {@link #builder()}; every default is documented there.
 *
 * @param policy the rules of the verdict and of the clean corpus's exclusions
 * @param clock gives {@code generated_at}, the reports' one wall-clock value
 * @param cleanDirectory where {@code --emit-clean} writes the clean corpus (any Hadoop URI), or null
 *     when no clean corpus is written
 * @param cleanFormat the clean corpus's format
 * @param domainsPerSource largest domains listed per source and for the corpus
 * @param listedDomains most domains of the EU top-10% list printed in the summary (the whole list
 *     then goes to {@code report/eu-top-domains.csv})
 * @param listedFiles most files per source listed with their checksums (Croissant, data information)
 */
public record ReportSettings(
    Policy policy,
    Clock clock,
    String cleanDirectory,
    CleanFormat cleanFormat,
    int domainsPerSource,
    int listedDomains,
    int listedFiles) {

  public ReportSettings {
    Objects.requireNonNull(policy, "Cannot make reports without a policy");
    Objects.requireNonNull(clock, "Cannot make reports without a clock");
    Objects.requireNonNull(cleanFormat, "Cannot make reports without a clean corpus format");
    if (domainsPerSource < 1 || listedDomains < 1 || listedFiles < 1) {
      throw new IllegalArgumentException(
          "Cannot list fewer than 1 domain or file: domainsPerSource=" + domainsPerSource
              + ", listedDomains=" + listedDomains + ", listedFiles=" + listedFiles);
    }
  }

  public static ReportSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportSettings}. */
  public static final class Builder {
    private Policy policy;
    private Clock clock = Clock.systemUTC();
    private String cleanDirectory;
    private CleanFormat cleanFormat = CleanFormat.PARQUET;
    private int domainsPerSource = 10;
    private int listedDomains = 1000;
    private int listedFiles = 1000;

    private Builder() {}

    /** Default: {@link Policy#defaults()}, the policy docs/policy.md describes. */
    public Builder policy(Policy rules) {
      this.policy = rules;
      return this;
    }

    /** Default: the system clock in UTC. Tests pin it for byte-identical reports. */
    public Builder clock(Clock reportClock) {
      this.clock = reportClock;
      return this;
    }

    /** Default: no clean corpus. Writes one to {@code directory} in {@code format}. */
    public Builder emitClean(String directory, CleanFormat format) {
      this.cleanDirectory = Objects.requireNonNull(directory, "Cannot emit to a null directory");
      this.cleanFormat = format;
      return this;
    }

    /** Default: 10. */
    public Builder domainsPerSource(int domains) {
      this.domainsPerSource = domains;
      return this;
    }

    /** Default: 1,000 (the SME cap of the EU template). */
    public Builder listedDomains(int domains) {
      this.listedDomains = domains;
      return this;
    }

    /** Default: 1,000 per source. */
    public Builder listedFiles(int files) {
      this.listedFiles = files;
      return this;
    }

    public ReportSettings build() {
      return new ReportSettings(policy == null ? Policy.defaults() : policy, clock, cleanDirectory,
          cleanFormat, domainsPerSource, listedDomains, listedFiles);
    }
  }
}
