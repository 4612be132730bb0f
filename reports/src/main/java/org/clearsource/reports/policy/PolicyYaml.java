package org.clearsource.reports.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy file as a tree whose nodes know their line, so that every problem can point at it (the
 * manifest reader keeps its own such tree package-private in core).
 */
sealed interface PolicyYaml {

  int line();

  String kind();

  record Scalar(String value, int line) implements PolicyYaml {
    @Override
    public String kind() {
      return value == null ? "an empty value" : "a single value";
    }
  }

  record Sequence(List<PolicyYaml> items, int line) implements PolicyYaml {
    @Override
    public String kind() {
      return "a list";
    }
  }

  record Mapping(Map<String, PolicyYaml> entries, Map<String, Integer> keyLines, int line)
      implements PolicyYaml {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  static PolicyYaml parse(String yaml) throws IOException {
    try (JsonParser parser = new YAMLFactory().createParser(new StringReader(yaml))) {
      if (parser.nextToken() == null) {
        return new Scalar(null, 1);
      }
      return read(parser);
    }
  }

  private static PolicyYaml read(JsonParser parser) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, PolicyYaml> entries = new LinkedHashMap<>();
      Map<String, Integer> keyLines = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyLine = parser.currentTokenLocation().getLineNr();
        parser.nextToken();
        if (entries.containsKey(key)) {
          throw new DuplicateKeyException(key, keyLine, keyLines.get(key));
        }
        entries.put(key, read(parser));
        keyLines.put(key, keyLine);
      }
      return new Mapping(entries, keyLines, line);
    }
    if (token == JsonToken.START_ARRAY) {
      List<PolicyYaml> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(parser));
      }
      return new Sequence(items, line);
    }
    return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
  }

  /** A key given twice: YAML parsers differ on which wins, so the policy refuses both. */
  final class DuplicateKeyException extends IOException {
    final int line;

    DuplicateKeyException(String key, int line, int firstLine) {
      super("key '" + key + "' appears twice (first on line " + firstLine + ")");
      this.line = line;
    }
  }
}
