package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.MailBox.subject;
import static org.wops.web.it.support.MailBox.to;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wops.web.it.support.Chromium;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.MailBox;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.Seeds;

/**
 * Issue 14.3 on the pages, in a real Chromium against the deployed WAR on PostgreSQL, with the mail
 * to a real SMTP server (GreenMail): an editor requests publication of a WOP on its profile page;
 * the secretariat finds it in the queue on the admin page and returns it with a reason, which the
 * editor reads on the profile; the editor asks again; the secretariat approves; the WOP is then in
 * the public directory, found without its accents. Every link of the three publication mails
 * (requested, returned, approved) opens a page (200) that shows the WOP. And the pages' actions
 * (issue 15): one from a page shown before someone else's change is refused with "changed
 * meanwhile" in the reader's language and changes nothing; a refused update leaves no draft.
 */
class PublicationQueueBrowserIT {
  private static final String PASSWORD = "long-enough-password";
  private static final String SECRETARIAT = "secretariat@wops.example.org";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 6);
  private static final String TITLE = "Réduction des pertes à Kisumu – phase 2 (" + TAG + ")";
  private static final String REASON = "Objectifs à préciser";

  @TempDir static Path workDir;
  private static GreenMail smtp;
  private static PayaraMicroProcess micro;
  private static Chromium browser;
  private static long wop;
  private static long nairobi;
  private static long kisumu;
  private static String editor;
  private static String contact;

  @BeforeAll
  static void start() throws Exception {
    int smtpPort = PayaraMicroProcess.freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    env.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    env.put("WOPS_SECRETARIAT_EMAIL", SECRETARIAT);
    env.put("WOPS_SECRETARIAT_LANGUAGE", "EN");
    env.put("WOPS_MAP_TILES", "none");
    int port = PayaraMicroProcess.freePort();
    // the mails' links name the address the platform is told it has
    env.put("WOPS_BASE_URL", "http://localhost:" + port + "/");
    micro = PayaraMicroProcess.start(workDir, port, env);
    seed();
    browser = Chromium.start(micro.uri(""));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
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
  }

  @RegisterExtension
  static final TestWatcher SHOW_PAGE_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            System.err.println("PublicationQueueBrowserIT: " + browser.describe());
            try {
              browser.shot("failed-publication-queue");
            } catch (Exception e) {
              System.err.println("no screenshot: " + e);
            }
          }
        }
      };

  /** Kisumu's utility mentored by Nairobi's, proposed by the secretariat through the API. */
  private static void seed() throws Exception {
    Seeds seeds = new Seeds(micro);
    nairobi =
        seeds.operator(
            "Nairobi City Water and Sewerage Company (" + TAG + ")", "UTILITY", "KE", "Nairobi");
    kisumu =
        seeds.operator(
            "Kisumu Water and Sanitation Company (" + TAG + ")", "UTILITY", "KE", "Kisumu");
    contact = "wop-" + TAG + "@kiwasco.example.co.ke";
    seeds.contact(kisumu, "Akinyi Odhiambo", contact, "FR");
    editor = "editrice-kisumu-" + TAG;
    seeds.user(editor, PASSWORD, "OPERATOR_EDITOR", List.of(kisumu), List.of());
    wop = proposed(TITLE);
  }

  /** A WOP of Kisumu mentored by Nairobi, proposed by the secretariat through the API; its id. */
  private static long proposed(String title) throws Exception {
    return Http.created(
        Http.postJson(
            micro.uri("api/v1/partnerships"),
            Json.createObjectBuilder()
                .add("typeId", "wop")
                .add("title", title)
                .add("objectives", "Réduire l’eau non facturée de 45 % à 30 % à Kisumu.")
                .add("currency", "KES")
                .add(
                    "participants",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("operatorId", nairobi)
                                .add("role", "MENTOR"))
                        .add(
                            Json.createObjectBuilder()
                                .add("operatorId", kisumu)
                                .add("role", "MENTEE")))
                .build()
                .toString()));
  }

  /**
   * The secretariat changes a WOP's title and objectives through the API, as another user would.
   */
  private static void changedMeanwhile(long id, String title, String objectives) throws Exception {
    Http.ok(
        Http.send(
            "PUT",
            micro.uri("api/v1/partnerships/" + id + "/details"),
            Json.createObjectBuilder()
                .add("title", title)
                .add("objectives", objectives)
                .add("currency", "KES")
                .build()
                .toString(),
            Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)));
  }

  private static jakarta.json.JsonObject asSecretariat(String path) throws Exception {
    return Http.ok(
        Http.send("GET", micro.uri(path), null, Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)));
  }

  private static jakarta.json.JsonArray updatesOf(long id) throws Exception {
    return Http.array(
        Http.send(
            "GET",
            micro.uri("api/v1/partnerships/" + id + "/updates"),
            null,
            Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)));
  }

  @Test
  void anActionFromAPageShownBeforeSomeoneElsesChangeIsRefusedAndChangesNothing() throws Exception {
    long p = proposed("Sectorisation du réseau de Kisumu (" + TAG + ")");
    String meanwhile = "Sectorisation du réseau de Kisumu – phase révisée (" + TAG + ")";
    browser.signIn(editor, PASSWORD);

    // the edit page, in French: the secretariat renames the WOP while the editor types
    browser.open("my/edit.xhtml?id=" + p + "&lang=fr", By.id("edit:title"));
    changedMeanwhile(p, meanwhile, "Réduire l’eau non facturée de 45 % à 28 % à Kisumu.");
    WebElement title = browser.find(By.id("edit:title"));
    title.clear();
    title.sendKeys("Titre écrit sur une page périmée (" + TAG + ")");
    browser.click(By.id("edit:save"));
    assertThat(browser.text(By.tagName("body")))
        .contains(
            "Quelqu’un l’a modifié entre-temps, depuis l’affichage de cette page : rien n’a été"
                + " changé. Rechargez la page et recommencez.");
    assertThat(asSecretariat("api/v1/partnerships/" + p).getString("title"))
        .as("the newer title stays")
        .isEqualTo(meanwhile);

    // a form sent without the version it showed (taken out of the page) is no newer page
    for (String tampered : new String[] {null, "abc", "-1", "99999999999999999999"}) {
      browser.open("my/edit.xhtml?id=" + p + "&lang=fr", By.id("edit:title"));
      changedMeanwhile(p, meanwhile, "Réduire l’eau non facturée de 45 % à 28 % à Kisumu.");
      browser.js(
          tampered == null
              ? "document.querySelector('input[name=version]').remove()"
              : "document.querySelector('input[name=version]').value = arguments[0]",
          tampered);
      WebElement stale = browser.find(By.id("edit:title"));
      stale.clear();
      stale.sendKeys("Titre d’une page sans version (" + TAG + ")");
      browser.click(By.id("edit:save"));
      assertThat(browser.text(By.tagName("body")))
          .as("version " + tampered)
          .contains("Quelqu’un l’a modifié entre-temps");
      assertThat(asSecretariat("api/v1/partnerships/" + p).getString("title"))
          .as("version " + tampered)
          .isEqualTo(meanwhile);
    }

    // the profile, in Spanish: the publication is asked for from a page older than the WOP
    browser.open("wop.xhtml?id=" + p + "&lang=es", By.id("publication-title"));
    changedMeanwhile(p, meanwhile, "Reducir el agua no facturada del 45 % al 25 % en Kisumu.");
    browser.click(By.cssSelector("[id$='request-publication']"));
    assertThat(browser.text(By.tagName("body")))
        .contains(
            "Alguien lo ha modificado mientras tanto, después de mostrarse esta página: no se ha"
                + " cambiado nada.");
    assertThat(browser.text(By.cssSelector(".publication-state")))
        .as("not requested")
        .contains("No publicada. La secretaría publica las fichas a petición.");

    // the page now shows the current WOP: asked again from it, the request goes through
    browser.click(By.cssSelector("[id$='request-publication']"));
    assertThat(browser.text(By.cssSelector(".publication-state")))
        .contains("Publicación solicitada: a la espera de la secretaría.");
  }

  @Test
  void anUpdateTheRulesRefuseIsSaidOnTheProfileAndLeavesNoDraft() throws Exception {
    long p = proposed("Gestion de la clientèle à Kisumu (" + TAG + ")");
    browser.signIn(editor, PASSWORD);
    browser.open("wop.xhtml?id=" + p + "&lang=fr", By.cssSelector("[id$='submit-update']"));
    writeUpdate(
        "2026-09-30",
        "2026-07-01",
        "Société Béninoise des Eaux et Kisumu : 1 200 compteurs relevés, 14 fuites réparées.");
    assertThat(browser.text(By.tagName("body")))
        // the rule in the reader's language, with the dates as the reader writes them
        .contains("La date de fin (", ") ne peut pas précéder la date de début (");
    assertThat(updatesOf(p)).as("no draft left behind").isEmpty();

    // the same report, with its period in order, is submitted: one update, waiting for a decision
    browser.open("wop.xhtml?id=" + p + "&lang=fr", By.cssSelector("[id$='submit-update']"));
    writeUpdate(
        "2026-07-01",
        "2026-09-30",
        "Société Béninoise des Eaux et Kisumu : 1 200 compteurs relevés, 14 fuites réparées.");
    assertThat(browser.text(By.tagName("body")))
        .contains("Le rapport est soumis aux coordinateurs.");
    assertThat(updatesOf(p))
        .singleElement()
        .extracting(u -> u.asJsonObject().getString("status"))
        .isEqualTo("SUBMITTED");
  }

  /** Fills the profile's update form (dates as the date inputs hold them) and submits it. */
  private static void writeUpdate(String start, String end, String summary) {
    browser.js(
        "document.getElementById('periodStart').value = arguments[0];"
            + " document.getElementById('periodEnd').value = arguments[1];"
            + " document.getElementById('summary').value = arguments[2];",
        start,
        end,
        summary);
    browser.click(By.cssSelector("[id$='submit-update']"));
  }

  @Test
  void theSecretariatReturnsThenApprovesARequestFromTheAdminPage() throws Exception {
    // the editor asks, on the profile page
    browser.signIn(editor, PASSWORD);
    openWop("en");
    assertThat(browser.text(By.cssSelector(".publication-state")))
        .contains("Not published. The secretariat publishes profiles on request.");
    browser.click(By.cssSelector("[id$='request-publication']"));
    browser
        .waiting()
        .until(d -> !d.findElements(By.cssSelector(".publication-requested")).isEmpty());
    assertThat(browser.text(By.cssSelector(".publication-state")))
        .contains("Publication requested: waiting for the secretariat.");
    assertThat(browser.text(By.cssSelector(".publication-requested")))
        .startsWith("Requested by " + editor + " on ");
    assertThat(browser.findAll(By.cssSelector("[id$='request-publication']"))).isEmpty();

    // the secretariat returns it from the queue, in French, with its reason
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    browser.open("admin/index.xhtml?lang=fr", By.id("publication-requests"));
    WebElement request = queued();
    assertThat(request.getText()).contains(TITLE).contains("Demandée par " + editor + " le ");
    // a return needs its reason: the browser does not send the form without one
    assertThat(
            request
                .findElement(By.cssSelector("input.publication-reason"))
                .getAttribute("required"))
        .isNotNull();
    assertThat(
            request
                .findElement(By.cssSelector("input.publication-reason"))
                .getAttribute("maxlength"))
        .isEqualTo("2000");
    request.findElement(By.cssSelector("input.publication-reason")).sendKeys(REASON);
    browser.click(request.findElement(By.cssSelector(".return-publication")));
    assertThat(browser.text(By.tagName("body")))
        .contains("La demande est renvoyée au partenariat.");
    assertThat(browser.findAll(queuedSelector())).isEmpty();
    assertThat(Http.send("GET", micro.uri("api/v1/partnerships/" + wop), null, null).statusCode())
        .as("still unpublished")
        .isEqualTo(404);

    // the editor reads the reason, and asks again
    browser.signIn(editor, PASSWORD);
    openWop("fr");
    assertThat(browser.text(By.cssSelector(".publication-state")))
        .contains("Le secrétariat a renvoyé la demande de publication.");
    assertThat(browser.text(By.cssSelector(".return-reason"))).contains(REASON);
    browser.click(By.cssSelector("[id$='request-publication']"));
    assertThat(browser.text(By.cssSelector(".publication-state")))
        .contains("Publication demandée : en attente du secrétariat.");

    // the secretariat approves, in Spanish
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    browser.open("admin/index.xhtml?lang=es", By.id("publication-requests"));
    WebElement again = queued();
    assertThat(again.getText()).contains("Solicitada por " + editor + " el ");
    browser.click(again.findElement(By.cssSelector(".approve-publication")));
    assertThat(browser.findAll(queuedSelector())).isEmpty();

    // public now: in the directory, searched without the accents, for anyone
    browser.driver().manage().deleteAllCookies();
    browser.open(
        "directory.xhtml?lang=en&q="
            + URLEncoder.encode("reduction des pertes " + TAG, StandardCharsets.UTF_8),
        By.id("results"));
    assertThat(browser.text(By.id("results"))).contains(TITLE);
    assertThat(browser.consoleErrors()).isEmpty();

    // every publication mail: its links open a page that shows the WOP
    String base = micro.uri("").toString();
    MimeMessage requested =
        MailBox.await(smtp, to(SECRETARIAT).and(subject("Publication requested")), 2).get(0);
    MimeMessage returned =
        MailBox.await(smtp, to(contact).and(subject("Publication renvoyée")), 1).get(0);
    MimeMessage approved = MailBox.await(smtp, to(contact).and(subject("Fiche publiée")), 1).get(0);
    assertThat(MailBox.text(returned)).contains(REASON);
    for (MimeMessage m : List.of(requested, returned, approved)) {
      assertThat(m.getSubject()).contains(TITLE);
      List<String> links = MailBox.links(m, base);
      assertThat(links).anyMatch(l -> l.contains("wop.xhtml"));
      for (String link : links) {
        HttpResponse<String> page = open(link);
        assertThat(page.statusCode()).as(link + "\n" + page.body()).isEqualTo(200);
        Document doc = Jsoup.parse(page.body());
        if (link.contains("/mail/preferences.xhtml")) {
          assertThat(doc.getElementById("mail-preferences-title")).as(link).isNotNull();
        } else {
          assertThat(doc.text()).as(link).contains(TITLE);
        }
      }
    }
  }

  @Test
  void aTitleTooLongForItsColumnIsTheFieldsMessageOnThePage() throws Exception {
    browser.signIn(editor, PASSWORD);
    browser.open("my/edit.xhtml?id=" + wop + "&lang=fr", By.id("edit:title"));
    WebElement title = browser.find(By.id("edit:title"));
    assertThat(title.getAttribute("maxlength")).isEqualTo("300");
    assertThat(browser.find(By.id("edit:objectives")).getAttribute("maxlength")).isEqualTo("8000");
    // a client that ignores maxlength: the server refuses, naming the field, in the reader's
    // language
    String tooLong = "Công ty Cấp nước Đà Nẵng – ".repeat(12).substring(0, 301);
    browser.js(
        "var t = document.getElementById('edit:title'); t.removeAttribute('maxlength');"
            + " t.value = arguments[0];",
        tooLong);
    browser.click(By.id("edit:save"));
    assertThat(browser.text(By.cssSelector("#edit .field-error")))
        .isEqualTo("Trop long : au plus 300 caractères.");
    assertThat(
            Http.ok(
                    Http.send(
                        "GET",
                        micro.uri("api/v1/partnerships/" + wop),
                        null,
                        Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)))
                .getString("title"))
        .as("nothing stored")
        .isEqualTo(TITLE);
  }

  @Test
  void aCsvFileLargerThanTheLimitIsTheImportFieldsMessageInTheReadersLanguage() throws Exception {
    // just above the API's 5 MB: the page takes the post, and says why the file is refused
    Path big = workDir.resolve("operateurs.csv");
    String row = "Công ty Cấp nước Đà Nẵng " + TAG + ",,UTILITY,VN,Đà Nẵng,WATER,PUBLIC\n";
    int rowBytes = row.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder csv = new StringBuilder("name,shortName,kind,country,city,services,ownership\n");
    long bytes = csv.length();
    while (bytes <= 5 * 1024 * 1024 + 2048) { // bytes, not characters: just above the 5 MB
      csv.append(row);
      bytes += rowBytes;
    }
    java.nio.file.Files.writeString(big, csv, StandardCharsets.UTF_8);
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    for (Map.Entry<String, String> lang :
        Map.of(
                "en", "The file is larger than 5 MB: split it into several files.",
                "fr", "Le fichier dépasse 5 Mo : répartissez-le en plusieurs fichiers.",
                "es", "El archivo supera los 5 MB: divídalo en varios archivos.")
            .entrySet()) {
      browser.open("my/import.xhtml?lang=" + lang.getKey(), By.cssSelector("input[type=file]"));
      browser.find(By.cssSelector("input[type=file]")).sendKeys(big.toAbsolutePath().toString());
      browser.click(By.id("import:check"));
      assertThat(browser.text(By.cssSelector("#import .field-error"))).isEqualTo(lang.getValue());
    }
    assertThat(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(micro.uri("api/v1/operators/export.csv"))
                        .header("Accept", "text/csv")
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body())
        .as("nothing imported")
        .doesNotContain("Công ty Cấp nước Đà Nẵng " + TAG);
  }

  private void openWop(String lang) {
    browser.open("wop.xhtml?id=" + wop + "&lang=" + lang, By.id("publication-title"));
  }

  private static By queuedSelector() {
    return By.cssSelector("#publication-requests li.publication-request[data-id='" + wop + "']");
  }

  private static WebElement queued() {
    List<WebElement> found = browser.findAll(queuedSelector());
    assertThat(found).as("the WOP in the queue: " + browser.describe()).hasSize(1);
    return found.get(0);
  }

  /** A mail link opened as its reader would, with no sign-in, following redirects. */
  private static HttpResponse<String> open(String link) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    return client.send(
        HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
