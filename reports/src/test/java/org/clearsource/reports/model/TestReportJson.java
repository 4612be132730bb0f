package org.clearsource.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clearsource.core.ClearsourceException;
import org.clearsource.reports.Fixtures;
import org.junit.jupiter.api.Test;

class TestReportJson {

  @Test
  void roundTripsEveryField() {
    ReportModel model = Fixtures.allStages();

    ReportModel read = ReportJson.read(ReportJson.write(model), "data-information.json");

    assertThat(read).isEqualTo(model);
  }

  @Test
  void sameModelSameBytes() {
    assertThat(ReportJson.write(Fixtures.allStages()))
        .isEqualTo(ReportJson.write(Fixtures.allStages()))
        .endsWith("}\n")
        .doesNotContain("\r");
  }

  @Test
  void stagesThatDidNotRunAreExplicitNulls() throws IOException {
    JsonNode json = new ObjectMapper().readTree(ReportJson.write(Fixtures.ingestOnly()));

    assertThat(json.get("schemaVersion").asInt()).isEqualTo(ReportModel.SCHEMA_VERSION);
    assertThat(json.get("generatedAt").asText()).isEqualTo("2026-03-01T12:00:00Z");
    assertThat(json.get("overlap").isNull()).isTrue();
    assertThat(json.get("totals").get("duplicates").isNull()).isTrue();
    assertThat(json.get("sources").get(0).get("scan").isNull()).isTrue();
  }

  @Test
  void refusesAnotherSchemaVersion() {
    String json = ReportJson.write(Fixtures.ingestOnly())
        .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99");

    assertThatThrownBy(() -> ReportJson.read(json, "old.json"))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("old.json: schema version 99");
  }

  @Test
  void refusesSomethingElse() {
    assertThatThrownBy(() -> ReportJson.read("{\"stage\": \"ingest\"}", "stats.json"))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("Cannot read stats.json as data-information.json");
  }

  /** docs/reports.md documents the schema: every field name of the JSON must appear there. */
  @Test
  void everyFieldIsDocumented() throws IOException {
    Path docs = Path.of("..", "docs", "reports.md");
    String documented = Files.readString(docs);
    JsonNode json = new ObjectMapper().readTree(ReportJson.write(Fixtures.allStages()));
    Set<String> fields = new TreeSet<>();
    collect(json, fields);
    // Map keys are data (source ids, languages, classes), not fields.
    fields.removeAll(List.of("web", "wiki", "books", "tickets", "en", "de", "jsonl", "none",
        "no_content", "empty_text", "malformed_json", "robots_txt", "url", "title", "date",
        "domain", "http_tdm_reservation", "html_robots_noai", "open", "public", "obtainable",
        "unshareable", "all_rights_reserved", "attribution", "none", "share_alike",
        "non_commercial", "CC-BY-4.0", "CC-BY-SA-4.0", "emails", "payment_cards", "threshold",
        "note", "tdmrep_header", "noai_meta", "robots_txt_ai_agent", Fixtures.MARKDOWN_TRICKS));
    for (String field : fields) {
      assertThat(documented.contains("`" + field + "`") || documented.contains("`" + field + "[]`"))
          .as("docs/reports.md documents field '%s'", field).isTrue();
    }
  }

  private static void collect(JsonNode node, Set<String> fields) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        fields.add(entry.getKey());
        collect(entry.getValue(), fields);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, fields));
    }
  }
}
