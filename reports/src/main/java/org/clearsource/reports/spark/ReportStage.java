package org.clearsource.reports.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.run.StatsFiles;
import org.clearsource.core.stats.StageStats;
import org.clearsource.reports.ReportResult;
import org.clearsource.reports.ReportSettings;
import org.clearsource.reports.model.CleanCorpusSummary;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.model.ReportModelBuilder;
import org.clearsource.reports.model.StageCounters;
import org.clearsource.reports.model.TableAggregates;
import org.clearsource.reports.policy.Verdict;
import org.clearsource.reports.render.ReportArtifacts;

/**
 * The report stage: reads the run's stats files and a few table aggregates, optionally writes the
 * clean corpus, builds the report model, judges it by the policy and writes every report under
 * {@code report/} (replacing what was there). Works with whichever of dedup and scan ran, and says
 * which did not.
 */
public final class ReportStage {

  public static final String NAME = "report";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportStage() {}

  /**
   * Makes the reports of a run.
   *
   * @throws ClearsourceException when the run has no ingest stats or tables, when the manifest's
   *     sources differ from the ingested ones, or when a file cannot be written
   */
  public static ReportResult run(
      SparkSession spark, Manifest manifest, RunLayout layout, ReportSettings settings) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    StageStats ingest = stats(layout, StageCounters.INGEST, hadoop);
    if (ingest == null) {
      throw new ClearsourceException("Cannot report on " + layout.root() + ": it has no "
          + layout.stats(StageCounters.INGEST) + ". Fix: run 'clearsource ingest' (or 'audit')"
          + " into this run directory first");
    }
    checkSources(manifest, ingest, layout);
    TableAggregates tables = ReportInputs.aggregate(spark, manifest, layout,
        settings.domainsPerSource(), settings.listedDomains(), settings.listedFiles());
    // The clean corpus comes first: the report describes what it kept.
    CleanCorpusSummary clean = settings.cleanDirectory() == null
        ? null
        : CleanCorpusWriter.write(spark, layout, settings.policy(), settings.cleanDirectory(),
            settings.cleanFormat());
    ReportModel model = model(manifest, layout, hadoop, ingest, tables, clean, settings);
    Verdict verdict = settings.policy().evaluate(model);
    List<String> written = writeReports(spark, manifest, layout, model, verdict);
    if (settings.cleanDirectory() != null) {
      for (String part : List.of(CleanCorpusWriter.DOCUMENTS, CleanCorpusWriter.EXCLUSIONS,
          CleanCorpusWriter.SUMMARY)) {
        written.add(settings.cleanDirectory().replaceAll("/+$", "") + "/" + part);
      }
    }
    return new ReportResult(model, verdict, written);
  }

  private static ReportModel model(
      Manifest manifest,
      RunLayout layout,
      Configuration hadoop,
      StageStats ingest,
      TableAggregates tables,
      CleanCorpusSummary clean,
      ReportSettings settings) {
    ReportModelBuilder builder = ReportModel.builder(manifest, ingest)
        .dedup(stats(layout, StageCounters.DEDUP, hadoop))
        .scan(stats(layout, StageCounters.SCAN, hadoop))
        .evaluationIngest(stats(layout.evaluation(), StageCounters.INGEST, hadoop))
        .contamination(stats(layout, StageCounters.CONTAMINATION, hadoop))
        .tables(tables)
        .clean(clean)
        .generatedAt(settings.clock().instant());
    for (String stage : StageCounters.STAGES) {
      Map<String, String> parameters = parameters(layout, stage, hadoop);
      if (!parameters.isEmpty()) {
        builder.parameters(stage, parameters);
      }
    }
    return builder.build();
  }

  /**
   * Replaces {@code report/} with the rendered files; returns their URIs. The files are rendered
   * before {@code report/} is touched and swapped in whole ({@link FolderSwap}): a failure leaves
   * the previous reports, never an empty or half-written folder.
   */
  private static List<String> writeReports(
      SparkSession spark, Manifest manifest, RunLayout layout, ReportModel model,
      Verdict verdict) {
    SortedMap<String, String> rendered = ReportArtifacts.render(model, verdict);
    List<String> written = new ArrayList<>();
    Path reportDir = new Path(layout.report());
    try {
      FolderSwap swap = FolderSwap.begin(spark.sparkContext().hadoopConfiguration(),
          layout.report());
      Path staging = new Path(swap.staging());
      FileSystem fs = withoutChecksumFiles(
          staging.getFileSystem(spark.sparkContext().hadoopConfiguration()));
      List<String> names = new ArrayList<>(rendered.keySet());
      for (Map.Entry<String, String> file : rendered.entrySet()) {
        try (OutputStream out = fs.create(new Path(staging, file.getKey()), true)) {
          out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
      }
      String fullList = model.crawlDomains().fullListFile();
      if (fullList != null) {
        try (OutputStream out = fs.create(new Path(staging, fullList), true)) {
          ReportInputs.writeCrawlDomains(spark, manifest, layout, out);
        }
        names.add(fullList);
      }
      swap.commit();
      for (String name : names) {
        written.add(fs.makeQualified(new Path(reportDir, name)).toString());
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write the reports under " + layout.report(), e);
    }
    return written;
  }

  /** The local file system writes a hidden .crc file next to each file; reports need none. */
  static FileSystem withoutChecksumFiles(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  private static void checkSources(Manifest manifest, StageStats ingest, RunLayout layout) {
    TreeSet<String> declared = new TreeSet<>();
    for (Source source : manifest.sources()) {
      declared.add(source.id());
    }
    TreeSet<String> ingested = new TreeSet<>(ingest.sources().keySet());
    if (!declared.equals(ingested)) {
      TreeSet<String> missing = new TreeSet<>(declared);
      missing.removeAll(ingested);
      TreeSet<String> extra = new TreeSet<>(ingested);
      extra.removeAll(declared);
      throw new ClearsourceException("Cannot report on " + layout.root() + " with this manifest:"
          + (missing.isEmpty() ? "" : " sources " + missing + " were never ingested;")
          + (extra.isEmpty() ? "" : " ingested sources " + extra + " are not in the manifest;")
          + " Fix: rerun 'clearsource ingest' with this manifest into the run directory");
    }
  }

  /** A stage's stats, or null when the stage has not run. */
  static StageStats stats(RunLayout layout, String stage, Configuration hadoop) {
    return StatsFiles.read(layout, stage, hadoop).orElse(null);
  }


  /**
   * The parameters a stage recorded: dedup in {@code dedup/parameters.json}, others in {@code
   * stats/<stage>.parameters.json}; the file's {@code parameters} object, or its top-level values.
   * Empty when the stage recorded none.
   */
  static SortedMap<String, String> parameters(RunLayout layout, String stage, Configuration hadoop) {
    Path path = new Path(stage.equals(StageCounters.DEDUP) ? layout.dedupParameters()
        : layout.root() + "/" + StageCounters.parametersFile(stage));
    SortedMap<String, String> parameters = new TreeMap<>();
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        return parameters;
      }
      JsonNode file;
      try (InputStream in = fs.open(path)) {
        file = JSON.readTree(in);
      }
      JsonNode values = file.path(StageCounters.PARAMETERS_FIELD).isObject()
          ? file.get(StageCounters.PARAMETERS_FIELD) : file;
      values.properties().forEach(field -> {
        if (field.getValue().isValueNode()) {
          parameters.put(field.getKey(), field.getValue().asText());
        }
      });
      return parameters;
    } catch (IOException e) {
      throw new ClearsourceException("Cannot read " + path + " as a JSON object of parameters: "
          + e.getMessage() + ". Fix: rerun the " + stage + " stage", e);
    }
  }

}
