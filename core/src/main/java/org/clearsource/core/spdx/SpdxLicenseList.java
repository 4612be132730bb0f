package org.clearsource.core.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SPDX licence list as bundled in {@code org.spdx:java-spdx-library}: ids of licences and
 * exceptions, looked up case-insensitively as the SPDX specification requires. Loaded once.
 */
public final class SpdxLicenseList {

  private static final String LICENSES = "resources/stdlicenses/licenses.json";
  private static final String EXCEPTIONS = "resources/stdlicenses/exceptions.json";

  private static volatile SpdxLicenseList instance;

  private final String version;
  private final Map<String, String> licenseIds;
  private final Map<String, String> deprecatedLicenseIds;
  private final Map<String, String> exceptionIds;
  private final Map<String, String> names;

  private SpdxLicenseList(
      String version,
      Map<String, String> licenseIds,
      Map<String, String> deprecatedLicenseIds,
      Map<String, String> exceptionIds,
      Map<String, String> names) {
    this.version = version;
    this.licenseIds = licenseIds;
    this.deprecatedLicenseIds = deprecatedLicenseIds;
    this.exceptionIds = exceptionIds;
    this.names = names;
  }

  public static SpdxLicenseList get() {
    SpdxLicenseList list = instance;
    if (list == null) {
      synchronized (SpdxLicenseList.class) {
        list = instance;
        if (list == null) {
          list = load();
          instance = list;
        }
      }
    }
    return list;
  }

  /** The licence list version, e.g. {@code 3.28.0}. */
  public String version() {
    return version;
  }

  /** The canonical spelling of a licence id, or null when the list has no such licence. */
  public String canonicalLicenseId(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    String canonical = licenseIds.get(key);
    return canonical != null ? canonical : deprecatedLicenseIds.get(key);
  }

  /** The canonical spelling of an exception id, or null when the list has no such exception. */
  public String canonicalExceptionId(String id) {
    return exceptionIds.get(id.toLowerCase(Locale.ROOT));
  }

  public boolean isDeprecated(String licenseId) {
    return deprecatedLicenseIds.containsKey(licenseId.toLowerCase(Locale.ROOT));
  }

  /** The full name of a licence or exception, e.g. "MIT License"; null when unknown. */
  public String name(String id) {
    return names.get(id.toLowerCase(Locale.ROOT));
  }

  public int licenseCount() {
    return licenseIds.size() + deprecatedLicenseIds.size();
  }

  public int exceptionCount() {
    return exceptionIds.size();
  }

  /** Every current (not deprecated) licence id, in canonical spelling. */
  public Iterable<String> licenseIds() {
    return Collections.unmodifiableCollection(licenseIds.values());
  }

  private static SpdxLicenseList load() {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode licenses = readResource(mapper, LICENSES);
    JsonNode exceptions = readResource(mapper, EXCEPTIONS);
    Map<String, String> current = new TreeMap<>();
    Map<String, String> deprecated = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (JsonNode license : licenses.path("licenses")) {
      String id = license.path("licenseId").asText();
      String key = id.toLowerCase(Locale.ROOT);
      (license.path("isDeprecatedLicenseId").asBoolean() ? deprecated : current).put(key, id);
      names.put(key, license.path("name").asText());
    }
    Map<String, String> exceptionIds = new TreeMap<>();
    for (JsonNode exception : exceptions.path("exceptions")) {
      String id = exception.path("licenseExceptionId").asText();
      exceptionIds.put(id.toLowerCase(Locale.ROOT), id);
      names.put(id.toLowerCase(Locale.ROOT), exception.path("name").asText());
    }
    return new SpdxLicenseList(
        licenses.path("licenseListVersion").asText(),
        Collections.unmodifiableMap(current),
        Collections.unmodifiableMap(deprecated),
        Collections.unmodifiableMap(exceptionIds),
        Collections.unmodifiableMap(names));
  }

  private static JsonNode readResource(ObjectMapper mapper, String name) {
    try (InputStream in = SpdxLicenseList.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot find the SPDX licence list (" + name + ") on the classpath:"
                + " org.spdx:java-spdx-library must be a dependency");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the SPDX licence list " + name, e);
    }
  }
}
