package org.clearsource.reports.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.run.OwnedFolder;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.reports.CleanFormat;
import org.clearsource.reports.model.CleanCorpusSummary;
import org.clearsource.reports.model.CleanFigures;
import org.clearsource.reports.model.ReportJson;
import org.clearsource.reports.policy.Policy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCleanCorpusWriter {

  @TempDir static Path work;
  private static SparkSession spark;
  private static RunLayout ingestOnly;
  private static RunLayout allStages;

  @BeforeAll
  static void writeRuns() throws Exception {
    spark = SharedSparkSession.get();
    ingestOnly = RunFixture.ingestOnly(spark);
    allStages = RunFixture.allStages(spark);
  }

  @Test
  void withoutDedupOrScanEverythingIsKept() {
    CleanCorpusSummary summary = CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(),
        work.resolve("clean-all").toUri().toString(), CleanFormat.PARQUET);

    assertThat(summary.duplicatesRemoved()).isFalse();
    assertThat(summary.signalsApplied()).isFalse();
    assertThat(summary.totals().kept()).isEqualTo(25);
    assertThat(summary.totals().excludedByReason()).isEmpty();
    assertThat(summary.totals().keptReservedRights()).isNull();
  }

  @Test
  void leavesOutDuplicatesAndWhatThePolicyExcludes() throws Exception {
    Path target = work.resolve("clean-parquet");

    CleanCorpusSummary summary = CleanCorpusWriter.write(spark, allStages, Policy.defaults(),
        target.toUri().toString(), CleanFormat.PARQUET);

    assertThat(summary.duplicatesRemoved()).isTrue();
    assertThat(summary.signalsApplied()).isTrue();
    CleanFigures web = summary.sources().get("web");
    assertThat(web.documents()).isEqualTo(12);
    assertThat(web.kept()).isEqualTo(8);
    // web-1 is a duplicate first, though also all rights reserved; web-0 and web-3 reserve rights.
    assertThat(web.excludedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "duplicate", 1L, "reserved_rights", 2L, "license_class.all_rights_reserved", 1L));
    assertThat(web.keptReservedRights()).isZero();
    assertThat(web.keptByLicenseClass()).containsExactlyInAnyOrderEntriesOf(
        Map.of("attribution", 2L, "none", 6L));
    assertThat(summary.sources().get("wiki").excludedByReason())
        .containsExactly(Map.entry("duplicate", 1L));
    assertThat(summary.sources().get("books").excludedByReason())
        .containsExactly(Map.entry("license_class.non_commercial", 1L));
    assertThat(summary.sources().get("tickets").kept()).isEqualTo(5);

    Dataset<Row> clean = spark.read().parquet(target.resolve("documents").toString());
    assertThat(clean.count()).isEqualTo(19);
    assertThat(clean.columns()).contains("doc_id", "text", "metadata", "source_id");
    assertThat(clean.where("doc_id = '" + RunFixture.docId("web", "web-1") + "'").count()).isZero();
    Map<String, String> ledger = spark.read().parquet(target.resolve("exclusions").toString())
        .collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getString(0), row -> row.getString(2)));
    assertThat(ledger).hasSize(6)
        .containsEntry(RunFixture.docId("web", "web-1"), "duplicate")
        .containsEntry(RunFixture.docId("web", "web-0"), "reserved_rights")
        .containsEntry(RunFixture.docId("books", "book-2"), "license_class.non_commercial");
    assertThat(ReportJson.write(summary))
        .isEqualTo(Files.readString(target.resolve(CleanCorpusWriter.SUMMARY)));
  }

  @Test
  void aWriterStoppedBeforeTheEndLeavesThePreviousCorpusWhole() throws Exception {
    Path target = work.resolve("clean-killed");
    CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(), target.toUri().toString(),
        CleanFormat.PARQUET);
    String previousSummary = Files.readString(target.resolve(CleanCorpusWriter.SUMMARY));
    long previousDocuments = spark.read().parquet(target.resolve("documents").toString()).count();
    Files.writeString(target.resolve(".clearsource-marker"), "ours");

    // Stopped, as by kill -9, once every table of the new corpus was written.
    assertThatThrownBy(() -> CleanCorpusWriter.write(spark, allStages, Policy.defaults(),
        target.toUri().toString(), CleanFormat.PARQUET, () -> {
          throw new IllegalStateException("killed");
        })).hasMessage("killed");

    assertThat(Files.readString(target.resolve(CleanCorpusWriter.SUMMARY)))
        .isEqualTo(previousSummary);
    assertThat(spark.read().parquet(target.resolve("documents").toString()).count())
        .isEqualTo(previousDocuments).isNotEqualTo(19);
    assertThat(spark.read().parquet(target.resolve("exclusions").toString()).count()).isZero();

    // The next write settles the left-over staging folder and keeps the folder's marker file.
    CleanCorpusSummary summary = CleanCorpusWriter.write(spark, allStages, Policy.defaults(),
        target.toUri().toString(), CleanFormat.PARQUET);
    assertThat(Files.readString(target.resolve(CleanCorpusWriter.SUMMARY)))
        .isEqualTo(ReportJson.write(summary));
    assertThat(spark.read().parquet(target.resolve("documents").toString()).count())
        .isEqualTo(19);
    assertThat(Files.readString(target.resolve(".clearsource-marker"))).isEqualTo("ours");
    try (var beside = Files.list(work)) {
      assertThat(beside.map(path -> path.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".clean-killed"));
    }
  }

  @Test
  void aSwapKilledBetweenItsRenamesIsSettledByTheNextWrite() throws Exception {
    Path target = work.resolve("clean-half-swapped");
    CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(), target.toUri().toString(),
        CleanFormat.PARQUET);
    String previousSummary = Files.readString(target.resolve(CleanCorpusWriter.SUMMARY));
    // The old corpus renamed away, the new one not yet in place.
    Path replaced = work.resolve(".clean-half-swapped" + FolderSwap.REPLACED_SUFFIX);
    Files.move(target, replaced);
    Files.createDirectories(work.resolve(".clean-half-swapped" + FolderSwap.STAGING_SUFFIX));

    FolderSwap.begin(spark.sparkContext().hadoopConfiguration(), target.toUri().toString());

    assertThat(Files.readString(target.resolve(CleanCorpusWriter.SUMMARY)))
        .isEqualTo(previousSummary);
    assertThat(replaced).doesNotExist();
  }

  @Test
  void withoutPolicyExclusionsOnlyDuplicatesGo() {
    CleanCorpusSummary summary = CleanCorpusWriter.write(spark, allStages,
        Policy.builder().build(), work.resolve("clean-dups").toUri().toString(),
        CleanFormat.PARQUET);

    assertThat(summary.totals().excludedByReason()).containsExactly(Map.entry("duplicate", 2L));
    assertThat(summary.totals().keptReservedRights()).isEqualTo(2);
    assertThat(summary.sources().get("web").keptByLicenseClass())
        .containsEntry("all_rights_reserved", 3L);
  }

  @Test
  void jsonLinesKeepTheSourceOnEveryLine() throws Exception {
    Path target = work.resolve("clean-jsonl");

    CleanCorpusSummary summary = CleanCorpusWriter.write(spark, allStages, Policy.defaults(),
        target.toUri().toString(), CleanFormat.JSONL);

    assertThat(summary.format()).isEqualTo("jsonl");
    List<String> lines;
    try (var files = Files.list(target.resolve("documents"))) {
      lines = files.filter(file -> file.getFileName().toString().endsWith(".json"))
          .flatMap(file -> {
            try {
              return Files.readAllLines(file).stream();
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
    }
    assertThat(lines).hasSize(19).allSatisfy(line ->
        assertThat(line).startsWith("{").contains("\"source_id\":\"").contains("\"text\":\""));
    assertThat(spark.read().json(target.resolve("exclusions").toString()).count()).isEqualTo(6);
  }

  @Test
  void refusesToOverwriteTheRun() {
    assertThatThrownBy(() -> CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(),
            ingestOnly.root() + "/", CleanFormat.PARQUET))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("Cannot write the clean corpus into the run directory");
  }

  @Test
  void refusesAFolderItDidNotCreateAndLeavesItsFilesAlone() throws Exception {
    Path theirs = work.resolve("their-corpus");
    Files.createDirectories(theirs.resolve("documents"));
    Files.writeString(theirs.resolve("documents/part-0.jsonl"), "{\"text\": \"theirs\"}\n");

    assertThatThrownBy(() -> CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(),
            theirs.toUri().toString(), CleanFormat.JSONL))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("holds files that Clearsource did not write")
        .hasMessageContaining(OwnedFolder.MARKER);
    assertThat(theirs.resolve("documents/part-0.jsonl")).hasContent("{\"text\": \"theirs\"}");

    Path ours = work.resolve("clean-again");
    CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(), ours.toUri().toString(),
        CleanFormat.JSONL);
    assertThat(ours.resolve(OwnedFolder.MARKER)).exists();
    assertThat(CleanCorpusWriter.write(spark, ingestOnly, Policy.defaults(),
        ours.toUri().toString(), CleanFormat.JSONL).totals().kept()).isEqualTo(25);
  }

  @Test
  void refusesADedupTableWithoutItsColumn() throws Exception {
    Path root = work.resolve("bad-dedup");
    RunLayout layout = RunFixture.write(spark, root);
    spark.createDataFrame(List.of(RowFactory.create("x", "c")), DataTypes.createStructType(List.of(
            DataTypes.createStructField("doc_id", DataTypes.StringType, false),
            DataTypes.createStructField("cluster_id", DataTypes.StringType, false))))
        .write().mode(SaveMode.Overwrite).parquet(root.resolve("dedup/documents").toString());

    assertThatThrownBy(() -> CleanCorpusWriter.write(spark, layout, Policy.defaults(),
            work.resolve("clean-bad").toUri().toString(), CleanFormat.PARQUET))
        .isInstanceOf(ClearsourceException.class)
        .hasMessageContaining("has no is_representative column (columns: doc_id, cluster_id)");
  }
}
