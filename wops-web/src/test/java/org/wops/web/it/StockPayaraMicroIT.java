package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built WAR on a stock Payara Micro, started the way an operator of the platform starts it:
 * {@code java -jar payara-micro.jar --deploy wops.war}, configured by nothing but environment
 * variables. Every server this test starts is stopped by it, whether the test passes or not.
 */
class StockPayaraMicroIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);

  private final List<Process> started = new ArrayList<>();

  @TempDir Path workDir;

  @AfterEach
  void stopEveryServerThisTestStarted() throws InterruptedException {
    for (Process p : started) {
      stop(p);
    }
  }

  @Test
  void withoutConfigurationTheWarUsesTheEmbeddedDatabaseUnderDataAndKeepsItAcrossARestart()
      throws Exception {
    int port = freePort();
    Map<String, String> demo = Map.of("WOPS_DEMO_DATA", "true");
    Process first = start(port, demo);
    assertThat(operatorCount(port)).as("the demo operators").isEqualTo(25);
    String name = "Office National de l'Eau et de l'Assainissement " + UUID.randomUUID();
    HttpResponse<String> created = postOperator(port, name);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    stop(first);

    assertThat(workDir.resolve("data").resolve("wops.mv.db")).exists();

    start(port, demo);
    assertThat(operatorCount(port)).as("demo data is loaded once").isEqualTo(26);
    HttpResponse<String> read = get(URI.create(location));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(object(read.body()).getString("name")).isEqualTo(name);
    assertThat(readiness(port).getString("status")).isEqualTo("UP");
  }

  @Test
  void environmentVariablesPointTheSameWarAtPostgresqlWithoutARebuild() throws Exception {
    String url = System.getProperty("wops.test.db.url");
    assertThat(url).as("the embedded PostgreSQL of the test run").isNotNull();
    int port = freePort();
    start(
        port,
        Map.of(
            "WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
            "WOPS_DB_URL", url,
            "WOPS_DB_USER", "postgres",
            "WOPS_DB_PASSWORD", "postgres"));

    JsonObject ready = readiness(port);
    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(
            ready
                .getJsonArray("checks")
                .getJsonObject(0)
                .getJsonObject("data")
                .getString("database"))
        .isEqualTo("PostgreSQL");
    String name = "Aguas del Altiplano " + UUID.randomUUID();
    HttpResponse<String> created = postOperator(port, name);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> read =
        get(URI.create(created.headers().firstValue("Location").orElseThrow()));
    assertThat(object(read.body()).getString("name")).isEqualTo(name);
    assertThat(Files.exists(workDir.resolve("data")))
        .as("no embedded database was created")
        .isFalse();
  }

  private Process start(int port, Map<String, String> environment) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-jar",
                new File(System.getProperty("wops.test.microJar", "target/payara-micro.jar"))
                    .getAbsolutePath(),
                "--deploy",
                new File(System.getProperty("wops.test.war", "target/wops.war")).getAbsolutePath(),
                "--port",
                String.valueOf(port),
                "--nohazelcast")
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(workDir.resolve("payara-micro.log").toFile()));
    builder.environment().keySet().removeIf(k -> k.startsWith("WOPS_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    started.add(process);
    awaitReady(process, port);
    return process;
  }

  private void awaitReady(Process process, int port) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("Payara Micro exited early:\n" + log());
      }
      try {
        HttpResponse<String> ready = get(URI.create("http://localhost:" + port + "/health/ready"));
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep waiting
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError("Payara Micro was not ready within " + STARTUP_LIMIT + ":\n" + log());
  }

  private String log() throws IOException {
    Path log = workDir.resolve("payara-micro.log");
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  private static void stop(Process process) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy(); // SIGTERM: Payara Micro shuts down cleanly and H2 closes its file
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static HttpResponse<String> postOperator(int port, String name) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("kind", "PUBLIC_AUTHORITY")
            .add("country", "BF")
            .add("city", "Ouagadougou")
            .add("services", "WATER_AND_SANITATION")
            .add("ownership", "PUBLIC")
            .build()
            .toString();
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/operators"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long operatorCount(int port) throws Exception {
    return Long.parseLong(
        get(URI.create("http://localhost:" + port + "/api/v1/operators?size=1"))
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }

  private static JsonObject readiness(int port) throws Exception {
    return object(get(URI.create("http://localhost:" + port + "/health/ready")).body());
  }

  private static JsonObject object(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
