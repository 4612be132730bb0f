package org.clearsource.cluster.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monitoring REST API of a running driver ({@code <driver UI>/api/v1}), read over plain HTTP:
 * which stages run, how far they got, and which executor runs tasks now.
 */
final class DriverRestApi {

  /** A stage as the driver reports it. */
  record Stage(int id, String name, int tasks, int active, int complete, int failed) {}

  /** An executor (not the driver) with the tasks it runs now. */
  record Executor(String id, int activeTasks) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  DriverRestApi(String driverUiUrl) {
    this.base = driverUiUrl + "/api/v1/applications";
  }

  /** The driver's one application; empty while the UI is not up. */
  Optional<String> applicationId() {
    return get("").filter(JsonNode::isArray).filter(apps -> apps.size() > 0)
        .map(apps -> apps.get(0).path("id").asText());
  }

  /** The stages running now; empty when the driver did not answer (a slow or busy driver). */
  Optional<List<Stage>> activeStages(String applicationId) {
    return get("/" + applicationId + "/stages?status=active").map(nodes -> {
      List<Stage> stages = new ArrayList<>();
      nodes.forEach(stage -> stages.add(new Stage(stage.path("stageId").asInt(),
          stage.path("name").asText(), stage.path("numTasks").asInt(),
          stage.path("numActiveTasks").asInt(), stage.path("numCompleteTasks").asInt(),
          stage.path("numFailedTasks").asInt())));
      return stages;
    });
  }

  List<Executor> executors(String applicationId) {
    List<Executor> executors = new ArrayList<>();
    get("/" + applicationId + "/executors").ifPresent(nodes -> nodes.forEach(executor -> {
      if (!"driver".equals(executor.path("id").asText())) {
        executors.add(new Executor(executor.path("id").asText(),
            executor.path("activeTasks").asInt()));
      }
    }));
    return executors;
  }

  /** The JSON at base + path; empty when the driver does not answer (yet, or any more). */
  private Optional<JsonNode> get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(3)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
