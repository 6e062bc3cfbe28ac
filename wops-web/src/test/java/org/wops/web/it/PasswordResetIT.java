package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.object;
import static org.wops.web.it.support.PageClient.pageSignIn;
import static org.wops.web.it.support.PageClient.pair;
import static org.wops.web.it.support.PageClient.setCookie;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.wops.web.it.support.Chromium;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * A forgotten password reset by mail, through the real stack: Payara Micro on PostgreSQL, the
 * outbox dispatched to a real SMTP server (GreenMail), the mailed link followed over HTTP and in
 * Chromium. The platform trusts a proxy ({@code WOPS_BEHIND_TLS_PROXY}) so that each test names its
 * own client address ({@code X-Forwarded-For}) and the request limits of one test never reach
 * another; the browser, which sends no such header, is 127.0.0.1.
 */
class PasswordResetIT {
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final Pattern RESET_LINK =
      Pattern.compile("https?://[^\\s\"<>]+/password/reset\\.xhtml\\?t=[^\\s\"<>]+");
  private static final Pattern ADDRESS_LINK =
      Pattern.compile("https?://[^\\s\"<>]+/mail/address\\.xhtml\\?t=[^\\s\"<>]+");
  private static final String OLD_PASSWORD = "Château d’eau de Bonabéri, 1957";
  private static final String NEW_PASSWORD = "Lagune Ébrié – pompes et vannes 2031";

  @TempDir static Path workDir;
  private static GreenMail smtp;
  private static PayaraMicroProcess micro;
  private static int addresses;

  @BeforeAll
  static void start() throws Exception {
    int smtpPort = PayaraMicroProcess.freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int port = PayaraMicroProcess.freePort();
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_ENABLED", "true");
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    env.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    env.put("WOPS_BASE_URL", "http://localhost:" + port + "/");
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    env.put("WOPS_DEMO_DATA", "false");
    env.put("WOPS_BEHIND_TLS_PROXY", "true");
    env.put("WOPS_PASSWORD_RESET_MAILS_PER_ACCOUNT", "3");
    env.put("WOPS_PASSWORD_RESET_REQUESTS_PER_ADDRESS", "5");
    micro = PayaraMicroProcess.start(Files.createDirectories(workDir.resolve("micro")), port, env);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    try {
      if (micro != null) {
        micro.close();
      }
    } finally {
      if (smtp != null) {
        smtp.stop();
      }
    }
  }

  // ---------------------------------------------------------------- the reset, end to end

  @Test
  void aFrenchUserResetsAForgottenPasswordByMailAndTheLinkWorksOnce() throws Exception {
    String name = "elodie.mbarga-" + TAG;
    String email = "Elodie.Mbarga-" + TAG + "@Example.org";
    user(name, "Élodie Mbarga", "FR", email, OLD_PASSWORD);
    // a sign-in on the pages that the reset must end
    String signIn = setCookie(pageSignIn(micro, name, OLD_PASSWORD, null), "wops-signin");
    assertThat(signIn).isNotNull();

    HttpResponse<String> asked = askReset(name, nextAddress());
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    MimeMessage mail = one(to(email.toLowerCase()));
    assertThat(mail.getSubject())
        .isEqualTo("Réinitialisez votre mot de passe de la plateforme des WOP");
    assertThat(mail.getHeader("List-Unsubscribe")).as("cannot be switched off").isNull();
    Map<String, String> parts = parts(mail);
    assertThat(parts.get("text/plain"))
        .startsWith("Bonjour Élodie Mbarga,")
        .contains("« " + name + " »")
        .contains("pendant 30 minutes")
        .contains("Choisir un nouveau mot de passe");
    assertThat(parts.get("text/html")).contains("lang=\"fr\"");
    String link = link(RESET_LINK, parts.get("text/plain"));
    assertThat(link).endsWith("&lang=fr");
    String token = query(link, "t");

    // only the token's hash is kept
    assertThat(storedHashes(name)).containsExactly(sha256(token));

    HttpResponse<String> page = browse(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Choisir un nouveau mot de passe").contains("reset-form");

    // a weak password is refused naming the field, and the link still works
    HttpResponse<String> weak = setPassword(token, name);
    assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
    assertThat(weak.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(fields(weak)).contains("password");
    HttpResponse<String> guessable = setPassword(token, "password1234");
    assertThat(guessable.statusCode()).isEqualTo(400);
    assertThat(guessable.body()).contains("user.password.guessable");
    assertThat(browse(link).statusCode()).isEqualTo(200);

    HttpResponse<String> set = setPassword(token, NEW_PASSWORD);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(204);

    URI me = micro.uri("api/v1/users/me");
    assertThat(Http.send("GET", me, null, Http.basic(name, NEW_PASSWORD)).statusCode())
        .isEqualTo(200);
    assertThat(Http.send("GET", me, null, Http.basic(name, OLD_PASSWORD)).statusCode())
        .isEqualTo(401);
    assertThat(setCookie(pageSignIn(micro, name, NEW_PASSWORD, null), "wops-signin")).isNotNull();
    // the sign-in made with the old password has ended
    HttpResponse<String> dashboard =
        org.wops.web.it.support.PageClient.get(micro, "my/dashboard.xhtml", pair(signIn));
    assertThat(dashboard.statusCode()).isEqualTo(302);
    assertThat(dashboard.headers().firstValue("Location").orElse("")).contains("login.xhtml");

    // the link is dead now: a friendly page, and the API names the field
    HttpResponse<String> again = browse(link);
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("Ce lien ne fonctionne plus").doesNotContain("reset-form");
    HttpResponse<String> reused = setPassword(token, "Une autre phrase de passe, Douala 2032");
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(fields(reused)).containsExactly("token");
    assertThat(Http.send("GET", me, null, Http.basic(name, NEW_PASSWORD)).statusCode())
        .isEqualTo(200);
    // a made-up link is the same friendly page
    assertThat(browse(micro.uri("password/reset.xhtml?t=wopsreset_made-up").toString()).body())
        .contains("This link no longer works");
  }

  @Test
  void unknownAndDisabledUsersGetTheSameAnswerInComparableTimeAndNoMail() throws Exception {
    String disabled = "bich.ngoc-" + TAG;
    String disabledEmail = "bich.ngoc-" + TAG + "@example.org";
    user(disabled, "Nguyễn Thị Bích Ngọc", "EN", disabledEmail, OLD_PASSWORD);
    HttpResponse<String> off =
        Http.putJson(micro.uri("api/v1/users/" + disabled), "{\"enabled\":false}");
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String k = "sbe-" + i + "-" + TAG;
      user(k, "Société Béninoise des Eaux " + i, "FR", k + "@example.org", OLD_PASSWORD);
      known.add(k);
    }

    HttpResponse<String> forKnown = askReset(known.get(0), nextAddress());
    HttpResponse<String> forUnknown = askReset("nobody-" + TAG, nextAddress());
    HttpResponse<String> forUnknownAddress =
        askReset("nobody-" + TAG + "@example.org", nextAddress());
    HttpResponse<String> forDisabled = askReset(disabledEmail, nextAddress());
    for (HttpResponse<String> r : List.of(forUnknown, forUnknownAddress, forDisabled)) {
      assertThat(r.statusCode()).isEqualTo(202);
      assertThat(r.body()).isEqualTo(forKnown.body());
    }
    assertThat(object(forKnown).getString("detail")).startsWith("If an account matches");

    // timing: an account that gets a mail against a name that matches none
    List<Long> unknown = new ArrayList<>();
    List<Long> matching = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      long t0 = System.nanoTime();
      assertThat(askReset("nobody-" + i + "-" + TAG, nextAddress()).statusCode()).isEqualTo(202);
      long t1 = System.nanoTime();
      assertThat(askReset(known.get(1 + i / 3), nextAddress()).statusCode()).isEqualTo(202);
      long t2 = System.nanoTime();
      if (i > 0) {
        unknown.add(t1 - t0);
        matching.add(t2 - t1);
      }
    }
    double u = median(unknown);
    double m = median(matching);
    assertThat(u / m).as("unknown %.1f ms, matching %.1f ms", u / 1e6, m / 1e6).isBetween(0.5, 2.0);

    // the known accounts' mails arrive; the disabled one's never does
    await(to(known.get(0) + "@example.org"), 1);
    assertThat(await(to(known.get(3) + "@example.org"), 3)).hasSize(3);
    TimeUnit.SECONDS.sleep(3);
    assertThat(received(to(disabledEmail))).isEmpty();
    assertThat(received(to("nobody-" + TAG + "@example.org"))).isEmpty();
  }

  @Test
  void theFormCannotFloodAMailboxNorBeAskedWithoutEnd() throws Exception {
    String name = "dji.i-" + TAG;
    String email = "dji.i-" + TAG + "@example.org";
    user(name, "Dji’i Bouba", "EN", email, OLD_PASSWORD);
    // five requests from five addresses, by name and by address: three mails, the same answers
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      answers.add(askReset(i % 2 == 0 ? name : email.toUpperCase(), nextAddress()));
    }
    assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(202));
    assertThat(await(to(email), 3)).hasSize(3);
    TimeUnit.SECONDS.sleep(3);
    assertThat(received(to(email))).as("no more than three mails in the window").hasSize(3);

    // one address asking without end: refused after five, whoever it names
    String address = nextAddress();
    for (int i = 0; i < 5; i++) {
      assertThat(askReset("stadtentwaesserung-" + i + "-" + TAG, address).statusCode())
          .isEqualTo(202);
    }
    HttpResponse<String> refused = askReset(name, address);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // and one name asked for from many addresses: refused after five too
    for (int i = 0; i < 5; i++) {
      askReset("cong.ty.cap.nuoc.da.nang-" + TAG, nextAddress());
    }
    assertThat(askReset("cong.ty.cap.nuoc.da.nang-" + TAG, nextAddress()).statusCode())
        .isEqualTo(429);
    // a request without a name names the field
    HttpResponse<String> empty =
        sendFrom(nextAddress(), "POST", micro.uri("api/v1/password-resets"), "{\"user\":\" \"}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(fields(empty)).contains("user");
  }

  // ---------------------------------------------------------------- the account's address

  @Test
  void aNewAddressCountsOnlyOnceConfirmedByTheLinkMailedToIt() throws Exception {
    String name = "lucia.quispe-" + TAG;
    String old = "lucia.quispe-" + TAG + "@example.org";
    String fresh = "l.quispe-" + TAG + "@semapa.example.org";
    user(name, "Lucía Quispe", "ES", old, OLD_PASSWORD);
    String auth = Http.basic(name, OLD_PASSWORD);
    URI mine = micro.uri("api/v1/users/me/email");

    HttpResponse<String> invalid = Http.send("PUT", mine, "{\"email\":\"no-at-sign\"}", auth);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(fields(invalid)).contains("email");

    HttpResponse<String> asked = Http.send("PUT", mine, "{\"email\":\"" + fresh + "\"}", auth);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(object(asked).getString("email")).isEqualTo(old);
    assertThat(object(asked).getString("pendingEmail")).isEqualTo(fresh);
    // until confirmed, a reset still goes to the old address
    MimeMessage confirmation = one(to(fresh));
    assertThat(confirmation.getSubject())
        .isEqualTo("Confirme su dirección de correo en la Plataforma de las WOP");
    String link = link(ADDRESS_LINK, parts(confirmation).get("text/plain"));
    assertThat(
            object(Http.send("GET", micro.uri("api/v1/users/me"), null, auth)).getString("email"))
        .isEqualTo(old);

    // opening the link changes nothing (mail scanners open links); its button confirms
    HttpClient browser = browser();
    HttpResponse<String> page = browse(browser, link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(fresh).contains("Confirmar esta dirección");
    assertThat(
            object(Http.send("GET", micro.uri("api/v1/users/me"), null, auth)).getString("email"))
        .isEqualTo(old);
    Map<String, String> form = new HashMap<>();
    form.put("address-form", "address-form");
    form.put("address-form:t", query(link, "t"));
    form.put("address-form:confirm", "Confirmar esta dirección");
    form.put("jakarta.faces.ViewState", hidden(page.body(), "jakarta.faces.ViewState"));
    HttpResponse<String> confirmed = postForm(browser, page.uri(), form);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.body()).contains("address-confirmed").contains(fresh);
    assertThat(
            object(Http.send("GET", micro.uri("api/v1/users/me"), null, auth)).getString("email"))
        .isEqualTo(fresh);
    assertThat(browse(link).statusCode()).isEqualTo(410);

    // confirmation mails are limited like reset mails: three within the window, then refused
    for (int i = 2; i <= 3; i++) {
      String another = "l.quispe-" + i + "-" + TAG + "@example.org";
      assertThat(Http.send("PUT", mine, "{\"email\":\"" + another + "\"}", auth).statusCode())
          .isEqualTo(202);
    }
    HttpResponse<String> tooMany =
        Http.send("PUT", mine, "{\"email\":\"l.quispe-4-" + TAG + "@example.org\"}", auth);
    assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
    assertThat(tooMany.body()).contains("user.email.too-many");
    assertThat(fields(tooMany)).contains("email");

    // ADMIN sets an address without confirmation; one another account has is refused by field
    HttpResponse<String> taken =
        Http.putJson(
            micro.uri("api/v1/users/" + name), "{\"email\":\"" + old.toUpperCase() + "\"}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    assertThat(object(taken).getString("email")).isEqualTo(old);
    String other = "thu.trang-" + TAG;
    user(other, "Trần Thu Trang", "EN", "thu.trang-" + TAG + "@example.org", OLD_PASSWORD);
    HttpResponse<String> clash =
        Http.putJson(micro.uri("api/v1/users/" + other), "{\"email\":\"" + old + "\"}");
    assertThat(clash.statusCode()).isEqualTo(400);
    assertThat(fields(clash)).contains("email");
  }

  // ---------------------------------------------------------------- in the browser

  @Test
  void inChromiumTheLoginPageLeadsToTheFormAndTheMailedLinkSetsTheNewPassword() throws Exception {
    String name = "aminata.diallo-" + TAG;
    String email = "aminata.diallo-" + TAG + "@example.org";
    user(name, "Aminata Diallo", "FR", email, OLD_PASSWORD);
    try (Chromium chromium = Chromium.start(micro.uri(""))) {
      chromium.open("login.xhtml?lang=fr", By.id("forgot-link"));
      assertThat(chromium.text(By.id("forgot-link"))).isEqualTo("Mot de passe oublié ?");
      chromium.click(By.id("forgot-link"));
      chromium.waiting().until(d -> !d.findElements(By.id("forgot-form:user")).isEmpty());
      assertThat(chromium.text(By.id("forgot-title"))).isEqualTo("Mot de passe oublié ?");
      chromium.find(By.id("forgot-form:user")).sendKeys(email);
      chromium.click(By.id("forgot-form:send"));
      chromium.waiting().until(d -> !d.findElements(By.id("forgot-sent")).isEmpty());
      assertThat(chromium.text(By.id("forgot-sent"))).startsWith("Si un compte correspond");

      String link = link(RESET_LINK, parts(one(to(email))).get("text/plain"));
      chromium.open(link.replaceFirst("^http://[^/]+/", ""), By.id("reset-form:password"));
      chromium.find(By.id("reset-form:password")).sendKeys("aminata.diallo");
      chromium.find(By.id("reset-form:repeat")).sendKeys("aminata.diallo");
      chromium.click(By.id("reset-form:save"));
      chromium.waiting().until(d -> !d.findElements(By.id("reset-form:password-error")).isEmpty());
      // built on the user name (or, as nbvcxz may judge it first, simply guessable): in French
      assertThat(chromium.text(By.id("reset-form:password-error")))
          .containsAnyOf(
              "Un mot de passe ne peut pas être construit sur votre identifiant",
              "Ce mot de passe fait partie des mots de passe courants");
      chromium.find(By.id("reset-form:password")).sendKeys(NEW_PASSWORD);
      chromium.find(By.id("reset-form:repeat")).sendKeys(NEW_PASSWORD);
      chromium.click(By.id("reset-form:save"));
      chromium.waiting().until(d -> !d.findElements(By.id("reset-done")).isEmpty());
      assertThat(chromium.text(By.id("reset-done")))
          .startsWith("Votre mot de passe est enregistré");
      chromium.shot("password-reset-fr");

      chromium.click(By.id("sign-in"));
      chromium.waiting().until(d -> !d.findElements(By.id("login:username")).isEmpty());
      chromium.find(By.id("login:username")).sendKeys(name);
      chromium.find(By.id("login:password")).sendKeys(NEW_PASSWORD);
      chromium.click(By.id("login:submit"));
      chromium.waiting().until(d -> !d.findElements(By.id("nav-password")).isEmpty());
      assertThat(chromium.consoleErrors()).isEmpty();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static void user(
      String username, String displayName, String language, String email, String password)
      throws Exception {
    HttpResponse<String> r =
        Http.postJson(
            micro.uri("api/v1/users"),
            "{\"username\":\""
                + username
                + "\",\"password\":\""
                + password
                + "\",\"displayName\":\""
                + displayName
                + "\",\"language\":\""
                + language
                + "\",\"email\":\""
                + email
                + "\",\"roles\":[\"OPERATOR_EDITOR\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(object(r).getString("email")).isEqualTo(email.toLowerCase());
  }

  private static synchronized String nextAddress() {
    addresses++;
    return "198.51." + (100 + addresses / 250) + "." + (1 + addresses % 250);
  }

  private static HttpResponse<String> askReset(String user, String address) throws Exception {
    return sendFrom(
        address, "POST", micro.uri("api/v1/password-resets"), "{\"user\":\"" + user + "\"}");
  }

  private static HttpResponse<String> setPassword(String token, String password) throws Exception {
    return sendFrom(
        nextAddress(),
        "POST",
        micro.uri("api/v1/password-resets/password"),
        "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
  }

  private static HttpResponse<String> sendFrom(String address, String method, URI uri, String json)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.9.8.7, " + address)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> fields(HttpResponse<String> problem) {
    JsonObject o = object(problem);
    if (!o.containsKey("errors")) {
      return List.of();
    }
    return o.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse<String> browse(String link) throws Exception {
    return browse(browser(), link);
  }

  private static HttpResponse<String> browse(HttpClient client, String link) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postForm(HttpClient client, URI uri, Map<String, String> form)
      throws Exception {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : form.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    URI target = URI.create(uri.toString().replaceFirst("\\?.*$", ""));
    return client.send(
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String hidden(String html, String name) {
    return org.wops.web.it.support.PageClient.hidden(html, name);
  }

  private static String link(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("a link in " + text).isTrue();
    return m.group();
  }

  private static String query(String link, String name) {
    Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(link);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<String> storedHashes(String username) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("wops.test.db.url"), "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement("select token_hash from user_mail_tokens where username = ?")) {
      s.setString(1, username);
      List<String> hashes = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          hashes.add(rs.getString(1));
        }
      }
      return hashes;
    }
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static List<MimeMessage> received(Predicate<MimeMessage> which) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
  }

  private static List<MimeMessage> await(Predicate<MimeMessage> which, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    List<MimeMessage> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = received(which);
      if (found.size() >= count) {
        return found;
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    return found;
  }

  private static MimeMessage one(Predicate<MimeMessage> which) throws Exception {
    List<MimeMessage> found = await(which, 1);
    assertThat(found).as("the mail").isNotEmpty();
    return found.get(0);
  }

  private static Predicate<MimeMessage> to(String email) {
    return m -> {
      try {
        return m.getAllRecipients()[0].toString().toLowerCase().contains(email.toLowerCase());
      } catch (Exception e) {
        return false;
      }
    };
  }

  private static Map<String, String> parts(MimeMessage m) throws Exception {
    Map<String, String> parts = new HashMap<>();
    collect(m.getContent(), parts);
    return parts;
  }

  private static void collect(Object content, Map<String, String> parts) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        Object c = part.getContent();
        if (c instanceof Multipart) {
          collect(c, parts);
        } else if (c instanceof String s) {
          parts.put(part.getContentType().split(";")[0].trim().toLowerCase(), s);
        }
      }
    }
  }
}
