package org.clearsource.cluster.standalone;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares the findings of two runs of the same corpus, whatever stages wrote them: every Parquet
 * table (a folder with a {@code _SUCCESS} file) as a multiset of rows, and every {@code .json} file
 * as a JSON tree. Paths starting with {@code _} or {@code .} are bookkeeping (stage markers,
 * Spark's staging and checksums), not findings, and are skipped, as Spark itself skips them.
 *
 * <p>What may legitimately differ between two runs is set aside first: wall-clock fields
 * ({@link #VOLATILE_FIELDS}) and the run directory's own path inside values.
 */
final class RunComparison {

  /**
   * JSON fields that hold a time, not a finding; compared by name with case and punctuation
   * ignored.
   */
  static final Set<String> VOLATILE_FIELDS =
      Set.of("elapsedmillis", "stepmillis", "generatedat", "datepublished");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SAMPLE_ROWS = 3;
  /** What the run directory's own path becomes before comparing. */
  private static final String RUN = "<run>";

  /**
   * @param compared what was compared (relative paths), so that a test can check that it looked
   * @param differences one line per difference; empty when the runs agree
   */
  record Result(List<String> compared, List<String> differences) {}

  private RunComparison() {}

  static Result compare(SparkSession spark, Path expected, Path actual) {
    Set<String> expectedItems = findings(expected);
    Set<String> actualItems = findings(actual);
    List<String> differences = new ArrayList<>();
    for (String item : expectedItems) {
      if (!actualItems.contains(item)) {
        differences.add(item + ": missing from " + actual);
      }
    }
    for (String item : actualItems) {
      if (!expectedItems.contains(item)) {
        differences.add(item + ": only in " + actual);
      }
    }
    List<String> compared = new ArrayList<>();
    for (String item : expectedItems) {
      if (!actualItems.contains(item)) {
        continue;
      }
      compared.add(item);
      if (item.endsWith(".json")) {
        compareJson(item, expected, actual, differences);
      } else {
        compareTable(spark, item, expected, actual, differences);
      }
    }
    return new Result(compared, differences);
  }

  /** Relative paths of the tables and JSON files of a run directory. */
  private static Set<String> findings(Path root) {
    Set<String> items = new TreeSet<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.sorted().toList()) {
        collect(root, child, items);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  private static void collect(Path root, Path path, Set<String> items) throws IOException {
    String name = path.getFileName().toString();
    if (name.startsWith("_") || name.startsWith(".")) {
      return;
    }
    if (Files.isDirectory(path)) {
      if (Files.exists(path.resolve("_SUCCESS"))) {
        items.add(root.relativize(path).toString());
        return;
      }
      try (Stream<Path> children = Files.list(path)) {
        for (Path child : children.sorted().toList()) {
          collect(root, child, items);
        }
      }
    } else if (name.endsWith(".json")) {
      items.add(root.relativize(path).toString());
    }
  }

  private static void compareJson(
      String item, Path expectedRoot, Path actualRoot, List<String> differences) {
    JsonNode expected = normalized(expectedRoot, item);
    JsonNode actual = normalized(actualRoot, item);
    List<String> found = new ArrayList<>();
    diff("", expected, actual, found);
    found.stream().limit(10).forEach(difference -> differences.add(item + difference));
    if (found.size() > 10) {
      differences.add(item + ": and " + (found.size() - 10) + " more differences");
    }
  }

  private static JsonNode normalized(Path root, String item) {
    try {
      return normalize(JSON.readTree(root.resolve(item).toFile()), root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + root.resolve(item), e);
    }
  }

  private static JsonNode normalize(JsonNode node, Path root) {
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (!VOLATILE_FIELDS.contains(key)) {
          copy.set(field.getKey(), normalize(field.getValue(), root));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(element -> copy.add(normalize(element, root)));
      return copy;
    }
    if (node.isTextual()) {
      String text = node.asText();
      for (String form : runPathForms(root)) {
        text = text.replace(form, RUN);
      }
      return TextNode.valueOf(text);
    }
    return node;
  }

  /** How a run directory's path can appear in a value, longest first. */
  private static List<String> runPathForms(Path root) {
    String uri = root.toUri().toString();
    return List.of(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri,
        "file:" + root, root.toString());
  }

  private static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode left = expected.get(name);
        JsonNode right = actual.get(name);
        if (left == null || right == null) {
          out.add(" " + pointer + "/" + name + ": " + (left == null ? "only in the second run"
              : "missing from the second run"));
        } else {
          diff(pointer + "/" + name, left, right, out);
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else {
      out.add(" " + pointer + ": expected " + abbreviate(expected.toString()) + " but was "
          + abbreviate(actual.toString()));
    }
  }

  private static void compareTable(
      SparkSession spark, String item, Path expectedRoot, Path actualRoot,
      List<String> differences) {
    Dataset<Row> expected = spark.read().parquet(expectedRoot.resolve(item).toString());
    Dataset<Row> actual = spark.read().parquet(actualRoot.resolve(item).toString());
    if (!expected.schema().equals(actual.schema())) {
      differences.add(item + ": schema " + expected.schema().simpleString() + " but was "
          + actual.schema().simpleString());
      return;
    }
    Dataset<Row> expectedRows = withRowHash(expected, expectedRoot);
    Dataset<Row> actualRows = withRowHash(actual, actualRoot);
    Dataset<Row> missing = expectedRows.select("row_hash").exceptAll(actualRows.select("row_hash"));
    Dataset<Row> extra = actualRows.select("row_hash").exceptAll(expectedRows.select("row_hash"));
    long missingCount = missing.count();
    long extraCount = extra.count();
    if (missingCount == 0 && extraCount == 0) {
      return;
    }
    differences.add(item + ": " + expected.count() + " rows expected, " + actual.count()
        + " found; " + missingCount + " expected rows missing, " + extraCount
        + " unexpected rows (duplicated or changed)");
    sample(expectedRows, missing).forEach(row -> differences.add("  missing: " + row));
    sample(actualRows, extra).forEach(row -> differences.add("  unexpected: " + row));
  }

  /**
   * Each row as JSON (columns in name order, the run directory's path replaced) and the SHA-256 of
   * that.
   */
  private static Dataset<Row> withRowHash(Dataset<Row> table, Path root) {
    String[] names = table.columns().clone();
    Arrays.sort(names);
    Column[] columns =
        Arrays.stream(names).map(name -> col("`" + name + "`")).toArray(Column[]::new);
    Column json = to_json(struct(columns));
    for (String form : runPathForms(root)) {
      json = replace(json, lit(form), lit(RUN));
    }
    return table.withColumn("row_json", json)
        .withColumn("row_hash", sha2(col("row_json"), 256));
  }

  private static List<String> sample(Dataset<Row> rows, Dataset<Row> hashes) {
    return rows.join(hashes.distinct(), "row_hash").select("row_json").limit(SAMPLE_ROWS)
        .collectAsList().stream().map(row -> abbreviate(row.getString(0))).toList();
  }

  private static String abbreviate(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }
}
