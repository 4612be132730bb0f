package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.Fixtures;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Policy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TestReportArtifacts {

  private static SortedMap<String, String> render(ReportModel model) {
    return ReportArtifacts.render(model, Policy.defaults().evaluate(model));
  }

  @Test
  void writesEveryArtefact() {
    assertThat(render(Fixtures.ingestOnly())).containsOnlyKeys(
        "README.md", "croissant.json", "data-information.html", "data-information.json",
        "data-information.md", "datasheet.md", "eu-summary.md", "report.html", "verdict.json");
  }

  @Test
  void reportsUrlsWithoutAUsableHostInTheOptOutSections() {
    for (ReportModel model : new ReportModel[] {Fixtures.ingestOnly(), Fixtures.allStages()}) {
      assertThat(model.source("web").orElseThrow().optOut().urlsWithoutHost()).isEqualTo(2);
      assertThat(model.totals().optOut().urlsWithoutHost()).isEqualTo(2);
      SortedMap<String, String> files = render(model);
      assertThat(files.get("eu-summary.md"))
          .contains("Documents whose URL has no usable host:** 2. No site's robots.txt");
      assertThat(files.get("data-information.md"))
          .contains("2 documents have a URL without a usable host");
    }
  }

  @Test
  void noCanaryOfTheUnshareableSourceAnywhere() {
    for (ReportModel model : new ReportModel[] {Fixtures.ingestOnly(), Fixtures.allStages()}) {
      for (Map.Entry<String, String> file : render(model).entrySet()) {
        for (String canary : Fixtures.CANARIES) {
          assertThat(file.getValue()).as("%s must not contain %s", file.getKey(), canary)
              .doesNotContain(canary);
        }
      }
    }
  }

  @Test
  void htmlCarriesNothingExecutable() {
    SortedMap<String, String> files = render(Fixtures.allStages());
    for (String name : new String[] {"report.html", "data-information.html"}) {
      Document page = Jsoup.parse(files.get(name));
      assertThat(page.select("script, iframe, object, embed, img, link, base, form, meta[http-equiv=refresh]"))
          .as("%s: elements that load or run something", name).isEmpty();
      for (Element element : page.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey()).as("%s: <%s %s>", name, element.tagName(),
              attribute.getKey()).doesNotStartWithIgnoringCase("on");
          assertThat(attribute.getValue().strip()).as("%s: %s", name, attribute)
              .doesNotStartWithIgnoringCase("javascript:");
        }
      }
      for (Element link : page.select("a[href]")) {
        assertThat(link.attr("href")).as("%s: link target", name).matches("(https?://|#).+");
      }
      assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .contains("default-src 'none'");
      // The hostile text is shown, as text.
      assertThat(page.text()).contains(Fixtures.SCRIPT, "onerror=");
    }
  }

  @Test
  void reportPageHasEveryChartAndLinkedContents() {
    Document page = Jsoup.parse(render(Fixtures.allStages()).get("report.html"));

    assertThat(page.select("svg.chart").eachAttr("id")).containsExactlyInAnyOrder(
        "chart-classes", "chart-licences", "chart-duplicates", "chart-overlap",
        "chart-top-domains", "chart-languages", "chart-optout", "chart-optout-signals",
        "chart-quarantine");
    for (Element link : page.select("nav.toc a")) {
      String target = link.attr("href").substring(1);
      assertThat(page.getElementById(target)).as("anchor %s", target).isNotNull();
    }
    for (Element link : page.select("a[href^=#]")) {
      assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull();
    }
  }

  @Test
  void reportPageSaysWhichStagesDidNotRun() {
    Document page = Jsoup.parse(render(Fixtures.ingestOnly()).get("report.html"));

    assertThat(page.select("svg.chart").eachAttr("id")).containsExactlyInAnyOrderElementsOf(
        HtmlReport.CHARTS);
    assertThat(page.text()).contains("Duplicates: not measured (dedup stage not run).",
        "FAILED under the policy default.yaml (built in)");
  }

  @Test
  void markdownCarriesNoHtmlAndNoLinkTricks() {
    SortedMap<String, String> files = render(Fixtures.allStages());
    for (String name : new String[] {"data-information.md", "eu-summary.md", "datasheet.md",
        "README.md"}) {
      String markdown = files.get(name);
      if (name.equals("README.md")) {
        markdown = markdown.substring(markdown.indexOf("\n---\n") + 5);
      }
      assertThat(markdown).as(name)
          .doesNotContain("<", "![", "**bold**")
          .doesNotContainPattern("(?<!\\\\)\\]\\((?!https?://|#)")
          .doesNotContainPattern("(?m)^# heading")
          .doesNotContainPattern("(?m)^- item");
    }
  }

  @Test
  void croissantHasTheRequiredPropertiesAndChecksums() throws IOException {
    JsonNode croissant = new ObjectMapper().readTree(render(Fixtures.allStages())
        .get("croissant.json"));

    assertThat(croissant.get("@type").asText()).isEqualTo("sc:Dataset");
    assertThat(croissant.get("conformsTo").asText()).isEqualTo(CroissantWriter.CONFORMS_TO);
    assertThat(croissant.get("@context").get("conformsTo").asText()).isEqualTo("dct:conformsTo");
    assertThat(croissant.get("@context").get("rai").asText())
        .isEqualTo("http://mlcommons.org/croissant/RAI/");
    for (String required : new String[] {"name", "description", "license", "creator",
        "datePublished", "distribution", "recordSet", "rai:dataCollection",
        "rai:personalSensitiveInformation", "prov:wasDerivedFrom"}) {
      assertThat(croissant.has(required)).as(required).isTrue();
    }
    assertThat(croissant.get("license").asText())
        .isEqualTo("https://spdx.org/licenses/CC-BY-4.0.html");
    assertThat(croissant.get("datePublished").asText()).isEqualTo("2026-03-01");
    // The fixture's homepage is a javascript: URL: it must not become the dataset's url.
    assertThat(croissant.has("url")).isFalse();
    JsonNode distribution = croissant.get("distribution");
    JsonNode wikiFile = find(distribution, "wiki/wiki-0.jsonl");
    assertThat(wikiFile.get("@type").asText()).isEqualTo("cr:FileObject");
    assertThat(wikiFile.get("sha256").asText()).isEqualTo("cd".repeat(32));
    assertThat(wikiFile.get("encodingFormat").asText()).isEqualTo("application/jsonlines");
    JsonNode tickets = find(distribution, "tickets");
    assertThat(tickets.has("contentUrl")).isFalse();
    assertThat(tickets.has("sha256")).isFalse();
    assertThat(find(distribution, "web/more").get("@type").asText()).isEqualTo("cr:FileSet");
    JsonNode fields = croissant.get("recordSet").get(0).get("field");
    assertThat(fields.findValuesAsText("name")).contains("doc_id", "text", "url", "language");
  }

  private static JsonNode find(JsonNode array, String id) {
    for (JsonNode node : array) {
      if (node.path("@id").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no entry " + id + " in " + array);
  }

  @Test
  void datasetCardFrontMatterIsValidYaml() throws IOException {
    String card = render(Fixtures.allStages()).get("README.md");
    assertThat(card).startsWith("---\n");
    String yaml = card.substring(4, card.indexOf("\n---\n"));

    JsonNode front = new ObjectMapper(new YAMLFactory()).readTree(yaml);

    assertThat(front.get("pretty_name").asText()).isEqualTo("fixture-corpus");
    assertThat(front.get("license").asText()).isEqualTo("cc-by-4.0");
    assertThat(front.get("language").get(0).asText()).isEqualTo("de");
    assertThat(front.get("size_categories").get(0).asText()).isEqualTo("n<1K");
    assertThat(front.get("source_datasets").toString()).contains("original", "extended|wiki");
    assertThat(front.get("multilinguality").get(0).asText()).isEqualTo("multilingual");
    assertThat(card).contains("## Dataset Creation", "### Personal and Sensitive Information",
        "## Bias, Risks, and Limitations");
  }

  @Test
  void sourceIdsWithUnderscoresAndNoUrlsRender() {
    ReportModel model = ReportModel.builder(ManifestReader.parse("""
            dataset: {name: tiny, version: "1", curator: c, contact: c@example.org}
            sources:
              - id: my_source
                class: open
                paths: [x/]
                provenance: {obtain_from: "https://x.example/", how_obtained: internal}
            """, "file:/tiny.yaml"), StageStats.builder("ingest").source("my_source").build())
        .generatedAt(Fixtures.GENERATED_AT).build();

    SortedMap<String, String> files = render(model);

    assertThat(Jsoup.parse(files.get("report.html")).getElementById("source-my_source"))
        .isNotNull();
    assertThat(files.get("eu-summary.md")).contains("### 2.3 Data crawled and scraped from online"
        + " sources\n\nNone used.", "### 2.6 Other sources of data\n\n- **");
  }

  @Test
  void hubLicencesAndSizeCategories() {
    assertThat(DatasetCard.hubLicense("Apache-2.0")).isEqualTo("apache-2.0");
    assertThat(DatasetCard.hubLicense("Apache-2.0 OR MIT")).isEqualTo("other");
    assertThat(DatasetCard.hubLicense("LicenseRef-X")).isEqualTo("other");
    assertThat(DatasetCard.hubLicense("NOASSERTION")).isEqualTo("unknown");
    assertThat(DatasetCard.hubLicense(null)).isEqualTo("unknown");
    assertThat(DatasetCard.sizeCategory(999)).isEqualTo("n<1K");
    assertThat(DatasetCard.sizeCategory(1_000)).isEqualTo("1K<n<10K");
    assertThat(DatasetCard.sizeCategory(2_000_000_000_000L)).isEqualTo("n>1T");
  }

  @Test
  void euSummaryFollowsTheTemplate() {
    String summary = render(Fixtures.allStages()).get("eu-summary.md");

    assertThat(summary).contains("## 1\\. General information", "### 1.3 Modalities",
        "Less than 1 billion tokens", "### 2.1 Publicly available datasets",
        "#### 2.2.1 Datasets commercially licensed by rightsholders",
        "### 2.3 Data crawled and scraped from online sources", "FixtureBot/1.0",
        "the top 10% are 1 domains", "| 1 | news.example |", "### 2.4 User data",
        "### 2.5 Synthetic data", "### 2.6 Other sources of data",
        "### 3.1 Respect of reservation of rights", "| robots\\_txt\\_ai\\_agent | 1 |",
        "### 3.2 Removal of illegal content", "To be answered by the dataset owner.");
    assertThat(render(Fixtures.ingestOnly()).get("eu-summary.md"))
        .contains("| tdmrep\\_json | not measured (scan stage not run) |",
            "Deduplication:** not measured (dedup stage not run)");
  }

  @Test
  void datasheetLeavesOwnerQuestionsVisiblyOpen() {
    String datasheet = render(Fixtures.ingestOnly()).get("datasheet.md");

    assertThat(datasheet).contains("## Motivation", "## Composition", "## Collection process",
        "## Preprocessing, cleaning and labelling", "## Uses", "## Distribution",
        "## Maintenance");
    String funded = datasheet.substring(datasheet.indexOf("**Who funded"));
    assertThat(funded.lines().skip(2).findFirst().orElseThrow())
        .isEqualTo("> To be answered by the dataset owner.");
    String contact = datasheet.substring(datasheet.indexOf("**How can the owner"));
    assertThat(contact.lines().skip(2).findFirst().orElseThrow())
        .isEqualTo("fixtures@example.org");
  }

  @Test
  void dataInformationCoversTheThreeOsaidListings() {
    String information = render(Fixtures.allStages()).get("data-information.md");

    assertThat(information).contains("## 2\\. Publicly available data",
        "[https://dumps.wiki.example/2025/](https://dumps.wiki.example/2025/)",
        "## 3\\. Data obtainable from third parties", "EUR 1,000 a year",
        "[https://books.example/licensing](https://books.example/licensing)",
        "## 4\\. Unshareable data", "Personal-data indicators:** emails 5, payment\\_cards 2 in 5",
        "## 6\\. Completeness check", "`provenance.labelling`",
        "most named holders: Example Media Inc. 3",
        "2 exact and 1 near duplicates of 8 documents");
  }
}
