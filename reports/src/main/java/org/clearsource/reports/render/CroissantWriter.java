package org.clearsource.reports.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clearsource.reports.model.DatasetSummary;
import org.clearsource.reports.model.FileEntry;
import org.clearsource.reports.model.ReportJson;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.SourceReport;
import org.clearsource.reports.model.StageRun;

/**
 * The dataset as Croissant 1.1 JSON-LD with the Responsible AI (RAI) vocabulary. Shareable sources'
 * files are {@code cr:FileObject}s with their SHA-256 from the inventory and a content URL relative
 * to where the source is obtained; unshareable sources are described without any file name or URL.
 * The record set describes the documents table.
 */
public final class CroissantWriter {

  public static final String CONFORMS_TO = "http://mlcommons.org/croissant/1.1";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9.\\-]+\\+?");
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "jsonl", "application/jsonlines",
          "parquet", "application/vnd.apache.parquet",
          "warc", "application/warc",
          "tar", "application/x-tar",
          "zip", "application/zip",
          "text", "text/plain",
          "binary", "application/octet-stream");
  private static final Map<String, String> COMPRESSED =
      Map.of("gzip", "application/gzip", "zstd", "application/zstd", "bzip2", "application/x-bzip2");
  /** Columns of the documents table and their Croissant data types (docs/tables.md). */
  private static final String[][] DOCUMENT_FIELDS = {
    {"doc_id", "sc:Text", "Stable id: the first 128 bits of SHA-256(source_id, relative_path, locator), hex"},
    {"source_id", "sc:Text", "The manifest source the document belongs to"},
    {"relative_path", "sc:Text", "The file it came from, below the source's root"},
    {"locator", "sc:Text", "Where in the file: offset:N, row:N, entry:PATH or file"},
    {"record_id", "sc:Text", "The record's own id"},
    {"url", "sc:URL", "Where it was fetched from, when known"},
    {"domain", "sc:Text", "Registrable domain of the URL"},
    {"title", "sc:Text", "Title"},
    {"text", "sc:Text", "The text"},
    {"date", "sc:Text", "Fetch or creation date as given"},
    {"text_bytes", "sc:Integer", "UTF-8 length of the text"},
    {"tokens_estimate", "sc:Integer", "ceil(text_bytes / 4)"},
    {"language", "sc:Text", "ISO 639-1 code, und when unclear"},
  };

  private CroissantWriter() {}

  public static String write(ReportModel model) {
    return ReportJson.write(document(model));
  }

  static ObjectNode document(ReportModel model) {
    DatasetSummary dataset = model.dataset();
    ObjectNode root = JSON.objectNode();
    root.set("@context", context());
    root.put("@type", "sc:Dataset");
    root.put("conformsTo", CONFORMS_TO);
    root.put("name", dataset.name());
    root.put("description", Format.orElse(dataset.description(), Texts.NOT_STATED));
    root.put("version", dataset.version());
    root.put("license", license(dataset.license()));
    String homepage = Links.safeHttp(dataset.homepage());
    if (homepage != null) {
      root.put("url", homepage);
    }
    ObjectNode creator = root.putObject("creator");
    creator.put("@type", "sc:Organization");
    creator.put("name", Format.orElse(dataset.curator(), Texts.NOT_STATED));
    if (dataset.contact() != null && dataset.contact().contains("@")) {
      creator.put("email", dataset.contact());
    }
    root.put("datePublished", model.generatedAt().substring(0, 10));
    ArrayNode languages = root.putArray("inLanguage");
    model.totals().languages().keySet().stream().filter(code -> !code.equals("und"))
        .forEach(languages::add);
    root.set("prov:wasDerivedFrom", derivedFrom(model));
    root.set("prov:wasGeneratedBy", generatedBy(model));
    rai(root, model);
    root.set("distribution", distribution(model));
    root.set("recordSet", recordSets());
    return root;
  }

  private static ObjectNode context() {
    ObjectNode context = JSON.objectNode();
    context.put("@language", "en");
    context.put("@vocab", "https://schema.org/");
    context.put("citeAs", "cr:citeAs");
    context.put("column", "cr:column");
    context.put("conformsTo", "dct:conformsTo");
    context.put("cr", "http://mlcommons.org/croissant/");
    context.put("rai", "http://mlcommons.org/croissant/RAI/");
    context.put("prov", "http://www.w3.org/ns/prov#");
    ObjectNode data = context.putObject("data");
    data.put("@id", "cr:data");
    data.put("@type", "@json");
    ObjectNode dataType = context.putObject("dataType");
    dataType.put("@id", "cr:dataType");
    dataType.put("@type", "@vocab");
    context.put("dct", "http://purl.org/dc/terms/");
    ObjectNode examples = context.putObject("examples");
    examples.put("@id", "cr:examples");
    examples.put("@type", "@json");
    for (String term : List.of("extract", "field", "fileProperty", "fileObject", "fileSet",
        "format", "includes", "isLiveDataset", "jsonPath", "key", "md5", "parentField", "path",
        "recordSet", "references", "regex", "repeated", "replace", "separator", "source",
        "subField", "transform")) {
      context.put(term, "cr:" + term);
    }
    context.put("sc", "https://schema.org/");
    return context;
  }

  private static ArrayNode derivedFrom(ReportModel model) {
    ArrayNode derived = JSON.arrayNode();
    for (SourceReport source : model.sources()) {
      ObjectNode entity = derived.addObject();
      String url = source.shareable() ? Links.safeHttp(firstUrl(source.provenance().obtainFrom()))
          : null;
      if (url != null) {
        entity.put("@id", url);
      }
      entity.put("@type", "prov:Entity");
      entity.put("name", source.name());
      entity.put("description", Texts.osaidClass(source.osaidClass()) + "; "
          + Texts.howObtained(source.provenance().howObtained())
          + (source.shareable() ? "; obtain from: "
              + Format.orElse(source.provenance().obtainFrom(), Texts.NOT_STATED)
              : "; not distributed, described in the data information"));
      if (source.provenance().license() != null) {
        entity.put("license", license(source.provenance().license()));
      }
    }
    return derived;
  }

  private static ArrayNode generatedBy(ReportModel model) {
    ArrayNode activities = JSON.arrayNode();
    for (StageRun run : model.stages()) {
      if (!run.ran()) {
        continue;
      }
      ObjectNode activity = activities.addObject();
      activity.put("@type", "prov:Activity");
      activity.put("name", "Clearsource " + run.stage());
      List<String> pairs = new ArrayList<>();
      run.parameters().forEach((name, value) -> pairs.add(name + "=" + value));
      activity.put("description", Texts.stage(run.stage()) + " stage"
          + (pairs.isEmpty() ? "" : "; parameters: " + String.join(", ", pairs)));
    }
    return activities;
  }

  private static void rai(ObjectNode root, ReportModel model) {
    List<String> collection = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<String> timeframe = new ArrayList<>();
    List<String> preprocessing = new ArrayList<>();
    List<String> annotation = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      var p = source.provenance();
      collection.add(source.name() + ": " + Texts.howObtained(p.howObtained())
          + (p.crawlerUserAgent() == null ? "" : " by " + p.crawlerUserAgent()));
      String type = collectionType(p.howObtained());
      if (!types.contains(type)) {
        types.add(type);
      }
      String period = Format.period(p.collectionStart(), p.collectionEnd());
      if (period != null) {
        timeframe.add(source.name() + ": " + period);
      }
      preprocessing.add(source.name() + ": " + Format.orElse(p.filtering(), Texts.NOT_STATED));
      if (p.labelling() != null) {
        annotation.add(source.name() + ": " + p.labelling());
      }
    }
    root.put("rai:dataCollection", String.join("; ", collection));
    ArrayNode typeArray = root.putArray("rai:dataCollectionType");
    types.forEach(typeArray::add);
    root.put("rai:dataCollectionTimeframe", timeframe.isEmpty() ? Texts.NOT_STATED
        : String.join("; ", timeframe));
    ArrayNode preprocessingArray = root.putArray("rai:dataPreprocessingProtocol");
    preprocessing.forEach(preprocessingArray::add);
    var totals = model.totals();
    root.put("rai:dataManipulationProtocol", "Clearsource audit: " + totals.quarantined()
        + " unreadable records quarantined; duplicates "
        + (totals.duplicates() == null ? "not measured" : totals.duplicates().duplicates()
            + " found") + "; clean corpus " + (totals.clean() == null ? "not written"
            : "keeps " + totals.clean().kept() + " of " + totals.clean().documents()
                + " documents"));
    root.put("rai:dataAnnotationProtocol", annotation.isEmpty() ? Texts.NOT_STATED
        : String.join("; ", annotation));
    root.put("rai:personalSensitiveInformation", personal(model));
    root.put("rai:dataBiases", Texts.OWNER_QUESTION);
    root.put("rai:dataLimitations", model.gaps().isEmpty() ? Texts.OWNER_QUESTION
        : model.gaps().size() + " manifest items are unanswered (data information, completeness"
            + " check). " + Texts.OWNER_QUESTION);
    root.put("rai:dataUseCases", model.dataset().intendedUses().isEmpty()
        ? Texts.OWNER_QUESTION : String.join("; ", model.dataset().intendedUses()));
    root.put("rai:dataSocialImpact", Texts.OWNER_QUESTION);
    root.put("rai:dataReleaseMaintenancePlan", Texts.OWNER_QUESTION);
  }

  private static String personal(ReportModel model) {
    List<String> unshareable = new ArrayList<>();
    for (SourceReport source : model.sources()) {
      if (!source.shareable()) {
        unshareable.add(source.name());
      }
    }
    String scan = model.totals().scan() == null
        ? "personal data not measured (scan stage not run)"
        : "personal-data indicators: " + DataInformationReport.piiSentence(model.totals().scan());
    return (unshareable.isEmpty() ? "No source is declared unshareable"
        : "Unshareable sources (described, never distributed): " + String.join(", ", unshareable))
        + "; " + scan + ".";
  }

  private static ArrayNode distribution(ReportModel model) {
    ArrayNode distribution = JSON.arrayNode();
    for (SourceReport source : model.sources()) {
      if (!source.shareable()) {
        ObjectNode described = distribution.addObject();
        described.put("@type", "cr:FileObject");
        described.put("@id", source.id());
        described.put("name", source.id());
        described.put("description", "Unshareable source '" + source.name() + "': "
            + source.scope().files() + " files, " + source.scope().fileBytes() + " bytes ("
            + Format.breakdown(source.scope().formats(), 5) + "). Not distributed: described"
            + " only; no file name, URL or checksum is published.");
        described.put("encodingFormat", mediaType(source.scope().formats().isEmpty() ? "binary"
            : source.scope().formats().firstKey(), source.scope().compressions().isEmpty() ? "none"
            : source.scope().compressions().firstKey()));
        described.put("contentSize", source.scope().fileBytes() + " B");
        continue;
      }
      for (FileEntry file : source.files()) {
        ObjectNode object = distribution.addObject();
        String id = source.id() + "/" + file.path();
        object.put("@type", "cr:FileObject");
        object.put("@id", id);
        object.put("name", id);
        object.put("description", "File of source '" + source.name() + "' ("
            + file.format() + (file.compression().equals("none") ? "" : ", " + file.compression())
            + "); the content URL is relative to where the source is obtained: "
            + Format.orElse(source.provenance().obtainFrom(), Texts.NOT_STATED));
        object.put("contentUrl", relativeUrl(id));
        object.put("contentSize", file.size() + " B");
        object.put("encodingFormat", mediaType(file.format(), file.compression()));
        if (file.sha256() != null) {
          object.put("sha256", file.sha256());
        }
      }
      if (source.filesNotListed() > 0) {
        ObjectNode rest = distribution.addObject();
        rest.put("@type", "cr:FileSet");
        rest.put("@id", source.id() + "/more");
        rest.put("name", source.id() + "/more");
        rest.put("description", source.filesNotListed() + " more files of source '"
            + source.name() + "', listed with their checksums in the run's inventory table.");
        rest.put("encodingFormat", mediaType(source.scope().formats().firstKey(), "none"));
        rest.put("includes", source.id() + "/**");
      }
    }
    ObjectNode table = distribution.addObject();
    table.put("@type", "cr:FileSet");
    table.put("@id", "documents-table");
    table.put("name", "documents");
    table.put("description", "The documents table of the Clearsource run: Parquet, partitioned"
        + " by source_id (docs/tables.md). It holds the text of every source, unshareable ones"
        + " included, and stays with the run; it is described here, not published.");
    table.put("encodingFormat", MEDIA_TYPES.get("parquet"));
    table.put("includes", "documents/**/*.parquet");
    return distribution;
  }

  private static ArrayNode recordSets() {
    ArrayNode sets = JSON.arrayNode();
    ObjectNode documents = sets.addObject();
    documents.put("@type", "cr:RecordSet");
    documents.put("@id", "documents");
    documents.put("name", "documents");
    documents.put("description", "One record per document (docs/tables.md).");
    ArrayNode fields = documents.putArray("field");
    for (String[] column : DOCUMENT_FIELDS) {
      ObjectNode field = fields.addObject();
      field.put("@type", "cr:Field");
      field.put("@id", "documents/" + column[0]);
      field.put("name", column[0]);
      field.put("description", column[2]);
      field.put("dataType", column[1]);
      ObjectNode source = field.putObject("source");
      source.putObject("fileSet").put("@id", "documents-table");
      source.putObject("extract").put("column", column[0]);
    }
    return sets;
  }

  /** A single SPDX licence as its spdx.org URL; an expression or a LicenseRef as written. */
  static String license(String expression) {
    if (expression == null) {
      return "NOASSERTION";
    }
    if (SPDX_ID.matcher(expression).matches() && !expression.equals("NOASSERTION")
        && !expression.equals("NONE") && !expression.startsWith("LicenseRef-")) {
      return "https://spdx.org/licenses/" + expression.replace("+", "") + ".html";
    }
    return expression;
  }

  private static String mediaType(String format, String compression) {
    String compressed = COMPRESSED.get(compression);
    return compressed != null ? compressed
        : MEDIA_TYPES.getOrDefault(format, "application/octet-stream");
  }

  private static String collectionType(String howObtained) {
    if (howObtained == null) {
      return "Others";
    }
    return switch (howObtained) {
      case "crawl" -> "Web Scraping";
      case "public-dataset" -> "Existing datasets";
      case "licence-deal", "partner" -> "Third-party data";
      case "user-data" -> "User data";
      case "synthetic" -> "Software Collection (synthetic)";
      default -> "Others";
    };
  }

  private static String firstUrl(String text) {
    for (Links.Part part : Links.split(text)) {
      if (part.url()) {
        return part.text();
      }
    }
    return null;
  }

  /**
   * A file's path as a relative URL: every character a URL may not hold raw percent-encoded
   * (UTF-8), so that a name such as {@code 100%41.jsonl} or {@code a b#c.txt} names that file and
   * no other.
   */
  static String relativeUrl(String path) {
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("Cannot write " + path + " as a relative URL", e);
    }
  }
}
