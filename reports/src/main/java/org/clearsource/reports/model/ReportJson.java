package org.clearsource.reports.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clearsource.core.ClearsourceException;

/**
 * Writes and reads {@code data-information.json}. Two-space indent, {@code \n} line ends and sorted
 * map keys whatever the platform, so that the same model always gives the same bytes.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ReportJson() {}

  /** Any value (model, verdict, summary) as pretty JSON ending with a newline. */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public static byte[] bytes(Object value) {
    return write(value).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a {@code data-information.json}.
   *
   * @throws ClearsourceException when it is not one, or of another schema version
   */
  public static ReportModel read(String json, String location) {
    ReportModel model;
    try {
      model = MAPPER.readValue(json, ReportModel.class);
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot read " + location + " as data-information.json: " + e.getMessage().lines().findFirst().orElse("")
              + ". Fix: regenerate it with 'clearsource report'", e);
    }
    if (model.schemaVersion() != ReportModel.SCHEMA_VERSION) {
      throw new ClearsourceException(
          "Cannot read " + location + ": schema version " + model.schemaVersion() + ", this"
              + " Clearsource reads version " + ReportModel.SCHEMA_VERSION
              + ". Fix: regenerate it with this version's 'clearsource report'");
    }
    return model;
  }
}
