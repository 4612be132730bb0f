package org.clearsource.core.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.clearsource.core.spdx.SpdxExpression;
import org.clearsource.core.yaml.Suggestions;
import org.clearsource.core.yaml.YamlNode.Mapping;
import org.clearsource.core.yaml.YamlNode.Scalar;
import org.clearsource.core.yaml.YamlNode.Sequence;
import org.clearsource.core.yaml.YamlNode;

/**
 * Reads and validates a corpus manifest. All problems are collected and reported together, each with
 * the manifest's name, the line and the fix, before any Spark work starts. See docs/manifest.md.
 */
public final class ManifestReader {

  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private static final Set<String> TOP_KEYS = Set.of("dataset", "sources", "evaluation_sets");
  private static final Set<String> DATASET_KEYS =
      Set.of(
          "name", "version", "description", "curator", "contact", "license", "homepage",
          "intended_uses", "out_of_scope_uses", "model");
  private static final Set<String> SOURCE_KEYS =
      Set.of(
          "id", "name", "description", "class", "paths", "format", "options", "provenance",
          "priority");
  private static final Set<String> OPTION_KEYS =
      Set.of("text_field", "id_field", "url_field", "max_record_bytes", "exclude",
          "include_hidden", "follow_links");
  private static final Set<String> PROVENANCE_KEYS =
      Set.of(
          "obtain_from", "fee", "license", "terms", "how_obtained", "collection_period",
          "crawler_user_agent", "filtering", "labelling", "generator");
  private static final Set<String> PERIOD_KEYS = Set.of("start", "end");

  private final String location;
  private final String displayName;
  private final List<String> problems = new ArrayList<>();

  private ManifestReader(String location) {
    this.location = location;
    String name = location.substring(location.lastIndexOf('/') + 1);
    this.displayName = name.isEmpty() ? location : name;
  }

  /**
   * Reads the manifest at a Hadoop URI or local path, validates it, and checks that every source path
   * matches at least one file.
   *
   * @throws ManifestException listing every problem found
   */
  public static Manifest read(String location, Configuration conf) {
    Path path = new Path(location);
    String qualified;
    String yaml;
    try {
      FileSystem fs = path.getFileSystem(conf);
      Path full = fs.makeQualified(path);
      qualified = full.toString();
      byte[] bytes;
      try (InputStream in = fs.open(full)) {
        bytes = in.readAllBytes();
      }
      yaml = decodeUtf8(bytes, location);
    } catch (IOException e) {
      throw new ManifestException(
          location,
          List.of(
              location + ": cannot be read (" + e.getMessage() + ")."
                  + " Fix: give the path of an existing manifest YAML file"));
    }
    Manifest manifest = parse(yaml, qualified);
    checkPaths(manifest, conf);
    return manifest;
  }

  /**
   * Parses and validates manifest text; relative source paths resolve against the directory of
   * {@code location}. Paths are not checked against any file system.
   *
   * @throws ManifestException listing every problem found
   */
  public static Manifest parse(String yaml, String location) {
    ManifestReader reader = new ManifestReader(location);
    Manifest manifest = reader.parseText(yaml);
    if (!reader.problems.isEmpty()) {
      throw new ManifestException(location, reader.problems);
    }
    return manifest;
  }

  private Manifest parseText(String yaml) {
    YamlNode root;
    try {
      root = YamlNode.parse(new StringReader(yaml));
    } catch (YamlNode.DuplicateKeyException e) {
      problem(e.line, e.getMessage(), "keep one of them");
      return null;
    } catch (IOException e) {
      problem(lineOf(e), "is not valid YAML: " + firstLine(e.getMessage()),
          "check indentation and quoting near that line");
      return null;
    }
    if (!(root instanceof Mapping top)) {
      problem(root.line(), "must be a mapping with 'dataset' and 'sources'",
          "start from the example in docs/manifest.md");
      return null;
    }
    checkKeys(top, TOP_KEYS, "the manifest");
    DatasetInfo dataset = dataset(top);
    List<Source> sources = sources(top, "sources", true);
    List<Source> evaluationSets = sources(top, "evaluation_sets", false);
    Set<String> ids = new HashSet<>();
    for (Source source : sources) {
      ids.add(source.id());
    }
    for (Source set : evaluationSets) {
      if (ids.contains(set.id())) {
        problem(set.line(), "evaluation set id '" + set.id() + "' is also a source id",
            "give the evaluation set its own id");
      }
    }
    if (!problems.isEmpty() || dataset == null || sources.isEmpty()) {
      return null;
    }
    return new Manifest(location, dataset, sources, evaluationSets);
  }

  private DatasetInfo dataset(Mapping top) {
    Mapping node = mapping(top, "dataset", "the manifest", true);
    if (node == null) {
      return null;
    }
    checkKeys(node, DATASET_KEYS, "dataset");
    String name = requiredText(node, "name", "dataset");
    String version = requiredText(node, "version", "dataset");
    requiredText(node, "curator", "dataset");
    requiredText(node, "contact", "dataset");
    String license = spdx(node, "license");
    if (name == null || version == null) {
      return null;
    }
    return new DatasetInfo(
        name,
        version,
        text(node, "description"),
        text(node, "curator"),
        text(node, "contact"),
        license,
        text(node, "homepage"),
        texts(node, "intended_uses"),
        texts(node, "out_of_scope_uses"),
        text(node, "model"));
  }

  private List<Source> sources(Mapping top, String key, boolean required) {
    YamlNode node = top.entries().get(key);
    if (node == null) {
      if (required) {
        problem(top.line(), "has no '" + key + "'", "list the corpus sources under 'sources:'");
      }
      return List.of();
    }
    if (!(node instanceof Sequence list) || list.items().isEmpty()) {
      problem(node.line(), "'" + key + "' must be a non-empty list, found " + node.kind(),
          "write each source as a '- id: ...' entry");
      return List.of();
    }
    List<Source> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : list.items()) {
      // Duplicates are checked on the raw id, so that an invalid first entry still counts.
      if (item instanceof Mapping mapping && mapping.entries().get("id") instanceof Scalar id
          && id.value() != null && !seen.add(id.value().trim())) {
        problem(mapping.line(), "source id '" + id.value().trim() + "' is used twice",
            "give every source its own id");
        continue;
      }
      Source source = source(item, sources.size());
      if (source != null) {
        sources.add(source);
      }
    }
    return sources;
  }

  private Source source(YamlNode item, int index) {
    if (!(item instanceof Mapping node)) {
      problem(item.line(), "a source must be a mapping, found " + item.kind(),
          "write '- id: ...' followed by the source's keys");
      return null;
    }
    String id = requiredText(node, "id", "source #" + (index + 1));
    String where = id == null ? "source #" + (index + 1) : "source '" + id + "'";
    checkKeys(node, SOURCE_KEYS, where);
    if (id != null && !SOURCE_ID.matcher(id).matches()) {
      problem(node.entries().get("id").line(), where + " has an invalid id",
          "use lower-case letters, digits, '-' and '_' (at most 64), starting with a letter or digit");
    }
    OsaidClass osaidClass =
        choice(node, "class", where, OsaidClass.values(), OsaidClass::id, OsaidClass::fromId, null);
    SourceFormat format =
        choice(node, "format", where, SourceFormat.values(), SourceFormat::id,
            SourceFormat::fromId, SourceFormat.AUTO);
    List<String> paths = texts(node, "paths");
    if (paths.isEmpty()) {
      problem(node.line(), where + " has no paths",
          "add 'paths:' with Hadoop URIs or globs, e.g. data/*.jsonl.gz or hdfs://nn/corpus/");
    }
    ReaderOptions options = options(node, where);
    Provenance provenance = provenance(node, where, osaidClass);
    Integer priority = integer(node, "priority", where);
    if (id == null || osaidClass == null || paths.isEmpty() || options == null
        || provenance == null) {
      return null;
    }
    List<String> resolved = new ArrayList<>();
    for (String path : paths) {
      resolved.add(resolve(path));
    }
    return new Source(
        id,
        orElse(text(node, "name"), id),
        text(node, "description"),
        osaidClass,
        resolved,
        format,
        options,
        provenance,
        priority == null ? index : priority,
        node.line());
  }

  private ReaderOptions options(Mapping source, String where) {
    ReaderOptions.Builder builder = ReaderOptions.builder();
    Mapping node = mapping(source, "options", where, false);
    if (node == null) {
      return source.entries().containsKey("options") ? null : builder.build();
    }
    checkKeys(node, OPTION_KEYS, where + " options");
    List<String> textFields = texts(node, "text_field");
    if (!textFields.isEmpty()) {
      builder.textFields(textFields);
    }
    List<String> idFields = texts(node, "id_field");
    if (!idFields.isEmpty()) {
      builder.idFields(idFields);
    }
    List<String> urlFields = texts(node, "url_field");
    if (!urlFields.isEmpty()) {
      builder.urlFields(urlFields);
    }
    Long maxBytes = bytes(node, "max_record_bytes", where);
    if (maxBytes != null) {
      builder.maxRecordBytes(maxBytes);
    }
    builder.exclude(texts(node, "exclude"));
    builder.includeHidden(flag(node, "include_hidden", where));
    builder.followLinks(flag(node, "follow_links", where));
    return builder.build();
  }

  /** A yes/no option; false when absent. */
  private boolean flag(Mapping node, String key, String where) {
    String value = text(node, key);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> {
        problem(node.entries().get(key).line(),
            where + " " + key + " '" + value + "' is not true or false", "write true or false");
        yield false;
      }
    };
  }

  private Provenance provenance(Mapping source, String where, OsaidClass osaidClass) {
    Mapping node = mapping(source, "provenance", where, true);
    if (node == null) {
      return null;
    }
    checkKeys(node, PROVENANCE_KEYS, where + " provenance");
    HowObtained how =
        choice(node, "how_obtained", where, HowObtained.values(), HowObtained::id,
            HowObtained::fromId, null);
    String obtainFrom = text(node, "obtain_from");
    if (obtainFrom == null && osaidClass != null && !osaidClass.isUnshareable()) {
      problem(source.keyLines().get("provenance"), where + " is class " + osaidClass.id()
              + " but does not say where to obtain it (OSAID requires it)",
          "add 'obtain_from:' with a URL or contact under provenance");
    }
    String start = null;
    String end = null;
    YamlNode period = node.entries().get("collection_period");
    if (period instanceof Mapping periodMap) {
      checkKeys(periodMap, PERIOD_KEYS, where + " collection_period");
      start = text(periodMap, "start");
      end = text(periodMap, "end");
    } else if (period instanceof Scalar scalar && scalar.value() != null) {
      String[] parts = scalar.value().split("/", 2);
      start = parts[0].trim();
      end = parts.length > 1 ? parts[1].trim() : start;
    }
    if (period != null) {
      checkPeriod(period, start, end, where);
    }
    String license = spdx(node, "license");
    if (how == null) {
      return null;
    }
    return new Provenance(
        obtainFrom,
        text(node, "fee"),
        license,
        text(node, "terms"),
        how,
        start,
        end,
        text(node, "crawler_user_agent"),
        text(node, "filtering"),
        text(node, "labelling"),
        text(node, "generator"));
  }

  /** Each date of a collection period is an ISO 8601 year, year-month or date; start <= end. */
  private void checkPeriod(YamlNode period, String start, String end, String where) {
    String fix = "write an ISO 8601 year, year-month or date, e.g. 2024, 2024-06 or 2024-06-30"
        + " (a period: 2024-01/2024-06, or start: and end:)";
    CollectionDate first = periodDate(period, "start", start, where, fix);
    boolean oneDate = period instanceof Scalar scalar && !scalar.value().contains("/");
    CollectionDate last = oneDate ? first : periodDate(period, "end", end, where, fix);
    if (first != null && last != null && first.startsAfter(last)) {
      problem(period.line(), where + " collection_period starts (" + start + ") after it ends ("
          + end + ")", "put the earlier date first");
    }
  }

  private CollectionDate periodDate(YamlNode period, String key, String value, String where,
      String fix) {
    if (value == null) {
      return null;
    }
    CollectionDate date = CollectionDate.parse(value).orElse(null);
    if (date == null) {
      int line = period instanceof Mapping map && map.entries().containsKey(key)
          ? map.entries().get(key).line() : period.line();
      problem(line, where + " collection_period " + key + " '" + value + "' is not a date", fix);
    }
    return date;
  }

  /** Resolves a relative path against the manifest's directory; URIs and absolute paths stay. */
  private String resolve(String path) {
    if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || path.startsWith("/")) {
      return path;
    }
    int slash = location.lastIndexOf('/');
    String base = slash < 0 ? "" : location.substring(0, slash + 1);
    return base + path;
  }

  private static void checkPaths(Manifest manifest, Configuration conf) {
    List<String> problems = new ArrayList<>();
    List<Source> all = new ArrayList<>(manifest.sources());
    all.addAll(manifest.evaluationSets());
    String name = manifest.location().substring(manifest.location().lastIndexOf('/') + 1);
    for (Source source : all) {
      for (String path : source.paths()) {
        try {
          // Path(String) quotes what a URI may not hold ("%41" stays a name, not "A").
          Path hadoopPath = new Path(path);
          FileSystem fs = hadoopPath.getFileSystem(conf);
          if (!holdsAFile(fs, fs.globStatus(hadoopPath))) {
            problems.add(name + ":" + source.line() + ": source '" + source.id() + "' path " + path
                + " matches no file (a folder must hold at least one). Fix: correct the path;"
                + " relative paths resolve against the manifest's directory");
          }
        } catch (IOException | IllegalArgumentException e) {
          problems.add(name + ":" + source.line() + ": source '" + source.id() + "' path " + path
              + " cannot be listed (" + firstLine(String.valueOf(e.getMessage())) + ")."
              + " Fix: check the URI, its scheme's connector (e.g. hadoop-aws for s3a) and"
              + " credentials");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(manifest.location(), problems);
    }
  }

  /**
   * Whether the matches of a path hold a file: one is a file, or a folder with a file somewhere
   * below it. A folder without files is refused as a glob matching nothing is, for the same
   * reason: a source that reads nothing is a mistake, not an empty source.
   */
  private static boolean holdsAFile(FileSystem fs, FileStatus[] matches) throws IOException {
    if (matches == null) {
      return false;
    }
    for (FileStatus match : matches) {
      if (!match.isDirectory() || fs.listFiles(match.getPath(), true).hasNext()) {
        return true;
      }
    }
    return false;
  }

  // ---- typed accessors that record problems instead of throwing ----

  private void checkKeys(Mapping node, Set<String> allowed, String where) {
    for (Map.Entry<String, Integer> key : node.keyLines().entrySet()) {
      if (!allowed.contains(key.getKey())) {
        problem(key.getValue(), "unknown key '" + key.getKey() + "' in " + where,
            suggest(key.getKey(), allowed));
      }
    }
  }

  private static String suggest(String key, Set<String> allowed) {
    return Suggestions.closest(key.toLowerCase(Locale.ROOT), allowed,
            Math.max(2, key.length() / 3))
        .map(best -> "did you mean '" + best + "'?")
        .orElse("use one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
  }

  private Mapping mapping(Mapping parent, String key, String where, boolean required) {
    YamlNode node = parent.entries().get(key);
    if (node == null) {
      if (required) {
        problem(parent.line(), where + " has no '" + key + "'", "add a '" + key + ":' mapping");
      }
      return null;
    }
    if (!(node instanceof Mapping mapping)) {
      problem(node.line(), "'" + key + "' in " + where + " must be a mapping, found " + node.kind(),
          "indent its keys below '" + key + ":'");
      return null;
    }
    return mapping;
  }

  private String text(Mapping node, String key) {
    YamlNode value = node.entries().get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Scalar scalar) {
      return scalar.value() == null || scalar.value().isBlank() ? null : scalar.value().trim();
    }
    problem(value.line(), "'" + key + "' must be a single value, found " + value.kind(),
        "write it on one line, quoted if it has ':' or '#'");
    return null;
  }

  private String requiredText(Mapping node, String key, String where) {
    String value = text(node, key);
    if (value == null && !(node.entries().get(key) instanceof Mapping)
        && !(node.entries().get(key) instanceof Sequence)) {
      problem(node.line(), where + " has no '" + key + "'", "add '" + key + ": ...'");
    }
    return value;
  }

  /** A single value or a list of single values. */
  private List<String> texts(Mapping node, String key) {
    YamlNode value = node.entries().get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Scalar) {
      String single = text(node, key);
      return single == null ? List.of() : List.of(single);
    }
    if (value instanceof Sequence list) {
      Set<String> result = new LinkedHashSet<>();
      for (YamlNode item : list.items()) {
        if (item instanceof Scalar scalar && scalar.value() != null && !scalar.value().isBlank()) {
          result.add(scalar.value().trim());
        } else {
          problem(item.line(), "'" + key + "' must list single values, found " + item.kind(),
              "write one value per '- ' line");
        }
      }
      return List.copyOf(result);
    }
    problem(value.line(), "'" + key + "' must be a value or a list, found " + value.kind(),
        "write one value, or one per '- ' line");
    return List.of();
  }

  private <T> T choice(
      Mapping node,
      String key,
      String where,
      T[] values,
      java.util.function.Function<T, String> idOf,
      java.util.function.Function<String, T> parse,
      T fallback) {
    String value = text(node, key);
    if (value == null) {
      if (fallback == null && !node.entries().containsKey(key)) {
        List<String> ids = new ArrayList<>();
        for (T v : values) {
          ids.add(idOf.apply(v));
        }
        problem(node.line(), where + " has no '" + key + "'",
            "add '" + key + ":' with one of " + String.join(", ", ids));
      }
      return fallback;
    }
    try {
      return parse.apply(value.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> ids = new ArrayList<>();
      for (T v : values) {
        ids.add(idOf.apply(v));
      }
      problem(node.entries().get(key).line(),
          where + " has an unknown " + key + " '" + value + "'",
          "use one of " + String.join(", ", ids));
      return fallback;
    }
  }

  private Integer integer(Mapping node, String key, String where) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      problem(node.entries().get(key).line(), where + " " + key + " '" + value + "' is not a number",
          "write a whole number");
      return null;
    }
  }

  /** A byte count: a number, optionally with KiB, MiB or GiB ("64 MiB"). */
  private Long bytes(Mapping node, String key, String where) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    var matcher =
        Pattern.compile("(\\d+)\\s*([KMG]i?B)?", Pattern.CASE_INSENSITIVE).matcher(value.trim());
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      problem(node.entries().get(key).line(),
          where + " " + key + " '" + value + "' is not a positive byte count",
          "write e.g. 33554432 or '32 MiB'");
      return null;
    }
    long number = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(Locale.ROOT);
    return switch (unit.isEmpty() ? ' ' : unit.charAt(0)) {
      case 'K' -> number << 10;
      case 'M' -> number << 20;
      case 'G' -> number << 30;
      default -> number;
    };
  }

  private String spdx(Mapping node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      return SpdxExpression.parse(value).toString();
    } catch (IllegalArgumentException e) {
      problem(node.entries().get(key).line(), e.getMessage(),
          "write a valid SPDX expression such as 'CC-BY-SA-4.0' or 'Apache-2.0 OR MIT'");
      return null;
    }
  }

  private void problem(int line, String what, String fix) {
    problems.add(displayName + ":" + line + ": " + what + ". Fix: " + fix);
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static int lineOf(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json
        && json.getLocation() != null) {
      return json.getLocation().getLineNr();
    }
    return 1;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * The manifest's text. YAML is UTF-8 here: a Latin-1 or Windows-1252 file is refused, not
   * decoded with U+FFFD, since a replaced character in a name or licence would be published as is.
   */
  private static String decodeUtf8(byte[] bytes, String location) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String name = location.substring(location.lastIndexOf('/') + 1);
      throw new ManifestException(location, List.of(String.format(
          "%s:%d: is not UTF-8 (byte %d is 0x%02X). Fix: save it as UTF-8 (e.g. iconv -f latin1"
              + " -t utf-8 %s > fixed.yaml)", name.isEmpty() ? location : name, line, offset,
          bytes[offset] & 0xFF, name.isEmpty() ? location : name)));
    }
    out.flip();
    String text = out.toString();
    // A BOM is no part of the YAML.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
