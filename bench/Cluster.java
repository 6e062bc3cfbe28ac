import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Payara Micro instances of the same WAR on loopback, clustered by Payara Micro's Hazelcast (bound to 127.0.0.1),
 * on one PostgreSQL, with an SMTP server (GreenMail). Checks what a cluster must do:
 *
 * <ol>
 *   <li>a personal API token issued on one instance signs in on the other (stateless);
 *   <li>a user signed in on one instance's pages stays signed in on the other (the sign-in cookie names a sign-in
 *       kept in the shared database: no session replication needed);
 *   <li>what is written on one instance is read on the other;
 *   <li>a milestone reached on one instance gives one mail per recipient, although both dispatch the outbox.
 * </ol>
 *
 * <p>{@code check [PORT_A PORT_B]} prints PASS/FAIL per check and exits 1 on a failure; {@code serve [PORT_A PORT_B]}
 * keeps the cluster running until Ctrl-C. Run by bench/cluster.sh.
 */
public class Cluster {
  static final String ADMIN_PASSWORD = "cluster-admin-password";

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String war = new File(args[1]).getAbsolutePath();
    String microJar = new File(args[2]).getAbsolutePath();
    int portA = args.length > 3 ? Integer.parseInt(args[3]) : 8080;
    int portB = args.length > 4 ? Integer.parseInt(args[4]) : 8081;
    int smtpPort = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    List<Process> micros = new ArrayList<>();
    int failures = 0;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      Process a = start(war, microJar, pg, portA, smtpPort, "a");
      micros.add(a);
      await(portA, a);
      Process b = start(war, microJar, pg, portB, smtpPort, "b");
      micros.add(b);
      await(portB, b);
      System.out.printf("cluster: http://127.0.0.1:%d/ and http://127.0.0.1:%d/ on PostgreSQL port %d, SMTP %d%n",
          portA, portB, pg.getPort(), smtpPort);
      if (mode.equals("serve")) {
        System.out.println("Ctrl-C stops both instances, the database and the SMTP server.");
        Thread.currentThread().join();
      }
      String a0 = "http://127.0.0.1:" + portA + "/";
      String b0 = "http://127.0.0.1:" + portB + "/";
      failures += check("a token issued on A signs in on B", () -> {
        String token = field(send("POST", a0 + "api/v1/users/me/tokens", "{\"name\":\"cluster\"}", basic()), "token");
        return send("GET", b0 + "api/v1/users/me", null, "Bearer " + token).statusCode() == 200;
      });
      failures += check("a user signed in on A's pages is signed in on B (the sign-in kept in the database)",
          () -> pageSession(a0, b0));
      failures += check("an operator registered on A is read on B", () -> {
        String name = "Cluster utility " + UUID.randomUUID();
        String id = field(send("POST", a0 + "api/v1/operators", operator(name, "KE"), basic()), "id");
        HttpResponse<String> read = send("GET", b0 + "api/v1/operators/" + id, null, null);
        return read.statusCode() == 200 && read.body().contains(name);
      });
      failures += check("a milestone reached on A gives each recipient one mail, with both instances dispatching",
          () -> oneMail(a0, smtp));
    } finally {
      for (Process p : micros) {
        p.destroy();
      }
      for (Process p : micros) {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      smtp.stop();
    }
    System.out.println(failures == 0 ? "cluster checks: all passed" : "cluster checks: " + failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }

  interface Check {
    boolean run() throws Exception;
  }

  static int check(String name, Check check) {
    try {
      boolean ok = check.run();
      System.out.println((ok ? "PASS " : "FAIL ") + name);
      return ok ? 0 : 1;
    } catch (Exception e) {
      System.out.println("FAIL " + name + ": " + e);
      return 1;
    }
  }

  static boolean pageSession(String a0, String b0) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String login = browser.send(HttpRequest.newBuilder(URI.create(a0 + "login.xhtml")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(login);
    if (!vs.find()) {
      return false;
    }
    String form = "login=login&login%3Ausername=admin&login%3Apassword=" + ADMIN_PASSWORD
        + "&login%3Anext=&login%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1),
            StandardCharsets.UTF_8);
    browser.send(HttpRequest.newBuilder(URI.create(a0 + "login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    // the browser's cookies (the session's and the sign-in's), sent to the other instance, as a load balancer
    // without sticky sessions would: B has no such session, the sign-in is in the shared database
    String cookie = cookies.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
    if (!cookie.contains("wops-signin=")) {
      return false;
    }
    HttpResponse<String> dashboard = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(b0 + "my/dashboard.xhtml")).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
    return dashboard.statusCode() == 200 && dashboard.body().contains("id=\"dashboard-title\"");
  }

  static boolean oneMail(String a0, GreenMail smtp) throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String mentor = field(send("POST", a0 + "api/v1/operators", operator("Mentor " + tag, "KE"), basic()), "id");
    String mentee = field(send("POST", a0 + "api/v1/operators", operator("Mentee " + tag, "UG"), basic()), "id");
    String email = "contact-" + tag + "@example.org";
    send("POST", a0 + "api/v1/operators/" + mentor + "/contacts",
        "{\"name\":\"Ann\",\"email\":\"" + email + "\",\"language\":\"EN\"}", basic());
    String p = field(send("POST", a0 + "api/v1/partnerships",
        "{\"typeId\":\"wop\",\"title\":\"Cluster WOP " + tag + "\",\"objectives\":\"x\",\"currency\":\"USD\","
            + "\"participants\":[{\"operatorId\":" + mentor + ",\"role\":\"MENTOR\"},{\"operatorId\":" + mentee
            + ",\"role\":\"MENTEE\"}]}", basic()), "id");
    String withMilestone = send("POST", a0 + "api/v1/partnerships/" + p + "/milestones",
        "{\"title\":\"Cluster milestone\",\"plannedDate\":\"" + LocalDate.now().plusDays(20) + "\"}", basic()).body();
    Matcher m = Pattern.compile("\\{[^{}]*\"title\":\"Cluster milestone\"[^{}]*\\}").matcher(withMilestone);
    if (!m.find()) {
      return false;
    }
    String milestone = field(m.group(), "id");
    send("POST", a0 + "api/v1/partnerships/" + p + "/milestones/" + milestone + "/reached",
        "{\"actualDate\":\"" + LocalDate.now() + "\"}", basic());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (count(smtp, email) == 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200);
    }
    TimeUnit.SECONDS.sleep(5); // both dispatchers have run several times since
    return count(smtp, email) == 1;
  }

  static long count(GreenMail smtp, String email) {
    return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(msg -> {
      try {
        return java.util.Arrays.toString(msg.getAllRecipients()).contains(email);
      } catch (Exception e) {
        return false;
      }
    }).count();
  }

  static String operator(String name, String country) {
    return "{\"name\":\"" + name + "\",\"kind\":\"UTILITY\",\"country\":\"" + country
        + "\",\"city\":\"City\",\"services\":\"WATER\",\"ownership\":\"PUBLIC\"}";
  }

  static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(String method, String url, String json, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String field(HttpResponse<String> r, String name) {
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return field(r.body(), name);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static Process start(String war, String microJar, EmbeddedPostgres pg, int port, int smtpPort, String name)
      throws IOException {
    Path work = Files.createTempDirectory("wops-cluster-" + name);
    ProcessBuilder pb = new ProcessBuilder(List.of(javaBin(), "-Xmx512m", "-Dhazelcast.socket.bind.any=false", "-jar",
            microJar, "--deploy", war, "--contextroot", "/", "--port", String.valueOf(port), "--clustername",
            "wops-cluster", "--interfaces", "127.0.0.1", "--name", "wops-" + name))
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("payara-micro.log").toFile());
    pb.environment().put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    pb.environment().put("WOPS_DB_URL", pg.getJdbcUrl("postgres", "postgres"));
    pb.environment().put("WOPS_DB_USER", "postgres");
    pb.environment().put("WOPS_DB_PASSWORD", "postgres");
    pb.environment().put("WOPS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    pb.environment().put("WOPS_MAIL_HOST", "127.0.0.1");
    pb.environment().put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    pb.environment().put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    System.out.println("instance " + name + ": port " + port + ", log " + work.resolve("payara-micro.log"));
    return pb.start();
  }

  static void await(int port, Process micro) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 1200; i++) {
      if (!micro.isAlive()) {
        throw new IllegalStateException("Payara Micro exited");
      }
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new IllegalStateException("Payara Micro not ready on " + port);
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
