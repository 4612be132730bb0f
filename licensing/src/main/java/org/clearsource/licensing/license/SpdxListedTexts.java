package org.clearsource.licensing.license;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.clearsource.core.ClearsourceException;

/**
 * Reads the texts and templates of the SPDX licence list bundled in java-spdx-library
 * ({@code resources/stdlicenses/<id>.json}), with a streaming parser that skips the HTML renderings
 * (most of the 23 MB).
 */
final class SpdxListedTexts {

  private static final String FOLDER = "resources/stdlicenses/";
  private static final JsonFactory JSON = new JsonFactory();

  private SpdxListedTexts() {}

  /**
   * Every licence (deprecated ones included, flagged) and every exception of the list, in list
   * order. Files are read in parallel: this is most of the detector's start-up.
   */
  static List<ListedText> load() {
    List<ListedText> texts = new ArrayList<>();
    texts.addAll(ids("licenses.json", "licenseId").parallelStream()
        .map(id -> read(id, false)).toList());
    texts.addAll(ids("exceptions.json", "licenseExceptionId").parallelStream()
        .map(id -> read(id, true)).toList());
    return texts;
  }

  private static List<String> ids(String index, String idField) {
    List<String> ids = new ArrayList<>();
    try (InputStream in = open(index); JsonParser parser = JSON.createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && parser.currentName().equals(idField)) {
          ids.add(parser.nextTextValue());
        }
      }
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot read the SPDX licence list index " + FOLDER + index, e);
    }
    return ids;
  }

  private static ListedText read(String id, boolean exception) {
    String name = id;
    String text = "";
    String template = "";
    String header = "";
    boolean deprecated = false;
    List<String> seeAlso = new ArrayList<>();
    try (InputStream in = open(id + ".json"); JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "name" -> name = parser.getText();
          case "licenseText", "licenseExceptionText" -> text = parser.getText();
          case "standardLicenseTemplate", "licenseExceptionTemplate" -> template = parser.getText();
          case "standardLicenseHeaderTemplate" -> header = parser.getText();
          case "isDeprecatedLicenseId" -> deprecated = value == JsonToken.VALUE_TRUE;
          case "seeAlso" -> {
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
              seeAlso.add(parser.getText());
            }
          }
          default -> parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new ClearsourceException("Cannot read SPDX licence " + FOLDER + id + ".json", e);
    }
    String matching = template.isBlank() ? text : template;
    return new ListedText(id, exception, name, text, matching, header, seeAlso, deprecated);
  }

  private static InputStream open(String file) {
    InputStream in = SpdxListedTexts.class.getClassLoader().getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new ClearsourceException("Cannot find " + FOLDER + file + " on the classpath:"
          + " add org.spdx:java-spdx-library, which bundles the SPDX licence list");
    }
    return in;
  }
}
