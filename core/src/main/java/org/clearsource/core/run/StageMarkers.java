package org.clearsource.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.clearsource.core.ClearsourceException;

/**
 * Completion markers: a stage that finished writes {@code _markers/<stage>.json} with the
 * fingerprint of its inputs and settings, last, after all of its output. A rerun on the same run
 * directory skips a stage whose marker matches and redoes one without it; stages overwrite their
 * outputs whole, so a stage interrupted half-way leaves no duplicated or lost rows behind.
 */
public final class StageMarkers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StageMarkers() {}

  /** True when the stage finished on this run directory with exactly this fingerprint. */
  public static boolean isComplete(
      RunLayout layout, String stage, String fingerprint, Configuration conf) {
    Path marker = new Path(layout.marker(stage));
    try {
      FileSystem fs = marker.getFileSystem(conf);
      if (!fs.exists(marker)) {
        return false;
      }
      try (InputStream in = fs.open(marker)) {
        JsonNode node = JSON.readTree(in);
        return fingerprint.equals(node.path("fingerprint").asText());
      }
    } catch (IOException e) {
      // An unreadable marker is no proof of completion: the stage runs again.
      return false;
    }
  }

  /**
   * The fingerprint a finished stage recorded, for the stages that build on it.
   *
   * @throws ClearsourceException when the stage has not finished in this run directory
   */
  public static String completedFingerprint(RunLayout layout, String stage, Configuration conf) {
    Path marker = new Path(layout.marker(stage));
    try (InputStream in = marker.getFileSystem(conf).open(marker)) {
      return JSON.readTree(in).path("fingerprint").asText();
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot find a finished " + stage + " stage in " + layout.root()
              + ". Fix: run `clearsource " + stage + "` (or `audit`) on this run directory first");
    }
  }

  /** Records that the stage finished; call after every output of the stage is written. */
  public static void markComplete(
      RunLayout layout, String stage, String fingerprint, Configuration conf) {
    Path marker = new Path(layout.marker(stage));
    try (OutputStream out = marker.getFileSystem(conf).create(marker, true)) {
      Map<String, String> content = new TreeMap<>();
      content.put("stage", stage);
      content.put("fingerprint", fingerprint);
      JSON.writeValue(out, content);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write the completion marker " + marker, e);
    }
  }

  /** Forgets that the stage finished, before it is run again. */
  public static void clear(RunLayout layout, String stage, Configuration conf) {
    Path marker = new Path(layout.marker(stage));
    try {
      marker.getFileSystem(conf).delete(marker, false);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot remove the completion marker " + marker, e);
    }
  }

  /** Builds a fingerprint: SHA-256 over named parts, in the order given. */
  public static Fingerprint fingerprint() {
    return new Fingerprint();
  }

  /** SHA-256 over named parts; the same parts in the same order give the same hex string. */
  public static final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Cannot find SHA-256, which every JVM has", e);
      }
    }

    public Fingerprint add(String name, Object value) {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return this;
    }

    public String build() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }
}
