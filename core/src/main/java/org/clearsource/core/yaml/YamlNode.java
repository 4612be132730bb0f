package org.clearsource.core.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line, so that validation errors can point at
 * it. Jackson's own tree model drops locations; this keeps them. The manifest and the audit policy
 * are both read through it.
 */
public sealed interface YamlNode {

  int line();

  /** What the node is, for "expected a list, found a mapping" messages. */
  String kind();

  record Scalar(String value, int line) implements YamlNode {
    @Override
    public String kind() {
      return value == null ? "an empty value" : "a single value";
    }
  }

  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** Keys in document order; each key's own line is kept for "unknown key" messages. */
  record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line)
      implements YamlNode {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  static YamlNode parse(Reader reader) throws IOException {
    try (JsonParser parser = new YAMLFactory().createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Scalar(null, 1);
      }
      return read(parser);
    }
  }

  private static YamlNode read(JsonParser parser) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
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
      List<YamlNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(parser));
      }
      return new Sequence(items, line);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new Scalar(null, line);
    }
    return new Scalar(parser.getText(), line);
  }

  /** A key given twice in one mapping: YAML parsers differ on which wins, so we refuse both. */
  final class DuplicateKeyException extends IOException {
    private static final long serialVersionUID = 1L;
    public final String key;
    public final int line;
    public final int firstLine;

    DuplicateKeyException(String key, int line, int firstLine) {
      super("key '" + key + "' appears twice (first on line " + firstLine + ")");
      this.key = key;
      this.line = line;
      this.firstLine = firstLine;
    }
  }
}
