package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.get;
import static org.wops.web.it.support.Http.object;
import static org.wops.web.it.support.Http.postJson;
import static org.wops.web.it.support.Http.putJson;
import static org.wops.web.it.support.MailBox.subject;
import static org.wops.web.it.support.MailBox.to;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.MailBox;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * Every kind of mail the platform sends, read from a real SMTP server (GreenMail), and every link
 * in its HTML and text bodies followed with a real HTTP client to a page that shows what the mail
 * is about, for English and French recipients; the signed preferences link (no sign-in), one-click
 * unsubscribe (RFC 8058), a tampered link refused, the headers, the .ics, encoded subjects, double
 * opt-in. The server is started with the one-command run's defaults file ({@code
 * src/run/run-defaults.properties}: mail off, demo data, demo password) and environment variables
 * that say otherwise: mail arriving at all proves that the environment wins (issue 13.8).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailLinksIT {
  private static final String SECRETARIAT = "secretaria@wops.example.org";

  @TempDir static Path workDir;
  private static MailBox mail;
  private static PayaraMicroProcess micro;
  private static String base;
  private static Scenario s;

  record Scenario(
      long partnership,
      String title,
      String en,
      String fr,
      String coordinator,
      long milestone,
      String milestoneTitle,
      long tomorrowMilestone,
      long update,
      String updateSummary,
      long mentor,
      long mentee) {}

  @BeforeAll
  static void start() throws Exception {
    mail = MailBox.start();
    int port = PayaraMicroProcess.freePort();
    base = "http://localhost:" + port + "/";
    Map<String, String> env = mail.environment(base);
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    // the run profile's file says the opposite of these three: the environment must win
    env.put("WOPS_MAIL_ENABLED", "true");
    // requests for publication go to the secretariat, which reads Spanish
    env.put("WOPS_SECRETARIAT_EMAIL", SECRETARIAT);
    env.put("WOPS_SECRETARIAT_LANGUAGE", "ES");
    env.put("WOPS_DEMO_DATA", "false");
    Path defaults = Path.of("src/run/run-defaults.properties").toAbsolutePath();
    assertThat(Files.readString(defaults)).contains("wops.mail.enabled=false");
    micro =
        PayaraMicroProcess.start(
            Files.createDirectories(workDir.resolve("micro")),
            port,
            env,
            List.of("-Dwops.run-defaults=" + defaults));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    try {
      if (micro != null) {
        micro.close();
      }
    } finally {
      if (mail != null) {
        mail.close();
      }
    }
  }

  // ---------------------------------------------------------------- the scenario

  private static URI api(String path) {
    return micro.uri("api/v1/" + path);
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return object(r).getJsonNumber("id").longValue();
  }

  /** Adding a milestone answers the partnership (200): the new milestone is found by its title. */
  private static long milestoneId(String title, HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return object(r).getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("title").equals(title))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static void ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
  }

  private static long operator(String name, String country) throws Exception {
    return created(
        postJson(
            api("operators"),
            Json.createObjectBuilder()
                .add("name", name + " " + UUID.randomUUID().toString().substring(0, 6))
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", "Cotonou")
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  private static String contact(String name, String email, String language) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("email", email)
        .add("language", language)
        .add("role", "Coordinatrice WOP")
        .build()
        .toString();
  }

  private static Scenario scenario() throws Exception {
    if (s != null) {
      return s;
    }
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String en = "nguyen-" + tag + "@example.org";
    String fr = "benedicte-" + tag + "@example.org";
    String coordinator = "dji-i-" + tag + "@example.org";
    long mentor = operator("Société Béninoise des Eaux", "BJ");
    long mentee = operator("Công ty Cấp nước Đà Nẵng", "VN");
    long platform =
        created(
            postJson(
                api("organisations"),
                "{\"name\":\"Plataforma de WOPs – América Latina "
                    + tag
                    + "\",\"kind\":\"PLATFORM\",\"country\":\"BO\"}"));
    ok(
        postJson(
            api("operators/" + mentor + "/contacts"), contact("Bénédicte Hounkpatin", fr, "FR")));
    ok(postJson(api("operators/" + mentee + "/contacts"), contact("Nguyễn Thị Hương", en, "EN")));
    ok(
        postJson(
            api("organisations/" + platform + "/contacts"),
            contact("Dji’i Mamani", coordinator, "EN")));
    String title = "Réduction des pertes à Kisumu – phase 2 « Dji’i » " + tag;
    String body =
        Json.createObjectBuilder()
            .add("typeId", "wop-mentoring")
            .add("title", title)
            .add("objectives", "Réduire l’eau non facturée de 41 % à 30 %.")
            .add("currency", "USD")
            .add("plannedStart", LocalDate.now().plusDays(60).toString())
            .add("plannedEnd", LocalDate.now().plusYears(2).toString())
            .add(
                "participants",
                Json.createArrayBuilder()
                    .add(participant(mentor, "MENTOR"))
                    .add(participant(mentee, "MENTEE")))
            .add(
                "supporters",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("organisationId", platform)
                            .add("role", "FACILITATOR")))
            .build()
            .toString();
    long p = created(postJson(api("partnerships"), body));
    ok(postJson(api("partnerships/" + p + "/publication"), "{\"published\":true}"));
    String milestoneTitle = "Sectorisation des réseaux – Đà Nẵng " + tag;
    long milestone =
        milestoneId(
            milestoneTitle,
            postJson(
                api("partnerships/" + p + "/milestones"),
                "{\"title\":\""
                    + milestoneTitle
                    + "\",\"plannedDate\":\""
                    + LocalDate.now().plusDays(3)
                    + "\"}"));
    long tomorrow =
        milestoneId(
            "Audit des compteurs " + tag,
            postJson(
                api("partnerships/" + p + "/milestones"),
                "{\"title\":\"Audit des compteurs "
                    + tag
                    + "\",\"plannedDate\":\""
                    + LocalDate.now().plusDays(1)
                    + "\"}"));
    s =
        new Scenario(
            p,
            title,
            en,
            fr,
            coordinator,
            milestone,
            milestoneTitle,
            tomorrow,
            0,
            null,
            mentor,
            mentee);
    return s;
  }

  private static jakarta.json.JsonObjectBuilder participant(long operator, String role) {
    return Json.createObjectBuilder()
        .add("operatorId", operator)
        .add("role", role)
        .add("responsibilities", "Accompagnement.")
        .add("interests", "Moins de pertes.");
  }

  private static void status(long p, String status) throws Exception {
    ok(postJson(api("partnerships/" + p + "/status"), "{\"status\":\"" + status + "\"}"));
  }

  private static void agree(Scenario x) throws Exception {
    if (object(get(api("partnerships/" + x.partnership())))
        .getString("status")
        .equals("IDENTIFIED")) {
      status(x.partnership(), "PROPOSED");
    }
    ok(
        putJson(
            api("partnerships/" + x.partnership() + "/agreement"),
            "{\"objectivesAndOutputs\":\"Deux secteurs.\",\"cashValue\":2000,\"inKindValue\":4000}"));
    for (long operator : new long[] {x.mentor(), x.mentee()}) {
      postJson(api("operators/" + operator + "/endorsements"), "{\"endorsedBy\":\"Directrice\"}");
      ok(
          postJson(
              api("partnerships/" + x.partnership() + "/signatures"),
              "{\"operatorId\":" + operator + ",\"signedBy\":\"Directrice générale\"}"));
    }
  }

  // ---------------------------------------------------------------- following links

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Opens a link as someone who has never visited the platform and whose browser prefers English:
   * no cookie, {@code Accept-Language: en}. A link that asks for a language ({@code lang=fr}) must
   * answer in it at once.
   */
  private static HttpResponse<String> open(String link, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(link))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", "en-GB,en;q=0.9")
            .GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build()
        .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static final Pattern LANG = Pattern.compile("[?&]lang=([a-z]{2})(?:&|#|$)");

  /** The language a link asks for (every mail link asks for its recipient's). */
  private static String langOf(String link) {
    Matcher m = LANG.matcher(link);
    assertThat(m.find()).as("lang= in " + link).isTrue();
    return m.group(1);
  }

  /**
   * Follows every link of the mail: each answers 200 with a page in the mail's language showing
   * {@code about} (and the element of the link's anchor, when it has one, showing {@code
   * anchorText}); the preferences link shows the recipient.
   */
  private static void followEveryLink(
      MimeMessage m, String recipient, String about, String anchorText, String authorization)
      throws Exception {
    for (String link : MailBox.links(m, base)) {
      boolean preferences = link.contains("/mail/preferences.xhtml");
      HttpResponse<String> page = open(link, preferences ? null : authorization);
      assertThat(page.statusCode()).as(link + "\n" + page.body()).isEqualTo(200);
      Document doc = Jsoup.parse(page.body());
      assertThat(doc.selectFirst("html").attr("lang"))
          .as("the language of " + link + " opened with Accept-Language: en and no cookie")
          .isEqualTo(langOf(link));
      if (preferences) {
        assertThat(doc.getElementById("mail-preferences-title")).as(link).isNotNull();
        assertThat(doc.text()).contains(recipient);
        continue;
      }
      assertThat(doc.text()).as(link).contains(about);
      int hash = link.indexOf('#');
      if (hash > 0) {
        Element anchored = doc.getElementById(link.substring(hash + 1));
        assertThat(anchored).as("the anchor of " + link).isNotNull();
        if (anchorText != null) {
          assertThat(anchored.text()).contains(anchorText);
        }
      }
    }
  }

  // ---------------------------------------------------------------- the tests

  @Test
  @Order(1)
  void theEnvironmentWinsOverTheRunProfilesDefaults() throws Exception {
    Scenario x = scenario();
    status(x.partnership(), "PROPOSED");
    assertThat(mail.await(to(x.en()).and(subject("Now proposed")), 1)).hasSize(1);
    assertThat(Files.readString(workDir.resolve("micro/payara-micro.log")))
        .doesNotContain("Mail is off");
    // WOPS_ADMIN_PASSWORD (the environment), not the file's wops-admin-demo
    assertThat(get(api("users")).statusCode()).isEqualTo(200);
    assertThat(
            Http.send("GET", api("users"), null, Http.basic("admin", "wops-admin-demo"))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  @Order(2)
  void everyLinkOfEveryMailOpensAPageAboutItInEnglishAndInFrench() throws Exception {
    Scenario x = scenario();
    String admin = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);

    // status changed (order 1 proposed it)
    for (String r : List.of(x.en(), x.fr())) {
      MimeMessage m = mail.one(to(r).and(subject(x.title())).and(subject("propos")));
      followEveryLink(m, r, x.title(), null, null);
    }
    assertThat(mail.one(to(x.fr()).and(subject(x.title())).and(subject("propos"))).getSubject())
        .isEqualTo("Désormais proposé : " + x.title());

    // agreement signed by all
    agree(x);
    followEveryLink(
        mail.one(to(x.en()).and(subject("Agreement signed by all"))),
        x.en(),
        x.title(),
        null,
        null);
    followEveryLink(
        mail.one(to(x.fr()).and(subject("Accord signé par tous"))), x.fr(), x.title(), null, null);

    // due soon: "in 3 days", "tomorrow", in both languages
    ok(postJson(api("notifications/scan?date=" + LocalDate.now()), ""));
    MimeMessage dueEn = mail.one(to(x.en()).and(subject(x.milestoneTitle())));
    assertThat(dueEn.getSubject())
        .isEqualTo("Due in 3 days: " + x.milestoneTitle() + " — " + x.title());
    MimeMessage dueFr = mail.one(to(x.fr()).and(subject(x.milestoneTitle())));
    assertThat(dueFr.getSubject())
        .isEqualTo("Échéance dans 3 jours : " + x.milestoneTitle() + " — " + x.title());
    assertThat(mail.one(to(x.en()).and(subject("Due tomorrow: Audit des compteurs"))).getSubject())
        .doesNotContain("1 days");
    assertThat(mail.one(to(x.fr()).and(subject("Échéance demain : Audit des compteurs"))))
        .isNotNull();
    followEveryLink(dueEn, x.en(), x.title(), x.milestoneTitle(), null);
    followEveryLink(dueFr, x.fr(), x.title(), x.milestoneTitle(), null);
    assertThat(Arrays.stream(mail.received()).filter(subject("agreement signed —")))
        .as("the milestone that stands for the signature is met: no 'due in 0 days' for it")
        .isEmpty();

    // overdue (the scan of a later day), then reached
    ok(postJson(api("notifications/scan?date=" + LocalDate.now().plusDays(4)), ""));
    MimeMessage overdueFr = mail.one(to(x.fr()).and(subject("En retard : " + x.milestoneTitle())));
    followEveryLink(overdueFr, x.fr(), x.title(), x.milestoneTitle(), null);
    ok(
        postJson(
            api("partnerships/" + x.partnership() + "/milestones/" + x.milestone() + "/reached"),
            "{\"actualDate\":\"" + LocalDate.now() + "\"}"));
    MimeMessage reachedEn =
        mail.one(to(x.en()).and(subject("Milestone reached: " + x.milestoneTitle())));
    followEveryLink(reachedEn, x.en(), x.title(), x.milestoneTitle(), null);

    // one event per milestone: same UID, growing SEQUENCE, lines of at most 75 octets
    List<VEvent> events = new ArrayList<>();
    for (MimeMessage m :
        List.of(dueFr, overdueFr, mail.one(to(x.fr()).and(subject("Étape atteinte"))))) {
      String ics = MailBox.parts(m).get("text/calendar");
      assertThat(ics.split("\r\n"))
          .allSatisfy(
              l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
      events.add(
          new CalendarBuilder()
              .build(new StringReader(ics))
              .getComponent("VEVENT")
              .map(VEvent.class::cast)
              .orElseThrow());
    }
    assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()).distinct())
        .containsExactly("milestone-" + x.milestone() + "@wops-platform");
    assertThat(events.get(2).getSequence().getSequenceNo())
        .isGreaterThanOrEqualTo(events.get(1).getSequence().getSequenceNo());
    assertThat(events.get(1).getSequence().getSequenceNo())
        .isGreaterThanOrEqualTo(events.get(0).getSequence().getSequenceNo());
    assertThat(events.get(0).getSummary().getValue()).isEqualTo(x.milestoneTitle());

    // updates: to review (coordinators, signed in), returned, approved
    String summary = "Pertes réduites à 38 % – secteur Hải Châu " + UUID.randomUUID();
    String today = LocalDate.now().toString();
    long update =
        created(
            postJson(
                api("partnerships/" + x.partnership() + "/updates"),
                "{\"periodStart\":\""
                    + today
                    + "\",\"periodEnd\":\""
                    + today
                    + "\",\"summary\":\""
                    + summary
                    + "\"}"));
    ok(postJson(api("updates/" + update + "/submit"), ""));
    MimeMessage review = mail.one(to(x.coordinator()).and(subject("Progress update to review")));
    followEveryLink(review, x.coordinator(), x.title(), summary, admin);
    assertThat(MailBox.links(review, base)).anyMatch(l -> l.endsWith("#update-" + update));
    ok(postJson(api("updates/" + update + "/return"), "{\"reason\":\"Ajoutez les chiffres.\"}"));
    followEveryLink(
        mail.one(to(x.fr()).and(subject("Rapport d'avancement renvoyé"))),
        x.fr(),
        x.title(),
        null,
        null);
    ok(postJson(api("updates/" + update + "/submit"), ""));
    // four eyes: the update's author (the first administrator) does not approve it
    ok(Http.send("POST", api("updates/" + update + "/approve"), "", secondSecretary()));
    followEveryLink(
        mail.one(to(x.en()).and(subject("Progress update approved"))),
        x.en(),
        x.title(),
        summary,
        null);
    followEveryLink(
        mail.one(to(x.fr()).and(subject("Rapport d'avancement approuvé"))),
        x.fr(),
        x.title(),
        summary,
        null);

    // a new Charter version, to the operators whose endorsement is now stale
    HttpResponse<String> charter =
        postJson(
            api("charter/versions"),
            "{\"title\":\"Charte des WOP – 2027\",\"principles\":\"Solidarité.\",\"codeOfConduct\":\"Sans but lucratif.\"}");
    assertThat(charter.statusCode()).as(charter.body()).isEqualTo(201);
    followEveryLink(
        mail.one(to(x.fr()).and(subject("Nouvelle Charte des WOP"))),
        x.fr(),
        "Charte des WOP – 2027",
        null,
        admin);
  }

  @Test
  @Order(3)
  void aSubscriptionIsConfirmedByTheAddressBeforeAnythingElseIsSentToIt() throws Exception {
    Scenario x = scenario();
    String donor = "companhia-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    HttpResponse<String> asked =
        postJson(
            api("partnerships/" + x.partnership() + "/subscriptions"),
            "{\"email\":\"" + donor + "\",\"language\":\"FR\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(
            postJson(
                    api("partnerships/" + x.partnership() + "/subscriptions"),
                    "{\"email\":\"" + donor + "\",\"language\":\"FR\"}")
                .statusCode())
        .isEqualTo(202);
    MimeMessage confirm = mail.one(to(donor).and(subject("Merci de confirmer")));
    // the scenario is shared: an earlier test may have published a new Charter version since the
    // partners endorsed one, so they endorse the current one before the partnership is agreed
    for (long operator : new long[] {x.mentor(), x.mentee()}) {
      postJson(api("operators/" + operator + "/endorsements"), "{\"endorsedBy\":\"Directrice\"}");
    }
    status(x.partnership(), "AGREED");
    assertThat(mail.await(to(x.en()).and(subject("Now agreed")), 1)).hasSize(1);
    TimeUnit.SECONDS.sleep(2);
    assertThat(Arrays.stream(mail.received()).filter(to(donor)))
        .as("one confirmation request, nothing else before confirming")
        .hasSize(1);

    String link =
        MailBox.links(confirm, base).stream()
            .filter(l -> l.contains("/mail/confirm.xhtml"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> page = open(link, null);
    assertThat(page.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.getElementById("confirm-wop").text()).isEqualTo(x.title());
    String token = doc.selectFirst("#confirm-form input[name=t]").attr("value");
    HttpResponse<String> confirmed = form(base + "mail/confirm", "t=" + enc(token));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(confirmed.body()).getElementById("mail-confirmed")).isNotNull();

    status(x.partnership(), "ACTIVE");
    assertThat(mail.await(to(donor).and(subject("Désormais actif")), 1)).hasSize(1);
  }

  @Test
  @Order(4)
  void thePreferencesLinkWorksWithoutSignInAndOneClickUnsubscribes() throws Exception {
    Scenario x = scenario();
    MimeMessage m = mail.one(to(x.fr()).and(subject(x.title())).and(subject("propos")));

    assertThat(MailBox.header(m, "Auto-Submitted")).isEqualTo("auto-generated");
    assertThat(MailBox.header(m, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    String unsubscribe = MailBox.header(m, "List-Unsubscribe");
    assertThat(unsubscribe).startsWith("<" + base + "mail/unsubscribe?t=").endsWith(">");
    assertThat(MailBox.header(m, "Subject")).contains("=?UTF-8?");
    assertThat(m.getSubject()).isEqualTo("Désormais proposé : " + x.title());

    String prefs =
        MailBox.links(m, base).stream()
            .filter(l -> l.contains("/mail/preferences.xhtml"))
            .findFirst()
            .orElseThrow();
    Document page = Jsoup.parse(open(prefs, null).body());
    assertThat(page.getElementById("kind-STATUS_CHANGED").hasAttr("checked")).isTrue();
    String token = page.selectFirst("#preferences-form input[name=t]").attr("value");
    // everything on but the milestones due soon
    StringBuilder on = new StringBuilder("t=" + enc(token));
    for (Element box : page.select("#preferences-form input[name=on]")) {
      if (!box.attr("value").equals("MILESTONE_DUE_SOON")) {
        on.append("&on=").append(box.attr("value"));
      }
    }
    HttpResponse<String> saved = form(base + "mail/preferences", on.toString());
    assertThat(saved.statusCode()).isEqualTo(200);
    Document after = Jsoup.parse(saved.body());
    assertThat(after.getElementById("mail-preferences-saved")).isNotNull();
    assertThat(after.getElementById("kind-MILESTONE_DUE_SOON").hasAttr("checked")).isFalse();
    assertThat(
            object(get(api("notifications/preferences/" + x.fr())))
                .getBoolean("MILESTONE_DUE_SOON"))
        .isFalse();

    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's address
    HttpResponse<String> oneClick =
        browser()
            .send(
                HttpRequest.newBuilder(
                        URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(object(get(api("notifications/preferences/" + x.fr()))).getBoolean("STATUS_CHANGED"))
        .isFalse();

    // a changed signature or address: a friendly refusal, nothing changed
    String tampered = prefs.replaceFirst("t=([A-Za-z0-9_-])", "t=x$1");
    HttpResponse<String> refused = open(tampered, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(refused.body()).getElementById("mail-link-title")).isNotNull();
    HttpResponse<String> refusedPost =
        form(base + "mail/preferences", "t=" + enc("eve@example.org.AAAA") + "&on=STATUS_CHANGED");
    assertThat(refusedPost.statusCode()).isEqualTo(403);
    assertThat(refusedPost.body()).doesNotContain("Exception");
  }

  @Test
  @Order(5)
  void aProposalWithPastDatesGetsNoFloodOfOverdueMail() throws Exception {
    Scenario x = scenario();
    String body =
        Json.createObjectBuilder()
            .add("typeId", "wop-mentoring")
            .add("title", "Reducción del agua no contabilizada en Cochabamba " + UUID.randomUUID())
            .add("objectives", "Registrar una alianza de 2019.")
            .add("currency", "USD")
            .add("plannedStart", "2019-01-01")
            .add("plannedEnd", "2021-12-31")
            .add(
                "participants",
                Json.createArrayBuilder()
                    .add(participant(x.mentor(), "MENTOR"))
                    .add(participant(x.mentee(), "MENTEE")))
            .build()
            .toString();
    long past = created(postJson(api("partnerships"), body));
    ok(postJson(api("notifications/scan?date=" + LocalDate.now()), ""));
    assertThat(
            Http.array(get(api("notifications/outbox?partnership=" + past + "&size=200")))
                .getValuesAs(JsonObject.class))
        .noneMatch(o -> o.getString("kind").equals("MILESTONE_OVERDUE"));
  }

  @Test
  @Order(6)
  void preferencesAndSubscriptionsAreTheRecipientsOrTheSecretariats() throws Exception {
    Scenario x = scenario();
    String user = "coord-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> made =
        postJson(
            api("users"),
            "{\"username\":\""
                + user
                + "\",\"password\":\"Kisumu-phase-2-très-long\",\"displayName\":\"Coordinación\","
                + "\"roles\":[\"COORDINATOR\"]}");
    assertThat(made.statusCode()).as(made.body()).isBetween(200, 201);
    String coordinator = Http.basic(user, "Kisumu-phase-2-très-long");
    assertThat(
            Http.send("GET", api("notifications/preferences/" + x.fr()), null, coordinator)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Http.send(
                    "PUT",
                    api("notifications/preferences/" + x.fr()),
                    "{\"STATUS_CHANGED\":true}",
                    coordinator)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Http.send(
                    "DELETE",
                    api("partnerships/" + x.partnership() + "/subscriptions/" + x.fr()),
                    null,
                    coordinator)
                .statusCode())
        .isEqualTo(403);
    assertThat(object(get(api("notifications/preferences/" + x.fr()))).getBoolean("STATUS_CHANGED"))
        .as("unchanged by the refused PUT")
        .isFalse();
  }

  // ---------------------------------------------------------------- French and Spanish readers

  /** What a reader of one language reads in the mail: its words for every kind of mail. */
  record Words(
      String lang,
      Locale locale,
      String title,
      String conceptNote,
      String march15,
      String dueIn3,
      String dueIn4,
      String dueTomorrow,
      String overdue,
      String reached,
      String proposed,
      String agreementSigned,
      String toReview,
      String returned,
      String approved,
      String confirm,
      String published,
      String publicationReturned,
      String charter) {}

  private static Words words(String lang) {
    return switch (lang) {
      case "fr" ->
          new Words(
              "fr",
              Locale.FRENCH,
              "Réduction des pertes à Kisumu – phase 2 « Dji’i » ",
              "Note conceptuelle",
              "15 mars 2027",
              "Échéance dans 3 jours : ",
              "Échéance dans 4 jours : ",
              "Échéance demain : ",
              "En retard : ",
              "Étape atteinte : ",
              "Désormais proposé : ",
              "Accord signé par tous les partenaires — ",
              "Rapport d'avancement à examiner — ",
              "Rapport d'avancement renvoyé — ",
              "Rapport d'avancement approuvé — ",
              "Merci de confirmer : messages sur ",
              "Fiche publiée : ",
              "Publication renvoyée : ",
              "Nouvelle Charte des WOP (version ");
      case "es" ->
          new Words(
              "es",
              Locale.forLanguageTag("es"),
              "Reducción del agua no contabilizada en Cochabamba – “Dji’i” ",
              "Nota conceptual",
              "15 de marzo de 2027",
              "Vence dentro de 3 días: ",
              "Vence dentro de 4 días: ",
              "Vence mañana: ",
              "Vencido: ",
              "Hito alcanzado: ",
              "Ahora propuesta: ",
              "Acuerdo firmado por todos los socios — ",
              "Informe de avance por revisar — ",
              "Informe de avance devuelto — ",
              "Informe de avance aprobado — ",
              "Confirme, por favor: correos sobre ",
              "Ficha publicada: ",
              "Publicación devuelta: ",
              "Nueva Carta de las WOP (versión ");
      default -> throw new IllegalArgumentException(lang);
    };
  }

  /**
   * A mail as its reader gets it: exactly this subject, encoded as UTF-8 words in the header, the
   * preferences and List-Unsubscribe links in the reader's language, and every link followed.
   */
  private static MimeMessage read(
      Words w,
      String recipient,
      String subject,
      String about,
      String anchorText,
      String authorization)
      throws Exception {
    MimeMessage m = mail.one(to(recipient).and(subject(subject)));
    assertThat(m.getSubject()).startsWith(subject);
    if (!m.getSubject().chars().allMatch(c -> c < 128)) {
      assertThat(MailBox.header(m, "Subject")).as("an encoded subject").contains("=?UTF-8?");
    }
    assertThat(MailBox.header(m, "Auto-Submitted")).isEqualTo("auto-generated");
    followEveryLink(m, recipient, about, anchorText, authorization);
    // a GET of List-Unsubscribe only shows the preferences, in the mail's language
    String unsubscribe = MailBox.header(m, "List-Unsubscribe");
    HttpResponse<String> page = open(unsubscribe.substring(1, unsubscribe.length() - 1), null);
    assertThat(page.statusCode()).as(unsubscribe).isEqualTo(200);
    Document prefs = Jsoup.parse(page.body());
    assertThat(prefs.selectFirst("html").attr("lang")).as(unsubscribe).isEqualTo(w.lang());
    assertThat(prefs.getElementById("mail-preferences-title")).isNotNull();
    assertThat(prefs.text()).contains(recipient);
    return m;
  }

  /** The calendar event of a milestone mail: its summary, and its URL followed to a 200 page. */
  private static void calendar(Words w, MimeMessage m, String title, String summary)
      throws Exception {
    VEvent event =
        new CalendarBuilder()
            .build(new StringReader(MailBox.parts(m).get("text/calendar")))
            .getComponent("VEVENT")
            .map(VEvent.class::cast)
            .orElseThrow();
    assertThat(event.getSummary().getValue()).isEqualTo(summary);
    String url = event.getUrl().getValue();
    HttpResponse<String> page = open(url, null);
    assertThat(page.statusCode()).as(url).isEqualTo(200);
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(w.lang());
    assertThat(doc.text()).contains(title).contains(summary);
  }

  private static long templateMilestone(long partnership, String key) throws Exception {
    return object(get(api("partnerships/" + partnership)))
        .getJsonArray("milestones")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> key.equals(m.getString("templateKey", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String user(String name, String role, long operator) throws Exception {
    String password = "Kisumu-phase-2-très-long-" + UUID.randomUUID();
    HttpResponse<String> made =
        postJson(
            api("users"),
            Json.createObjectBuilder()
                .add("username", name)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("operatorIds", Json.createArrayBuilder().add(operator))
                .build()
                .toString());
    assertThat(made.statusCode()).as(made.body()).isBetween(200, 201);
    return Http.basic(name, password);
  }

  @ParameterizedTest(name = "a coordinator who reads {0}")
  @ValueSource(strings = {"fr", "es"})
  @Order(7)
  void everyKindOfMailReadsInTheCoordinatorsLanguageAndEveryLinkOpensInIt(String lang)
      throws Exception {
    Words w = words(lang);
    String admin = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String partner = "partenaire-" + lang + "-" + tag + "@example.org";
    String coordinator = "coordination-" + lang + "-" + tag + "@example.org";
    long mentor = operator("Société Béninoise des Eaux", "BJ");
    long mentee = operator("Stadtentwässerung Dresden", "DE");
    long platform =
        created(
            postJson(
                api("organisations"),
                "{\"name\":\"Plataforma de WOPs – América Latina "
                    + tag
                    + "\",\"kind\":\"PLATFORM\",\"country\":\"BO\"}"));
    ok(
        postJson(
            api("operators/" + mentor + "/contacts"),
            contact("Bénédicte Hounkpatin", partner, lang.toUpperCase(Locale.ROOT))));
    ok(
        postJson(
            api("organisations/" + platform + "/contacts"),
            contact("Dji’i Mamani", coordinator, lang.toUpperCase(Locale.ROOT))));
    String editor = user("editeur-" + lang + "-" + tag, "OPERATOR_EDITOR", mentor);
    String title = w.title() + tag;
    // the concept note is due 60 days before the start: on 15 March 2027
    long p =
        created(
            postJson(
                api("partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop-mentoring")
                    .add("title", title)
                    .add("objectives", "Réduire l’eau non facturée de 41 % à 30 %.")
                    .add("currency", "XOF")
                    .add("plannedStart", "2027-05-14")
                    .add("plannedEnd", "2029-05-13")
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(mentor, "MENTOR"))
                            .add(participant(mentee, "MENTEE")))
                    .add(
                        "supporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", platform)
                                    .add("role", "FACILITATOR")))
                    .build()
                    .toString()));
    String path = "partnerships/" + p;

    // publication: requested (to the Spanish-reading secretariat), returned, approved
    ok(Http.send("POST", api(path + "/publication/request"), null, editor));
    read(words("es"), SECRETARIAT, "Publicación solicitada: " + title, title, null, admin);
    String reason = "Ajoutez une photo – « Dji’i »";
    ok(
        Http.send(
            "POST",
            api(path + "/publication/return"),
            Json.createObjectBuilder().add("reason", reason).build().toString(),
            admin));
    MimeMessage returnedPublication =
        read(w, coordinator, w.publicationReturned() + title, title, null, editor);
    assertThat(MailBox.parts(returnedPublication).get("text/plain")).contains(reason);
    read(w, partner, w.publicationReturned() + title, title, null, editor);
    ok(Http.send("POST", api(path + "/publication/request"), null, editor));
    ok(Http.send("POST", api(path + "/publication/approval"), null, admin));
    read(w, coordinator, w.published() + title, title, null, null);

    // a subscriber in the same language confirms first
    String donor = "financeur-" + lang + "-" + tag + "@example.org";
    assertThat(
            postJson(
                    api(path + "/subscriptions"),
                    "{\"email\":\"" + donor + "\",\"language\":\"" + lang.toUpperCase() + "\"}")
                .statusCode())
        .isEqualTo(202);
    MimeMessage confirm = mail.one(to(donor).and(subject(w.confirm() + title)));
    assertThat(MailBox.header(confirm, "Subject")).contains("=?UTF-8?");
    followEveryLink(confirm, donor, title, null, null);
    Document confirmPage =
        Jsoup.parse(
            open(
                    MailBox.links(confirm, base).stream()
                        .filter(l -> l.contains("/mail/confirm.xhtml"))
                        .findFirst()
                        .orElseThrow(),
                    null)
                .body());
    assertThat(confirmPage.selectFirst("html").attr("lang")).isEqualTo(lang);
    // the page's form, as it is written: the answer stays in the page's language
    HttpResponse<String> confirmed =
        form(
            base + confirmPage.selectFirst("#confirm-form").attr("action").substring(1),
            "t=" + enc(confirmPage.selectFirst("#confirm-form input[name=t]").attr("value")));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    Document done = Jsoup.parse(confirmed.body());
    assertThat(done.getElementById("mail-confirmed")).isNotNull();
    assertThat(done.selectFirst("html").attr("lang")).isEqualTo(lang);

    // the status, the signatures
    status(p, "PROPOSED");
    read(w, coordinator, w.proposed() + title, title, null, null);
    ok(
        putJson(
            api(path + "/agreement"),
            "{\"objectivesAndOutputs\":\"Deux secteurs.\",\"cashValue\":2000,\"inKindValue\":4000}"));
    for (long operator : new long[] {mentor, mentee}) {
      postJson(api("operators/" + operator + "/endorsements"), "{\"endorsedBy\":\"Directrice\"}");
      ok(
          postJson(
              api(path + "/signatures"),
              "{\"operatorId\":" + operator + ",\"signedBy\":\"Directrice générale\"}"));
    }
    read(w, coordinator, w.agreementSigned() + title, title, null, null);

    // the template's concept note, due 15 March 2027, and a milestone of the partners' own the day
    // after: due in 3 and 4 days, then tomorrow, then overdue, then reached
    long conceptNote = templateMilestone(p, "concept-note");
    String own = "Sectorisation des réseaux – Đà Nẵng " + tag;
    ok(
        postJson(
            api(path + "/milestones"),
            "{\"title\":\"" + own + "\",\"plannedDate\":\"2027-03-16\"}"));
    ok(postJson(api("notifications/scan?date=2027-03-12"), ""));
    String milestoneSubject = w.conceptNote() + " — " + title;
    MimeMessage due =
        read(w, coordinator, w.dueIn3() + milestoneSubject, title, w.conceptNote(), null);
    assertThat(due.getSubject()).isEqualTo(w.dueIn3() + milestoneSubject);
    for (String body :
        List.of(
            MailBox.parts(due).get("text/plain"),
            Jsoup.parse(MailBox.parts(due).get("text/html")).text())) {
      assertThat(body)
          .contains(w.conceptNote())
          .contains(w.march15())
          .doesNotContain("Concept note");
    }
    assertThat(MailBox.links(due, base)).anyMatch(l -> l.endsWith("#milestone-" + conceptNote));
    calendar(w, due, title, w.conceptNote());
    read(w, partner, w.dueIn4() + own + " — " + title, title, own, null);
    ok(postJson(api("notifications/scan?date=2027-03-15"), ""));
    read(w, coordinator, w.dueTomorrow() + own + " — " + title, title, own, null);
    ok(postJson(api("notifications/scan?date=2027-03-16"), ""));
    MimeMessage overdue =
        read(w, coordinator, w.overdue() + milestoneSubject, title, w.conceptNote(), null);
    assertThat(MailBox.parts(overdue).get("text/plain")).contains(w.march15());
    calendar(w, overdue, title, w.conceptNote());
    LocalDate today = LocalDate.now();
    ok(
        postJson(
            api(path + "/milestones/" + conceptNote + "/reached"),
            "{\"actualDate\":\"" + today + "\"}"));
    MimeMessage reached =
        read(w, partner, w.reached() + milestoneSubject, title, w.conceptNote(), null);
    assertThat(MailBox.parts(reached).get("text/plain"))
        .contains(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(w.locale())
                .format(today));
    calendar(w, reached, title, w.conceptNote());

    // a progress update: to review (the coordinator, signed in), returned, approved
    String summary = "Pertes réduites à 38 % – secteur Hải Châu " + tag;
    long update =
        created(
            postJson(
                api(path + "/updates"),
                "{\"periodStart\":\""
                    + today
                    + "\",\"periodEnd\":\""
                    + today
                    + "\",\"summary\":\""
                    + summary
                    + "\"}"));
    ok(postJson(api("updates/" + update + "/submit"), ""));
    read(w, coordinator, w.toReview() + title, title, summary, admin);
    read(w, donor, w.toReview() + title, title, summary, admin);
    ok(postJson(api("updates/" + update + "/return"), "{\"reason\":\"Ajoutez les chiffres.\"}"));
    read(w, partner, w.returned() + title, title, null, null);
    ok(postJson(api("updates/" + update + "/submit"), ""));
    ok(Http.send("POST", api("updates/" + update + "/approve"), "", secondSecretary()));
    read(w, partner, w.approved() + title, title, summary, null);

    // a new Charter version, to the partner whose endorsement is now stale
    HttpResponse<String> charter =
        postJson(
            api("charter/versions"),
            "{\"title\":\"WOP Charter "
                + tag
                + "\",\"principles\":\"Solidarity.\",\"codeOfConduct\":\"Not for profit.\"}");
    assertThat(charter.statusCode()).as(charter.body()).isEqualTo(201);
    MimeMessage charterMail = read(w, partner, w.charter(), "WOP Charter " + tag, null, admin);
    // not signed in: the Charter's link asks to sign in first, in the mail's language
    String charterLink =
        MailBox.links(charterMail, base).stream()
            .filter(l -> l.contains("/my/charter.xhtml"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> signIn = open(charterLink, null);
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.uri().getPath()).endsWith("/login.xhtml");
    assertThat(Jsoup.parse(signIn.body()).selectFirst("html").attr("lang")).isEqualTo(lang);

    // the page a mail opens in French keeps its links in French, and its language switch clean
    HttpClient reader =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String wop = base + "wop.xhtml?id=" + p + "&lang=" + lang;
    Document first = Jsoup.parse(fetch(reader, wop).body());
    assertThat(first.selectFirst("html").attr("lang")).isEqualTo(lang);
    assertThat(first.getElementById("lang-en").attr("href")).endsWith("/wop.xhtml?lang=en&id=" + p);
    for (String next : List.of("directory.xhtml", "operator.xhtml?id=" + mentor)) {
      HttpResponse<String> r = fetch(reader, base + next);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(r.body()).selectFirst("html").attr("lang")).as(next).isEqualTo(lang);
    }
  }

  private static HttpResponse<String> fetch(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> form(String url, String body) throws Exception {
    return browser()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A second secretariat account, for decisions the first administrator may not take alone. */
  private String secondSecretary() throws Exception {
    String username = "secretariat-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Secr\u00e9tariat-" + UUID.randomUUID();
    HttpResponse<String> made =
        postJson(
            api("users"),
            "{\"username\":\""
                + username
                + "\",\"password\":\""
                + password
                + "\",\"roles\":[\"ADMIN\"]}");
    assertThat(made.statusCode()).as(made.body()).isBetween(200, 201);
    return Http.basic(username, password);
  }
}
