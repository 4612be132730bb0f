package org.clearsource.cluster.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Licence texts and standard headers from the SPDX list bundled in java-spdx-library. */
final class Licences {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Licences() {}

  /** The full text of a listed licence, e.g. {@code Apache-2.0}. */
  static String text(String id) {
    return field(id, "licenseText");
  }

  /** The notice the licence asks to put at the top of each file. */
  static String header(String id) {
    return field(id, "standardLicenseHeader");
  }

  private static String field(String id, String field) {
    String resource = "resources/stdlicenses/" + id + ".json";
    try (InputStream in = Licences.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot find " + resource + ": is org.spdx:java-spdx-library on the class path?");
      }
      JsonNode value = JSON.readTree(in).get(field);
      if (value == null || !value.isTextual()) {
        throw new IllegalStateException("SPDX licence " + id + " has no " + field);
      }
      return value.asText().strip() + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
