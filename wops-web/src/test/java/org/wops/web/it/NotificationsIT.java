package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.array;
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
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * E-mail notifications through the deployed WAR, on the real PostgreSQL, to a real SMTP server
 * (GreenMail, in this JVM, on a loopback port): who receives what, in which language, with which
 * parts and attachment; opt-outs; the idempotent milestone scan; an SMTP outage (retries, nothing
 * lost or duplicated, FAILED then re-sent); and two platform instances dispatching one outbox (each
 * mail once).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT {
  private static final String BASE_URL = "https://wops.example.org/";

  @TempDir static Path workDir;
  private static int smtpPort;
  private static GreenMail smtp;
  private static PayaraMicroProcess micro;
  private static Map<String, String> environment;

  @BeforeAll
  static void start() throws Exception {
    smtpPort = PayaraMicroProcess.freePort();
    smtp = startSmtp();
    environment = new HashMap<>();
    environment.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    environment.put("WOPS_DB_USER", "postgres");
    environment.put("WOPS_DB_PASSWORD", "postgres");
    environment.put("WOPS_MAIL_HOST", "127.0.0.1");
    environment.put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    environment.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    environment.put("WOPS_BASE_URL", BASE_URL);
    environment.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    environment.put("WOPS_NOTIFICATIONS_RETRY_BASE_SECONDS", "1");
    environment.put("WOPS_NOTIFICATIONS_MAX_ATTEMPTS", "4");
    environment.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    Path dir = java.nio.file.Files.createDirectories(workDir.resolve("one"));
    micro = PayaraMicroProcess.start(dir, PayaraMicroProcess.freePort(), environment);
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

  private static GreenMail startSmtp() {
    GreenMail mail =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  // ---------------------------------------------------------------- a partnership with three
  // contacts

  record Partners(
      long partnership, long mentor, long mentee, String a, String b, String c, String title) {}

  private static Partners partners() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String a = "mentor-" + tag + "@example.org";
    String b = "mentee-" + tag + "@example.org";
    String c = "platform-" + tag + "@example.org";
    long mentor = created(postJson(micro.uri("api/v1/operators"), operatorJson("KE")));
    long mentee = created(postJson(micro.uri("api/v1/operators"), operatorJson("UG")));
    long platform =
        created(
            postJson(
                micro.uri("api/v1/organisations"),
                "{\"name\":\"Platform " + tag + "\",\"kind\":\"PLATFORM\",\"country\":\"KE\"}"));
    ok(
        postJson(
            micro.uri("api/v1/operators/" + mentor + "/contacts"), contact("Ann Mentor", a, "EN")));
    ok(
        postJson(
            micro.uri("api/v1/operators/" + mentee + "/contacts"),
            contact("Bénédicte Mentee", b, "FR")));
    ok(
        postJson(
            micro.uri("api/v1/organisations/" + platform + "/contacts"),
            contact("Carmen Plataforma", c, "ES")));
    String title = "Water losses " + tag;
    String body =
        Json.createObjectBuilder()
            .add("typeId", "wop-mentoring")
            .add("title", title)
            .add("objectives", "Halve losses.")
            .add("currency", "USD")
            .add("plannedStart", LocalDate.now().plusDays(90).toString())
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
    long id = created(postJson(micro.uri("api/v1/partnerships"), body));
    return new Partners(id, mentor, mentee, a, b, c, title);
  }

  private static jakarta.json.JsonObjectBuilder participant(long operator, String role) {
    return Json.createObjectBuilder()
        .add("operatorId", operator)
        .add("role", role)
        .add("cashContribution", 1000)
        .add("inKindContribution", 2000)
        .add("responsibilities", "Coaching.")
        .add("interests", "Lower losses.");
  }

  private static String operatorJson(String country) {
    return Json.createObjectBuilder()
        .add("name", "Operator " + UUID.randomUUID())
        .add("kind", "UTILITY")
        .add("country", country)
        .add("city", "City")
        .add("services", "WATER")
        .add("ownership", "PUBLIC")
        .build()
        .toString();
  }

  private static String contact(String name, String email, String language) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("email", email)
        .add("language", language)
        .add("role", "WOP coordinator")
        .build()
        .toString();
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return object(r).getJsonNumber("id").longValue();
  }

  private static JsonObject ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
    return r.body().isBlank() ? null : object(r);
  }

  private static void status(long partnership, String status) throws Exception {
    ok(
        postJson(
            micro.uri("api/v1/partnerships/" + partnership + "/status"),
            "{\"status\":\"" + status + "\"}"));
  }

  private static void agreeAndActivate(Partners p) throws Exception {
    String now =
        object(get(micro.uri("api/v1/partnerships/" + p.partnership()))).getString("status");
    if (now.equals("IDENTIFIED")) {
      status(p.partnership(), "PROPOSED");
    }
    ok(
        putJson(
            micro.uri("api/v1/partnerships/" + p.partnership() + "/agreement"),
            "{\"objectivesAndOutputs\":\"Two DMAs.\",\"cashValue\":2000,\"inKindValue\":4000}"));
    for (long operator : new long[] {p.mentor(), p.mentee()}) {
      postJson(
          micro.uri("api/v1/operators/" + operator + "/endorsements"),
          "{\"endorsedBy\":\"Director\"}");
      ok(
          postJson(
              micro.uri("api/v1/partnerships/" + p.partnership() + "/signatures"),
              "{\"operatorId\":" + operator + ",\"signedBy\":\"Director\"}"));
    }
    status(p.partnership(), "AGREED");
    status(p.partnership(), "ACTIVE");
  }

  // ---------------------------------------------------------------- reading the mailbox

  /** Waits until the mails matching {@code which} number {@code count}, then returns them. */
  private static List<MimeMessage> await(Predicate<MimeMessage> which, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    List<MimeMessage> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
      if (found.size() >= count) {
        TimeUnit.MILLISECONDS.sleep(1500); // any duplicate would arrive now
        return Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    return found;
  }

  private static Predicate<MimeMessage> to(String... emails) {
    List<String> list = List.of(emails);
    return m -> {
      try {
        return list.contains(m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""));
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

  private static String recipient(MimeMessage m) throws Exception {
    return m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
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
          String type = part.getContentType().split(";")[0].trim().toLowerCase();
          parts.put(
              type,
              c instanceof String s ? s : new String(((java.io.InputStream) c).readAllBytes()));
        }
      }
    }
  }

  // ---------------------------------------------------------------- the tests

  @Test
  @Order(1)
  void eachEventMailsTheRightPeopleInTheirLanguageWithBothPartsAndALink() throws Exception {
    Partners p = partners();

    status(p.partnership(), "PROPOSED");
    List<MimeMessage> proposed = await(to(p.a(), p.b(), p.c()).and(subject(p.title())), 3);
    assertThat(proposed).hasSize(3);
    Map<String, String> subjects = new HashMap<>();
    for (MimeMessage m : proposed) {
      subjects.put(recipient(m), m.getSubject());
      Map<String, String> parts = parts(m);
      assertThat(parts).containsKeys("text/plain", "text/html");
      assertThat(parts.get("text/plain")).contains(BASE_URL + "wop.xhtml?id=" + p.partnership());
      assertThat(parts.get("text/html"))
          // Mustache escapes '=' and '&' in attributes (a browser reads them back)
          .contains(
              "href=\"" + BASE_URL + "wop.xhtml?id&#61;" + p.partnership() + "&amp;lang&#61;");
      assertThat(m.getHeader("Message-ID")[0]).endsWith("@wops-platform>");
    }
    assertThat(subjects.get(p.a())).isEqualTo("Now proposed: " + p.title());
    assertThat(subjects.get(p.b())).isEqualTo("Désormais proposé : " + p.title());
    assertThat(subjects.get(p.c())).isEqualTo("Ahora propuesta: " + p.title());
    assertThat(
            parts(proposed.stream().filter(to(p.b())).findFirst().orElseThrow()).get("text/plain"))
        .contains("Bonjour Bénédicte Mentee");

    agreeAndActivate(p);
    assertThat(await(to(p.a(), p.b(), p.c()).and(subject("Agreement signed by all partners")), 1))
        .isNotEmpty();
    assertThat(await(to(p.b()).and(subject("Accord signé par tous les partenaires")), 1))
        .hasSize(1);

    JsonObject partnership = object(get(micro.uri("api/v1/partnerships/" + p.partnership())));
    // the first of the template (the last signature reached the agreement milestone already)
    long milestone =
        partnership.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
            .filter(m -> "concept-note".equals(m.getString("templateKey", "")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String today = LocalDate.now().toString();
    ok(
        postJson(
            micro.uri(
                "api/v1/partnerships/" + p.partnership() + "/milestones/" + milestone + "/reached"),
            "{\"actualDate\":\"" + today + "\"}"));
    List<MimeMessage> reached = await(to(p.a()).and(subject("Milestone reached")), 1);
    assertThat(reached).hasSize(1);
    String ics = parts(reached.get(0)).get("text/calendar");
    assertThat(ics).isNotNull();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(event.getDateTimeStart().getValue()).isEqualTo(today.replace("-", ""));

    long update =
        created(
            postJson(
                micro.uri("api/v1/partnerships/" + p.partnership() + "/updates"),
                "{\"periodStart\":\""
                    + today
                    + "\",\"periodEnd\":\""
                    + today
                    + "\",\"summary\":\"Started.\"}"));
    ok(postJson(micro.uri("api/v1/updates/" + update + "/submit"), ""));
    assertThat(await(to(p.c()).and(subject("Informe de avance por revisar")), 1)).hasSize(1);
    ok(
        postJson(
            micro.uri("api/v1/updates/" + update + "/return"),
            "{\"reason\":\"Add the NRW figures.\"}"));
    List<MimeMessage> returned =
        await(to(p.a(), p.b()).and(subject(p.title())).and(subject("return", "renvoy")), 2);
    assertThat(returned)
        .extracting(NotificationsIT::recipient)
        .containsExactlyInAnyOrder(p.a(), p.b());
    assertThat(parts(returned.get(0)).get("text/plain")).contains("Add the NRW figures.");
    ok(
        putJson(
            micro.uri("api/v1/updates/" + update),
            "{\"periodStart\":\""
                + today
                + "\",\"periodEnd\":\""
                + today
                + "\",\"summary\":\"NRW 41 %.\"}"));
    ok(postJson(micro.uri("api/v1/updates/" + update + "/submit"), ""));
    // four eyes: the update's author (the first administrator) does not approve it
    ok(
        org.wops.web.it.support.Http.send(
            "POST", micro.uri("api/v1/updates/" + update + "/approve"), "", secondSecretary()));
    assertThat(await(to(p.a(), p.b()).and(subject("approved", "approuvé")), 2))
        .extracting(NotificationsIT::recipient)
        .containsExactlyInAnyOrder(p.a(), p.b());
    assertThat(
            Arrays.stream(smtp.getReceivedMessages())
                .filter(to(p.a(), p.b()))
                .filter(subject("Progress update to review")))
        .as("submitted updates go to the coordinators only")
        .isEmpty();
  }

  private static Predicate<MimeMessage> subject(String one, String other) {
    return subject(one).or(subject(other));
  }

  @Test
  @Order(2)
  void aNewCharterVersionMailsTheOperatorsWhoseEndorsementIsNowStale() throws Exception {
    Partners p = partners();
    agreeAndActivate(p);

    HttpResponse<String> published =
        postJson(
            micro.uri("api/v1/charter/versions"),
            "{\"title\":\"Charter 2\",\"principles\":\"Principles.\",\"codeOfConduct\":\"Sign first.\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    int version = object(published).getInt("number");

    List<MimeMessage> mails = await(to(p.a(), p.b()).and(subject("(version " + version + ")")), 2);
    assertThat(mails)
        .extracting(NotificationsIT::recipient)
        .containsExactlyInAnyOrder(p.a(), p.b());
    assertThat(mails.stream().filter(to(p.b())).findFirst().orElseThrow().getSubject())
        .startsWith("Nouvelle Charte des WOP");
  }

  @Test
  @Order(3)
  void aPersonWhoSwitchedAKindOfMailOffDoesNotReceiveItAndAnUnconfirmedSubscriberNeither()
      throws Exception {
    Partners p = partners();
    String donor = "donor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> subscribed =
        postJson(
            micro.uri("api/v1/partnerships/" + p.partnership() + "/subscriptions"),
            "{\"email\":\"" + donor + "\",\"name\":\"Donor\",\"language\":\"ES\"}");
    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(202);
    assertThat(object(subscribed).getString("status")).isEqualTo("PENDING_CONFIRMATION");
    HttpResponse<String> prefs =
        putJson(
            micro.uri("api/v1/notifications/preferences/" + p.b()), "{\"STATUS_CHANGED\": false}");
    assertThat(object(prefs).getBoolean("STATUS_CHANGED")).isFalse();
    assertThat(object(prefs).getBoolean("MILESTONE_DUE_SOON")).isTrue();

    status(p.partnership(), "PROPOSED");

    assertThat(await(to(p.a(), p.c()).and(subject(p.title())), 2))
        .extracting(NotificationsIT::recipient)
        .containsExactlyInAnyOrder(p.a(), p.c());
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(to(p.b()))).isEmpty();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(to(donor)))
        .as("before confirming, the subscriber receives the request to confirm, nothing else")
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("Confirme, por favor"));
  }

  @Test
  @Order(4)
  void theMilestoneScanRunTwiceOnOneDayQueuesEachMailOnce() throws Exception {
    Partners p = partners();
    LocalDate due = LocalDate.now().plusDays(3);
    ok(
        postJson(
            micro.uri("api/v1/partnerships/" + p.partnership() + "/milestones"),
            "{\"title\":\"Leak survey " + p.title() + "\",\"plannedDate\":\"" + due + "\"}"));

    ok(
        postJson(
            micro.uri("api/v1/partnerships/" + p.partnership() + "/milestones"),
            "{\"title\":\"Meter audit "
                + p.title()
                + "\",\"plannedDate\":\""
                + LocalDate.now().minusDays(2)
                + "\"}"));

    int first = object(postJson(micro.uri("api/v1/notifications/scan"), "")).getInt("queued");
    int second = object(postJson(micro.uri("api/v1/notifications/scan"), "")).getInt("queued");

    assertThat(first).isGreaterThanOrEqualTo(6);
    assertThat(await(to(p.b()).and(subject("En retard : Meter audit")), 1)).hasSize(1);
    assertThat(second).isZero();
    List<MimeMessage> dueSoon =
        await(to(p.a(), p.b(), p.c()).and(subject("Leak survey " + p.title())), 3);
    assertThat(dueSoon).hasSize(3);
    assertThat(dueSoon.stream().filter(to(p.a())).findFirst().orElseThrow().getSubject())
        .startsWith("Due in 3 days: Leak survey");
    Calendar calendar =
        new CalendarBuilder().build(new StringReader(parts(dueSoon.get(0)).get("text/calendar")));
    assertThat(
            calendar
                .getComponent("VEVENT")
                .map(VEvent.class::cast)
                .orElseThrow()
                .getDateTimeStart()
                .getValue())
        .isEqualTo(due.toString().replace("-", ""));
  }

  @Test
  @Order(5)
  void whileSmtpIsDownMailsAreRetriedAndAllArriveOnceItIsBack() throws Exception {
    Partners p = partners();
    smtp.stop();
    try {
      status(p.partnership(), "PROPOSED");
      TimeUnit.SECONDS.sleep(2);
      List<JsonObject> pending = outbox(p.partnership());
      assertThat(pending)
          .hasSize(3)
          .allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("PENDING"));
      assertThat(pending)
          .anySatisfy(m -> assertThat(m.getInt("attempts")).isGreaterThanOrEqualTo(1));
      assertThat(pending).anySatisfy(m -> assertThat(m.getString("lastError", "")).isNotBlank());
    } finally {
      smtp = startSmtp();
    }

    List<MimeMessage> arrived = await(to(p.a(), p.b(), p.c()).and(subject(p.title())), 3);
    assertThat(arrived).hasSize(3);
    assertThat(arrived.stream().map(m -> header(m, "Message-ID")).distinct()).hasSize(3);
    assertThat(outbox(p.partnership()))
        .allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("SENT"));
  }

  @Test
  @Order(6)
  void aMessageThatKeepsFailingIsMarkedFailedWithItsErrorAndCanBeResent() throws Exception {
    Partners p = partners();
    smtp.stop();
    List<JsonObject> failed;
    try {
      status(p.partnership(), "PROPOSED");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
      do {
        TimeUnit.SECONDS.sleep(1);
        failed = outbox(p.partnership());
      } while (Instant.now().isBefore(deadline)
          && !failed.stream().allMatch(m -> m.getString("status").equals("FAILED")));
      assertThat(failed)
          .hasSize(3)
          .allSatisfy(
              m -> {
                assertThat(m.getString("status")).isEqualTo("FAILED");
                assertThat(m.getInt("attempts")).isEqualTo(4);
                assertThat(m.getString("lastError")).isNotBlank();
              });
      HttpResponse<String> failedList =
          get(
              micro.uri(
                  "api/v1/notifications/outbox?status=FAILED&partnership=" + p.partnership()));
      assertThat(array(failedList)).hasSize(3);
    } finally {
      smtp = startSmtp();
    }

    for (JsonObject m : failed) {
      HttpResponse<String> resent =
          postJson(
              micro.uri(
                  "api/v1/notifications/outbox/" + m.getJsonNumber("id").longValue() + "/resend"),
              "");
      assertThat(object(resent).getString("status")).isEqualTo("PENDING");
    }
    assertThat(await(to(p.a(), p.b(), p.c()).and(subject(p.title())), 3)).hasSize(3);
  }

  @Test
  @Order(7)
  void twoInstancesDispatchingOneOutboxSendEachMailExactlyOnce() throws Exception {
    Path dir = java.nio.file.Files.createDirectories(workDir.resolve("two"));
    try (PayaraMicroProcess second =
        PayaraMicroProcess.start(dir, PayaraMicroProcess.freePort(), environment)) {
      List<Partners> many = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        many.add(partners());
      }
      for (Partners p : many) {
        status(p.partnership(), "PROPOSED");
        status(p.partnership(), "SUSPENDED");
      }
      String[] everyone =
          many.stream().flatMap(p -> List.of(p.a(), p.b(), p.c()).stream()).toArray(String[]::new);
      List<MimeMessage> mails = await(to(everyone), many.size() * 3 * 2);

      assertThat(mails)
          .as(
              () ->
                  mails.stream()
                      .map(m -> subjectOf(m) + " | " + header(m, "Message-ID"))
                      .sorted()
                      .toList()
                      .toString())
          .hasSize(many.size() * 3 * 2);
      List<String> ids =
          Arrays.stream(smtp.getReceivedMessages()).map(m -> header(m, "Message-ID")).toList();
      assertThat(ids).as("no mail arrived twice").doesNotHaveDuplicates();
      assertThat(second.uri("")).isNotNull();
    }
  }

  /**
   * Issue 16, item 2: a milestone due in a month is reminded counting to the month's last day, is
   * overdue only from the first day after it, and its calendar event spans the month (DTSTART its
   * first day, DTEND the day after its last) and says so.
   */
  @Test
  @Order(8)
  void aMilestoneDueInAMonthIsRemindedToItsLastDayAndItsCalendarEventSpansTheMonth()
      throws Exception {
    Partners p = partners();
    java.time.YearMonth month = java.time.YearMonth.now().plusMonths(2);
    String title = "Audit des compteurs de Dji’i " + p.title();
    ok(
        postJson(
            micro.uri("api/v1/partnerships/" + p.partnership() + "/milestones"),
            Json.createObjectBuilder()
                .add("title", title)
                .add("plannedDate", month.toString())
                .build()
                .toString()));
    java.util.Locale fr = java.util.Locale.FRENCH;
    String inWords = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", fr).format(month);
    String lastDay =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
            .withLocale(fr)
            .format(month.atEndOfMonth());

    scan(month.atEndOfMonth().minusDays(3));
    MimeMessage dueSoon = await(to(p.b()).and(subject(title)), 1).get(0);
    assertThat(dueSoon.getSubject()).startsWith("Échéance dans 3 jours : " + title);
    assertThat(parts(dueSoon).get("text/plain"))
        .contains("est prévue en " + inWords + " (au plus tard le " + lastDay + "), dans 3 jours.");
    String ics = parts(dueSoon).get("text/calendar");
    VEvent event =
        new CalendarBuilder()
            .build(new StringReader(ics))
            .getComponent("VEVENT")
            .map(VEvent.class::cast)
            .orElseThrow();
    assertThat(ics)
        .contains("DTSTART;VALUE=DATE:" + month.atDay(1).toString().replace("-", ""))
        .contains("DTEND;VALUE=DATE:" + month.plusMonths(1).atDay(1).toString().replace("-", ""));
    assertThat(event.getDescription().getValue())
        .contains("Prévue en " + inWords + " (au plus tard le " + lastDay + ")");

    // on the month's last day it is not overdue yet; on the next day it is
    scan(month.atEndOfMonth());
    TimeUnit.SECONDS.sleep(3);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(subject("En retard : " + title)))
        .isEmpty();
    scan(month.plusMonths(1).atDay(1));
    MimeMessage overdue = await(to(p.b()).and(subject("En retard : " + title)), 1).get(0);
    assertThat(parts(overdue).get("text/plain"))
        .contains("était prévue en " + inWords + " (au plus tard le " + lastDay + ")");
    MimeMessage spanish = await(to(p.c()).and(subject("Vencido")).and(subject(title)), 1).get(0);
    assertThat(parts(spanish).get("text/plain"))
        .contains(
            "en "
                + java.time.format.DateTimeFormatter.ofPattern(
                        "LLLL 'de' yyyy", java.util.Locale.forLanguageTag("es"))
                    .format(month));
  }

  private static void scan(LocalDate day) throws Exception {
    HttpResponse<String> r = postJson(micro.uri("api/v1/notifications/scan?date=" + day), "");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private static List<JsonObject> outbox(long partnership) throws Exception {
    HttpResponse<String> r =
        get(micro.uri("api/v1/notifications/outbox?size=50&partnership=" + partnership));
    assertThat(r.statusCode()).as(() -> r.body() + tailOf()).isEqualTo(200);
    return array(r).getValuesAs(JsonObject.class);
  }

  private static String tailOf() {
    try {
      return micro.tail();
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  private static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage m, String name) {
    try {
      return m.getHeader(name)[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unused")
  private static URI base() {
    return micro.uri("");
  }

  /** A second secretariat account, for decisions the first administrator may not take alone. */
  private String secondSecretary() throws Exception {
    String username = "secretariat-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Secrétariat-" + UUID.randomUUID();
    HttpResponse<String> r =
        postJson(
            micro.uri("api/v1/users"),
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add("ADMIN"))
                .build()
                .toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return org.wops.web.it.support.Http.basic(username, password);
  }
}
