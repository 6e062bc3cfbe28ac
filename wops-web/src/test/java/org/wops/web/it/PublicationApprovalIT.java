package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.array;
import static org.wops.web.it.support.Http.created;
import static org.wops.web.it.support.Http.object;
import static org.wops.web.it.support.Http.ok;
import static org.wops.web.it.support.MailBox.subject;
import static org.wops.web.it.support.MailBox.text;
import static org.wops.web.it.support.MailBox.to;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.MailBox;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.Seeds;

/**
 * Issue 14.3 through the deployed WAR on the real PostgreSQL, with mail to a real SMTP server
 * (GreenMail): the secretariat approves profiles for publication (an editor's request, the
 * secretariat's return with a reason and its approval, audited and mailed), and a funder's
 * contribution counts in the public statistics only once the funder itself confirmed it.
 */
class PublicationApprovalIT {
  private static final String PASSWORD = "long-enough-password";
  private static final String SECRETARIAT = "secretariat@wops.example.org";
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);

  @TempDir static Path workDir;
  private static GreenMail smtp;
  private static PayaraMicroProcess micro;

  @BeforeAll
  static void start() throws Exception {
    int smtpPort = PayaraMicroProcess.freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, String> environment = new HashMap<>();
    environment.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    environment.put("WOPS_DB_USER", "postgres");
    environment.put("WOPS_DB_PASSWORD", "postgres");
    environment.put("WOPS_MAIL_HOST", "127.0.0.1");
    environment.put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    environment.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    environment.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    environment.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    environment.put("WOPS_SECRETARIAT_EMAIL", SECRETARIAT);
    environment.put("WOPS_SECRETARIAT_LANGUAGE", "FR");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), environment);
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

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  // ---------------------------------------------------------------- a Beninese mentoring WOP

  record Wop(
      long id,
      long mentor,
      long funder,
      long otherDonor,
      String editor,
      String coordinator,
      String funderDonor,
      String otherDonorUser,
      String mentorContact) {}

  private Wop wop() throws Exception {
    long mentor = operator("Société Béninoise des Eaux (" + tag + ")", "UTILITY", "Cotonou");
    long mentee =
        operator("Ministère de l’Eau et des Mines (" + tag + ")", "PUBLIC_AUTHORITY", "Porto-Novo");
    long funder = organisation("Agence Française de Développement (" + tag + ")", "DONOR", "FR");
    long platform = organisation("Plateforme africaine des WOP (" + tag + ")", "PLATFORM", "BJ");
    long otherDonor = organisation("Kreditanstalt für Wiederaufbau (" + tag + ")", "DONOR", "DE");
    String mentorContact = "dg-" + tag + "@soneb.example.bj";
    ok(
        Http.postJson(
            uri("api/v1/operators/" + mentor + "/contacts"),
            Json.createObjectBuilder()
                .add("name", "Aïcha Dossou")
                .add("email", mentorContact)
                .add("language", "FR")
                .add("role", "Coordinatrice WOP")
                .build()
                .toString()));
    long id =
        created(
            Http.postJson(
                uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", "Réduction des pertes à Cotonou – phase 2 (" + tag + ")")
                    .add("objectives", "Réduire l’eau non facturée de 30 % à 20 %.")
                    .add("currency", "XOF")
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("operatorId", mentor)
                                    .add("role", "MENTOR"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("operatorId", mentee)
                                    .add("role", "MENTEE")))
                    .add(
                        "supporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", funder)
                                    .add("role", "FUNDER")
                                    .add("contribution", new BigDecimal("250000000")))
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", platform)
                                    .add("role", "FACILITATOR")))
                    .build()
                    .toString()));
    return new Wop(
        id,
        mentor,
        funder,
        otherDonor,
        user("editeur-soneb", "OPERATOR_EDITOR", List.of(mentor), List.of()),
        user("coordination-plateforme", "COORDINATOR", List.of(), List.of(platform)),
        user("afd-coordination", "COORDINATOR", List.of(), List.of(funder)),
        user("kfw-koordination", "COORDINATOR", List.of(), List.of(otherDonor)),
        mentorContact);
  }

  // ---------------------------------------------------------------- publication

  @Test
  void anEditorRequestsPublicationAndOnlyTheSecretariatPublishesOrReturnsIt() throws Exception {
    Wop w = wop();
    String p = "api/v1/partnerships/" + w.id();

    // the editor's direct publication no longer publishes
    HttpResponse<String> direct =
        Http.send("POST", uri(p + "/publication"), "{\"published\":true}", w.editor());
    assertThat(direct.statusCode()).as(direct.body()).isEqualTo(403);
    assertThat(object(direct).getString("type"))
        .isEqualTo("urn:wops:problem:access.publication.decide");
    assertThat(Http.send("GET", uri(p), null, null).statusCode()).isEqualTo(404);

    // the request
    JsonObject requested = ok(Http.send("POST", uri(p + "/publication/request"), null, w.editor()));
    assertThat(requested.getString("state")).isEqualTo("REQUESTED");
    assertThat(requested.getBoolean("published")).isFalse();
    assertThat(requested.getString("requestedBy")).isEqualTo("editeur-soneb-" + tag);
    HttpResponse<String> again =
        Http.send("POST", uri(p + "/publication/request"), null, w.editor());
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(object(again).getString("type"))
        .isEqualTo("urn:wops:problem:rule:publication.already-requested");
    assertThat(Http.send("GET", uri(p), null, null).statusCode())
        .as("still unpublished")
        .isEqualTo(404);
    MimeMessage toSecretariat =
        MailBox.await(smtp, to(SECRETARIAT).and(subject("Publication demandée")), 1).get(0);
    assertThat(text(toSecretariat)).contains("editeur-soneb-" + tag);

    // neither the coordinator nor the editor decides
    for (String who : List.of(w.coordinator(), w.editor())) {
      assertThat(Http.send("POST", uri(p + "/publication/approval"), null, who).statusCode())
          .isEqualTo(403);
    }

    // a return needs its reason
    HttpResponse<String> noReason =
        Http.send("POST", uri(p + "/publication/return"), "{\"reason\":\"  \"}", ADMIN);
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("reason");
    String reason = "Les objectifs ne disent pas comment l’eau non facturée sera mesurée.";
    JsonObject returned =
        ok(
            Http.send(
                "POST",
                uri(p + "/publication/return"),
                Json.createObjectBuilder().add("reason", reason).build().toString(),
                ADMIN));
    assertThat(returned.getString("state")).isEqualTo("RETURNED");
    assertThat(returned.getString("returnReason")).isEqualTo(reason);
    assertThat(Http.send("GET", uri(p), null, null).statusCode()).isEqualTo(404);
    MimeMessage returnMail =
        MailBox.await(smtp, to(w.mentorContact()).and(subject("Publication renvoyée")), 1).get(0);
    assertThat(text(returnMail)).contains("mesur");

    // asked again, and approved
    ok(Http.send("POST", uri(p + "/publication/request"), null, w.coordinator()));
    JsonObject approved = ok(Http.send("POST", uri(p + "/publication/approval"), null, ADMIN));
    assertThat(approved.getString("state")).isEqualTo("PUBLISHED");
    assertThat(Http.send("GET", uri(p), null, null).statusCode()).isEqualTo(200);
    MailBox.await(smtp, to(w.mentorContact()).and(subject("Fiche publiée")), 1);
    HttpResponse<String> approvedAgain =
        Http.send("POST", uri(p + "/publication/approval"), null, ADMIN);
    assertThat(object(approvedAgain).getString("type"))
        .isEqualTo("urn:wops:problem:rule:publication.not-requested");

    // every step is in the audit trail, with its actor
    List<JsonObject> audit =
        array(Http.send("GET", uri(p + "/audit"), null, ADMIN)).getValuesAs(JsonObject.class);
    assertThat(audit)
        .extracting(a -> a.getString("action") + " by " + a.getString("actor"))
        .contains(
            "publication.requested by editeur-soneb-" + tag,
            "publication.returned by admin",
            "publication.requested by coordination-plateforme-" + tag,
            "publication.approved by admin");
    assertThat(audit.stream().filter(a -> a.getString("action").equals("publication.returned")))
        .allSatisfy(a -> assertThat(a.getString("description")).contains(reason));

    // taking one's own profile down needs no approval
    JsonObject down =
        ok(Http.send("POST", uri(p + "/publication"), "{\"published\":false}", w.editor()));
    assertThat(down.getString("state")).isEqualTo("UNPUBLISHED");
    assertThat(Http.send("GET", uri(p), null, null).statusCode()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- money

  @Test
  void aFundersContributionCountsInPublicFiguresOnlyOnceTheFunderConfirmedIt() throws Exception {
    Wop w = wop();
    String p = "api/v1/partnerships/" + w.id();
    ok(Http.send("POST", uri(p + "/publication"), "{\"published\":true}", ADMIN));
    BigDecimal before = publicDonorFunds();
    assertThat(supporter(p, w.funder()).getBoolean("confirmed")).isFalse();

    // a coordinator of another organisation and the partnership's own editor cannot confirm
    for (String who : List.of(w.otherDonorUser(), w.editor())) {
      HttpResponse<String> refused =
          Http.send("POST", uri(p + "/supporters/" + w.funder() + "/confirmation"), null, who);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }
    assertThat(
            object(
                    Http.send(
                        "POST",
                        uri(p + "/supporters/" + w.funder() + "/confirmation"),
                        null,
                        w.otherDonorUser()))
                .getString("type"))
        .isEqualTo("urn:wops:problem:access.contribution.confirm");
    assertThat(publicDonorFunds()).as("unconfirmed: left out").isEqualByComparingTo(before);

    // the funder's own coordinator confirms: now it counts
    ok(
        Http.send(
            "POST", uri(p + "/supporters/" + w.funder() + "/confirmation"), null, w.funderDonor()));
    assertThat(supporter(p, w.funder()).getBoolean("confirmed")).isTrue();
    assertThat(publicDonorFunds()).isEqualByComparingTo(before.add(new BigDecimal("250000000")));
    assertThat(
            array(Http.send("GET", uri(p + "/audit"), null, ADMIN)).getValuesAs(JsonObject.class))
        .anySatisfy(
            a -> {
              assertThat(a.getString("action")).isEqualTo("contribution.confirmed");
              assertThat(a.getString("actor")).isEqualTo("afd-coordination-" + tag);
            });

    // a changed amount is not confirmed any more
    String changed =
        "{\"supporters\":[{\"organisationId\":"
            + w.funder()
            + ",\"role\":\"FUNDER\",\"contribution\":300000000}]}";
    ok(Http.send("PUT", uri(p + "/supporters"), changed, w.editor()));
    assertThat(supporter(p, w.funder()).getBoolean("confirmed")).isFalse();
    assertThat(publicDonorFunds()).isEqualByComparingTo(before);

    // amounts have a sane upper bound
    String huge =
        "{\"supporters\":[{\"organisationId\":"
            + w.funder()
            + ",\"role\":\"FUNDER\",\"contribution\":999999999999999}]}";
    HttpResponse<String> refused = Http.send("PUT", uri(p + "/supporters"), huge, w.editor());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonObject error = object(refused).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("contribution");
    assertThat(error.getString("rule")).isEqualTo("money.too-large");
    assertThat(supporter(p, w.funder()).getJsonNumber("contribution").bigDecimalValue())
        .isEqualByComparingTo("300000000");
  }

  @Test
  void aConfirmedContributionCountsNoMoreOnceThePartnershipChangesItsCurrency() throws Exception {
    Wop w = wop();
    String p = "api/v1/partnerships/" + w.id();
    ok(Http.send("POST", uri(p + "/publication"), "{\"published\":true}", ADMIN));
    BigDecimal beforeEur = publicDonorFunds("EUR");
    ok(
        Http.send(
            "POST", uri(p + "/supporters/" + w.funder() + "/confirmation"), null, w.funderDonor()));
    assertThat(supporter(p, w.funder()).getBoolean("confirmed")).isTrue();

    // the funder confirmed 250,000,000 XOF; the editor makes it 250,000,000 EUR by the details
    String details =
        Json.createObjectBuilder()
            .add("title", "Réduction des pertes à Cotonou – phase 2 (" + tag + ")")
            .add("objectives", "Réduire l’eau non facturée de 30 % à 20 %.")
            .add("currency", "EUR")
            .build()
            .toString();
    ok(Http.send("PUT", uri(p + "/details"), details, w.editor()));
    assertThat(supporter(p, w.funder()).getBoolean("confirmed"))
        .as("an amount in another currency is another amount: the funder confirms it again")
        .isFalse();
    assertThat(publicDonorFunds("EUR")).isEqualByComparingTo(beforeEur);

    ok(
        Http.send(
            "POST", uri(p + "/supporters/" + w.funder() + "/confirmation"), null, w.funderDonor()));
    assertThat(publicDonorFunds("EUR"))
        .isEqualByComparingTo(beforeEur.add(new BigDecimal("250000000")));
  }

  @Test
  void anOperatorsStatedContributionCountsPubliclyOnlyOnceItSignedOrTheSecretariatRecordedIt()
      throws Exception {
    Wop w = wop();
    String p = "api/v1/partnerships/" + w.id();
    long mentee =
        object(Http.send("GET", uri(p), null, ADMIN)).getJsonArray("participants").stream()
            .map(JsonObject.class::cast)
            .filter(x -> x.getString("role").equals("MENTEE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("operatorId")
            .longValue();
    BigDecimal before = publicOperatorCash();
    // the mentor's editor writes the ministry's money: said by another, signed by nobody
    HttpResponse<String> said =
        Http.send(
            "PUT",
            uri(p + "/participants"),
            "{\"participants\":[{\"operatorId\":"
                + w.mentor()
                + ",\"role\":\"MENTOR\"},{\"operatorId\":"
                + mentee
                + ",\"role\":\"MENTEE\",\"cashContribution\":999999999999}]}",
            w.editor());
    assertThat(said.statusCode()).as(said.body()).isEqualTo(200);
    ok(Http.send("POST", uri(p + "/publication"), "{\"published\":true}", ADMIN));
    assertThat(publicOperatorCash())
        .as("a contribution its operator never signed is not in the public figures")
        .isEqualByComparingTo(before);

    // what the secretariat recorded from the evidence counts
    long recorded =
        created(
            Http.postJson(
                uri("api/v1/partnerships/recorded"),
                "{\"typeId\":\"wop\",\"title\":\"Gestion commerciale à Parakou ("
                    + tag
                    + ")\",\"objectives\":\"Recouvrement.\",\"currency\":\"XOF\","
                    + "\"status\":\"COMPLETED\",\"actualStart\":\"2013\",\"participants\":["
                    + "{\"operatorId\":"
                    + w.mentor()
                    + ",\"role\":\"MENTOR\",\"cashContribution\":1500000},{\"operatorId\":"
                    + mentee
                    + ",\"role\":\"MENTEE\"}]}"));
    ok(
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + recorded + "/publication"),
            "{\"published\":true}",
            ADMIN));
    assertThat(publicOperatorCash()).isEqualByComparingTo(before.add(new BigDecimal("1500000")));
  }

  // ---------------------------------------------------------------- helpers

  private BigDecimal publicOperatorCash() throws Exception {
    JsonObject stats = object(Http.send("GET", uri("api/v1/statistics"), null, null));
    return stats.getJsonArray("funds").getValuesAs(JsonObject.class).stream()
        .filter(
            f ->
                f.getString("source").equals("OPERATORS_CASH")
                    && f.getString("currency").equals("XOF"))
        .filter(
            f ->
                f.get("amount") != null
                    && f.get("amount").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER)
        .map(f -> f.getJsonNumber("amount").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal publicDonorFunds() throws Exception {
    return publicDonorFunds("XOF");
  }

  private BigDecimal publicDonorFunds(String currency) throws Exception {
    JsonObject stats = object(Http.send("GET", uri("api/v1/statistics"), null, null));
    return stats.getJsonArray("funds").getValuesAs(JsonObject.class).stream()
        .filter(
            f -> f.getString("source").equals("DONOR") && f.getString("currency").equals(currency))
        .map(f -> f.getJsonNumber("amount").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private JsonObject supporter(String p, long organisation) throws Exception {
    return object(Http.send("GET", uri(p), null, ADMIN))
        .getJsonArray("supporters")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getJsonNumber("organisationId").longValue() == organisation)
        .findFirst()
        .orElseThrow();
  }

  private static URI uri(String path) {
    return micro.uri(path);
  }

  private long operator(String name, String kind, String city) throws Exception {
    return new Seeds(micro).operator(name, kind, "BJ", city);
  }

  private long organisation(String name, String kind, String country) throws Exception {
    return new Seeds(micro).organisation(name, kind, country);
  }

  private String user(String name, String role, List<Long> operators, List<Long> organisations)
      throws Exception {
    return new Seeds(micro).user(name + "-" + tag, PASSWORD, role, operators, organisations);
  }
}
