package org.clearsource.cluster.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a standalone master says about itself on {@code <web UI>/json/}: its workers and running
 * applications. Only the fields Clearsource uses are read; others are ignored.
 *
 * @param status {@code ALIVE} for a working master
 * @param aliveWorkers workers registered and alive
 * @param cores cores of the alive workers
 * @param coresUsed cores given to applications
 * @param workers every worker the master knows, dead ones included
 * @param activeApps applications running now
 */
public record MasterReport(
    String status,
    int aliveWorkers,
    int cores,
    int coresUsed,
    List<Worker> workers,
    List<Application> activeApps) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public MasterReport {
    workers = List.copyOf(workers);
    activeApps = List.copyOf(activeApps);
  }

  /** A worker as the master sees it; {@code state} is ALIVE, DEAD, DECOMMISSIONED or UNKNOWN. */
  public record Worker(String id, String host, int port, String state, int cores, int coresUsed) {}

  /** A running application, e.g. a Clearsource audit's driver. */
  public record Application(String id, String name, int cores, String state) {}

  /** Parses the master's JSON status. */
  public static MasterReport parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject() || !root.has("aliveworkers")) {
      throw new IOException("not a Spark master's JSON status: "
          + (json.length() > 200 ? json.substring(0, 200) + "..." : json));
    }
    List<Worker> workers = new ArrayList<>();
    for (JsonNode worker : root.path("workers")) {
      workers.add(new Worker(worker.path("id").asText(), worker.path("host").asText(),
          worker.path("port").asInt(), worker.path("state").asText(),
          worker.path("cores").asInt(), worker.path("coresused").asInt()));
    }
    List<Application> apps = new ArrayList<>();
    for (JsonNode app : root.path("activeapps")) {
      apps.add(new Application(app.path("id").asText(), app.path("name").asText(),
          app.path("cores").asInt(), app.path("state").asText()));
    }
    return new MasterReport(root.path("status").asText(), root.path("aliveworkers").asInt(),
        root.path("cores").asInt(), root.path("coresused").asInt(), workers, apps);
  }
}
