package org.wops.web.it.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stock Payara Micro running the built WAR, started the way a user starts it ({@code java -jar
 * payara-micro.jar --deploy wops.war}) in a working directory of the test's, configured by
 * environment variables only. {@link #close} stops it (SIGTERM, then forcibly).
 */
public final class PayaraMicroProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** 420 s, or {@code -Dwops.test.startupSeconds=N} on a machine busy with other builds. */
  private static final Duration STARTUP_LIMIT =
      Duration.ofSeconds(Long.getLong("wops.test.startupSeconds", 420));

  /** The sign-in throttle's limits of the test platforms: no test reaches them. */
  public static final String UNREACHED_SIGN_IN_LIMIT = "1000000";

  private final Process process;
  private final Path log;
  private final int port;

  private PayaraMicroProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts the WAR on this port, in this directory, with these environment variables; returns once
   * it is ready.
   */
  public static PayaraMicroProcess start(Path workDir, int port, Map<String, String> environment)
      throws Exception {
    return start(workDir, port, environment, List.of());
  }

  /** The same, with these JVM options too (e.g. {@code -Dwops.run-defaults=...}). */
  public static PayaraMicroProcess start(
      Path workDir, int port, Map<String, String> environment, List<String> jvmOptions)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = workDir.resolve("payara-micro.log");
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            new File(System.getProperty("wops.test.microJar", "target/payara-micro.jar"))
                .getAbsolutePath(),
            "--deploy",
            new File(System.getProperty("wops.test.war", "target/wops.war")).getAbsolutePath(),
            "--port",
            String.valueOf(port),
            "--nohazelcast"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(k -> k.startsWith("WOPS_"));
    builder.environment().put("WOPS_ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
    // every IT comes from 127.0.0.1 and most share one PostgreSQL: failed sign-ins of one class
    // must
    // never throttle another, so the test platforms get limits no test reaches, unless a test (the
    // throttle's own, SignInThrottleIT) sets its own
    builder.environment().put("WOPS_SIGN_IN_MAX_FAILURES_PER_ACCOUNT", UNREACHED_SIGN_IN_LIMIT);
    builder.environment().put("WOPS_SIGN_IN_MAX_FAILURES_PER_ADDRESS", UNREACHED_SIGN_IN_LIMIT);
    builder.environment().putAll(environment);
    PayaraMicroProcess micro = new PayaraMicroProcess(builder.start(), log, port);
    try {
      micro.awaitReady();
    } catch (Exception | AssertionError e) {
      micro.close();
      throw e;
    }
    return micro;
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + "/" + path);
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("Payara Micro exited early:\n" + tail());
      }
      try {
        HttpResponse<String> ready =
            HTTP.send(
                HttpRequest.newBuilder(uri("health/ready")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep waiting
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError("Payara Micro was not ready within " + STARTUP_LIMIT + ":\n" + tail());
  }

  /** The server's log file. */
  public Path log() {
    return log;
  }

  /** The last lines of the server's log, for failure messages. */
  public String tail() throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  /** Kills the server at once (SIGKILL, as {@code kill -9}): no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * Stops the server: SIGTERM (Payara Micro shuts down cleanly, H2 closes its file), then forcibly.
   */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
