package org.clearsource.reports.render;

import static org.clearsource.reports.render.Format.breakdown;
import static org.clearsource.reports.render.Format.bytes;
import static org.clearsource.reports.render.Format.count;
import static org.clearsource.reports.render.Format.orElse;
import static org.clearsource.reports.render.Format.percent;
import static org.clearsource.reports.render.Inline.code;
import static org.clearsource.reports.render.Inline.strong;
import static org.clearsource.reports.render.Inline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearsource.reports.model.ClassShare;
import org.clearsource.reports.model.CleanFigures;
import org.clearsource.reports.model.CompletenessGap;
import org.clearsource.reports.model.CorpusTotals;
import org.clearsource.reports.model.DatasetSummary;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.DuplicateFigures;
import org.clearsource.reports.model.EvaluationSetReport;
import org.clearsource.reports.model.OptOutFigures;
import org.clearsource.reports.model.ProvenanceView;
import org.clearsource.reports.model.ReadingFigures;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.ScanFigures;
import org.clearsource.reports.model.Scope;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.model.StageRun;
import org.clearsource.reports.model.TokenBand;

/**
 * The OSAID data information (data-information.md and .html): (1) the complete description of the
 * training data, per source and in total; (2) the listing of public data and where to obtain it;
 * (3) the listing of data obtainable from third parties, with fees; (4) the description of
 * unshareable data without its content; the processing code and its parameters; and the
 * completeness check.
 */
public final class DataInformationReport {

  /** Largest domains listed per source. */
  static final int DOMAINS_PER_SOURCE = 10;

  private DataInformationReport() {}

  /** The whole document, title and contents included. */
  public static Doc document(ReportModel model) {
    Doc doc = new Doc();
    DatasetSummary dataset = model.dataset();
    doc.heading(1, "Data information: " + dataset.name() + " " + dataset.version(), "top");
    intro(doc, model);
    doc.contents();
    sections(doc, model);
    return doc;
  }

  static void intro(Doc doc, ReportModel model) {
    doc.text(
        "The Open Source AI Definition (OSAID 1.0) asks for data information: a complete"
            + " description of the data used for training, a listing of the publicly available"
            + " data and of the data obtainable from third parties with where to get them, and a"
            + " description of unshareable data. Clearsource measured the figures below from the"
            + " corpus itself; the declared facts come from the manifest.");
    List<String> stages = new ArrayList<>();
    for (StageRun run : model.stages()) {
      stages.add(run.stage() + (run.ran() ? " ran" : " not run"));
    }
    doc.paragraph(
        text("Generated at " + model.generatedAt() + " from the manifest "),
        code(model.dataset().manifest()),
        text(". Stages: " + String.join(", ", stages) + ". Schema version "
            + model.schemaVersion() + "."));
  }

  /** Sections 1 to 6, for this document and the HTML report. */
  static void sections(Doc doc, ReportModel model) {
    description(doc, model);
    publicData(doc, model);
    thirdPartyData(doc, model);
    unshareableData(doc, model);
    processingCode(doc, model);
    completeness(doc, model);
  }

  // Section 1

  private static void description(Doc doc, ReportModel model) {
    doc.heading(2, "1. Complete description of the training data", "description");
    doc.heading(3, "1.1 The corpus in total", "total");
    totals(doc, model);
    doc.heading(3, "1.2 The dataset as declared", "dataset");
    dataset(doc, model.dataset());
    doc.heading(3, "1.3 Processing and filtering applied by the audit", "processing");
    processing(doc, model);
    doc.heading(3, "1.4 Sources", "sources");
    doc.text("Each source in manifest order: provenance, scope and characteristics, how it was"
        + " obtained and selected, labelling, and the processing applied to it.");
    for (SourceReport source : model.sources()) {
      source(doc, model, source);
    }
    doc.heading(3, "1.5 Evaluation data", "evaluation");
    evaluation(doc, model.evaluationSets());
  }

  private static void totals(Doc doc, ReportModel model) {
    CorpusTotals totals = model.totals();
    Doc.TableBuilder table = doc.table("Figure", "Value").numeric(1);
    table.row("Sources", count(totals.sources()));
    table.row("Files read", count(totals.files()) + " (" + bytes(totals.fileBytes()) + " stored)");
    table.row("Records read", count(totals.recordsSeen()));
    table.row("Documents", count(totals.documents()));
    table.row("Text", bytes(totals.textBytes()) + " (" + count(totals.textBytes()) + " bytes)");
    table.row("Estimated tokens", Format.tokens(totals.tokensEstimate()) + ", "
        + TokenBand.fromId(totals.tokenBand()).label().toLowerCase(Locale.ROOT));
    table.row("Languages (documents)", orElse(breakdown(totals.languages(), 12), "none"));
    table.row("Quarantined records", count(totals.quarantined()) + " ("
        + percent(totals.quarantineRate()) + ")");
    table.row("Duplicates", totals.duplicates() == null
        ? Texts.notRun(StageCounters.DEDUP)
        : count(totals.duplicates().duplicates()) + " (" + percent(totals.duplicates().duplicateRate())
            + ")");
    OptOutFigures optOut = totals.optOut();
    table.row("Documents with rights reserved",
        (optOut.complete() ? "" : "at least ") + count(optOut.reservedDocuments()) + " ("
            + percent(optOut.reservedShare()) + "; " + Texts.measuredBy(optOut.complete()) + ")");
    table.row("Clean corpus", totals.clean() == null
        ? "not written (no --emit-clean)"
        : count(totals.clean().kept()) + " documents kept of " + count(totals.clean().documents()));
    table.end();
    doc.text("OSAID data classes by share of text:");
    Doc.TableBuilder classes =
        doc.table("Class", "Sources", "Documents", "Text", "Share of text").numeric(2, 3, 4);
    for (Map.Entry<String, ClassShare> entry : totals.classes().entrySet()) {
      ClassShare share = entry.getValue();
      classes.row(Texts.osaidClass(entry.getKey()), String.join(", ", share.sources()),
          count(share.documents()), bytes(share.textBytes()), percent(share.byteShare()));
    }
    classes.end();
    if (!model.topDomains().isEmpty()) {
      doc.text("Largest domains by text (shareable sources):");
      domainTable(doc, model.topDomains());
    }
  }

  private static void dataset(Doc doc, DatasetSummary dataset) {
    List<List<Inline>> items = new ArrayList<>();
    items.add(field("Name and version", dataset.name() + " " + dataset.version()));
    items.add(field("Curator", dataset.curator()));
    items.add(field("Contact", dataset.contact()));
    items.add(field("Description", dataset.description()));
    items.add(field("Licence of the dataset as a whole", licence(dataset.license(),
        dataset.licenseClass())));
    items.add(field("Homepage", dataset.homepage()));
    items.add(field("Intended uses", join(dataset.intendedUses())));
    items.add(field("Out-of-scope uses", join(dataset.outOfScopeUses())));
    items.add(field("Model trained on it", dataset.model()));
    doc.bullets(items);
  }

  private static void processing(Doc doc, ReportModel model) {
    CorpusTotals totals = model.totals();
    List<List<Inline>> items = new ArrayList<>();
    items.add(List.of(strong("Reading (ingest): "), text(
        "every file of every source was inventoried with its SHA-256 and read"
            + (totals.filesSkipped() == 0 ? "" : " (" + count(totals.filesSkipped())
                + " entries of the sources' folders were not read, each listed in the inventory"
                + " with its reason: " + breakdown(totals.filesSkippedByReason(), 10) + ")")
            + "; every record is accounted for (records = documents + quarantined + captured). "
            + count(totals.quarantined()) + " of " + count(totals.recordsSeen())
            + " records were quarantined (" + percent(totals.quarantineRate()) + ")"
            + (totals.quarantinedByReason().isEmpty() ? "" : ": "
                + breakdown(totals.quarantinedByReason(), 20))
            + ". Record size limits and excluded files are listed per source.")));
    items.add(List.of(strong("Deduplication: "), text(totals.duplicates() == null
        ? Texts.notRun(StageCounters.DEDUP) + "."
        : count(totals.duplicates().exactDuplicates()) + " exact and "
            + count(totals.duplicates().nearDuplicates()) + " near duplicates of "
            + count(totals.duplicates().documents()) + " documents ("
            + percent(totals.duplicates().duplicateRate()) + ")" + parameters(model,
                StageCounters.DEDUP) + ".")));
    ScanFigures scan = totals.scan();
    items.add(List.of(strong("Licence, copyright, opt-out and personal-data scan: "), text(scan == null
        ? Texts.notRun(StageCounters.SCAN) + "."
        : count(scan.documents()) + " documents scanned" + parameters(model, StageCounters.SCAN)
            + ".")));
    OptOutFigures optOut = totals.optOut();
    items.add(List.of(strong("Rights reservations (TDM opt-outs): "),
        text(optOutSentence(optOut))));
    CleanFigures clean = totals.clean();
    items.add(List.of(strong("Clean corpus: "), text(clean == null
        ? "not written (no --emit-clean): the figures describe the corpus as audited."
        : cleanSentence(model, clean))));
    doc.bullets(items);
  }

  private static String cleanSentence(ReportModel model, CleanFigures clean) {
    var summary = model.cleanCorpus();
    return "written as " + summary.format() + ": " + count(clean.kept()) + " of "
        + count(clean.documents()) + " documents kept"
        + (clean.excludedByReason().isEmpty() ? "" : "; left out: "
            + breakdown(clean.excludedByReason(), 20))
        + (summary.duplicatesRemoved() ? "" : "; duplicates not removed ("
            + Texts.notRun(StageCounters.DEDUP) + ")")
        + (summary.signalsApplied() ? "" : "; no signal-based exclusions ("
            + Texts.notRun(StageCounters.SCAN) + ")")
        + ". The exclusion ledger lists every document left out with its reason.";
  }

  private static String parameters(ReportModel model, String stage) {
    for (StageRun run : model.stages()) {
      if (run.stage().equals(stage) && !run.parameters().isEmpty()) {
        List<String> pairs = new ArrayList<>();
        run.parameters().forEach((name, value) -> pairs.add(name + "=" + value));
        return "; parameters: " + String.join(", ", pairs);
      }
    }
    return "";
  }

  private static void source(Doc doc, ReportModel model, SourceReport source) {
    doc.heading(4, source.name() + " (" + source.id() + ")", "source-" + source.id());
    doc.paragraph(strong("Class: "), text(Texts.osaidClass(source.osaidClass()) + ". "),
        text(orElse(source.description(), "No description in the manifest.")));
    ProvenanceView p = source.provenance();
    doc.paragraph(strong("Provenance"));
    List<List<Inline>> provenance = new ArrayList<>();
    if (source.shareable()) {
      provenance.add(linkedField("Where to obtain it", p.obtainFrom()));
      provenance.add(field("Fee", p.fee()));
    }
    provenance.add(field("Declared licence", licence(p.license(), p.licenseClass())));
    provenance.add(linkedField("Terms of use", p.terms()));
    provenance.add(field("How it was obtained", Texts.howObtained(p.howObtained())));
    provenance.add(field("Collection period", Format.period(p.collectionStart(), p.collectionEnd())));
    if (p.crawlerUserAgent() != null || "crawl".equals(p.howObtained())) {
      provenance.add(field("Crawler user agent", p.crawlerUserAgent()));
    }
    if (p.generator() != null || "synthetic".equals(p.howObtained())) {
      provenance.add(field("Generator", p.generator()));
    }
    provenance.add(field("Selection and filtering before the audit", p.filtering()));
    provenance.add(field("Labelling", p.labelling()));
    doc.bullets(provenance);
    scope(doc, source);
    doc.paragraph(strong("Processing and filtering applied by the audit"));
    doc.bullets(sourceProcessing(model, source));
    if (!source.shareable()) {
      doc.note(text(Texts.UNSHAREABLE_PROMISE + " See "), new Inline.Anchor(
          "4. Unshareable data", "unshareable"), text("."));
    }
  }

  private static void scope(Doc doc, SourceReport source) {
    Scope scope = source.scope();
    Doc.TableBuilder table = doc.table("Scope and characteristics", "Measured").numeric(1);
    table.row("Files", count(scope.files()) + " (" + bytes(scope.fileBytes()) + " stored)");
    table.row("File formats", orElse(breakdown(scope.formats(), 10), "none"));
    table.row("Documents", count(scope.documents()));
    table.row("Text", bytes(scope.textBytes()));
    table.row("Estimated tokens", count(scope.tokensEstimate()));
    table.row("Languages (documents)", orElse(breakdown(scope.languages(), 10), "none"));
    table.row("Domains", count(scope.domains()));
    table.row("Document dates", orElse(Format.period(scope.firstDate(), scope.lastDate()),
        "no dates in the documents"));
    table.row("Fields present (documents)", orElse(breakdown(scope.fieldsPresent(), 10), "none"));
    table.end();
    if (source.shareable() && !scope.topDomains().isEmpty()) {
      domainTable(doc, scope.topDomains().subList(0,
          Math.min(DOMAINS_PER_SOURCE, scope.topDomains().size())));
    }
  }

  static void domainTable(Doc doc, List<DomainShare> domains) {
    Doc.TableBuilder table = doc.table("Domain", "Documents", "Text", "Share").numeric(1, 2, 3);
    for (DomainShare domain : domains) {
      table.row(domain.domain(), count(domain.documents()), bytes(domain.textBytes()),
          percent(domain.share()));
    }
    table.end();
  }

  private static List<List<Inline>> sourceProcessing(ReportModel model, SourceReport source) {
    List<List<Inline>> items = new ArrayList<>();
    ReadingFigures reading = source.reading();
    items.add(List.of(strong("Reading: "), text(
        "record size limit " + bytes(reading.maxRecordBytes())
            + (reading.exclude().isEmpty() ? "" : ", files left out: "
                + String.join(", ", reading.exclude()))
            + (reading.filesSkipped() == 0 ? "" : ", " + count(reading.filesSkipped())
                + " entries not read (" + breakdown(reading.filesSkippedByReason(), 10) + ")")
            + "; " + count(reading.recordsSeen()) + " records: "
            + count(source.scope().documents()) + " documents, " + count(reading.quarantined())
            + " quarantined (" + percent(reading.quarantineRate()) + ")"
            + (reading.quarantinedByReason().isEmpty() ? "" : ": "
                + breakdown(reading.quarantinedByReason(), 20))
            + (reading.captured() == 0 ? "" : ", " + count(reading.captured())
                + " rights files captured (" + breakdown(reading.capturedByKind(), 5) + ")")
            + ".")));
    DuplicateFigures duplicates = source.duplicates();
    items.add(List.of(strong("Duplicates: "), text(duplicates == null
        ? Texts.notRun(StageCounters.DEDUP) + "."
        : count(duplicates.exactDuplicates()) + " exact and " + count(duplicates.nearDuplicates())
            + " near duplicates of " + count(duplicates.documents()) + " documents ("
            + percent(duplicates.duplicateRate()) + ")"
            + (duplicates.overlap().isEmpty() ? "" : "; shares duplicate clusters with "
                + breakdown(duplicates.overlap(), 10))
            + ".")));
    items.add(List.of(strong("Rights reservations: "), text(optOutSentence(source.optOut()))));
    ScanFigures scan = source.scan();
    items.add(List.of(strong("Licences found in the documents: "), text(scan == null
        ? Texts.notRun(StageCounters.SCAN) + "."
        : licenceSentence(scan, source.shareable()))));
    if (source.clean() != null) {
      CleanFigures clean = source.clean();
      items.add(List.of(strong("Clean corpus: "), text(count(clean.kept()) + " of "
          + count(clean.documents()) + " documents kept"
          + (clean.excludedByReason().isEmpty() ? "" : "; left out: "
              + breakdown(clean.excludedByReason(), 10))
          + ".")));
    }
    return items;
  }

  static String optOutSentence(OptOutFigures optOut) {
    StringBuilder sentence = new StringBuilder();
    if (optOut.complete()) {
      sentence.append(count(optOut.reservedDocuments())).append(" of ")
          .append(count(optOut.documents())).append(" documents (")
          .append(percent(optOut.reservedShare())).append(") reserve their rights");
    } else if (optOut.reservedDocuments() == 0) {
      sentence.append("no HTTP header or HTML meta tag of its ").append(count(optOut.documents()))
          .append(" documents reserves their rights");
    } else {
      sentence.append("at least ").append(count(optOut.reservedDocuments())).append(" of ")
          .append(count(optOut.documents())).append(" documents (")
          .append(percent(optOut.reservedShare())).append(") reserve their rights");
    }
    if (!optOut.signals().isEmpty()) {
      sentence.append("; signals: ").append(breakdown(optOut.signals(), 10));
    }
    if (optOut.robotsTxtDomains() > 0 || optOut.tdmrepDomains() > 0) {
      sentence.append("; robots.txt captured for ").append(count(optOut.robotsTxtDomains()))
          .append(" domains, tdmrep.json for ").append(count(optOut.tdmrepDomains()));
    }
    if (optOut.urlsWithoutHost() > 0) {
      sentence.append("; ").append(count(optOut.urlsWithoutHost()))
          .append(" documents have a URL without a usable host, so no site's robots.txt or"
              + " tdmrep.json could be consulted for them");
    }
    sentence.append(" (").append(Texts.measuredBy(optOut.complete())).append(").");
    return sentence.toString();
  }

  static String licenceSentence(ScanFigures scan, boolean shareable) {
    StringBuilder sentence = new StringBuilder();
    sentence.append(count(scan.documents())).append(" documents scanned, a licence found in ")
        .append(count(scan.licenseFound())).append("; licence classes: ")
        .append(orElse(breakdown(scan.licenseClasses(), 10), "none found"));
    if (shareable && !scan.licenseExpressions().isEmpty()) {
      sentence.append("; expressions: ").append(breakdown(scan.licenseExpressions(), 10));
    }
    sentence.append("; copyright notices in ").append(count(scan.copyrightNotices()))
        .append(" documents (").append(percent(scan.copyrightShare())).append(")");
    if (shareable && !scan.topHolders().isEmpty()) {
      List<String> holders = new ArrayList<>();
      scan.topHolders().forEach(holder -> holders.add(holder.name() + " " + holder.documents()));
      sentence.append("; most named holders: ").append(String.join(", ", holders));
    }
    sentence.append("; conflicts with the declared licence: ").append(count(scan.licenseConflicts()));
    if (!scan.conflictClasses().isEmpty()) {
      sentence.append(" (").append(breakdown(scan.conflictClasses(), 10)).append(')');
    }
    sentence.append("; personal data: ").append(piiSentence(scan)).append('.');
    return sentence.toString();
  }

  static String piiSentence(ScanFigures scan) {
    return scan.piiDocuments() == 0
        ? "none found"
        : breakdown(scan.pii(), 10) + " in " + count(scan.piiDocuments()) + " documents";
  }

  private static void evaluation(Doc doc, List<EvaluationSetReport> sets) {
    if (sets.isEmpty()) {
      doc.text("The manifest names no evaluation sets.");
      return;
    }
    doc.text("Evaluation sets are read like sources into their own tables and never counted in"
        + " the corpus figures.");
    Doc.TableBuilder table =
        doc.table("Evaluation set", "Class", "Where to obtain", "Licence", "Documents", "Tokens")
            .numeric(4, 5);
    for (EvaluationSetReport set : sets) {
      table.cells(List.of(
          List.of(text(set.name() + " ("), code(set.id()), text(")")),
          List.of(text(set.osaidClass())),
          Inline.linkified(orElse(set.obtainFrom(), "not applicable")),
          List.of(text(orElse(set.license(), Texts.NOT_STATED))),
          List.of(text(set.documents() == null ? "not measured" : count(set.documents()))),
          List.of(text(set.tokensEstimate() == null ? "not measured"
              : count(set.tokensEstimate())))));
    }
    table.end();
    contamination(doc, sets);
  }

  private static void contamination(Doc doc, List<EvaluationSetReport> sets) {
    if (sets.stream().allMatch(set -> set.contamination() == null)) {
      doc.text("Contamination of the evaluation sets by the corpus: not measured (dedup stage not"
          + " run).");
      return;
    }
    doc.text("Contamination: items of each set that share a long word sequence (13 words by"
        + " default; the dedup stage's contamination_ngram_words) with corpus documents, and"
        + " those documents by source.");
    Doc.TableBuilder table =
        doc.table("Evaluation set", "Items checked", "Items contaminated", "Corpus documents",
                "By source")
            .numeric(1, 2, 3);
    for (EvaluationSetReport set : sets) {
      EvaluationSetReport.Contamination found = set.contamination();
      if (found == null) {
        table.cells(List.of(List.of(code(set.id())), List.of(text("not measured")),
            List.of(text("")), List.of(text("")), List.of(text(""))));
        continue;
      }
      List<String> perSource = new ArrayList<>();
      found.documentsPerSource().forEach((source, documents) ->
          perSource.add(source + " " + count(documents)));
      table.cells(List.of(
          List.of(code(set.id())),
          List.of(text(count(found.items()))),
          List.of(text(count(found.contaminatedItems()) + " ("
              + percent(found.contaminatedItems(), found.items()) + ")")),
          List.of(text(count(found.contaminatedDocuments()))),
          List.of(text(perSource.isEmpty() ? "none" : String.join(", ", perSource)))));
    }
    table.end();
  }

  // Sections 2 to 4

  private static void publicData(Doc doc, ReportModel model) {
    doc.heading(2, "2. Publicly available data", "public");
    doc.text("Sources of the open and public classes, and where anyone can obtain them.");
    Doc.TableBuilder table = doc.table("Source", "Class", "Where to obtain it", "Licence",
        "Terms", "Documents", "Tokens").numeric(5, 6);
    for (SourceReport source : model.sources()) {
      if (source.osaidClass().equals("open") || source.osaidClass().equals("public")) {
        ProvenanceView p = source.provenance();
        table.cells(List.of(
            sourceCell(source), List.of(text(source.osaidClass())),
            Inline.linkified(orElse(p.obtainFrom(), Texts.NOT_STATED)),
            List.of(text(orElse(p.license(), Texts.NOT_STATED))),
            Inline.linkified(orElse(p.terms(), Texts.NOT_STATED)),
            List.of(text(count(source.scope().documents()))),
            List.of(text(count(source.scope().tokensEstimate())))));
      }
    }
    if (table.size() == 0) {
      doc.text("None: no source is of the open or public class.");
    }
    table.end();
  }

  private static void thirdPartyData(Doc doc, ReportModel model) {
    doc.heading(2, "3. Data obtainable from third parties", "third-party");
    doc.text("Sources a third party provides, possibly for a fee: where and how to obtain them.");
    Doc.TableBuilder table = doc.table("Source", "Where and how to obtain it", "Fee", "Licence",
        "Terms", "Documents", "Tokens").numeric(5, 6);
    for (SourceReport source : model.sources()) {
      if (source.osaidClass().equals("obtainable")) {
        ProvenanceView p = source.provenance();
        table.cells(List.of(
            sourceCell(source),
            Inline.linkified(orElse(p.obtainFrom(), Texts.NOT_STATED)),
            List.of(text(orElse(p.fee(), Texts.NOT_STATED))),
            List.of(text(orElse(p.license(), Texts.NOT_STATED))),
            Inline.linkified(orElse(p.terms(), Texts.NOT_STATED)),
            List.of(text(count(source.scope().documents()))),
            List.of(text(count(source.scope().tokensEstimate())))));
      }
    }
    if (table.size() == 0) {
      doc.text("None: no source is of the obtainable class.");
    }
    table.end();
  }

  private static void unshareableData(Doc doc, ReportModel model) {
    doc.heading(2, "4. Unshareable data", "unshareable");
    List<SourceReport> sources =
        model.sources().stream().filter(source -> !source.shareable()).toList();
    if (sources.isEmpty()) {
      doc.text("None: no source is of the unshareable class.");
      return;
    }
    doc.text("Described so that others could build data of the same structure, without any of its"
        + " content. Each document of the corpus is stored with the fields of the documents table"
        + " (docs/tables.md): doc_id, source_id, uri, locator, record_id, url, host, domain, title,"
        + " text, content_type, date, text_bytes, tokens_estimate, language, format, metadata.");
    for (SourceReport source : sources) {
      ProvenanceView p = source.provenance();
      Scope scope = source.scope();
      doc.heading(3, "4." + (sources.indexOf(source) + 1) + " " + source.name(),
          "unshareable-" + source.id());
      List<List<Inline>> items = new ArrayList<>();
      items.add(field("Description", source.description()));
      items.add(field("How it was obtained", Texts.howObtained(p.howObtained())));
      items.add(field("Collection period", Format.period(p.collectionStart(), p.collectionEnd())));
      items.add(field("Terms of use", p.terms()));
      items.add(field("Format", orElse(breakdown(scope.formats(), 10), "none") + "; compression "
          + orElse(breakdown(scope.compressions(), 10), "none")));
      items.add(field("Size", count(scope.files()) + (scope.files() == 1 ? " file, " : " files, ")
          + bytes(scope.fileBytes())
          + " stored; " + count(source.reading().recordsSeen()) + " records, "
          + count(scope.documents()) + " documents, " + bytes(scope.textBytes()) + " of text, "
          + count(scope.tokensEstimate()) + " estimated tokens"));
      items.add(field("Languages", orElse(breakdown(scope.languages(), 10), "none")));
      items.add(field("Fields present (documents)", orElse(breakdown(scope.fieldsPresent(), 10),
          "none")));
      items.add(field("Distinct domains", count(scope.domains())));
      items.add(field("Document dates", Format.period(scope.firstDate(), scope.lastDate())));
      items.add(field("Personal-data indicators", source.scan() == null
          ? Texts.notRun(StageCounters.SCAN)
          : piiSentence(source.scan())));
      items.add(field("Selection and filtering before the audit", p.filtering()));
      items.add(field("Labelling", p.labelling()));
      doc.bullets(items);
      doc.note(Texts.UNSHAREABLE_PROMISE);
    }
  }

  // Sections 5 and 6

  private static void processingCode(Doc doc, ReportModel model) {
    doc.heading(2, "5. Processing code and parameters", "code");
    doc.text("The OSAID Code element includes the full specification of how the data was processed"
        + " and filtered. Clearsource's stages, whether each ran for this report, and the"
        + " parameters each recorded:");
    Doc.TableBuilder table = doc.table("Stage", "Ran", "Time", "Parameters");
    for (StageRun run : model.stages()) {
      List<String> pairs = new ArrayList<>();
      run.parameters().forEach((name, value) -> pairs.add(name + "=" + value));
      table.row(Texts.stage(run.stage()), run.ran() ? "yes" : "no",
          run.elapsedMillis() == null ? "" : String.format(Locale.ROOT, "%.1f s",
              run.elapsedMillis() / 1000.0),
          run.ran() ? orElse(String.join(", ", pairs), "none recorded") : Texts.notRun(run.stage()));
    }
    table.end();
  }

  private static void completeness(Doc doc, ReportModel model) {
    doc.heading(2, "6. Completeness check", "completeness");
    if (model.gaps().isEmpty()) {
      doc.text("The manifest answers every item the reports ask for.");
    } else {
      doc.text(model.gaps().size() + " manifest items are left unanswered; the reports say \""
          + Texts.NOT_STATED + "\" where they are needed.");
      Doc.TableBuilder table = doc.table("Scope", "Manifest key", "Left unanswered");
      for (CompletenessGap gap : model.gaps()) {
        table.cells(List.of(List.of(text(gap.scope())), List.of(code(gap.field())),
            List.of(text(gap.question()))));
      }
      table.end();
    }
    List<String> notRun = new ArrayList<>();
    for (StageRun run : model.stages()) {
      if (!run.ran()) {
        notRun.add(run.stage());
      }
    }
    if (!notRun.isEmpty()) {
      doc.note("Stages not run, so their figures are not measured: " + String.join(", ", notRun)
          + ".");
    }
  }

  // Helpers

  static List<Inline> sourceCell(SourceReport source) {
    return List.of(new Inline.Anchor(source.name(), "source-" + source.id()), text(" ("),
        code(source.id()), text(")"));
  }

  static List<Inline> field(String name, String value) {
    return List.of(strong(name + ": "), text(orElse(value, Texts.NOT_STATED)));
  }

  static List<Inline> linkedField(String name, String value) {
    List<Inline> inlines = new ArrayList<>();
    inlines.add(strong(name + ": "));
    inlines.addAll(Inline.linkified(orElse(value, Texts.NOT_STATED)));
    return inlines;
  }

  static String licence(String expression, String licenseClass) {
    if (expression == null) {
      return null;
    }
    return licenseClass == null ? expression : expression + " (class: " + licenseClass + ")";
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join("; ", values);
  }
}
