package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.get;
import static org.wops.web.it.support.Http.object;
import static org.wops.web.it.support.Http.postJson;
import static org.wops.web.it.support.Http.putJson;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
import org.wops.web.it.support.Http;
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
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

  @TempDir static Path workDir;
  private static GreenMail smtp;
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
    int smtpPort = PayaraMicroProcess.freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int port = PayaraMicroProcess.freePort();
    base = "http://localhost:" + port + "/";
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    env.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    env.put("WOPS_BASE_URL", base);
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    // the run profile's file says the opposite of these three: the environment must win
    env.put("WOPS_MAIL_ENABLED", "true");
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
      if (smtp != null) {
        smtp.stop();
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

  // ---------------------------------------------------------------- reading mail

  private static List<MimeMessage> await(Predicate<MimeMessage> which, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    List<MimeMessage> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
      if (found.size() >= count) {
        return found;
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    return found;
  }

  private static Predicate<MimeMessage> to(String email) {
    return m -> {
      try {
        return m.getAllRecipients()[0].toString().contains(email);
      } catch (Exception e) {
        return false;
      }
    };
  }

  private static Predicate<MimeMessage> subject(String contains) {
    return m -> {
      try {
        return m.getSubject().contains(contains);
      } catch (Exception e) {
        return false;
      }
    };
  }

  private static MimeMessage one(Predicate<MimeMessage> which) throws Exception {
    List<MimeMessage> found = await(which, 1);
    assertThat(found).as("the mail").isNotEmpty();
    return found.get(0);
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
        } else {
          parts.put(
              part.getContentType().split(";")[0].trim().toLowerCase(),
              c instanceof String str
                  ? str
                  : new String(((java.io.InputStream) c).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** The links of the HTML body, which must be the links of the text body. */
  private static List<String> links(MimeMessage m) throws Exception {
    Map<String, String> parts = parts(m);
    Set<String> html = new LinkedHashSet<>();
    for (Element a : Jsoup.parse(parts.get("text/html")).select("a[href]")) {
      html.add(a.attr("href"));
    }
    Set<String> text = new LinkedHashSet<>();
    Matcher matcher = URL.matcher(parts.get("text/plain"));
    while (matcher.find()) {
      text.add(matcher.group());
    }
    assertThat(text).as("the text body's links").containsExactlyInAnyOrderElementsOf(html);
    assertThat(html).as("a link to the page and one to the preferences").hasSizeGreaterThan(1);
    assertThat(html).allSatisfy(l -> assertThat(l).startsWith(base));
    return new ArrayList<>(html);
  }

  // ---------------------------------------------------------------- following links

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse<String> open(String link, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return browser().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Follows every link of the mail: each answers 200 with a page showing {@code about} (and the
   * element of the link's anchor, when it has one); the preferences link shows the recipient.
   */
  private static void followEveryLink(
      MimeMessage m, String recipient, String about, String anchorText, String authorization)
      throws Exception {
    for (String link : links(m)) {
      boolean preferences = link.contains("/mail/preferences.xhtml");
      HttpResponse<String> page = open(link, preferences ? null : authorization);
      assertThat(page.statusCode()).as(link + "\n" + page.body()).isEqualTo(200);
      Document doc = Jsoup.parse(page.body());
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

  private static String header(MimeMessage m, String name) throws Exception {
    String[] values = m.getHeader(name);
    return values == null ? null : values[0];
  }

  // ---------------------------------------------------------------- the tests

  @Test
  @Order(1)
  void theEnvironmentWinsOverTheRunProfilesDefaults() throws Exception {
    Scenario x = scenario();
    status(x.partnership(), "PROPOSED");
    assertThat(await(to(x.en()).and(subject("Now proposed")), 1)).hasSize(1);
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
      MimeMessage m = one(to(r).and(subject(x.title())).and(subject("propos")));
      followEveryLink(m, r, x.title(), null, null);
    }
    assertThat(one(to(x.fr()).and(subject(x.title())).and(subject("propos"))).getSubject())
        .isEqualTo("Désormais proposé : " + x.title());

    // agreement signed by all
    agree(x);
    followEveryLink(
        one(to(x.en()).and(subject("Agreement signed by all"))), x.en(), x.title(), null, null);
    followEveryLink(
        one(to(x.fr()).and(subject("Accord signé par tous"))), x.fr(), x.title(), null, null);

    // due soon: "in 3 days", "tomorrow", in both languages
    ok(postJson(api("notifications/scan?date=" + LocalDate.now()), ""));
    MimeMessage dueEn = one(to(x.en()).and(subject(x.milestoneTitle())));
    assertThat(dueEn.getSubject())
        .isEqualTo("Due in 3 days: " + x.milestoneTitle() + " — " + x.title());
    MimeMessage dueFr = one(to(x.fr()).and(subject(x.milestoneTitle())));
    assertThat(dueFr.getSubject())
        .isEqualTo("Échéance dans 3 jours : " + x.milestoneTitle() + " — " + x.title());
    assertThat(one(to(x.en()).and(subject("Due tomorrow: Audit des compteurs"))).getSubject())
        .doesNotContain("1 days");
    assertThat(one(to(x.fr()).and(subject("Échéance demain : Audit des compteurs")))).isNotNull();
    followEveryLink(dueEn, x.en(), x.title(), x.milestoneTitle(), null);
    followEveryLink(dueFr, x.fr(), x.title(), x.milestoneTitle(), null);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(subject("agreement signed —")))
        .as("the milestone that stands for the signature is met: no 'due in 0 days' for it")
        .isEmpty();

    // overdue (the scan of a later day), then reached
    ok(postJson(api("notifications/scan?date=" + LocalDate.now().plusDays(4)), ""));
    MimeMessage overdueFr = one(to(x.fr()).and(subject("En retard : " + x.milestoneTitle())));
    followEveryLink(overdueFr, x.fr(), x.title(), x.milestoneTitle(), null);
    ok(
        postJson(
            api("partnerships/" + x.partnership() + "/milestones/" + x.milestone() + "/reached"),
            "{\"actualDate\":\"" + LocalDate.now() + "\"}"));
    MimeMessage reachedEn =
        one(to(x.en()).and(subject("Milestone reached: " + x.milestoneTitle())));
    followEveryLink(reachedEn, x.en(), x.title(), x.milestoneTitle(), null);

    // one event per milestone: same UID, growing SEQUENCE, lines of at most 75 octets
    List<VEvent> events = new ArrayList<>();
    for (MimeMessage m :
        List.of(dueFr, overdueFr, one(to(x.fr()).and(subject("Étape atteinte"))))) {
      String ics = parts(m).get("text/calendar");
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
    MimeMessage review = one(to(x.coordinator()).and(subject("Progress update to review")));
    followEveryLink(review, x.coordinator(), x.title(), summary, admin);
    assertThat(links(review)).anyMatch(l -> l.endsWith("#update-" + update));
    ok(postJson(api("updates/" + update + "/return"), "{\"reason\":\"Ajoutez les chiffres.\"}"));
    followEveryLink(
        one(to(x.fr()).and(subject("Rapport d'avancement renvoyé"))),
        x.fr(),
        x.title(),
        null,
        null);
    ok(postJson(api("updates/" + update + "/submit"), ""));
    // four eyes: the update's author (the first administrator) does not approve it
    ok(Http.send("POST", api("updates/" + update + "/approve"), "", secondSecretary()));
    followEveryLink(
        one(to(x.en()).and(subject("Progress update approved"))), x.en(), x.title(), summary, null);
    followEveryLink(
        one(to(x.fr()).and(subject("Rapport d'avancement approuvé"))),
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
        one(to(x.fr()).and(subject("Nouvelle Charte des WOP"))),
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
    MimeMessage confirm = one(to(donor).and(subject("Merci de confirmer")));
    // the scenario is shared: an earlier test may have published a new Charter version since the
    // partners endorsed one, so they endorse the current one before the partnership is agreed
    for (long operator : new long[] {x.mentor(), x.mentee()}) {
      postJson(api("operators/" + operator + "/endorsements"), "{\"endorsedBy\":\"Directrice\"}");
    }
    status(x.partnership(), "AGREED");
    assertThat(await(to(x.en()).and(subject("Now agreed")), 1)).hasSize(1);
    TimeUnit.SECONDS.sleep(2);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(to(donor)))
        .as("one confirmation request, nothing else before confirming")
        .hasSize(1);

    String link =
        links(confirm).stream()
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
    assertThat(await(to(donor).and(subject("Désormais actif")), 1)).hasSize(1);
  }

  @Test
  @Order(4)
  void thePreferencesLinkWorksWithoutSignInAndOneClickUnsubscribes() throws Exception {
    Scenario x = scenario();
    MimeMessage m = one(to(x.fr()).and(subject(x.title())).and(subject("propos")));

    assertThat(header(m, "Auto-Submitted")).isEqualTo("auto-generated");
    assertThat(header(m, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    String unsubscribe = header(m, "List-Unsubscribe");
    assertThat(unsubscribe).startsWith("<" + base + "mail/unsubscribe?t=").endsWith(">");
    assertThat(header(m, "Subject")).contains("=?UTF-8?");
    assertThat(m.getSubject()).isEqualTo("Désormais proposé : " + x.title());

    String prefs =
        links(m).stream()
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
