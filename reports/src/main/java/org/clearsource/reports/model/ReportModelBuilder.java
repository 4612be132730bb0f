package org.clearsource.reports.model;

import static org.clearsource.reports.model.StageCounters.CAPTURED;
import static org.clearsource.reports.model.StageCounters.CONTAMINATED_DOCUMENTS;
import static org.clearsource.reports.model.StageCounters.CONTAMINATED_ITEMS;
import static org.clearsource.reports.model.StageCounters.CONTAMINATION_ITEMS;
import static org.clearsource.reports.model.StageCounters.COPYRIGHT_NOTICES;
import static org.clearsource.reports.model.StageCounters.DEDUP_DOCUMENTS;
import static org.clearsource.reports.model.StageCounters.DOCUMENTS;
import static org.clearsource.reports.model.StageCounters.EXACT_DUPLICATES;
import static org.clearsource.reports.model.StageCounters.FILES;
import static org.clearsource.reports.model.StageCounters.FILE_BYTES;
import static org.clearsource.reports.model.StageCounters.FILE_COMPRESSION_PREFIX;
import static org.clearsource.reports.model.StageCounters.FILE_FORMAT_PREFIX;
import static org.clearsource.reports.model.StageCounters.LANGUAGE_PREFIX;
import static org.clearsource.reports.model.StageCounters.LICENSE_CLASS_PREFIX;
import static org.clearsource.reports.model.StageCounters.LICENSE_CONFLICTS;
import static org.clearsource.reports.model.StageCounters.LICENSE_CONFLICT_PREFIX;
import static org.clearsource.reports.model.StageCounters.LICENSE_FOUND;
import static org.clearsource.reports.model.StageCounters.NEAR_DUPLICATES;
import static org.clearsource.reports.model.StageCounters.OPTOUT_RESERVED;
import static org.clearsource.reports.model.StageCounters.OPTOUT_SIGNAL_PREFIX;
import static org.clearsource.reports.model.StageCounters.PII_DOCUMENTS;
import static org.clearsource.reports.model.StageCounters.PII_PREFIX;
import static org.clearsource.reports.model.StageCounters.FILES_SKIPPED;
import static org.clearsource.reports.model.StageCounters.QUARANTINED;
import static org.clearsource.reports.model.StageCounters.RECORDS_SEEN;
import static org.clearsource.reports.model.StageCounters.SCAN_DOCUMENTS;
import static org.clearsource.reports.model.StageCounters.TEXT_BYTES;
import static org.clearsource.reports.model.StageCounters.TOKENS_ESTIMATE;
import static org.clearsource.reports.model.StageCounters.URLS_WITHOUT_HOST;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.clearsource.core.manifest.HowObtained;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.OsaidClass;
import org.clearsource.core.manifest.Provenance;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.stats.StageStats;

/**
 * Builds a {@link ReportModel} from a run's manifest, stats and table aggregates. Only the ingest
 * stats are required; every other input defaults to "this stage did not run" and the model says so.
 */
public final class ReportModelBuilder {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

  private final Manifest manifest;
  private final StageStats ingest;
  private StageStats dedup;
  private StageStats scan;
  private StageStats evaluationIngest;
  private StageStats contamination;
  private final SortedMap<String, SortedMap<String, String>> parameters = new TreeMap<>();
  private TableAggregates tables = TableAggregates.none();
  private CleanCorpusSummary clean;
  private Instant generatedAt;

  ReportModelBuilder(Manifest manifest, StageStats ingest) {
    this.manifest = Objects.requireNonNull(manifest, "Cannot build a report without a manifest");
    this.ingest =
        Objects.requireNonNull(ingest, "Cannot build a report without the ingest stage's stats");
  }

  /** Default: the dedup stage did not run; duplicates are "not measured". */
  public ReportModelBuilder dedup(StageStats stats) {
    this.dedup = stats;
    return this;
  }

  /** Default: the scan stage did not run; licences, PII and full opt-outs are "not measured". */
  public ReportModelBuilder scan(StageStats stats) {
    this.scan = stats;
    return this;
  }

  /**
   * Default: none; the evaluation sets are listed as not checked for contamination. The stats the
   * dedup stage writes as {@code stats/contamination.json}, per evaluation set.
   */
  public ReportModelBuilder contamination(StageStats stats) {
    this.contamination = stats;
    return this;
  }

  /** Default: none; evaluation sets are listed without figures. */
  public ReportModelBuilder evaluationIngest(StageStats stats) {
    this.evaluationIngest = stats;
    return this;
  }

  /** Default: none recorded. The parameters a stage ran with, shown verbatim. */
  public ReportModelBuilder parameters(String stage, Map<String, String> stageParameters) {
    this.parameters.put(stage, new TreeMap<>(stageParameters));
    return this;
  }

  /** Default: no aggregates (no domains, dates, files, metadata opt-outs). */
  public ReportModelBuilder tables(TableAggregates aggregates) {
    this.tables = Objects.requireNonNull(aggregates, "Cannot use null table aggregates");
    return this;
  }

  /** Default: no clean corpus was written. */
  public ReportModelBuilder clean(CleanCorpusSummary summary) {
    this.clean = summary;
    return this;
  }

  /** Required: when the report is made (the settings' clock). */
  public ReportModelBuilder generatedAt(Instant instant) {
    this.generatedAt = instant;
    return this;
  }

  public ReportModel build() {
    Objects.requireNonNull(generatedAt, "Cannot build a report model without a generation time");
    checkCrawlSources();
    List<SourceReport> sources = new ArrayList<>();
    for (Source source : manifest.sources()) {
      sources.add(source(source));
    }
    return new ReportModel(
        ReportModel.SCHEMA_VERSION,
        generatedAt.toString(),
        dataset(),
        stages(),
        totals(sources),
        sources,
        evaluationSets(),
        tables.topDomains(),
        tables.crawl(),
        dedup == null ? null : overlap(sources),
        clean,
        gaps());
  }

  private void checkCrawlSources() {
    for (String id : tables.crawl().sources()) {
      manifest
          .source(id)
          .filter(source -> source.osaidClass().isUnshareable())
          .ifPresent(
              source -> {
                throw new IllegalArgumentException(
                    "Cannot rank the domains of unshareable source " + id
                        + ": it contributes numbers only");
              });
    }
  }

  private DatasetSummary dataset() {
    var info = manifest.dataset();
    String location = manifest.location();
    return new DatasetSummary(
        info.name(),
        info.version(),
        info.description(),
        info.curator(),
        info.contact(),
        info.license(),
        DeclaredLicenseClass.of(info.license()),
        info.homepage(),
        info.intendedUses(),
        info.outOfScopeUses(),
        info.model(),
        location.substring(location.lastIndexOf('/') + 1));
  }

  private List<StageRun> stages() {
    List<StageRun> runs = new ArrayList<>();
    for (String stage : StageCounters.STAGES) {
      StageStats stats = stats(stage);
      runs.add(
          new StageRun(
              stage,
              stats != null,
              stats == null ? null : stats.elapsedMillis(),
              stats == null ? new TreeMap<>() : parameters.getOrDefault(stage, new TreeMap<>())));
    }
    return runs;
  }

  private StageStats stats(String stage) {
    return switch (stage) {
      case StageCounters.INGEST -> ingest;
      case StageCounters.DEDUP -> dedup;
      case StageCounters.SCAN -> scan;
      default -> null;
    };
  }

  private SourceReport source(Source source) {
    String id = source.id();
    boolean shareable = !source.osaidClass().isUnshareable();
    // Unshareable sources contribute numbers only, whatever the aggregates hold.
    SourceAggregates aggregates =
        shareable ? tables.source(id) : tables.source(id).numbersOnly();
    long documents = ingest.count(id, DOCUMENTS);
    return new SourceReport(
        id,
        source.name(),
        source.description(),
        source.osaidClass().id(),
        shareable,
        provenance(source.provenance(), shareable),
        scope(id, documents, aggregates),
        reading(source),
        scan == null ? metadataOptOut(id, documents, aggregates)
            : scanOptOut(id, shareable, aggregates),
        dedup == null ? null : duplicates(id, documents, aggregates),
        scan == null ? null : scanFigures(id, aggregates),
        clean == null ? null : clean.sources().getOrDefault(id, keptWhole(documents)),
        aggregates.files(),
        aggregates.filesNotListed());
  }

  /** The clean figures of a source the clean corpus writer saw no document of. */
  private CleanFigures keptWhole(long documents) {
    return new CleanFigures(documents, documents, new TreeMap<>(),
        clean.signalsApplied() ? 0L : null, new TreeMap<>());
  }

  private static ProvenanceView provenance(Provenance p, boolean shareable) {
    HowObtained how = p.howObtained();
    return new ProvenanceView(
        // Where an unshareable source lives (an internal URL, a path) is not for publication.
        shareable ? p.obtainFrom() : null,
        p.fee(),
        p.license(),
        DeclaredLicenseClass.of(p.license()),
        p.terms(),
        how == null ? null : how.id(),
        p.collectionStart(),
        p.collectionEnd(),
        p.crawlerUserAgent(),
        p.filtering(),
        p.labelling(),
        p.generator());
  }

  private Scope scope(String id, long documents, SourceAggregates aggregates) {
    return new Scope(
        ingest.count(id, FILES),
        ingest.count(id, FILE_BYTES),
        vocabulary(ingest.withPrefix(id, FILE_FORMAT_PREFIX)),
        vocabulary(ingest.withPrefix(id, FILE_COMPRESSION_PREFIX)),
        documents,
        ingest.count(id, TEXT_BYTES),
        ingest.count(id, TOKENS_ESTIMATE),
        languages(ingest.withPrefix(id, LANGUAGE_PREFIX)),
        aggregates.domains(),
        aggregates.topDomains(),
        date(aggregates.firstDate()),
        date(aggregates.lastDate()),
        vocabulary(aggregates.fieldsPresent()));
  }

  private ReadingFigures reading(Source source) {
    String id = source.id();
    long seen = ingest.count(id, RECORDS_SEEN);
    long quarantined = ingest.count(id, QUARANTINED);
    return new ReadingFigures(
        source.options().maxRecordBytes(),
        source.options().exclude(),
        ingest.count(id, FILES_SKIPPED),
        vocabulary(ingest.withPrefix(id, FILES_SKIPPED)),
        seen,
        quarantined,
        ratio(quarantined, seen),
        vocabulary(ingest.withPrefix(id, QUARANTINED)),
        ingest.count(id, CAPTURED),
        vocabulary(ingest.withPrefix(id, CAPTURED)));
  }

  private OptOutFigures metadataOptOut(String id, long documents, SourceAggregates aggregates) {
    return new OptOutFigures(
        OptOutFigures.BY_INGEST_METADATA,
        false,
        documents,
        aggregates.metadataReservedDocuments(),
        only(aggregates.metadataOptOut(), StageCounters.OPTOUT_SIGNALS::contains),
        aggregates.robotsTxtDomains(),
        aggregates.tdmrepDomains(),
        ingest.count(id, URLS_WITHOUT_HOST));
  }

  private OptOutFigures scanOptOut(String id, boolean shareable, SourceAggregates aggregates) {
    SortedMap<String, Long> signals = scan.withPrefix(id, OPTOUT_SIGNAL_PREFIX);
    return new OptOutFigures(
        OptOutFigures.BY_SCAN,
        true,
        scan.count(id, SCAN_DOCUMENTS),
        scan.count(id, OPTOUT_RESERVED),
        shareable
            ? only(signals, StageCounters::isVocabularyWord)
            : only(signals, StageCounters.OPTOUT_SIGNALS::contains),
        aggregates.robotsTxtDomains(),
        aggregates.tdmrepDomains(),
        ingest.count(id, URLS_WITHOUT_HOST));
  }

  private DuplicateFigures duplicates(
      String id, long ingestDocuments, SourceAggregates aggregates) {
    long documents = dedup.count(id, DEDUP_DOCUMENTS);
    if (documents == 0) {
      documents = ingestDocuments;
    }
    long exact = dedup.count(id, EXACT_DUPLICATES);
    long near = dedup.count(id, NEAR_DUPLICATES);
    SortedMap<String, Long> overlap = new TreeMap<>();
    aggregates.overlap().forEach((other, count) -> {
      if (!other.equals(id) && manifest.source(other).isPresent()) {
        overlap.put(other, count);
      }
    });
    return new DuplicateFigures(documents, exact, near, ratio(exact + near, documents), overlap);
  }

  private ScanFigures scanFigures(String id, SourceAggregates aggregates) {
    long documents = scan.count(id, SCAN_DOCUMENTS);
    long notices = scan.count(id, COPYRIGHT_NOTICES);
    SortedMap<String, Long> pii = only(scan.withPrefix(id, PII_PREFIX),
        StageCounters.PII_KINDS::contains);
    SortedMap<String, Long> conflicts = scan.withPrefix(id, LICENSE_CONFLICT_PREFIX);
    conflicts.remove("documents");
    // Expressions and holders come from the signals table, collected for shareable sources only.
    return new ScanFigures(
        documents,
        scan.count(id, LICENSE_FOUND),
        only(scan.withPrefix(id, LICENSE_CLASS_PREFIX), StageCounters::isVocabularyWord),
        aggregates.licenseExpressions(),
        notices,
        ratio(notices, documents),
        aggregates.topHolders(),
        pii,
        scan.count(id, PII_DOCUMENTS),
        scan.count(id, LICENSE_CONFLICTS),
        only(conflicts, StageCounters::isVocabularyWord));
  }

  private CorpusTotals totals(List<SourceReport> sources) {
    long recordsSeen = ingest.total(RECORDS_SEEN);
    long quarantined = ingest.total(QUARANTINED);
    long tokens = ingest.total(TOKENS_ESTIMATE);
    return new CorpusTotals(
        sources.size(),
        ingest.total(FILES),
        ingest.total(FILE_BYTES),
        ingest.total(FILES_SKIPPED),
        vocabulary(totalsWithPrefix(FILES_SKIPPED)),
        recordsSeen,
        ingest.total(DOCUMENTS),
        ingest.total(TEXT_BYTES),
        tokens,
        TokenBand.of(tokens).id(),
        languages(totalsWithPrefix(LANGUAGE_PREFIX)),
        quarantined,
        ratio(quarantined, recordsSeen),
        vocabulary(totalsWithPrefix(QUARANTINED)),
        ingest.total(CAPTURED),
        classes(sources),
        optOutTotals(sources),
        dedup == null ? null : duplicateTotals(sources),
        scan == null ? null : scanTotals(sources),
        clean == null ? null : clean.totals());
  }

  /** Corpus totals with a prefix; the ingest stats only hold manifest sources. */
  private SortedMap<String, Long> totalsWithPrefix(String prefix) {
    SortedMap<String, Long> result = new TreeMap<>();
    for (Source source : manifest.sources()) {
      ingest
          .withPrefix(source.id(), prefix)
          .forEach((name, count) -> result.merge(name, count, Long::sum));
    }
    return result;
  }

  private static SortedMap<String, ClassShare> classes(List<SourceReport> sources) {
    long allBytes = sources.stream().mapToLong(source -> source.scope().textBytes()).sum();
    SortedMap<String, ClassShare> classes = new TreeMap<>();
    for (OsaidClass osaidClass : OsaidClass.values()) {
      List<SourceReport> members =
          sources.stream().filter(source -> source.osaidClass().equals(osaidClass.id())).toList();
      if (members.isEmpty()) {
        continue;
      }
      long bytes = members.stream().mapToLong(source -> source.scope().textBytes()).sum();
      classes.put(
          osaidClass.id(),
          new ClassShare(
              members.stream().map(SourceReport::id).toList(),
              members.stream().mapToLong(source -> source.scope().documents()).sum(),
              bytes,
              members.stream().mapToLong(source -> source.scope().tokensEstimate()).sum(),
              ratio(bytes, allBytes)));
    }
    return classes;
  }

  private OptOutFigures optOutTotals(List<SourceReport> sources) {
    SortedMap<String, Long> signals = new TreeMap<>();
    long documents = 0;
    long reserved = 0;
    long robots = 0;
    long tdmrep = 0;
    long withoutHost = 0;
    for (SourceReport source : sources) {
      OptOutFigures optOut = source.optOut();
      documents += optOut.documents();
      reserved += optOut.reservedDocuments();
      robots += optOut.robotsTxtDomains();
      tdmrep += optOut.tdmrepDomains();
      withoutHost += optOut.urlsWithoutHost();
      optOut.signals().forEach((kind, count) -> signals.merge(kind, count, Long::sum));
    }
    boolean complete = scan != null;
    return new OptOutFigures(
        complete ? OptOutFigures.BY_SCAN : OptOutFigures.BY_INGEST_METADATA,
        complete, documents, reserved, signals, robots, tdmrep, withoutHost);
  }

  private static DuplicateFigures duplicateTotals(List<SourceReport> sources) {
    long documents = 0;
    long exact = 0;
    long near = 0;
    for (SourceReport source : sources) {
      documents += source.duplicates().documents();
      exact += source.duplicates().exactDuplicates();
      near += source.duplicates().nearDuplicates();
    }
    return new DuplicateFigures(documents, exact, near, ratio(exact + near, documents), new TreeMap<>());
  }

  private ScanFigures scanTotals(List<SourceReport> sources) {
    long documents = 0;
    long found = 0;
    long notices = 0;
    long piiDocuments = 0;
    long conflicts = 0;
    SortedMap<String, Long> classes = new TreeMap<>();
    SortedMap<String, Long> expressions = new TreeMap<>();
    SortedMap<String, Long> pii = new TreeMap<>();
    SortedMap<String, Long> conflictClasses = new TreeMap<>();
    for (SourceReport source : sources) {
      ScanFigures figures = source.scan();
      documents += figures.documents();
      found += figures.licenseFound();
      notices += figures.copyrightNotices();
      piiDocuments += figures.piiDocuments();
      conflicts += figures.licenseConflicts();
      figures.licenseClasses().forEach((name, count) -> classes.merge(name, count, Long::sum));
      figures.licenseExpressions().forEach((name, count) -> expressions.merge(name, count, Long::sum));
      figures.pii().forEach((name, count) -> pii.merge(name, count, Long::sum));
      figures.conflictClasses().forEach((name, count) -> conflictClasses.merge(name, count, Long::sum));
    }
    return new ScanFigures(documents, found, classes, expressions, notices,
        ratio(notices, documents), tables.topHolders(), pii, piiDocuments, conflicts,
        conflictClasses);
  }

  /**
   * The overlap matrix of the {@value OverlapMatrix#MAX_SOURCES} sources sharing the most
   * documents with other sources, the rest summed: built from the sparse per-source counts, never
   * as a matrix of all sources.
   */
  private OverlapMatrix overlap(List<SourceReport> sources) {
    List<String> ids = sources.stream().map(SourceReport::id).toList();
    Map<String, Long> shared = new HashMap<>();
    for (String id : ids) {
      long sum = 0;
      for (Map.Entry<String, Long> cell : tables.source(id).overlap().entrySet()) {
        sum += cell.getKey().equals(id) ? 0 : cell.getValue();
      }
      shared.put(id, sum);
    }
    List<String> ranked = new ArrayList<>(ids);
    ranked.sort(Comparator.comparingLong((String id) -> shared.get(id)).reversed());
    Set<String> chosen =
        new HashSet<>(ranked.subList(0, Math.min(ranked.size(), OverlapMatrix.MAX_SOURCES)));
    List<String> own = ids.stream().filter(chosen::contains).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < own.size(); i++) {
      index.put(own.get(i), i);
    }
    int summed = ids.size() - own.size();
    int size = own.size() + (summed > 0 ? 1 : 0);
    long[][] cells = new long[size][size];
    for (String id : ids) {
      int row = index.getOrDefault(id, size - 1);
      for (Map.Entry<String, Long> cell : tables.source(id).overlap().entrySet()) {
        Integer column = index.get(cell.getKey());
        if (column != null || (summed > 0 && shared.containsKey(cell.getKey()))) {
          cells[row][column == null ? size - 1 : column] += cell.getValue();
        }
      }
    }
    List<String> labels = new ArrayList<>(own);
    if (summed > 0) {
      labels.add("other " + summed + " sources");
    }
    List<List<Long>> rows = new ArrayList<>();
    for (long[] row : cells) {
      rows.add(Arrays.stream(row).boxed().toList());
    }
    return new OverlapMatrix(labels, rows, summed);
  }

  private List<EvaluationSetReport> evaluationSets() {
    List<EvaluationSetReport> sets = new ArrayList<>();
    for (Source set : manifest.evaluationSets()) {
      boolean measured = evaluationIngest != null && evaluationIngest.sources().containsKey(set.id());
      sets.add(
          new EvaluationSetReport(
              set.id(),
              set.name(),
              set.osaidClass().id(),
              set.osaidClass().isUnshareable() ? null : set.provenance().obtainFrom(),
              set.provenance().license(),
              measured ? evaluationIngest.count(set.id(), DOCUMENTS) : null,
              measured ? evaluationIngest.count(set.id(), TOKENS_ESTIMATE) : null,
              contamination(set.id())));
    }
    return sets;
  }

  private EvaluationSetReport.Contamination contamination(String setId) {
    if (contamination == null || !contamination.sources().containsKey(setId)) {
      return null;
    }
    SortedMap<String, Long> perSource = new TreeMap<>();
    contamination.withPrefix(setId, CONTAMINATED_DOCUMENTS).forEach((source, documents) -> {
      if (manifest.sources().stream().anyMatch(s -> s.id().equals(source))) {
        perSource.put(source, documents);
      }
    });
    return new EvaluationSetReport.Contamination(
        contamination.count(setId, CONTAMINATION_ITEMS),
        contamination.count(setId, CONTAMINATED_ITEMS),
        contamination.count(setId, CONTAMINATED_DOCUMENTS),
        perSource);
  }

  private List<CompletenessGap> gaps() {
    List<CompletenessGap> gaps = new ArrayList<>();
    var dataset = manifest.dataset();
    gap(gaps, "dataset", "description", dataset.description(),
        "What is the dataset for and what does it hold?");
    gap(gaps, "dataset", "license", dataset.license(),
        "Under which licence is the dataset as a whole offered?");
    gap(gaps, "dataset", "homepage", dataset.homepage(),
        "Where can the dataset and its documentation be found?");
    gap(gaps, "dataset", "intended_uses", join(dataset.intendedUses()),
        "Which uses was the dataset assembled for?");
    gap(gaps, "dataset", "out_of_scope_uses", join(dataset.outOfScopeUses()),
        "Which uses does the curator advise against?");
    gap(gaps, "dataset", "model", dataset.model(),
        "Which model is trained on it (EU training-content summary, section 1)?");
    for (Source source : manifest.sources()) {
      Provenance p = source.provenance();
      String id = source.id();
      boolean shareable = !source.osaidClass().isUnshareable();
      gap(gaps, id, "description", source.description(), "What does the source hold?");
      if (shareable) {
        gap(gaps, id, "provenance.obtain_from", p.obtainFrom(),
            "Where can others obtain this source (OSAID listing)?");
        gap(gaps, id, "provenance.fee", p.fee(), "What does obtaining it cost?");
        gap(gaps, id, "provenance.license", p.license(),
            "Under which licence was the source published?");
      }
      gap(gaps, id, "provenance.terms", p.terms(),
          "Which terms of use apply beyond the licence?");
      gap(gaps, id, "provenance.collection_period",
          p.collectionStart() == null && p.collectionEnd() == null ? null : "given",
          "When was the data collected?");
      if (p.howObtained() == HowObtained.CRAWL) {
        gap(gaps, id, "provenance.crawler_user_agent", p.crawlerUserAgent(),
            "Which crawler (user agent) collected it (EU summary, section 2.3)?");
      }
      if (p.howObtained() == HowObtained.SYNTHETIC) {
        gap(gaps, id, "provenance.generator", p.generator(),
            "Which model or program generated it (EU summary, section 2.5)?");
      }
      gap(gaps, id, "provenance.filtering", p.filtering(),
          "Which selection and filtering was applied before the audit?");
      gap(gaps, id, "provenance.labelling", p.labelling(),
          "How was the data labelled, if at all?");
    }
    return gaps;
  }

  private static void gap(
      List<CompletenessGap> gaps, String scope, String field, String value, String question) {
    if (value == null || value.isBlank()) {
      gaps.add(new CompletenessGap(scope, field, question));
    }
  }

  private static String join(Collection<String> values) {
    return values.isEmpty() ? null : String.join(", ", values);
  }

  private static String date(String value) {
    return value != null && DATE.matcher(value).matches() ? value : null;
  }

  private static SortedMap<String, Long> vocabulary(SortedMap<String, Long> counters) {
    return only(counters, StageCounters::isVocabularyWord);
  }

  private static SortedMap<String, Long> languages(SortedMap<String, Long> counters) {
    return only(counters, code -> LANGUAGE.matcher(code).matches());
  }

  private static SortedMap<String, Long> only(
      SortedMap<String, Long> counters, Predicate<String> keep) {
    SortedMap<String, Long> kept = new TreeMap<>();
    counters.forEach(
        (name, count) -> {
          if (keep.test(name)) {
            kept.put(name, count);
          }
        });
    return kept;
  }

  /** {@code part / whole} rounded to 6 decimals; 0 when the whole is 0. */
  public static double ratio(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 1_000_000.0 / whole) / 1_000_000.0;
  }
}
