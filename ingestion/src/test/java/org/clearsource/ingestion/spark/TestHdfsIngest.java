package org.clearsource.ingestion.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.run.RunLayout;
import org.clearsource.core.spark.SharedSparkSession;
import org.clearsource.core.stats.StageStats;
import org.clearsource.ingestion.SourceFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests a source that lives on a real (in-process) HDFS, and writes the run directory there. */
class TestHdfsIngest {

  @TempDir static Path base;

  static MiniDFSCluster hdfs;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("dfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void ingestsFromHdfsIntoARunDirectoryOnHdfs() throws Exception {
    FileSystem fs = hdfs.getFileSystem();
    String root = fs.getUri().toString();
    for (int part = 0; part < 3; part++) {
      try (OutputStream out = new GZIPOutputStream(
          fs.create(new org.apache.hadoop.fs.Path("/corpus/web/2026/part-" + part + ".jsonl.gz")))) {
        for (int i = 0; i < 100; i++) {
          out.write(("{\"text\":\"page " + part + "-" + i + " on a distributed file system\","
              + "\"url\":\"https://site" + (i % 7) + ".example/p/" + i + "\"}\n")
              .getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    Path manifestFile = base.resolve("manifest.yaml");
    Files.writeString(manifestFile, """
        dataset: {name: hdfs-test, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: web
            class: public
            paths: [%s/corpus/web/*/part-*.jsonl.gz]
            provenance: {obtain_from: https://example.org, how_obtained: crawl}
        """.formatted(root));
    Manifest manifest = ManifestReader.read(manifestFile.toString(), new Configuration());
    String out = root + "/runs/one";

    StageStats stats = IngestStage.run(SharedSparkSession.get(), manifest, new RunLayout(out),
        IngestSettings.defaults(), message -> {});

    assertThat(stats.count("web", "files")).isEqualTo(3);
    assertThat(stats.count("web", "documents")).isEqualTo(300);
    assertThat(stats.count("web", "quarantined")).isZero();
    Row first = SharedSparkSession.get().read().parquet(out + "/documents")
        .filter("url = 'https://site0.example/p/0'").orderBy("relative_path").first();
    assertThat(first.<String>getAs("uri")).startsWith("hdfs://");
    assertThat(first.<String>getAs("relative_path")).isEqualTo("2026/part-0.jsonl.gz");
    assertThat(first.<String>getAs("domain")).isEqualTo("site0.example");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/runs/one/stats/ingest.json"))).isTrue();
  }

  @Test
  void readsFilesWhoseNamesAUriParserWouldChange() throws Exception {
    FileSystem fs = hdfs.getFileSystem();
    String root = fs.getUri().toString();
    // HDFS itself refuses ':' in a name; every other odd name is stored as it is.
    List<String> names = SourceFixtures.ODD_NAMES.stream()
        .filter(name -> !name.contains(":")).toList();
    for (String name : names) {
      try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(
          "/odd", new org.apache.hadoop.fs.Path(null, null, name)))) {
        out.write(("{\"text\":\"the record of " + name.replace("\\", "\\\\") + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    Path manifestFile = base.resolve("odd.yaml");
    Files.writeString(manifestFile, """
        dataset: {name: hdfs-odd, version: "1", curator: c, contact: c@example.org}
        sources:
          - id: odd
            class: public
            format: jsonl
            paths: [%s/odd]
            provenance: {obtain_from: https://example.org, how_obtained: crawl}
        """.formatted(root));
    Manifest manifest = ManifestReader.read(manifestFile.toString(), new Configuration());
    String out = root + "/runs/odd";

    StageStats stats = IngestStage.run(SharedSparkSession.get(), manifest, new RunLayout(out),
        IngestSettings.defaults(), message -> {});

    assertThat(stats.count("odd", "files")).isEqualTo(names.size());
    assertThat(stats.count("odd", "quarantined")).isZero();
    Map<String, String> texts = new TreeMap<>();
    for (Row row : SharedSparkSession.get().read().parquet(out + "/documents").collectAsList()) {
      texts.put(row.getAs("relative_path"), row.getAs("text"));
    }
    for (String name : names) {
      assertThat(texts.get(name)).as(name).isEqualTo("the record of " + name);
    }
  }
}
