package org.clearsource.reports.render;

import static org.clearsource.reports.render.Format.breakdown;
import static org.clearsource.reports.render.Format.bytes;
import static org.clearsource.reports.render.Format.count;
import static org.clearsource.reports.render.Format.orElse;
import static org.clearsource.reports.render.Inline.code;
import static org.clearsource.reports.render.Inline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clearsource.reports.model.DatasetSummary;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageCounters;

/**
 * A Hugging Face dataset card (README.md): YAML front matter with the card's metadata, then the
 * sections of the Hugging Face template, answered from the model; the rest left to the owner.
 */
public final class DatasetCard {

  /** Licence ids the Hugging Face Hub knows, as the lower-cased SPDX id. */
  private static final Set<String> HUB_LICENSES =
      Set.of(
          "apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "cc0-1.0", "cc-by-4.0",
          "cc-by-sa-4.0", "cc-by-nc-4.0", "cc-by-nc-sa-4.0", "cc-by-nc-nd-4.0", "cc-by-nd-4.0",
          "cc-by-3.0", "cc-by-sa-3.0", "cc-by-2.0", "gpl-2.0", "gpl-3.0", "lgpl-3.0", "agpl-3.0",
          "mpl-2.0", "odbl", "odc-by", "pddl", "unlicense", "artistic-2.0", "bsl-1.0", "epl-2.0",
          "isc", "zlib");
  private static final Pattern SINGLE_ID = Pattern.compile("[A-Za-z0-9.\\-]+");
  private static final long[] SIZE_LIMITS = {
    1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
    10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L
  };
  private static final String[] SIZE_CATEGORIES = {
    "n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B",
    "1B<n<10B", "10B<n<100B", "100B<n<1T", "n>1T"
  };

  private DatasetCard() {}

  public static String write(ReportModel model) {
    return frontMatter(model) + "\n" + MarkdownRenderer.render(body(model));
  }

  static String frontMatter(ReportModel model) {
    DatasetSummary dataset = model.dataset();
    StringBuilder yaml = new StringBuilder("---\n");
    yaml.append("pretty_name: ").append(Escape.yamlString(dataset.name())).append('\n');
    String license = hubLicense(dataset.license());
    yaml.append("license: ").append(license).append('\n');
    if (license.equals("other")) {
      yaml.append("license_name: ").append(Escape.yamlString(dataset.license())).append('\n');
    }
    list(yaml, "language", languages(model));
    list(yaml, "multilinguality", List.of(languages(model).size() > 1 ? "multilingual"
        : "monolingual"));
    list(yaml, "size_categories", List.of(sizeCategory(model.totals().documents())));
    list(yaml, "source_datasets", sourceDatasets(model));
    list(yaml, "annotations_creators", List.of(annotated(model) ? "other" : "no-annotation"));
    list(yaml, "language_creators", languageCreators(model));
    yaml.append("# task_categories: ").append(Texts.OWNER_QUESTION).append('\n');
    list(yaml, "tags", List.of("clearsource", "data-information"));
    return yaml.append("---\n").toString();
  }

  private static Doc body(ReportModel model) {
    DatasetSummary dataset = model.dataset();
    Doc doc = new Doc();
    doc.heading(1, "Dataset Card for " + dataset.name(), "top");
    doc.text(orElse(dataset.description(), Texts.NOT_STATED));
    doc.heading(2, "Dataset Details", "details");
    doc.heading(3, "Dataset Description", "description");
    doc.bullets(List.of(
        DataInformationReport.field("Curated by", dataset.curator()),
        DataInformationReport.field("Contact", dataset.contact()),
        DataInformationReport.field("Version", dataset.version()),
        DataInformationReport.field("Language(s)", String.join(", ", languages(model))),
        DataInformationReport.field("License", dataset.license()),
        DataInformationReport.linkedField("Homepage", dataset.homepage())));
    doc.heading(3, "Dataset Sources", "sources");
    Doc.TableBuilder table = doc.table("Source", "OSAID class", "Where to obtain it", "Licence",
        "Documents", "Text").numeric(4, 5);
    TopN<SourceReport> largest = TopN.of(model.sources(), TopN.BY_DOCUMENTS, TopN.ROWS * 2);
    for (SourceReport source : largest.shown()) {
      table.cells(List.of(List.of(text(source.name())), List.of(text(source.osaidClass())),
          source.shareable()
              ? Inline.linkified(orElse(source.provenance().obtainFrom(), Texts.NOT_STATED))
              : List.of(text("not distributed (unshareable)")),
          List.of(text(orElse(source.provenance().license(), Texts.NOT_STATED))),
          List.of(text(count(source.scope().documents()))),
          List.of(text(bytes(source.scope().textBytes())))));
    }
    if (!largest.rest().isEmpty()) {
      table.row(largest.restLabel("sources"), "", "listed in data-information.md", "",
          count(largest.rest().stream().mapToLong(s -> s.scope().documents()).sum()),
          bytes(largest.rest().stream().mapToLong(s -> s.scope().textBytes()).sum()));
    }
    table.end();

    doc.heading(2, "Uses", "uses");
    doc.heading(3, "Direct Use", "direct-use");
    doc.text(dataset.intendedUses().isEmpty() ? Texts.OWNER_QUESTION
        : String.join("; ", dataset.intendedUses()));
    doc.heading(3, "Out-of-Scope Use", "out-of-scope");
    doc.text(dataset.outOfScopeUses().isEmpty() ? Texts.OWNER_QUESTION
        : String.join("; ", dataset.outOfScopeUses()));

    doc.heading(2, "Dataset Structure", "structure");
    doc.text(count(model.totals().documents()) + " documents (" + bytes(model.totals().textBytes())
        + " of text, about " + Format.tokens(model.totals().tokensEstimate()) + " tokens). Each"
        + " document has: doc_id, source_id, url, domain, title, text, date, text_bytes,"
        + " tokens_estimate, language and rights metadata (see croissant.json, record set"
        + " documents).");

    doc.heading(2, "Dataset Creation", "creation");
    doc.heading(3, "Curation Rationale", "rationale");
    doc.text(orElse(dataset.description(), Texts.OWNER_QUESTION));
    doc.heading(3, "Source Data", "source-data");
    doc.heading(4, "Data Collection and Processing", "collection");
    List<List<Inline>> items = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      items.add(DataInformationReport.field(source.name(),
          Texts.howObtained(source.provenance().howObtained()) + "; "
              + orElse(source.provenance().filtering(), "filtering " + Texts.NOT_STATED)));
    }
    doc.bullets(items);
    doc.text("The audit quarantined " + count(model.totals().quarantined())
        + " unreadable records; duplicates: " + (model.totals().duplicates() == null
            ? Texts.notRun(StageCounters.DEDUP)
            : count(model.totals().duplicates().duplicates()) + " found") + ".");
    doc.heading(4, "Who are the source data producers?", "producers");
    doc.note(Texts.OWNER_QUESTION);
    doc.heading(3, "Annotations", "annotations");
    doc.text(annotated(model) ? "Declared per source in the data information (labelling)."
        : "No source declares any labelling.");
    doc.heading(3, "Personal and Sensitive Information", "personal");
    List<String> unshareable = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      if (!source.shareable()) {
        unshareable.add(source.name());
      }
    }
    doc.text((unshareable.isEmpty() ? "No source is declared unshareable."
        : "Unshareable sources, described but never distributed: "
            + String.join(", ", unshareable) + ".")
        + " Personal data: " + (model.totals().scan() == null ? Texts.notRun(StageCounters.SCAN)
            : DataInformationReport.piiSentence(model.totals().scan())) + ".");

    doc.heading(2, "Bias, Risks, and Limitations", "risks");
    doc.text("Measured: rights reservations — " + DataInformationReport.optOutSentence(
        model.totals().optOut()) + " Declared licence classes of the sources: "
        + breakdown(declaredClasses(model), 8) + ".");
    doc.note(Texts.OWNER_QUESTION);
    doc.heading(3, "Recommendations", "recommendations");
    doc.note(Texts.OWNER_QUESTION);

    doc.heading(2, "More Information", "more");
    doc.paragraph(text("Made with Clearsource: see "), code("data-information.md"),
        text(" (OSAID data information), "), code("eu-summary.md"),
        text(" (EU training-content summary), "), code("datasheet.md"), text(", "),
        code("croissant.json"), text(" and "), code("report.html"), text("."));
    return doc;
  }

  static String hubLicense(String expression) {
    if (expression == null || expression.equals("NOASSERTION") || expression.equals("NONE")) {
      return "unknown";
    }
    String lower = expression.toLowerCase(Locale.ROOT);
    return SINGLE_ID.matcher(expression).matches() && HUB_LICENSES.contains(lower) ? lower : "other";
  }

  static String sizeCategory(long documents) {
    for (int i = 0; i < SIZE_LIMITS.length; i++) {
      if (documents < SIZE_LIMITS[i]) {
        return SIZE_CATEGORIES[i];
      }
    }
    return SIZE_CATEGORIES[SIZE_CATEGORIES.length - 1];
  }

  private static List<String> languages(ReportModel model) {
    List<String> languages = new ArrayList<>();
    model.totals().languages().forEach((code, documents) -> {
      if (!code.equals("und") && documents > 0) {
        languages.add(code);
      }
    });
    return languages;
  }

  private static List<String> sourceDatasets(ReportModel model) {
    Set<String> datasets = new TreeSet<>();
    for (SourceReport source : model.sources()) {
      if ("public-dataset".equals(source.provenance().howObtained()) && source.shareable()) {
        datasets.add("extended|" + source.id());
      } else {
        datasets.add("original");
      }
    }
    return new ArrayList<>(datasets);
  }

  private static List<String> languageCreators(ReportModel model) {
    Set<String> creators = new TreeSet<>();
    for (SourceReport source : model.sources()) {
      String how = source.provenance().howObtained();
      creators.add("synthetic".equals(how) ? "machine-generated"
          : "user-data".equals(how) ? "other" : "found");
    }
    return new ArrayList<>(creators);
  }

  private static boolean annotated(ReportModel model) {
    for (SourceReport source : model.sources()) {
      String labelling = source.provenance().labelling();
      if (labelling != null && !labelling.isBlank()
          && !labelling.trim().toLowerCase(Locale.ROOT).startsWith("none")) {
        return true;
      }
    }
    return false;
  }

  private static SortedMap<String, Long> declaredClasses(ReportModel model) {
    SortedMap<String, Long> classes = new TreeMap<>();
    for (SourceReport source : model.sources()) {
      classes.merge(orElse(source.provenance().licenseClass(), "none declared"), 1L, Long::sum);
    }
    return classes;
  }

  private static void list(StringBuilder yaml, String key, List<String> values) {
    if (values.isEmpty()) {
      yaml.append(key).append(": []\n");
      return;
    }
    yaml.append(key).append(":\n");
    for (String value : values) {
      yaml.append("- ").append(Escape.yamlString(value)).append('\n');
    }
  }
}
