package org.clearsource.reports.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.run.OwnedFolder;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.CorpusTables;
import org.clearsource.reports.CleanFormat;
import org.clearsource.reports.model.CleanCorpusSummary;
import org.clearsource.reports.model.CleanFigures;
import org.clearsource.reports.model.ReportJson;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.policy.Policy;

/**
 * Writes the clean corpus: the documents table minus duplicates (non-representatives, when the dedup
 * table is there) and minus what the policy excludes (when the scan's signals table is there), plus
 * a ledger of every document left out with its reason. What is trained on is then exactly what the
 * report describes.
 *
 * <p>Layout under the target directory: {@code documents/} (the documents table's columns; Parquet
 * partitioned by source_id, or JSON Lines), {@code exclusions/} ({@code doc_id}, {@code source_id},
 * {@code reason}) and {@code clean-summary.json}. Each excluded document has one ledger row, with the
 * first reason that applies: duplicate, then reserved rights, then licence class.
 *
 * <p>The corpus is written into a temporary folder beside the target and swapped in at the end
 * ({@link FolderSwap}), so a kill at any moment leaves either the previous corpus or the new
 * one, never an old summary next to a half-written table.
 */
public final class CleanCorpusWriter {

  public static final String DOCUMENTS = "documents";
  public static final String EXCLUSIONS = "exclusions";
  public static final String SUMMARY = "clean-summary.json";

  private CleanCorpusWriter() {}

  /**
   * Writes the clean corpus of a run and returns what it kept and left out.
   *
   * @throws ClearsourceException when the target is the run directory itself or a folder that
   *     holds files without Clearsource's marker ({@link OwnedFolder}), when a dedup or
   *     signals table lacks its columns, or when the written corpus does not add up
   */
  public static CleanCorpusSummary write(
      SparkSession spark, RunLayout layout, Policy policy, String directory, CleanFormat format) {
    return write(spark, layout, policy, directory, format, () -> { });
  }

  /**
   * As {@link #write(SparkSession, RunLayout, Policy, String, CleanFormat)}, running {@code
   * beforeSwap} once the new corpus is complete in its temporary folder: a test stops the writer
   * there as a kill would.
   */
  static CleanCorpusSummary write(SparkSession spark, RunLayout layout, Policy policy,
      String directory, CleanFormat format, Runnable beforeSwap) {
    String target = directory.endsWith("/") ? directory.substring(0, directory.length() - 1)
        : directory;
    if (qualified(spark, target).equals(qualified(spark, layout.root()))) {
      throw new ClearsourceException("Cannot write the clean corpus into the run directory "
          + layout.root() + " itself: it would replace the documents table. Fix: give --emit-clean"
          + " another directory");
    }
    // Never into a folder that holds someone else's files: Overwrite deletes what it replaces.
    OwnedFolder.claim(target, "the clean-output folder (--emit-clean)",
        spark.sparkContext().hadoopConfiguration());
    String dedupTable = layout.dedupDocuments();
    String signalsTable = layout.signals();
    boolean dedup = ReportInputs.exists(spark, dedupTable);
    boolean signals = ReportInputs.exists(spark, signalsTable);

    Dataset<Row> documents =
        spark.read().schema(CorpusTables.DOCUMENTS).parquet(layout.documents());
    Dataset<Row> decisions = documents.select("doc_id", "source_id");
    if (dedup) {
      decisions = decisions.join(table(spark, dedupTable, StageCounters.COLUMN_IS_REPRESENTATIVE),
          "doc_id", "left");
    } else {
      decisions = decisions.withColumn(StageCounters.COLUMN_IS_REPRESENTATIVE,
          lit(null).cast("boolean"));
    }
    if (signals) {
      decisions = decisions.join(table(spark, signalsTable, StageCounters.COLUMN_OPTOUT_STATUS,
          StageCounters.COLUMN_LICENSE_CLASS), "doc_id", "left");
    } else {
      decisions = decisions
          .withColumn(StageCounters.COLUMN_OPTOUT_STATUS, lit(null).cast("string"))
          .withColumn(StageCounters.COLUMN_LICENSE_CLASS, lit(null).cast("string"));
    }
    decisions = decisions.withColumn("reason", reason(policy))
        .withColumn("reserved", col(StageCounters.COLUMN_OPTOUT_STATUS)
            .equalTo(StageCounters.OPTOUT_STATUS_RESERVED));

    SortedMap<String, CleanFigures> figures = figures(decisions, signals);
    FolderSwap swap = FolderSwap.begin(spark.sparkContext().hadoopConfiguration(),
        target);
    String staging = swap.staging();
    Dataset<Row> excluded = decisions.where(col("reason").isNotNull())
        .select("doc_id", "source_id", "reason");
    writer(excluded.orderBy("source_id", "doc_id").write(), format, false)
        .save(staging + "/" + EXCLUSIONS);
    Dataset<Row> clean = documents.join(excluded.select("doc_id"), "doc_id", "left_anti");
    writer(clean.write(), format, format == CleanFormat.PARQUET).save(staging + "/" + DOCUMENTS);
    checkWritten(spark, staging, format, figures);

    CleanCorpusSummary summary = new CleanCorpusSummary(format.id(), dedup, signals, figures);
    writeSummary(spark, staging + "/" + SUMMARY, summary);
    beforeSwap.run();
    swap.commitKeepingOthers(List.of(DOCUMENTS, EXCLUSIONS, SUMMARY));
    return summary;
  }

  /** The first exclusion reason that applies, or null to keep the document. */
  private static Column reason(Policy policy) {
    Column reason = when(col(StageCounters.COLUMN_IS_REPRESENTATIVE).equalTo(false),
        lit(CleanCorpusSummary.REASON_DUPLICATE));
    if (policy.excludeReservedRights()) {
      reason = reason.when(col(StageCounters.COLUMN_OPTOUT_STATUS)
          .equalTo(StageCounters.OPTOUT_STATUS_RESERVED),
          lit(CleanCorpusSummary.REASON_RESERVED_RIGHTS));
    }
    if (!policy.excludeLicenseClasses().isEmpty()) {
      reason = reason.when(col(StageCounters.COLUMN_LICENSE_CLASS)
          .isin(policy.excludeLicenseClasses().toArray()),
          concat(lit(CleanCorpusSummary.REASON_LICENSE_CLASS_PREFIX + "."),
              col(StageCounters.COLUMN_LICENSE_CLASS)));
    }
    return reason;
  }

  private static SortedMap<String, CleanFigures> figures(Dataset<Row> decisions, boolean signals) {
    Map<String, long[]> totals = new HashMap<>();
    Map<String, SortedMap<String, Long>> excluded = new HashMap<>();
    Map<String, SortedMap<String, Long>> keptClasses = new HashMap<>();
    List<Row> rows = decisions
        .groupBy(col("source_id"), col("reason"), col("reserved"),
            col(StageCounters.COLUMN_LICENSE_CLASS))
        .agg(count(lit(1)).as("documents"))
        .collectAsList();
    for (Row row : rows) {
      String source = row.getString(0);
      String reason = row.getString(1);
      boolean reserved = !row.isNullAt(2) && row.getBoolean(2);
      String licenseClass = row.getString(3);
      long documents = row.getLong(4);
      // documents, kept, kept with reserved rights
      long[] counts = totals.computeIfAbsent(source, id -> new long[3]);
      counts[0] += documents;
      if (reason == null) {
        counts[1] += documents;
        if (reserved) {
          counts[2] += documents;
        }
        if (licenseClass != null) {
          keptClasses.computeIfAbsent(source, id -> new TreeMap<>())
              .merge(licenseClass, documents, Long::sum);
        }
      } else {
        excluded.computeIfAbsent(source, id -> new TreeMap<>()).merge(reason, documents, Long::sum);
      }
    }
    SortedMap<String, CleanFigures> figures = new TreeMap<>();
    totals.forEach((source, counts) -> figures.put(source, new CleanFigures(
        counts[0], counts[1], excluded.getOrDefault(source, new TreeMap<>()),
        signals ? counts[2] : null, keptClasses.getOrDefault(source, new TreeMap<>()))));
    return figures;
  }

  private static Dataset<Row> table(SparkSession spark, String path, String... columns) {
    Dataset<Row> table = spark.read().parquet(path);
    List<String> present = Arrays.asList(table.columns());
    List<Column> selected = new ArrayList<>();
    selected.add(col("doc_id"));
    if (!present.contains("doc_id")) {
      throw new ClearsourceException("Cannot read " + path + ": it has no doc_id column (columns: "
          + String.join(", ", present) + "). Fix: rerun the stage that writes it");
    }
    for (String column : columns) {
      if (present.contains(column)) {
        selected.add(col(column));
      } else if (column.equals(StageCounters.COLUMN_LICENSE_CLASS)) {
        // Optional: without it no document is excluded for its licence class.
        selected.add(lit(null).cast("string").as(column));
      } else {
        throw new ClearsourceException("Cannot read " + path + ": it has no " + column
            + " column (columns: " + String.join(", ", present) + "). Fix: rerun the stage that"
            + " writes it");
      }
    }
    // One row per document: a table listing a document twice must not duplicate it.
    return table.select(selected.toArray(new Column[0])).dropDuplicates("doc_id");
  }

  private static DataFrameWriter<Row> writer(
      DataFrameWriter<Row> writer, CleanFormat format, boolean partitioned) {
    DataFrameWriter<Row> configured = writer.mode(SaveMode.Overwrite);
    if (partitioned) {
      configured = configured.partitionBy("source_id");
    }
    return format == CleanFormat.PARQUET
        ? configured.format("parquet")
        : configured.format("json").option("compression", "none");
  }

  private static void checkWritten(
      SparkSession spark, String target, CleanFormat format, SortedMap<String, CleanFigures> figures) {
    String path = target + "/" + DOCUMENTS;
    Dataset<Row> written = format == CleanFormat.PARQUET
        ? spark.read().parquet(path)
        : spark.read().schema("source_id STRING").json(path);
    Map<String, Long> counted = new HashMap<>();
    for (Row row : written.groupBy("source_id").count().collectAsList()) {
      counted.put(row.getString(0), row.getLong(1));
    }
    List<String> wrong = new ArrayList<>();
    figures.forEach((source, figure) -> {
      long landed = counted.getOrDefault(source, 0L);
      if (landed != figure.kept()) {
        wrong.add(source + ": kept " + figure.kept() + ", written " + landed);
      }
    });
    if (!wrong.isEmpty()) {
      throw new ClearsourceException("The clean corpus under " + target + " does not add up ("
          + String.join("; ", wrong) + "). This is a bug: please report it");
    }
  }

  private static void writeSummary(SparkSession spark, String file, CleanCorpusSummary summary) {
    Path path = new Path(file);
    try {
      FileSystem fs = ReportStage.withoutChecksumFiles(
          path.getFileSystem(spark.sparkContext().hadoopConfiguration()));
      try (OutputStream out = fs.create(path, true)) {
        out.write(ReportJson.bytes(summary));
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write " + file, e);
    }
  }

  private static String qualified(SparkSession spark, String location) {
    try {
      Path path = new Path(location);
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path)
          .toString();
    } catch (IOException e) {
      throw new ClearsourceException("Cannot resolve " + location, e);
    }
  }
}
