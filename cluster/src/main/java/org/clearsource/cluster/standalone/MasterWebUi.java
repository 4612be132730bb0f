package org.clearsource.cluster.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a standalone master's JSON status over HTTP, with short timeouts: it never hangs. */
final class MasterWebUi {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final URI statusUri;
  private final HttpClient http;

  MasterWebUi(String webUiUrl) {
    this.statusUri = URI.create(webUiUrl + "/json/");
    this.http = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * The master's report.
   *
   * @throws IOException when the master does not answer, or answers something else
   */
  MasterReport fetch() throws IOException {
    HttpRequest request = HttpRequest.newBuilder(statusUri).timeout(REQUEST_TIMEOUT).GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + statusUri, e);
    }
    if (response.statusCode() != 200) {
      throw new IOException(statusUri + " answered HTTP " + response.statusCode());
    }
    return MasterReport.parse(response.body());
  }

  @Override
  public String toString() {
    return statusUri.toString();
  }
}
