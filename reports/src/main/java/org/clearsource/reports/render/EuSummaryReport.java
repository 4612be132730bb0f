package org.clearsource.reports.render;

import static org.clearsource.reports.render.Format.breakdown;
import static org.clearsource.reports.render.Format.bytes;
import static org.clearsource.reports.render.Format.count;
import static org.clearsource.reports.render.Format.orElse;
import static org.clearsource.reports.render.Format.percent;
import static org.clearsource.reports.render.Inline.strong;
import static org.clearsource.reports.render.Inline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.clearsource.core.manifest.CollectionDate;
import org.clearsource.reports.model.CleanCorpusSummary;
import org.clearsource.reports.model.CrawlDomains;
import org.clearsource.reports.model.DatasetSummary;
import org.clearsource.reports.model.DomainShare;
import org.clearsource.reports.model.OptOutFigures;
import org.clearsource.reports.model.ProvenanceView;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.model.TokenBand;

/**
 * The public summary of training content of the EU AI Act, Art. 53(1)(d), in the sections of the AI
 * Office template (July 2025): 1 general information, 2.1 to 2.6 data sources, 3.1 to 3.3 data
 * processing. Sizes are given as the template's bands; the crawled domains as the measured top 10%
 * by size of content.
 */
public final class EuSummaryReport {

  private EuSummaryReport() {}

  public static Doc document(ReportModel model) {
    Doc doc = new Doc();
    DatasetSummary dataset = model.dataset();
    doc.heading(1, "Public summary of training content: " + dataset.name() + " "
        + dataset.version(), "top");
    doc.text("After the template of the EU AI Office (Art. 53(1)(d) of the AI Act). Figures are"
        + " measured by Clearsource from the corpus (generated at " + model.generatedAt()
        + "); declared facts come from the manifest; items only the provider can answer are"
        + " marked so.");
    general(doc, model);
    sources(doc, model);
    processing(doc, model);
    return doc;
  }

  private static void general(Doc doc, ReportModel model) {
    DatasetSummary dataset = model.dataset();
    doc.heading(2, "1. General information", "general");
    doc.heading(3, "1.1 Provider identification", "provider");
    doc.bullets(List.of(
        DataInformationReport.field("Provider (curator)", dataset.curator()),
        DataInformationReport.field("Contact", dataset.contact())));
    doc.heading(3, "1.2 Model identification", "model");
    doc.bullets(List.of(
        DataInformationReport.field("Model", orElse(dataset.model(), Texts.OWNER_QUESTION)),
        DataInformationReport.field("Training dataset", dataset.name() + " " + dataset.version())));
    doc.heading(3, "1.3 Modalities, overall training data size and other characteristics",
        "size");
    TokenBand band = TokenBand.fromId(model.totals().tokenBand());
    List<List<Inline>> items = new ArrayList<>();
    items.add(DataInformationReport.field("Modality", "text"));
    items.add(DataInformationReport.field("Training data size (text)", band.label()));
    items.add(DataInformationReport.field("Types of content", contentTypes(model)));
    items.add(DataInformationReport.field("Latest date of data collection", latestDate(model)));
    items.add(DataInformationReport.field("Linguistic characteristics", languages(model)));
    doc.bullets(items);
  }

  private static void sources(Doc doc, ReportModel model) {
    doc.heading(2, "2. List of data sources", "sources");
    long allTokens = model.totals().tokensEstimate();

    doc.heading(3, "2.1 Publicly available datasets", "public-datasets");
    List<SourceReport> publicDatasets = select(model, source -> source.shareable()
        && "public-dataset".equals(source.provenance().howObtained()));
    if (publicDatasets.isEmpty()) {
      doc.text("None used.");
    } else {
      doc.text("Used: yes. Every publicly available dataset, with its share of the training"
          + " tokens:");
      Doc.TableBuilder table = doc.table("Dataset", "Where to obtain it", "Licence",
          "Share of tokens").numeric(3);
      for (SourceReport source : publicDatasets) {
        table.cells(List.of(List.of(text(source.name())),
            Inline.linkified(orElse(source.provenance().obtainFrom(), Texts.NOT_STATED)),
            List.of(text(orElse(source.provenance().license(), Texts.NOT_STATED))),
            List.of(text(percent(source.scope().tokensEstimate(), allTokens)))));
      }
      table.end();
    }

    doc.heading(3, "2.2 Private non-publicly available datasets obtained from third parties",
        "private-datasets");
    doc.heading(4, "2.2.1 Datasets commercially licensed by rightsholders", "licensed");
    thirdParty(doc, select(model, source -> "licence-deal".equals(
        source.provenance().howObtained())), allTokens);
    doc.heading(4, "2.2.2 Private datasets obtained from other third parties", "other-third-party");
    thirdParty(doc, select(model, source -> "partner".equals(source.provenance().howObtained())),
        allTokens);

    doc.heading(3, "2.3 Data crawled and scraped from online sources", "crawled");
    crawled(doc, model);

    doc.heading(3, "2.4 User data", "user-data");
    List<SourceReport> users = select(model,
        source -> "user-data".equals(source.provenance().howObtained()));
    if (users.isEmpty()) {
      doc.text("None used.");
    } else {
      List<List<Inline>> items = new ArrayList<>();
      for (SourceReport source : users) {
        items.add(described(source, allTokens));
      }
      doc.bullets(items);
    }

    doc.heading(3, "2.5 Synthetic data", "synthetic");
    List<SourceReport> synthetic = select(model,
        source -> "synthetic".equals(source.provenance().howObtained()));
    if (synthetic.isEmpty()) {
      doc.text("None used.");
    } else {
      List<List<Inline>> items = new ArrayList<>();
      for (SourceReport source : synthetic) {
        List<Inline> item = new ArrayList<>(described(source, allTokens));
        item.add(text("; generated by " + orElse(source.provenance().generator(),
            Texts.NOT_STATED)));
        items.add(item);
      }
      doc.bullets(items);
    }

    doc.heading(3, "2.6 Other sources of data", "other");
    List<SourceReport> other = select(model, source -> {
      String how = source.provenance().howObtained();
      return "internal".equals(how) || "other".equals(how) || how == null
          || ("public-dataset".equals(how) && !source.shareable());
    });
    if (other.isEmpty()) {
      doc.text("None used.");
    } else {
      List<List<Inline>> items = new ArrayList<>();
      for (SourceReport source : other) {
        items.add(described(source, allTokens));
      }
      doc.bullets(items);
    }
  }

  private static void thirdParty(Doc doc, List<SourceReport> sources, long allTokens) {
    if (sources.isEmpty()) {
      doc.text("None used.");
      return;
    }
    List<List<Inline>> items = new ArrayList<>();
    for (SourceReport source : sources) {
      List<Inline> item = new ArrayList<>(described(source, allTokens));
      if (source.shareable()) {
        item.add(text("; obtainable from: "));
        item.addAll(Inline.linkified(orElse(source.provenance().obtainFrom(), Texts.NOT_STATED)));
      }
      items.add(item);
    }
    doc.bullets(items);
  }

  /** A source in general terms: name, type, period, share; unshareable ones by name only. */
  private static List<Inline> described(SourceReport source, long allTokens) {
    ProvenanceView p = source.provenance();
    return List.of(strong(source.name()), text(": " + orElse(source.description(),
        "no description") + " (" + Texts.osaidClass(source.osaidClass()) + "; collected "
        + orElse(Format.period(p.collectionStart(), p.collectionEnd()), "at an undeclared time")
        + "; " + percent(source.scope().tokensEstimate(), allTokens) + " of the tokens)"));
  }

  private static void crawled(Doc doc, ReportModel model) {
    List<SourceReport> crawls = select(model,
        source -> "crawl".equals(source.provenance().howObtained()));
    if (crawls.isEmpty()) {
      doc.text("None used.");
      return;
    }
    Doc.TableBuilder table = doc.table("Source", "Crawler (user agent)", "Collection period",
        "Behaviour as declared", "Documents", "Share of tokens").numeric(4, 5);
    for (SourceReport source : crawls) {
      ProvenanceView p = source.provenance();
      table.row(source.name(), orElse(p.crawlerUserAgent(), Texts.NOT_STATED),
          orElse(Format.period(p.collectionStart(), p.collectionEnd()), Texts.NOT_STATED),
          orElse(p.filtering(), Texts.NOT_STATED), count(source.scope().documents()),
          percent(source.scope().tokensEstimate(), model.totals().tokensEstimate()));
    }
    table.end();
    List<List<Inline>> items = new ArrayList<>();
    items.add(DataInformationReport.field("Purposes of the crawl",
        model.dataset().intendedUses().isEmpty() ? Texts.OWNER_QUESTION
            : String.join("; ", model.dataset().intendedUses())));
    long robots = 0;
    long tdmrep = 0;
    long domains = 0;
    for (SourceReport source : crawls) {
      robots += source.optOut().robotsTxtDomains();
      tdmrep += source.optOut().tdmrepDomains();
      domains += source.scope().domains();
    }
    items.add(DataInformationReport.field("Crawler behaviour as measured",
        "robots.txt files were captured for " + count(robots) + " of " + count(domains)
            + " domains and tdmrep.json files for " + count(tdmrep) + "; see section 3.1 for the"
            + " opt-outs found. Paywalls, logins and captchas: " + Texts.OWNER_QUESTION));
    items.add(DataInformationReport.field("Types of content", "web pages converted to text ("
        + orElse(breakdown(formats(crawls), 6), "no files") + ")"));
    doc.bullets(items);
    CrawlDomains crawl = model.crawlDomains();
    doc.heading(4, "Top 10% of domain names by size of content", "top-domains");
    if (crawl.domains() == 0) {
      doc.text("No domain names: the crawled documents carry no URLs.");
      return;
    }
    doc.text(count(crawl.domains()) + " domains in the crawled sources; the top 10% are "
        + count(crawl.topCount()) + " domains, by bytes of text:");
    Doc.TableBuilder top = doc.table("Rank", "Domain", "Documents", "Text", "Share")
        .numeric(0, 2, 3, 4);
    int rank = 1;
    for (DomainShare domain : crawl.listed()) {
      top.row(String.valueOf(rank++), domain.domain(), count(domain.documents()),
          bytes(domain.textBytes()), percent(domain.share()));
    }
    top.end();
    if (crawl.notListed() > 0) {
      doc.note(count(crawl.notListed()) + " more top domains are listed in "
          + crawl.fullListFile() + " next to this summary.");
    }
    if (crawls.stream().anyMatch(source -> !source.shareable())) {
      doc.note("Unshareable crawled sources are left out of this list: their domain names are never"
          + " published.");
    }
  }

  private static void processing(Doc doc, ReportModel model) {
    doc.heading(2, "3. Data processing aspects", "processing");
    doc.heading(3, "3.1 Respect of reservation of rights from the text and data mining exception",
        "opt-outs");
    OptOutFigures optOut = model.totals().optOut();
    doc.text("Opt-out protocols looked for, with the documents carrying each signal ("
        + Texts.measuredBy(optOut.complete()) + "):");
    Doc.TableBuilder table = doc.table("Protocol", "Signal", "Documents").numeric(2);
    SortedMap<String, Long> signals = new TreeMap<>(optOut.signals());
    for (String signal : StageCounters.OPTOUT_SIGNALS) {
      if (!optOut.complete() && !signals.containsKey(signal) && !metadataSignal(signal)) {
        table.row(protocol(signal), signal, "not measured (scan stage not run)");
      } else {
        table.row(protocol(signal), signal, count(signals.getOrDefault(signal, 0L)));
      }
      signals.remove(signal);
    }
    signals.forEach((signal, documents) -> table.row("other", signal, count(documents)));
    table.end();
    doc.paragraph(strong("Documents whose rights are reserved: "),
        text((optOut.complete() ? "" : "at least ") + count(optOut.reservedDocuments()) + " of "
            + count(optOut.documents()) + " (" + percent(optOut.reservedShare()) + ")."));
    doc.paragraph(strong("Documents whose URL has no usable host: "),
        text(count(optOut.urlsWithoutHost()) + (optOut.urlsWithoutHost() == 0 ? "."
            : ". No site's robots.txt or tdmrep.json could be consulted for them: only their"
                + " HTTP headers and HTML meta tags were judged, so their status may be unknown"
                + " where the site reserves its rights.")));
    doc.paragraph(strong("Honoured: "), text(honoured(model)));
    List<List<Inline>> declared = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      if (source.provenance().filtering() != null) {
        declared.add(List.of(strong(source.name() + ": "), text(source.provenance().filtering())));
      }
    }
    if (!declared.isEmpty()) {
      doc.text("Measures declared per source (manifest, selection and filtering):");
      doc.bullets(declared);
    }
    doc.heading(3, "3.2 Removal of illegal content", "illegal-content");
    doc.note(Texts.OWNER_QUESTION + " Clearsource does not classify content as illegal.");
    doc.heading(3, "3.3 Other information", "other-information");
    List<List<Inline>> items = new ArrayList<>();
    items.add(DataInformationReport.field("Deduplication", model.totals().duplicates() == null
        ? Texts.notRun(StageCounters.DEDUP)
        : count(model.totals().duplicates().duplicates()) + " duplicate documents found ("
            + percent(model.totals().duplicates().duplicateRate()) + ")"));
    items.add(DataInformationReport.field("Unreadable records", count(model.totals().quarantined())
        + " records quarantined (" + percent(model.totals().quarantineRate()) + ")"));
    items.add(DataInformationReport.field("Personal data", model.totals().scan() == null
        ? Texts.notRun(StageCounters.SCAN)
        : DataInformationReport.piiSentence(model.totals().scan())));
    doc.bullets(items);
  }

  private static String honoured(ReportModel model) {
    CleanCorpusSummary clean = model.cleanCorpus();
    if (clean == null) {
      return "not by this audit: no clean corpus was written (--emit-clean), so documents whose"
          + " rights are reserved are counted above but not removed.";
    }
    long removed = clean.totals().excludedByReason()
        .getOrDefault(CleanCorpusSummary.REASON_RESERVED_RIGHTS, 0L);
    if (!clean.signalsApplied()) {
      return "not by this audit: the clean corpus was written without the scan's signals ("
          + Texts.notRun(StageCounters.SCAN) + "), so no document was left out for its opt-out.";
    }
    return count(removed) + " documents with reserved rights were left out of the clean corpus"
        + " that is trained on; " + count(clean.totals().keptReservedRights() == null ? 0
            : clean.totals().keptReservedRights()) + " kept documents still carry a reservation.";
  }

  /** Signals the ingest stage keeps in the documents' metadata: measured even without the scan. */
  private static boolean metadataSignal(String signal) {
    return signal.equals("tdmrep_header") || signal.equals("tdmrep_meta")
        || signal.equals("noai_meta") || signal.equals("noai_header");
  }

  private static String protocol(String signal) {
    return switch (signal) {
      case "tdmrep_header" -> "TDMRep HTTP header (tdm-reservation: 1)";
      case "tdmrep_meta" -> "TDMRep HTML meta tag";
      case "tdmrep_json" -> "TDMRep /.well-known/tdmrep.json";
      case "noai_meta" -> "robots meta tag noai";
      case "noai_header" -> "X-Robots-Tag: noai header";
      case "robots_txt_ai_agent" -> "robots.txt disallowing AI crawler agents";
      default -> "other";
    };
  }

  private static List<SourceReport> select(ReportModel model, Predicate<SourceReport> which) {
    return model.sources().stream().filter(which).toList();
  }

  private static SortedMap<String, Long> formats(List<SourceReport> sources) {
    SortedMap<String, Long> formats = new TreeMap<>();
    for (SourceReport source : sources) {
      source.scope().formats().forEach((format, files) -> formats.merge(format, files, Long::sum));
    }
    return formats;
  }

  private static String contentTypes(ReportModel model) {
    SortedMap<String, Long> how = new TreeMap<>();
    for (SourceReport source : model.sources()) {
      how.merge(Texts.howObtained(source.provenance().howObtained()),
          source.scope().tokensEstimate(), Long::sum);
    }
    List<String> parts = new ArrayList<>();
    for (var entry : Format.sortedByCount(how)) {
      parts.add(entry.getKey() + " " + percent(entry.getValue(), model.totals().tokensEstimate()));
    }
    return "text: " + String.join(", ", parts) + " of the tokens";
  }

  private static String latestDate(ReportModel model) {
    String declared = null;
    String measured = null;
    for (SourceReport source : model.sources()) {
      String end = source.provenance().collectionEnd();
      if (end != null && (declared == null || endsLater(end, declared))) {
        declared = end;
      }
      String last = source.scope().lastDate();
      if (last != null && (measured == null || last.compareTo(measured) > 0)) {
        measured = last;
      }
    }
    if (declared == null && measured == null) {
      return null;
    }
    return orElse(declared, "not declared") + " (declared)"
        + (measured == null ? "" : "; latest document date " + measured + " (measured)");
  }

  /**
   * Whether declared date {@code a} ends after {@code b}, as dates ({@code 2024} ends after
   * {@code 2024-06}); the manifest reader admits only dates, so a string compare is a last resort.
   */
  private static boolean endsLater(String a, String b) {
    var first = CollectionDate.parse(a);
    var second = CollectionDate.parse(b);
    if (first.isPresent() && second.isPresent()) {
      return CollectionDate.BY_END.compare(first.get(), second.get()) > 0;
    }
    return first.isPresent() || (second.isEmpty() && a.compareTo(b) > 0);
  }

  private static String languages(ReportModel model) {
    SortedMap<String, Long> languages = model.totals().languages();
    long documents = model.totals().documents();
    List<String> parts = new ArrayList<>();
    for (var entry : Format.sortedByCount(languages)) {
      parts.add(entry.getKey() + " " + percent(entry.getValue(), documents));
    }
    return parts.isEmpty() ? null : "languages by share of documents (ISO 639-1): "
        + String.join(", ", parts);
  }
}
