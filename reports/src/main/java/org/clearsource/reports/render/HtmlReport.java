package org.clearsource.reports.render;

import static org.clearsource.reports.render.Format.bytes;
import static org.clearsource.reports.render.Format.count;
import static org.clearsource.reports.render.Format.percent;
import static org.clearsource.reports.render.Inline.code;
import static org.clearsource.reports.render.Inline.strong;
import static org.clearsource.reports.render.Inline.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clearsource.reports.model.ClassShare;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.OverlapMatrix;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.model.StageRun;
import org.clearsource.reports.policy.NotEvaluated;
import org.clearsource.reports.policy.Verdict;
import org.clearsource.reports.policy.Violation;

/**
 * The HTML report (report.html): one self-contained page with the verdict, charts drawn as inline
 * SVG, and the full data information below them, linked from a table of contents. It needs no
 * network and runs no script.
 */
public final class HtmlReport {

  /** The ids of the charts the page always carries; a stage that did not run gets a note instead. */
  public static final List<String> CHARTS =
      List.of(
          "chart-classes", "chart-licences", "chart-top-domains", "chart-languages",
          "chart-optout", "chart-optout-signals", "chart-quarantine");

  private HtmlReport() {}

  public static String render(ReportModel model, Verdict verdict) {
    return HtmlRenderer.page(title(model), document(model, verdict));
  }

  static Doc document(ReportModel model, Verdict verdict) {
    Doc doc = new Doc();
    doc.heading(1, title(model), "top");
    List<String> stages = new ArrayList<>();
    for (StageRun run : model.stages()) {
      stages.add(run.stage() + (run.ran() ? " ran" : " not run"));
    }
    doc.text("Generated at " + model.generatedAt() + ". Stages: " + String.join(", ", stages)
        + ". Every figure below is measured from the corpus; declared facts come from the"
        + " manifest.");
    doc.contents();
    verdict(doc, verdict);
    overview(doc, model);
    charts(doc, model);
    DataInformationReport.sections(doc, model);
    return doc;
  }

  private static String title(ReportModel model) {
    return "Clearsource report: " + model.dataset().name() + " " + model.dataset().version();
  }

  private static void verdict(Doc doc, Verdict verdict) {
    doc.heading(2, "Verdict", "verdict");
    doc.paragraph(strong(verdict.passed() ? "PASSED" : "FAILED"),
        text(" under the policy " + verdict.policy() + ": " + verdict.rules().size() + " rules, "
            + verdict.violations().size() + " violations, " + verdict.notEvaluated().size()
            + " not evaluated."));
    Doc.TableBuilder table = doc.table("Rule", "Source", "Measured", "Limit", "What to do");
    for (Violation violation : verdict.violations()) {
      table.cells(List.of(List.of(code(violation.rule())),
          List.of(text(violation.source() == null ? "corpus" : violation.source())),
          List.of(text(violation.measured())), List.of(text(violation.limit())),
          List.of(text(violation.message()))));
    }
    table.end();
    List<List<Inline>> open = new ArrayList<>();
    for (NotEvaluated rule : verdict.notEvaluated()) {
      open.add(List.of(code(rule.rule()), text(": not evaluated (" + rule.stage()
          + " stage not run): " + rule.message())));
    }
    doc.bullets(open);
  }

  private static void overview(Doc doc, ReportModel model) {
    var totals = model.totals();
    doc.heading(2, "Overview", "overview");
    Doc.TableBuilder table = doc.table("Sources", "Documents", "Text", "Estimated tokens",
        "Quarantined", "Duplicates", "Rights reserved").numeric(0, 1, 2, 3, 4, 5, 6);
    table.row(count(totals.sources()), count(totals.documents()), bytes(totals.textBytes()),
        count(totals.tokensEstimate()), count(totals.quarantined()),
        totals.duplicates() == null ? "not measured" : count(totals.duplicates().duplicates()),
        (totals.optOut().complete() ? "" : "at least ")
            + count(totals.optOut().reservedDocuments()));
    table.end();
    Doc.TableBuilder sources = doc.table("Source", "Class", "Documents", "Text", "Quarantined",
        "Duplicate rate", "Rights reserved").numeric(2, 3, 4, 5, 6);
    TopN<SourceReport> largest = TopN.of(model.sources(), TopN.BY_DOCUMENTS, TopN.ROWS * 2);
    for (SourceReport source : largest.shown()) {
      sources.cells(List.of(DataInformationReport.sourceCell(source),
          List.of(text(source.osaidClass())), List.of(text(count(source.scope().documents()))),
          List.of(text(bytes(source.scope().textBytes()))),
          List.of(text(count(source.reading().quarantined()))),
          List.of(text(source.duplicates() == null ? "not measured"
              : percent(source.duplicates().duplicateRate()))),
          List.of(text((source.optOut().complete() ? "" : "at least ")
              + count(source.optOut().reservedDocuments())))));
    }
    if (!largest.rest().isEmpty()) {
      List<SourceReport> rest = largest.rest();
      long documents = rest.stream().mapToLong(source -> source.scope().documents()).sum();
      sources.row(largest.restLabel("sources"), "", count(documents),
          bytes(rest.stream().mapToLong(source -> source.scope().textBytes()).sum()),
          count(rest.stream().mapToLong(source -> source.reading().quarantined()).sum()),
          model.totals().duplicates() == null ? "not measured" : percent(pooledRate(rest)),
          (model.totals().optOut().complete() ? "" : "at least ")
              + count(rest.stream().mapToLong(s -> s.optOut().reservedDocuments()).sum()));
    }
    sources.end();
  }

  /** The duplicate rate of some sources taken together. */
  private static double pooledRate(List<SourceReport> sources) {
    long documents = 0;
    long duplicates = 0;
    for (SourceReport source : sources) {
      documents += source.duplicates().documents();
      duplicates += source.duplicates().duplicates();
    }
    return documents == 0 ? 0 : (double) duplicates / documents;
  }

  private static void charts(Doc doc, ReportModel model) {
    doc.heading(2, "Charts", "charts");
    classes(doc, model);
    licences(doc, model);
    duplicates(doc, model);
    domains(doc, model);
    languages(doc, model);
    optOuts(doc, model);
    quarantine(doc, model);
  }

  private static void classes(Doc doc, ReportModel model) {
    doc.heading(3, "OSAID data classes by share of text", "chart-classes-section");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, ClassShare> entry : model.totals().classes().entrySet()) {
      ClassShare share = entry.getValue();
      bars.add(new SvgCharts.Bar(entry.getKey(), share.textBytes(),
          percent(share.byteShare()) + " (" + bytes(share.textBytes()) + ")"));
    }
    doc.figure(SvgCharts.bars("chart-classes", "Text bytes per OSAID class", bars),
        "Share of the corpus's text in each OSAID data class.");
  }

  private static void licences(Doc doc, ReportModel model) {
    doc.heading(3, "Licence classes per source", "chart-licences-section");
    List<String> series = StageCounters.LICENSE_CLASSES;
    List<SvgCharts.Stack> stacks = new ArrayList<>();
    boolean found = model.stageRan(StageCounters.SCAN);
    TopN<SourceReport> largest = TopN.of(model.sources(), TopN.BY_DOCUMENTS, TopN.ROWS);
    for (SourceReport source : largest.shown()) {
      List<Double> values = new ArrayList<>();
      if (found) {
        SortedMap<String, Long> classes = source.scan().licenseClasses();
        long total = 0;
        for (String licenseClass : series) {
          long documents = classes.getOrDefault(licenseClass, 0L);
          values.add((double) documents);
          total += documents;
        }
        stacks.add(new SvgCharts.Stack(source.id(), values, count(total) + " documents"));
      } else {
        String declared = source.provenance().licenseClass() == null ? "unknown"
            : source.provenance().licenseClass();
        for (String licenseClass : series) {
          values.add(licenseClass.equals(declared) ? 1.0 : 0.0);
        }
        stacks.add(new SvgCharts.Stack(source.id(), values, "declared: " + declared));
      }
    }
    if (!largest.rest().isEmpty()) {
      // The rest as one stack: found classes summed, or how many sources declare each class.
      double[] summed = new double[series.size()];
      long documents = 0;
      for (SourceReport source : largest.rest()) {
        for (int i = 0; i < series.size(); i++) {
          double value = found ? source.scan().licenseClasses().getOrDefault(series.get(i), 0L)
              : series.get(i).equals(source.provenance().licenseClass() == null ? "unknown"
                  : source.provenance().licenseClass()) ? 1 : 0;
          summed[i] += value;
          documents += found ? (long) value : 0;
        }
      }
      List<Double> values = new ArrayList<>();
      for (double value : summed) {
        values.add(value);
      }
      stacks.add(new SvgCharts.Stack(largest.restLabel("sources"), values, found
          ? count(documents) + " documents" : "declared by " + count(largest.rest().size())
              + " sources"));
    }
    doc.figure(SvgCharts.stacked("chart-licences", found
            ? "Documents per found licence class, per source"
            : "Declared licence class per source", series, stacks),
        found ? "Licence classes found in the documents by the scan stage."
            : "Declared licences only; licences found in the documents: "
                + Texts.notRun(StageCounters.SCAN) + ".");
  }

  private static void duplicates(Doc doc, ReportModel model) {
    doc.heading(3, "Duplicates and overlap between sources", "chart-duplicates-section");
    if (!model.stageRan(StageCounters.DEDUP)) {
      doc.note("Duplicates: " + Texts.notRun(StageCounters.DEDUP) + ".");
      return;
    }
    List<SvgCharts.Bar> bars = new ArrayList<>();
    TopN<SourceReport> most = TopN.of(model.sources(), Comparator.comparingLong(
        (SourceReport source) -> source.duplicates().duplicates()).reversed(), TopN.ROWS);
    for (SourceReport source : most.shown()) {
      bars.add(new SvgCharts.Bar(source.id(), source.duplicates().duplicateRate(),
          percent(source.duplicates().duplicateRate()) + " ("
              + count(source.duplicates().duplicates()) + ")"));
    }
    if (!most.rest().isEmpty()) {
      double rate = pooledRate(most.rest());
      bars.add(new SvgCharts.Bar(most.restLabel("sources"), rate, percent(rate) + " ("
          + count(most.rest().stream().mapToLong(s -> s.duplicates().duplicates()).sum()) + ")"));
    }
    doc.figure(SvgCharts.bars("chart-duplicates", "Duplicate rate per source", bars),
        "Exact and near duplicates per document of each source.");
    OverlapMatrix overlap = model.overlap();
    doc.figure(SvgCharts.matrix("chart-overlap", "Documents in clusters shared with another"
            + " source", overlap.sources(), overlap.documents()),
        overlap.noneShared() ? "No duplicate cluster spans two sources."
            : "Row: the source counted; column: the source it shares duplicate clusters with.");
  }

  private static void domains(Doc doc, ReportModel model) {
    doc.heading(3, "Largest domains", "chart-top-domains-section");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (DomainShare domain : model.topDomains()) {
      bars.add(new SvgCharts.Bar(domain.domain(), domain.textBytes(),
          bytes(domain.textBytes()) + " (" + percent(domain.share()) + ")"));
    }
    doc.figure(SvgCharts.bars("chart-top-domains", "Text bytes per domain (shareable sources)",
        bars), bars.isEmpty() ? "No document of a shareable source has a URL."
            : "Unshareable sources contribute no domain names.");
  }

  private static void languages(Doc doc, ReportModel model) {
    doc.heading(3, "Languages", "chart-languages-section");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    long documents = model.totals().documents();
    for (Map.Entry<String, Long> entry : Format.sortedByCount(model.totals().languages())) {
      bars.add(new SvgCharts.Bar(entry.getKey(), entry.getValue(), count(entry.getValue()) + " ("
          + percent(entry.getValue(), documents) + ")"));
    }
    doc.figure(SvgCharts.bars("chart-languages", "Documents per language", bars),
        "Detected language of each document (ISO 639-1; und: undetermined).");
  }

  private static void optOuts(Doc doc, ReportModel model) {
    doc.heading(3, "Rights reservations (opt-outs)", "chart-optout-section");
    List<SvgCharts.Bar> shares = new ArrayList<>();
    TopN<SourceReport> most = TopN.of(model.sources(), Comparator.comparingLong(
        (SourceReport source) -> source.optOut().reservedDocuments()).reversed(), TopN.ROWS);
    for (SourceReport source : most.shown()) {
      var optOut = source.optOut();
      shares.add(new SvgCharts.Bar(source.id(), optOut.reservedShare(),
          percent(optOut.reservedShare()) + " (" + count(optOut.reservedDocuments()) + ")"));
    }
    if (!most.rest().isEmpty()) {
      long reserved = most.rest().stream().mapToLong(s -> s.optOut().reservedDocuments()).sum();
      long examined = most.rest().stream().mapToLong(s -> s.optOut().documents()).sum();
      double share = examined == 0 ? 0 : (double) reserved / examined;
      shares.add(new SvgCharts.Bar(most.restLabel("sources"), share,
          percent(share) + " (" + count(reserved) + ")"));
    }
    boolean complete = model.totals().optOut().complete();
    doc.figure(SvgCharts.bars("chart-optout", "Share of documents whose rights are reserved",
        shares), complete ? "Measured by the scan stage."
            : Texts.measuredBy(false) + ".");
    List<SvgCharts.Bar> signals = new ArrayList<>();
    SortedMap<String, Long> counts = new TreeMap<>(model.totals().optOut().signals());
    for (Map.Entry<String, Long> entry : Format.sortedByCount(counts)) {
      signals.add(new SvgCharts.Bar(entry.getKey(), entry.getValue(), count(entry.getValue())));
    }
    doc.figure(SvgCharts.bars("chart-optout-signals", "Documents per opt-out signal", signals),
        signals.isEmpty() ? "No opt-out signal found." : "A document may carry several signals.");
  }

  private static void quarantine(Doc doc, ReportModel model) {
    doc.heading(3, "Quarantined records by reason", "chart-quarantine-section");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Long> entry : Format.sortedByCount(
        model.totals().quarantinedByReason())) {
      bars.add(new SvgCharts.Bar(entry.getKey(), entry.getValue(), count(entry.getValue())));
    }
    doc.figure(SvgCharts.bars("chart-quarantine", "Records quarantined per reason", bars),
        bars.isEmpty() ? "Every record was read." : "Records that could not be read as"
            + " documents; the quarantine table says where each one is.");
  }
}
