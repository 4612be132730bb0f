package org.clearsource.reports.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearsource.core.yaml.Suggestions;
import org.clearsource.core.yaml.YamlNode.Mapping;
import org.clearsource.core.yaml.YamlNode.Scalar;
import org.clearsource.core.yaml.YamlNode.Sequence;
import org.clearsource.core.yaml.YamlNode;
import org.clearsource.reports.model.StageCounters;

/**
 * Reads and validates a policy file (docs/policy.md). All problems are reported together, each as
 * {@code file:line: what is wrong. Fix: what to do}, like the manifest's.
 */
public final class PolicyReader {

  /** The policy layout this reader understands. */
  public static final int VERSION = 1;

  private static final Set<String> KEYS =
      Set.of(
          "version", "require_stages", "require_provenance", "require_unshareable_described",
          "max_quarantine_rate", "max_duplicate_rate", "max_reserved_rights_documents",
          "forbid_license_classes", "emit_clean");
  private static final Set<String> CLEAN_KEYS =
      Set.of("exclude_reserved_rights", "exclude_license_classes");

  private final String displayName;
  /** Problems with their line, reported in line order. */
  private final List<Map.Entry<Integer, String>> problems = new ArrayList<>();

  private PolicyReader(String location) {
    String name = location.substring(location.lastIndexOf('/') + 1);
    this.displayName = name.isEmpty() ? location : name;
  }

  /**
   * Reads a policy file.
   *
   * @throws PolicyException naming every problem, or that the file cannot be read
   */
  public static Policy read(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PolicyException(file.toString(), List.of(file + ": cannot be read ("
          + e.getMessage() + "). Fix: give the path of an existing policy YAML file, or start"
          + " from examples/policy/default.yaml"));
    }
    return parse(yaml, file.toString());
  }

  /**
   * Parses and validates policy text.
   *
   * @param location the file it came from, named in every problem
   * @throws PolicyException naming every problem
   */
  public static Policy parse(String yaml, String location) {
    PolicyReader reader = new PolicyReader(location);
    Policy policy = reader.parseText(yaml, location);
    if (!reader.problems.isEmpty()) {
      throw new PolicyException(location, reader.problems.stream()
          .sorted(Map.Entry.comparingByKey())
          .map(Map.Entry::getValue)
          .toList());
    }
    return policy;
  }

  private Policy parseText(String yaml, String location) {
    YamlNode root;
    try {
      root = YamlNode.parse(new java.io.StringReader(yaml));
    } catch (YamlNode.DuplicateKeyException e) {
      problem(e.line, e.getMessage(), "keep one of them");
      return null;
    } catch (IOException e) {
      int line = e instanceof JsonProcessingException json
          && json.getLocation() != null ? json.getLocation().getLineNr() : 1;
      problem(line, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
          "check indentation and quoting near that line");
      return null;
    }
    if (root instanceof Scalar scalar && scalar.value() == null) {
      problem(1, "is empty", "write the rules as 'key: value' lines; see docs/policy.md");
      return null;
    }
    if (!(root instanceof Mapping top)) {
      problem(root.line(), "must be a mapping of rules, found " + root.kind(),
          "write the rules as 'key: value' lines; see docs/policy.md");
      return null;
    }
    checkKeys(top, KEYS, "");
    Long version = whole(top, "version", 1, Long.MAX_VALUE);
    if (version != null && version != VERSION) {
      problem(top.entries().get("version").line(), "policy version " + version + " is not known",
          "write 'version: " + VERSION + "' and the rules of docs/policy.md");
    }
    Policy.Builder builder = Policy.builder().location(location);
    builder.requireStages(words(top, "require_stages", StageCounters.STAGES, "stage"));
    if (flag(top, "require_provenance")) {
      builder.requireProvenance();
    }
    if (flag(top, "require_unshareable_described")) {
      builder.requireUnshareableDescribed();
    }
    Double quarantine = rate(top, "max_quarantine_rate");
    if (quarantine != null) {
      builder.maxQuarantineRate(quarantine);
    }
    Double duplicates = rate(top, "max_duplicate_rate");
    if (duplicates != null) {
      builder.maxDuplicateRate(duplicates);
    }
    Long reserved = whole(top, "max_reserved_rights_documents", 0, Long.MAX_VALUE);
    if (reserved != null) {
      builder.maxReservedRightsDocuments(reserved);
    }
    builder.forbidLicenseClasses(
        words(top, "forbid_license_classes", StageCounters.LICENSE_CLASSES, "licence class"));
    if (top.entries().get("emit_clean") != null) {
      if (!(top.entries().get("emit_clean") instanceof Mapping clean)) {
        problem(top.entries().get("emit_clean").line(),
            "'emit_clean' must be a mapping, found " + top.entries().get("emit_clean").kind(),
            "write 'emit_clean:' followed by indented 'exclude_reserved_rights: true' and"
                + " 'exclude_license_classes: [...]'");
      } else {
        checkKeys(clean, CLEAN_KEYS, "emit_clean.");
        if (flag(clean, "exclude_reserved_rights")) {
          builder.excludeReservedRights();
        }
        builder.excludeLicenseClasses(words(clean, "exclude_license_classes",
            StageCounters.LICENSE_CLASSES, "licence class"));
      }
    }
    return problems.isEmpty() ? builder.build() : null;
  }

  private void checkKeys(Mapping node, Set<String> known, String prefix) {
    node.keyLines().forEach((key, line) -> {
      if (!known.contains(key)) {
        problem(line, "unknown key '" + prefix + key + "'", closest(key, known)
            .map(match -> "did you mean '" + prefix + match + "'?")
            .orElse("use one of " + String.join(", ", known.stream().sorted().toList())));
      }
    });
  }

  private boolean flag(Mapping node, String key) {
    YamlNode value = node.entries().get(key);
    if (value == null || (value instanceof Scalar scalar && scalar.value() == null)) {
      return false;
    }
    if (value instanceof Scalar scalar) {
      String text = scalar.value().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true")) {
        return true;
      }
      if (text.equals("false")) {
        return false;
      }
    }
    problem(value.line(), "'" + key + "' must be true or false, found " + describe(value),
        "write '" + key + ": true' or '" + key + ": false'");
    return false;
  }

  private Double rate(Mapping node, String key) {
    YamlNode value = node.entries().get(key);
    if (value == null || (value instanceof Scalar scalar && scalar.value() == null)) {
      return null;
    }
    if (value instanceof Scalar scalar) {
      String text = scalar.value().trim();
      try {
        double rate = text.endsWith("%")
            ? Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100
            : Double.parseDouble(text);
        if (rate >= 0 && rate <= 1) {
          return rate;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(value.line(), "'" + key + "' must be a rate between 0 and 1, found " + describe(value),
        "write a fraction such as 0.05 (or 5%)");
    return null;
  }

  private Long whole(Mapping node, String key, long min, long max) {
    YamlNode value = node.entries().get(key);
    if (value == null || (value instanceof Scalar scalar && scalar.value() == null)) {
      return null;
    }
    if (value instanceof Scalar scalar) {
      try {
        long number = Long.parseLong(scalar.value().trim().replace("_", ""));
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(value.line(), "'" + key + "' must be a whole number"
        + (max == Long.MAX_VALUE ? " of at least " + min : " from " + min + " to " + max)
        + ", found " + describe(value), "write e.g. '" + key + ": " + min + "'");
    return null;
  }

  private List<String> words(Mapping node, String key, List<String> allowed, String what) {
    YamlNode value = node.entries().get(key);
    if (value == null || (value instanceof Scalar scalar && scalar.value() == null)) {
      return List.of();
    }
    List<YamlNode> items = value instanceof Sequence sequence ? sequence.items() : List.of(value);
    List<String> words = new ArrayList<>();
    for (YamlNode item : items) {
      if (!(item instanceof Scalar scalar) || scalar.value() == null) {
        problem(item.line(), "'" + key + "' must list " + what + " names, found " + item.kind(),
            "write '" + key + ": [" + allowed.get(0) + ", ...]'");
        continue;
      }
      String word = scalar.value().trim().toLowerCase(Locale.ROOT).replace('-', '_');
      if (!allowed.contains(word)) {
        problem(item.line(), "'" + scalar.value() + "' in '" + key + "' is not a known " + what,
            closest(word, allowed).map(match -> "did you mean '" + match + "'? ").orElse("")
                + "use one of " + String.join(", ", allowed));
      } else if (!words.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static String describe(YamlNode value) {
    return value instanceof Scalar scalar && scalar.value() != null
        ? "'" + scalar.value() + "'"
        : value.kind();
  }

  private void problem(int line, String what, String fix) {
    problems.add(Map.entry(line, displayName + ":" + line + ": " + what + ". Fix: " + fix));
  }

  /** The known word within two edits of {@code word}, if any. */
  private static Optional<String> closest(String word, Collection<String> known) {
    return Suggestions.closest(word, known, 2);
  }
}
