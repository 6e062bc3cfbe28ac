package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.PageClient.get;
import static org.wops.web.it.support.PageClient.pageSignIn;
import static org.wops.web.it.support.PageClient.pair;
import static org.wops.web.it.support.PageClient.sendFrom;
import static org.wops.web.it.support.PageClient.setCookie;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The sign-in throttle and the TLS proxy settings (issue 14, items 5 and 7), on a Payara Micro of
 * this class's own, started the way an operator behind a TLS proxy starts it: {@code
 * WOPS_BEHIND_TLS_PROXY=true} and low limits ({@code WOPS_SIGN_IN_MAX_FAILURES_PER_ACCOUNT=5},
 * {@code ..._PER_ADDRESS=8}). It keeps its failures in a database of its own (the embedded H2 under
 * its work directory), so that its 429s never reach another IT class through the shared PostgreSQL;
 * and as the proxy is trusted, each test comes from addresses of its own (X-Forwarded-For) and uses
 * user names of its own, so that no test's failures count in another's.
 */
class SignInThrottleIT {
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = "Réduction des pertes à Kisumu – phase 2";

  @TempDir static Path workDir;
  private static PayaraMicroProcess proxied;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_MAIL_ENABLED", "false");
    env.put("WOPS_MAP_TILES", "none");
    env.put("WOPS_BEHIND_TLS_PROXY", "true");
    env.put("WOPS_SIGN_IN_MAX_FAILURES_PER_ACCOUNT", "5");
    env.put("WOPS_SIGN_IN_MAX_FAILURES_PER_ADDRESS", "8");
    env.put("WOPS_SIGN_IN_FAILURE_WINDOW_SECONDS", "900");
    proxied = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), env);
  }

  @AfterAll
  static void stop() throws Exception {
    if (proxied != null) {
      proxied.close();
    }
  }

  private static void user(String name, String displayName) throws Exception {
    HttpResponse<String> r =
        Http.postJson(
            proxied.uri("api/v1/users"),
            "{\"username\":\""
                + name
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"displayName\":\""
                + displayName
                + "\",\"roles\":[\"COORDINATOR\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  @Test
  void failedSignInsAreThrottledPerAccountWhateverTheWayIn() throws Exception {
    String name = "throttled-" + TAG;
    user(name, "Kisumu Water and Sanitation");
    URI me = proxied.uri("api/v1/users/me");
    for (int i = 0; i < 5; i++) {
      // each from another address: the account's limit, not the address's
      HttpResponse<String> r =
          sendFrom("198.51.100." + (10 + i), "GET", me, Http.basic(name, "wrong password " + i));
      assertThat(r.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> refused =
        sendFrom("198.51.100.20", "GET", me, Http.basic(name, "wrong password again"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 900L);
    assertThat(refused.body()).contains("sign-in.throttled");
    // even the right password waits: guessing goes no faster
    assertThat(sendFrom("198.51.100.21", "GET", me, Http.basic(name, PASSWORD)).statusCode())
        .isEqualTo(429);
    // the login page says so, in the reader's language
    HttpResponse<String> page =
        pageSignIn(
            proxied,
            name,
            PASSWORD,
            null,
            "X-Forwarded-For",
            "198.51.100.22",
            "Cookie",
            "wops-lang=fr");
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("Trop de tentatives de connexion échouées");
    // and so does a client the proxy does not name (every instance reads the same failures)
    assertThat(
            Http.send("GET", proxied.uri("api/v1/users/me"), null, Http.basic(name, PASSWORD))
                .statusCode())
        .isEqualTo(429);
  }

  @Test
  void failedSignInsAreThrottledPerAddressForUnknownUsersAndTokensToo() throws Exception {
    URI me = proxied.uri("api/v1/users/me");
    String address = "203.0.113.77";
    // a colleague behind the same office address, with a token of her own
    String colleague = "office-" + TAG;
    user(colleague, "Công ty Cấp nước Đà Nẵng");
    HttpResponse<String> created =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(proxied.uri("api/v1/users/me/tokens"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", Http.basic(colleague, PASSWORD))
                    .header("X-Forwarded-For", "10.9.8.7, 198.51.100.200")
                    .header("X-Forwarded-Proto", "https")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"synchronisation nocturne\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.object(created).getString("token");
    for (int i = 0; i < 4; i++) {
      assertThat(
              sendFrom(address, "GET", me, Http.basic("nobody-" + i + "-" + TAG, "guess"))
                  .statusCode())
          .isEqualTo(401);
      assertThat(sendFrom(address, "GET", me, "Bearer wops_forged" + i).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> refused =
        sendFrom(address, "GET", me, Http.basic("somebody-else-" + TAG, "guess"));
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(sendFrom(address, "GET", me, "Bearer wops_forged-again").statusCode())
        .isEqualTo(429);
    // a right token is not held back by the address's wrong ones (it cannot be guessed)
    HttpResponse<String> right = sendFrom(address, "GET", me, "Bearer " + token);
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    assertThat(Http.object(right).getString("username")).isEqualTo(colleague);
    // another address is not held back
    assertThat(
            sendFrom("203.0.113.78", "GET", me, Http.basic("nobody-" + TAG, "guess")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void behindATlsProxyCookiesAreSecureAndPlainHttpGoesToHttps() throws Exception {
    String name = "proxy-" + TAG;
    user(name, "Société Béninoise des Eaux");
    HttpResponse<String> plain =
        get(proxied, "directory.xhtml?q=eau", null, "X-Forwarded-Proto", "http");
    assertThat(plain.statusCode()).isEqualTo(308);
    assertThat(plain.headers().firstValue("Location").orElseThrow())
        .startsWith("https://")
        .endsWith("/directory.xhtml?q=eau");

    HttpResponse<String> tls =
        pageSignIn(
            proxied,
            name,
            PASSWORD,
            null,
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-For",
            "192.0.2.200");
    assertThat(tls.statusCode()).as(tls.body()).isEqualTo(302);
    assertThat(setCookie(tls, "wops-signin")).containsIgnoringCase("Secure");
    HttpResponse<String> dashboard =
        get(
            proxied,
            "my/dashboard.xhtml",
            pair(setCookie(tls, "wops-signin")),
            "X-Forwarded-Proto",
            "https");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(setCookie(dashboard, "JSESSIONID"))
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("SameSite=Lax");
    assertThat(dashboard.headers().firstValue("Strict-Transport-Security")).isPresent();

    // without the proxy's word (no X-Forwarded-Proto), the same request is plain
    HttpResponse<String> unsaid =
        pageSignIn(proxied, name, PASSWORD, null, "X-Forwarded-For", "192.0.2.201");
    assertThat(unsaid.statusCode()).as(unsaid.body()).isEqualTo(302);
    assertThat(setCookie(unsaid, "wops-signin")).doesNotContainIgnoringCase("Secure");
  }
}
