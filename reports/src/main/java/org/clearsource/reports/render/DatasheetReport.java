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
import org.clearsource.reports.model.CorpusTotals;
import org.clearsource.reports.model.DatasetSummary;
import org.clearsource.reports.model.EvaluationSetReport;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.model.StageRun;

/**
 * A datasheet after Gebru et al., "Datasheets for Datasets": the questions of its seven sections,
 * answered from measurements and the manifest where they can be; the others stay visibly open ("To
 * be answered by the dataset owner.").
 */
public final class DatasheetReport {

  private DatasheetReport() {}

  public static Doc document(ReportModel model) {
    Doc doc = new Doc();
    DatasetSummary dataset = model.dataset();
    doc.heading(1, "Datasheet: " + dataset.name() + " " + dataset.version(), "top");
    doc.text("After Gebru et al., Datasheets for Datasets. Answers come from Clearsource's"
        + " measurements (generated at " + model.generatedAt() + ") and the manifest; questions"
        + " only the dataset owner can answer stay open.");
    doc.contents();
    motivation(doc, model);
    composition(doc, model);
    collection(doc, model);
    preprocessing(doc, model);
    uses(doc, model);
    distribution(doc, model);
    maintenance(doc, model);
    return doc;
  }

  private static void motivation(Doc doc, ReportModel model) {
    DatasetSummary dataset = model.dataset();
    doc.heading(2, "Motivation", "motivation");
    qa(doc, "For what purpose was the dataset created?", join(dataset.description(),
        dataset.intendedUses().isEmpty() ? null
            : "Intended uses: " + String.join("; ", dataset.intendedUses()) + "."));
    qa(doc, "Who created the dataset, and on behalf of which entity?", dataset.curator());
    qa(doc, "Who funded the creation of the dataset?", null);
  }

  private static void composition(Doc doc, ReportModel model) {
    CorpusTotals totals = model.totals();
    doc.heading(2, "Composition", "composition");
    qa(doc, "What do the instances represent?", "Text documents from " + totals.sources()
        + " sources (" + breakdown(classesOf(model), 4) + " by OSAID class); file formats: "
        + breakdown(formats(model), 10) + ".");
    qa(doc, "How many instances are there in total?", count(totals.documents()) + " documents, "
        + bytes(totals.textBytes()) + " of text, about " + Format.tokens(totals.tokensEstimate())
        + " tokens.");
    Doc.TableBuilder table = doc.table("Source", "Class", "Documents", "Text", "Languages")
        .numeric(2, 3);
    TopN<SourceReport> largest = TopN.of(model.sources(), TopN.BY_DOCUMENTS, TopN.ROWS * 2);
    for (SourceReport source : largest.shown()) {
      table.row(source.name(), source.osaidClass(), count(source.scope().documents()),
          bytes(source.scope().textBytes()), breakdown(source.scope().languages(), 4));
    }
    if (!largest.rest().isEmpty()) {
      table.row(largest.restLabel("sources") + " (listed in the data information)", "",
          count(largest.rest().stream().mapToLong(s -> s.scope().documents()).sum()),
          bytes(largest.rest().stream().mapToLong(s -> s.scope().textBytes()).sum()), "");
    }
    table.end();
    qa(doc, "Does the dataset contain all possible instances or is it a sample?",
        "Every readable record of the declared sources: " + count(totals.quarantined()) + " of "
            + count(totals.recordsSeen()) + " records could not be read and are listed in the"
            + " quarantine table. Whether each source is itself a sample is declared under"
            + " selection and filtering in the data information; where it is not, the owner should"
            + " say.");
    qa(doc, "What data does each instance consist of?", "A document of the documents table:"
        + " text, with its id, source, file and position, URL, domain, title, date, language,"
        + " size, and the HTTP and HTML rights metadata (docs/tables.md).");
    qa(doc, "Is there a label or target associated with each instance?", labelling(model));
    qa(doc, "Is any information missing from individual instances?",
        "Documents with each optional field: " + breakdown(fieldsPresent(model), 4) + " of "
            + count(totals.documents()) + ".");
    qa(doc, "Are there recommended data splits?", evaluation(model.evaluationSets()));
    qa(doc, "Are there any errors, sources of noise, or redundancies in the dataset?",
        count(totals.quarantined()) + " unreadable records ("
            + orElse(breakdown(totals.quarantinedByReason(), 10), "none") + "); duplicates: "
            + (totals.duplicates() == null ? Texts.notRun(StageCounters.DEDUP)
                : count(totals.duplicates().exactDuplicates()) + " exact and "
                    + count(totals.duplicates().nearDuplicates()) + " near duplicates ("
                    + percent(totals.duplicates().duplicateRate()) + ")") + ".");
    qa(doc, "Is the dataset self-contained, or does it rely on external resources?",
        "It is assembled from external sources, each under its own terms; declared licences: "
            + breakdown(declaredLicences(model), 12) + ". Licences found in the documents: "
            + (totals.scan() == null ? Texts.notRun(StageCounters.SCAN)
                : orElse(breakdown(totals.scan().licenseClasses(), 10), "none")) + ".");
    qa(doc, "Does the dataset contain data that might be considered confidential?",
        unshareable(model));
    qa(doc, "Does the dataset contain data that, if viewed directly, might be offensive,"
        + " insulting, threatening, or might otherwise cause anxiety?", null);
    qa(doc, "Does the dataset identify any subpopulations?", null);
    qa(doc, "Is it possible to identify individuals, directly or indirectly?",
        totals.scan() == null ? "Personal data " + Texts.notRun(StageCounters.SCAN) + "."
            : "Personal-data indicators: " + DataInformationReport.piiSentence(totals.scan())
                + ".");
    qa(doc, "Does the dataset contain data that might be considered sensitive?", null);
  }

  private static void collection(Doc doc, ReportModel model) {
    doc.heading(2, "Collection process", "collection");
    List<List<Inline>> how = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      var p = source.provenance();
      how.add(List.of(strong(source.name() + ": "), text(Texts.howObtained(p.howObtained())
          + (p.crawlerUserAgent() == null ? "" : ", crawler " + p.crawlerUserAgent())
          + (p.generator() == null ? "" : ", generated by " + p.generator())
          + "; collected " + orElse(Format.period(p.collectionStart(), p.collectionEnd()),
              "at an undeclared time")
          + (source.scope().firstDate() == null ? "" : "; document dates "
              + Format.period(source.scope().firstDate(), source.scope().lastDate())))));
    }
    doc.paragraph(strong("How was the data associated with each instance acquired, and over what"
        + " timeframe?"));
    doc.bullets(how);
    qa(doc, "What was the sampling strategy?", filtering(model));
    qa(doc, "Who was involved in the data collection process and how were they compensated?",
        null);
    qa(doc, "Were any ethical review processes conducted?", null);
    qa(doc, "Did the individuals in question consent to the collection and use of their data?",
        null);
  }

  private static void preprocessing(Doc doc, ReportModel model) {
    doc.heading(2, "Preprocessing, cleaning and labelling", "preprocessing");
    CorpusTotals totals = model.totals();
    qa(doc, "Was any preprocessing, cleaning or labelling of the data done?",
        "Before the audit, as declared: " + filtering(model) + " By the audit: records that"
            + " could not be read were quarantined (" + count(totals.quarantined()) + "); "
            + (totals.clean() == null ? "no clean corpus was written."
                : "the clean corpus keeps " + count(totals.clean().kept()) + " of "
                    + count(totals.clean().documents()) + " documents ("
                    + orElse(breakdown(totals.clean().excludedByReason(), 10), "none left out")
                    + ")."));
    qa(doc, "Was the raw data saved in addition to the cleaned data?", "The run's inventory"
        + " table lists every raw file with its SHA-256; keeping the raw files is up to the"
        + " owner.");
    List<String> stages = new ArrayList<>();
    for (StageRun run : model.stages()) {
      stages.add(run.stage() + (run.ran() ? "" : " (not run)"));
    }
    qa(doc, "Is the software used to preprocess the data available?", "Clearsource, stages "
        + String.join(", ", stages) + "; parameters are listed in the data information.");
  }

  private static void uses(Doc doc, ReportModel model) {
    DatasetSummary dataset = model.dataset();
    doc.heading(2, "Uses", "uses");
    qa(doc, "Has the dataset been used for any tasks already?", dataset.model() == null ? null
        : "Training " + dataset.model() + ".");
    qa(doc, "Is there a repository that links to any or all papers or systems that use the"
        + " dataset?", dataset.homepage());
    qa(doc, "What (other) tasks could the dataset be used for?",
        dataset.intendedUses().isEmpty() ? null : String.join("; ", dataset.intendedUses()));
    qa(doc, "Are there tasks for which the dataset should not be used?",
        dataset.outOfScopeUses().isEmpty() ? null : String.join("; ", dataset.outOfScopeUses()));
  }

  private static void distribution(Doc doc, ReportModel model) {
    doc.heading(2, "Distribution", "distribution");
    qa(doc, "Will the dataset be distributed to third parties?", "Per OSAID class: open sources"
        + " may be reshared, public ones can be had where they are published, obtainable ones"
        + " from their third party, unshareable ones are described only (see the data"
        + " information, sections 2 to 4). Whether the assembled dataset itself is distributed: "
        + Texts.OWNER_QUESTION);
    qa(doc, "Under which licence or terms of use is it distributed?",
        model.dataset().license() == null ? null : "The dataset as a whole: "
            + model.dataset().license() + "; each source keeps its own licence and terms.");
    qa(doc, "Have any third parties imposed IP-based or other restrictions on the data?",
        "Declared licence classes: " + breakdown(declaredClasses(model), 8)
            + (model.totals().scan() == null ? "; licences in the documents "
                + Texts.notRun(StageCounters.SCAN)
                : "; documents conflicting with their source's declared licence: "
                    + count(model.totals().scan().licenseConflicts())) + ".");
    qa(doc, "Do any export controls or other regulatory restrictions apply?", null);
  }

  private static void maintenance(Doc doc, ReportModel model) {
    DatasetSummary dataset = model.dataset();
    doc.heading(2, "Maintenance", "maintenance");
    qa(doc, "Who will be supporting, hosting and maintaining the dataset?", dataset.curator());
    qa(doc, "How can the owner or curator be contacted?", dataset.contact());
    qa(doc, "Is there an erratum?", null);
    qa(doc, "Will the dataset be updated?", null);
    qa(doc, "Are there limits on the retention of data relating to people?", null);
    qa(doc, "Will older versions of the dataset continue to be supported?", null);
    qa(doc, "Is there a mechanism for others to contribute to the dataset?", null);
  }

  private static void qa(Doc doc, String question, String answer) {
    doc.paragraph(strong(question));
    if (answer == null || answer.isBlank()) {
      doc.note(Texts.OWNER_QUESTION);
    } else {
      doc.text(answer);
    }
  }

  private static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + " " + second;
  }

  private static String labelling(ReportModel model) {
    List<String> parts = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      if (source.provenance().labelling() != null) {
        parts.add(source.name() + ": " + source.provenance().labelling());
      }
    }
    return parts.isEmpty() ? null : Format.sentence("As declared per source: "
        + String.join("; ", parts));
  }

  private static String filtering(ReportModel model) {
    List<String> parts = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      parts.add(source.name() + ": " + orElse(source.provenance().filtering(), Texts.NOT_STATED));
    }
    return Format.sentence(String.join("; ", parts));
  }

  private static String evaluation(List<EvaluationSetReport> sets) {
    if (sets.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (EvaluationSetReport set : sets) {
      parts.add(set.name() + " (" + (set.documents() == null ? "not measured"
          : count(set.documents()) + " items") + ")");
    }
    return "Evaluation sets, read apart from the corpus: " + String.join("; ", parts) + ".";
  }

  private static String unshareable(ReportModel model) {
    List<String> names = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      if (!source.shareable()) {
        names.add(source.name() + " (" + count(source.scope().documents()) + " documents)");
      }
    }
    return names.isEmpty()
        ? "No source is declared unshareable; whether others hold confidential data is for the"
            + " owner to say."
        : "Yes: the unshareable sources " + String.join("; ", names) + ". They are described in"
            + " the data information without any of their content.";
  }

  private static SortedMap<String, Long> classesOf(ReportModel model) {
    SortedMap<String, Long> classes = new TreeMap<>();
    model.totals().classes().forEach((id, share) -> classes.put(id, share.documents()));
    return classes;
  }

  private static SortedMap<String, Long> formats(ReportModel model) {
    SortedMap<String, Long> formats = new TreeMap<>();
    for (SourceReport source : model.sources()) {
      source.scope().formats().forEach((format, files) -> formats.merge(format, files, Long::sum));
    }
    return formats;
  }

  private static SortedMap<String, Long> fieldsPresent(ReportModel model) {
    SortedMap<String, Long> fields = new TreeMap<>();
    for (SourceReport source : model.sources()) {
      source.scope().fieldsPresent().forEach((field, n) -> fields.merge(field, n, Long::sum));
    }
    return fields;
  }

  private static SortedMap<String, Long> declaredLicences(ReportModel model) {
    SortedMap<String, Long> licences = new TreeMap<>();
    for (SourceReport source : model.sources()) {
      licences.merge(orElse(source.provenance().license(), "none declared"), 1L, Long::sum);
    }
    return licences;
  }

  private static SortedMap<String, Long> declaredClasses(ReportModel model) {
    SortedMap<String, Long> classes = new TreeMap<>();
    for (SourceReport source : model.sources()) {
      classes.merge(orElse(source.provenance().licenseClass(), "none declared"), 1L, Long::sum);
    }
    return classes;
  }
}
