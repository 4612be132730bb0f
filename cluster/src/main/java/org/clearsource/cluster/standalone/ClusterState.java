package org.clearsource.cluster.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clearsource.core.ClearsourceException;

/**
 * A started cluster as written to {@code <directory>/cluster.json}: where to reach it and which
 * processes are its own. {@code clearsource cluster stop} and {@code status} read it back.
 *
 * @param directory the cluster's directory
 * @param masterUrl what to pass as {@code --master}, e.g. {@code spark://127.0.0.1:7077}
 * @param webUiUrl the master's web UI; its JSON status is at {@code <webUiUrl>/json/}
 * @param master the master JVM
 * @param workers the worker JVMs, in start order
 * @param startedAt when its processes were started (ISO 8601)
 */
public record ClusterState(
    String directory,
    String masterUrl,
    String webUiUrl,
    DaemonProcess master,
    List<DaemonProcess> workers,
    String startedAt) {

  /** The file name, in the cluster's directory. */
  public static final String FILE = "cluster.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ClusterState {
    Objects.requireNonNull(directory, "Cannot record a cluster without its directory");
    Objects.requireNonNull(masterUrl, "Cannot record a cluster without its master URL");
    Objects.requireNonNull(webUiUrl, "Cannot record a cluster without its web UI URL");
    Objects.requireNonNull(master, "Cannot record a cluster without its master process");
    workers = List.copyOf(workers);
  }

  /** Every process, workers first: the order they are stopped in. */
  public List<DaemonProcess> processes() {
    List<DaemonProcess> all = new java.util.ArrayList<>(workers);
    all.add(master);
    return all;
  }

  /** Reads {@code <directory>/cluster.json}; empty when there is none. */
  public static Optional<ClusterState> read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), ClusterState.class));
    } catch (IOException e) {
      throw new ClearsourceException(
          "Cannot read " + file + " (" + e.getMessage() + "). Fix: if no cluster runs from "
              + directory + ", delete the file", e);
    }
  }

  /** Writes {@code <directory>/cluster.json}, replacing it in one step. */
  public void write(Path directory) {
    Path file = directory.resolve(FILE);
    Path partial = directory.resolve(FILE + ".partial");
    try {
      JSON.writeValue(partial.toFile(), this);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ClearsourceException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
