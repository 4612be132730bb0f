package org.clearsource.reports.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clearsource.reports.model.CleanCorpusSummary;
import org.clearsource.reports.model.ProvenanceView;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageCounters;

/**
 * Judges a report model by a policy, rule by rule (docs/policy.md). Rules about what emit-clean can
 * remove (reserved rights, found licence classes) measure what is trained on: the clean corpus when
 * one was written with the scan's signals, the audited corpus otherwise.
 */
final class PolicyEvaluator {

  private final Policy policy;
  private final ReportModel model;
  private final List<String> rules = new ArrayList<>();
  private final List<Violation> violations = new ArrayList<>();
  private final List<NotEvaluated> notEvaluated = new ArrayList<>();

  PolicyEvaluator(Policy policy, ReportModel model) {
    this.policy = policy;
    this.model = model;
  }

  Verdict evaluate() {
    requireStages();
    requireProvenance();
    requireUnshareableDescribed();
    maxQuarantineRate();
    maxDuplicateRate();
    maxReservedRightsDocuments();
    forbidLicenseClasses();
    return new Verdict(Verdict.SCHEMA_VERSION, violations.isEmpty(), policy.location(), rules,
        violations, notEvaluated);
  }

  private void requireStages() {
    if (policy.requireStages().isEmpty()) {
      return;
    }
    rules.add("require_stages");
    for (String stage : policy.requireStages()) {
      if (!model.stageRan(stage)) {
        violations.add(new Violation("require_stages", null, "not run", "must run",
            "The " + stage + " stage did not run, and the policy requires it. Fix: run it"
                + " ('clearsource audit' runs every stage) before making the report"));
      }
    }
  }

  private void requireProvenance() {
    if (!policy.requireProvenance()) {
      return;
    }
    rules.add("require_provenance");
    for (SourceReport source : model.sources()) {
      ProvenanceView p = source.provenance();
      List<String> missing = new ArrayList<>();
      if (source.shareable()) {
        missingIfBlank(missing, "obtain_from", p.obtainFrom());
        missingIfBlank(missing, "license", p.license());
      }
      missingIfBlank(missing, "how_obtained", p.howObtained());
      if (p.collectionStart() == null && p.collectionEnd() == null) {
        missing.add("collection_period");
      }
      if (source.osaidClass().equals("obtainable")) {
        missingIfBlank(missing, "fee", p.fee());
      }
      if ("crawl".equals(p.howObtained())) {
        missingIfBlank(missing, "crawler_user_agent", p.crawlerUserAgent());
      }
      if (!missing.isEmpty()) {
        violations.add(new Violation("require_provenance", source.id(),
            "missing " + String.join(", ", missing), "declared",
            "Source '" + source.id() + "' does not declare provenance "
                + String.join(", ", missing) + ". Fix: add "
                + (missing.size() == 1 ? "it" : "them")
                + " under the source's 'provenance:' in the manifest"));
      }
    }
  }

  private void requireUnshareableDescribed() {
    if (!policy.requireUnshareableDescribed()) {
      return;
    }
    rules.add("require_unshareable_described");
    for (SourceReport source : model.sources()) {
      if (source.shareable()) {
        continue;
      }
      ProvenanceView p = source.provenance();
      List<String> missing = new ArrayList<>();
      missingIfBlank(missing, "description", source.description());
      missingIfBlank(missing, "provenance.how_obtained", p.howObtained());
      if (p.collectionStart() == null && p.collectionEnd() == null) {
        missing.add("provenance.collection_period");
      }
      missingIfBlank(missing, "provenance.filtering", p.filtering());
      missingIfBlank(missing, "provenance.labelling", p.labelling());
      if (!missing.isEmpty()) {
        violations.add(new Violation("require_unshareable_described", source.id(),
            "missing " + String.join(", ", missing), "described",
            "Unshareable source '" + source.id() + "' is not described well enough for others to"
                + " build data of the same structure: " + String.join(", ", missing)
                + " missing. Fix: add them to the source in the manifest ('none' is an answer)"));
      }
    }
  }

  private void maxQuarantineRate() {
    Double limit = policy.maxQuarantineRate();
    if (limit == null) {
      return;
    }
    rules.add("max_quarantine_rate");
    for (SourceReport source : model.sources()) {
      long seen = source.reading().recordsSeen();
      long quarantined = source.reading().quarantined();
      if (seen > 0 && (double) quarantined / seen > limit) {
        violations.add(new Violation("max_quarantine_rate", source.id(),
            percent((double) quarantined / seen) + " (" + quarantined + " of " + seen + " records)",
            percent(limit),
            quarantined + " of " + seen + " records of '" + source.id() + "' could not be read ("
                + String.join(", ", pairs(source.reading().quarantinedByReason()))
                + "); the policy allows " + percent(limit) + ". Fix: repair or exclude the"
                + " files named in the quarantine table, or raise max_quarantine_rate"));
      }
    }
    long seen = model.totals().recordsSeen();
    long quarantined = model.totals().quarantined();
    if (seen > 0 && (double) quarantined / seen > limit) {
      violations.add(new Violation("max_quarantine_rate", null,
          percent((double) quarantined / seen) + " (" + quarantined + " of " + seen + " records)",
          percent(limit),
          quarantined + " of " + seen + " records of the corpus could not be read; the policy"
              + " allows " + percent(limit) + ". Fix: see the quarantine table, or raise"
              + " max_quarantine_rate"));
    }
  }

  private void maxDuplicateRate() {
    Double limit = policy.maxDuplicateRate();
    if (limit == null) {
      return;
    }
    rules.add("max_duplicate_rate");
    if (!model.stageRan(StageCounters.DEDUP)) {
      notEvaluated.add(new NotEvaluated("max_duplicate_rate", StageCounters.DEDUP,
          "duplicates per document at most " + percent(limit)));
      return;
    }
    for (SourceReport source : model.sources()) {
      var duplicates = source.duplicates();
      if (duplicates.documents() > 0
          && (double) duplicates.duplicates() / duplicates.documents() > limit) {
        violations.add(new Violation("max_duplicate_rate", source.id(),
            percent((double) duplicates.duplicates() / duplicates.documents()) + " ("
                + duplicates.duplicates() + " of " + duplicates.documents() + " documents)",
            percent(limit),
            duplicates.duplicates() + " of " + duplicates.documents() + " documents of '"
                + source.id() + "' duplicate others; the policy allows " + percent(limit)
                + ". Fix: deduplicate the source upstream, use --emit-clean (which leaves"
                + " duplicates out), or raise max_duplicate_rate"));
      }
    }
    var total = model.totals().duplicates();
    if (total.documents() > 0 && (double) total.duplicates() / total.documents() > limit) {
      violations.add(new Violation("max_duplicate_rate", null,
          percent((double) total.duplicates() / total.documents()) + " (" + total.duplicates()
              + " of " + total.documents() + " documents)",
          percent(limit),
          total.duplicates() + " of " + total.documents() + " documents of the corpus duplicate"
              + " others; the policy allows " + percent(limit) + ". Fix: use --emit-clean, or"
              + " raise max_duplicate_rate"));
    }
  }

  private void maxReservedRightsDocuments() {
    Long limit = policy.maxReservedRightsDocuments();
    if (limit == null) {
      return;
    }
    rules.add("max_reserved_rights_documents");
    SortedMap<String, Long> perSource = new TreeMap<>();
    if (!model.stageRan(StageCounters.SCAN)) {
      // Headers and meta tags alone give a lower bound: already over the limit is a sure failure.
      model.sources().forEach(source -> perSource.put(source.id(),
          source.optOut().reservedDocuments()));
      long atLeast = sum(perSource);
      if (atLeast > limit) {
        violations.add(new Violation("max_reserved_rights_documents", null,
            "at least " + atLeast, String.valueOf(limit),
            "At least " + atLeast + " documents reserve their rights by HTTP headers or HTML meta"
                + " tags alone (" + String.join(", ", pairs(perSource)) + "); the policy allows "
                + limit + ". The scan stage, which also applies robots.txt and tdmrep.json, did"
                + " not run. Fix: remove these documents (run the scan and use --emit-clean with"
                + " emit_clean.exclude_reserved_rights), or raise max_reserved_rights_documents"));
      } else {
        notEvaluated.add(new NotEvaluated("max_reserved_rights_documents", StageCounters.SCAN,
            "at most " + limit + " documents with reserved rights; ingest metadata alone shows "
                + atLeast));
      }
      return;
    }
    CleanCorpusSummary clean = model.cleanCorpus();
    boolean onClean = clean != null && clean.signalsApplied();
    for (SourceReport source : model.sources()) {
      perSource.put(source.id(), onClean
          ? nullToZero(source.clean().keptReservedRights())
          : source.optOut().reservedDocuments());
    }
    long measured = sum(perSource);
    String scope = onClean ? "the clean corpus" : "the audited corpus";
    if (measured > limit) {
      violations.add(new Violation("max_reserved_rights_documents", null,
          String.valueOf(measured), String.valueOf(limit),
          measured + " documents of " + scope + " reserve their rights ("
              + String.join(", ", pairs(perSource)) + "); the policy allows " + limit
              + ". Fix: use --emit-clean with emit_clean.exclude_reserved_rights: true, or remove"
              + " them from the sources"));
    }
  }

  private void forbidLicenseClasses() {
    List<String> forbidden = policy.forbidLicenseClasses();
    if (forbidden.isEmpty()) {
      return;
    }
    rules.add("forbid_license_classes");
    for (SourceReport source : model.sources()) {
      ProvenanceView p = source.provenance();
      if (p.licenseClass() != null && forbidden.contains(p.licenseClass())) {
        violations.add(new Violation("forbid_license_classes", source.id(),
            "declared " + p.license() + " (" + p.licenseClass() + ")",
            "none of " + String.join(", ", forbidden),
            "Source '" + source.id() + "' declares " + p.license() + ", a " + p.licenseClass()
                + " licence the policy forbids. Fix: remove the source from the manifest, or"
                + " drop " + p.licenseClass() + " from forbid_license_classes"));
      }
    }
    if (!model.stageRan(StageCounters.SCAN)) {
      notEvaluated.add(new NotEvaluated("forbid_license_classes", StageCounters.SCAN,
          "no document whose found licence is of class " + String.join(", ", forbidden)
              + " (declared licences were checked)"));
      return;
    }
    CleanCorpusSummary clean = model.cleanCorpus();
    boolean onClean = clean != null && clean.signalsApplied();
    for (SourceReport source : model.sources()) {
      SortedMap<String, Long> classes = onClean
          ? source.clean().keptByLicenseClass()
          : source.scan().licenseClasses();
      for (String licenseClass : forbidden) {
        long documents = classes.getOrDefault(licenseClass, 0L);
        if (documents > 0) {
          violations.add(new Violation("forbid_license_classes", source.id(),
              documents + " documents of class " + licenseClass, "0",
              documents + " documents of '" + source.id() + "' in "
                  + (onClean ? "the clean corpus" : "the audited corpus") + " carry a "
                  + licenseClass + " licence the policy forbids. Fix: use --emit-clean with "
                  + licenseClass + " in emit_clean.exclude_license_classes, or remove them"));
        }
      }
    }
  }

  private static void missingIfBlank(List<String> missing, String key, String value) {
    if (value == null || value.isBlank()) {
      missing.add(key);
    }
  }

  private static List<String> pairs(SortedMap<String, Long> counts) {
    List<String> pairs = new ArrayList<>();
    counts.forEach((name, count) -> {
      if (count > 0) {
        pairs.add(name + " " + count);
      }
    });
    return pairs;
  }

  private static long sum(SortedMap<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long nullToZero(Long value) {
    return value == null ? 0 : value;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
