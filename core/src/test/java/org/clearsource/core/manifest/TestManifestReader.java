package org.clearsource.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestManifestReader {

  private static final String VALID =
      """
      dataset:
        name: demo
        version: "1.0"
        curator: Data Team
        contact: data@example.org
        license: CC-BY-4.0
        intended_uses: [pretraining]
      sources:
        - id: wiki
          class: open
          paths: [wiki/*.jsonl.gz]
          format: jsonl
          options:
            text_field: body
            max_record_bytes: 1 MiB
          provenance:
            obtain_from: https://example.org/wiki
            license: cc-by-sa-4.0
            how_obtained: public-dataset
            collection_period: 2024-01/2024-06
        - id: tickets
          class: unshareable
          paths: /data/tickets
          provenance:
            how_obtained: user-data
      """;

  @Test
  void readsAValidManifestWithDefaultsAndResolvedPaths() {
    Manifest manifest = ManifestReader.parse(VALID, "file:/corpus/manifest.yaml");
    assertThat(manifest.dataset().name()).isEqualTo("demo");
    assertThat(manifest.dataset().version()).isEqualTo("1.0");
    assertThat(manifest.dataset().intendedUses()).containsExactly("pretraining");
    Source wiki = manifest.source("wiki").orElseThrow();
    assertThat(wiki.paths()).containsExactly("file:/corpus/wiki/*.jsonl.gz");
    assertThat(wiki.format()).isEqualTo(SourceFormat.JSONL);
    assertThat(wiki.options().textFields()).containsExactly("body");
    assertThat(wiki.options().idFields()).isEqualTo(ReaderOptions.DEFAULT_ID_FIELDS);
    assertThat(wiki.options().maxRecordBytes()).isEqualTo(1L << 20);
    assertThat(wiki.provenance().license()).isEqualTo("CC-BY-SA-4.0");
    assertThat(wiki.provenance().collectionStart()).isEqualTo("2024-01");
    assertThat(wiki.provenance().collectionEnd()).isEqualTo("2024-06");
    assertThat(wiki.line()).isEqualTo(9);
    Source tickets = manifest.source("tickets").orElseThrow();
    assertThat(tickets.paths()).containsExactly("/data/tickets");
    assertThat(tickets.format()).isEqualTo(SourceFormat.AUTO);
    assertThat(tickets.osaidClass().isUnshareable()).isTrue();
    assertThat(tickets.priority()).isEqualTo(1);
  }

  @Test
  void reportsEveryProblemWithItsLineAndAFix() {
    String yaml =
        """
        dataset:
          name: demo
          version: 1
          curator: x
          contact: y
        sources:
          - id: web
            class: publik
            pathz: [a]
            provenance:
              how_obtained: crawl
              license: Apache2
          - id: web
            class: open
            paths: b
            provenance:
              obtain_from: https://example.org
              how_obtained: crawl
        """;
    ManifestException error =
        catchThrowableOfType(
            ManifestException.class, () -> ManifestReader.parse(yaml, "file:/c/manifest.yaml"));
    assertThat(error.problems())
        .anySatisfy(p -> assertThat(p).startsWith("manifest.yaml:8: ").contains("unknown class 'publik'")
            .contains("open, public, obtainable, unshareable"))
        .anySatisfy(p -> assertThat(p).startsWith("manifest.yaml:9: ")
            .contains("unknown key 'pathz'").contains("did you mean 'paths'?"))
        .anySatisfy(p -> assertThat(p).startsWith("manifest.yaml:7: ").contains("has no paths"))
        .anySatisfy(p -> assertThat(p).startsWith("manifest.yaml:12: ")
            .contains("'Apache2' is not an SPDX licence id"))
        .anySatisfy(p -> assertThat(p).startsWith("manifest.yaml:13: ")
            .contains("source id 'web' is used twice"));
    assertThat(error.getMessage()).contains("manifest.yaml").contains("Fix:");
  }

  @Test
  void requiresWhereToObtainForShareableClasses() {
    String yaml = VALID.replaceAll("(?m)^ *obtain_from: https://example.org/wiki\n", "");
    assertThatThrownBy(() -> ManifestReader.parse(yaml, "file:/m.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("m.yaml:16:")
        .hasMessageContaining("does not say where to obtain it");
  }

  @Test
  void rejectsDuplicateKeysAndBrokenYaml() {
    assertThatThrownBy(
            () -> ManifestReader.parse("dataset:\n  name: a\n  name: b\n", "file:/m.yaml"))
        .hasMessageContaining("m.yaml:3: key 'name' appears twice (first on line 2)");
    assertThatThrownBy(() -> ManifestReader.parse("dataset: [\n", "file:/m.yaml"))
        .hasMessageContaining("is not valid YAML");
  }

  @Test
  void readChecksThatEveryPathMatchesFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("wiki"));
    Files.writeString(dir.resolve("wiki/a.jsonl.gz"), "");
    Path manifest = dir.resolve("manifest.yaml");
    Files.writeString(manifest, VALID);
    assertThatThrownBy(() -> ManifestReader.read(manifest.toString(), new Configuration()))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("source 'tickets' path /data/tickets matches no file");

    Files.createDirectories(dir.resolve("tickets"));
    Files.writeString(dir.resolve("tickets/t.txt"), "x");
    Files.writeString(manifest, VALID.replace("/data/tickets", "tickets"));
    Manifest read = ManifestReader.read(manifest.toString(), new Configuration());
    assertThat(read.location()).startsWith("file:").endsWith("manifest.yaml");
    assertThat(read.source("tickets").orElseThrow().paths().get(0)).endsWith("/tickets");

    assertThatThrownBy(
            () -> ManifestReader.read(dir.resolve("missing.yaml").toString(), new Configuration()))
        .hasMessageContaining("missing.yaml: cannot be read")
        .hasMessageContaining("Fix:");
  }

  @Test
  void collectionDatesAreIsoDatesInOrder() {
    for (String period : new String[] {"2024", "2024-06", "2024-06-30", "2024-01/2024-06",
        "2024/2024", "2024-06/2024", "2023-12-31/2024-01"}) {
      assertThat(ManifestReader.parse(VALID.replace("2024-01/2024-06", period), "file:/m.yaml")
          .source("wiki").orElseThrow().provenance().collectionStart())
          .as(period).isNotNull();
    }
    for (String period : new String[] {"yesterday", "2024-13-45", "2024-13", "2024-02-30",
        "24-06", "2024-6", "2024-01/soon"}) {
      assertThatThrownBy(
              () -> ManifestReader.parse(VALID.replace("2024-01/2024-06", period), "file:/m.yaml"))
          .as(period)
          .isInstanceOf(ManifestException.class)
          .hasMessageContaining("m.yaml:20: source 'wiki' collection_period")
          .hasMessageContaining("is not a date")
          .hasMessageContaining("Fix: write an ISO 8601 year, year-month or date");
    }
    assertThatThrownBy(
            () -> ManifestReader.parse(VALID.replace("2024-01/2024-06", "2024-06/2024-01"),
                "file:/m.yaml"))
        .hasMessageContaining("m.yaml:20: source 'wiki' collection_period starts (2024-06)"
            + " after it ends (2024-01)");
    String mapping = VALID.replace("collection_period: 2024-01/2024-06",
        "collection_period:\n          start: 2024-05-01\n          end: 2024-04-30");
    assertThatThrownBy(() -> ManifestReader.parse(mapping, "file:/m.yaml"))
        .hasMessageContaining("starts (2024-05-01) after it ends (2024-04-30)");
    String badEnd = VALID.replace("collection_period: 2024-01/2024-06",
        "collection_period:\n          start: 2024-05-01\n          end: later");
    assertThatThrownBy(() -> ManifestReader.parse(badEnd, "file:/m.yaml"))
        .hasMessageContaining("m.yaml:22: source 'wiki' collection_period end 'later'");
  }

  @Test
  void aFolderWithoutFilesIsRefusedAsAGlobMatchingNothingIs(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("wiki"));
    Files.writeString(dir.resolve("wiki/a.jsonl.gz"), "");
    Files.createDirectories(dir.resolve("tickets/empty/nested"));
    Path manifest = dir.resolve("manifest.yaml");
    Files.writeString(manifest, VALID.replace("/data/tickets", "tickets"));
    assertThatThrownBy(() -> ManifestReader.read(manifest.toString(), new Configuration()))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("manifest.yaml:21: source 'tickets' path ")
        .hasMessageContaining("matches no file");

    Files.writeString(manifest, VALID.replace("/data/tickets", "tic*"));
    assertThatThrownBy(() -> ManifestReader.read(manifest.toString(), new Configuration()))
        .hasMessageContaining("source 'tickets' path ").hasMessageContaining("matches no file");

    Files.writeString(dir.resolve("tickets/empty/nested/t.jsonl"), "{}");
    assertThat(ManifestReader.read(manifest.toString(), new Configuration()).sources()).hasSize(2);
  }

  @Test
  void aManifestThatIsNotUtf8IsRefusedWithTheByteAndLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("wiki"));
    Files.writeString(dir.resolve("wiki/a.jsonl.gz"), "");
    Files.createDirectories(dir.resolve("tickets"));
    Files.writeString(dir.resolve("tickets/t.txt"), "x");
    String text = VALID.replace("/data/tickets", "tickets").replace("curator: Data Team",
        "curator: Caf\u00e9 Team");
    Path manifest = dir.resolve("manifest.yaml");
    Files.write(manifest, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    int offset = text.indexOf('\u00e9');
    assertThatThrownBy(() -> ManifestReader.read(manifest.toString(), new Configuration()))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("manifest.yaml:4: is not UTF-8 (byte " + offset + " is 0xE9)")
        .hasMessageContaining("Fix: save it as UTF-8");

    Files.write(manifest, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ManifestReader.read(manifest.toString(), new Configuration()).dataset().curator())
        .isEqualTo("Caf\u00e9 Team");
  }
}
