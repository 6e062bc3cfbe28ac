package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.object;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.api.charter.CharterResource;
import org.wops.api.notification.SubscriptionResource;
import org.wops.api.operator.OperatorInput;
import org.wops.api.organisation.OrganisationInput;
import org.wops.api.partnership.BudgetInput;
import org.wops.api.partnership.PartnershipInput;
import org.wops.api.partnership.PublicationResource;
import org.wops.api.partnership.RecordInput;
import org.wops.api.partnership.ResultInput;
import org.wops.api.partnership.SourceInput;
import org.wops.api.partnership.WorkflowInputs;
import org.wops.api.reference.ReferenceResource;
import org.wops.api.support.ContactInput;
import org.wops.api.user.UserResource;
import org.wops.api.validation.InputFields;
import org.wops.api.validation.InputFields.InputField;
import org.wops.api.validation.InputFields.Kind;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * Issue 14.6 through the deployed WAR on the real PostgreSQL: every text, list and map of every
 * JSON body the API accepts has an upper bound. The fields are not listed here: {@link InputFields}
 * finds them by reflection in the resource classes, and this test sends, for every body, one value
 * one character (or one element) too long per field, and expects a 400 problem naming that field
 * and the rule with its limit, with nothing stored (every table's row count unchanged). Then each
 * body's free texts are sent at exactly their limit, in Vietnamese (several bytes per character:
 * PostgreSQL's varchar counts characters), and each is found in the database byte for byte.
 *
 * <p>A body class the API gains without a case here fails {@link #everyBodyHasACase()}.
 */
class FieldLimitsIT {
  /** Results with every field: a statement, its kind, an indicator with its three points. */
  private static final String RESULTS =
      "\"results\":[{\"statement\":\"ENRG de 39 % à 12 %\",\"kind\":\"OUTCOME\","
          + "\"indicator\":{\"title\":\"Eau non revenue\",\"unit\":\"%\","
          + "\"baseline\":{\"value\":39,\"note\":\"réseau\",\"dated\":\"2012\"},"
          + "\"target\":{\"value\":15,\"note\":\"cible\",\"dated\":\"2016\"},"
          + "\"actual\":{\"value\":12,\"note\":\"trois centres\",\"dated\":\"2016-06\"}}}]";

  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final String VIETNAMESE = "Công ty Cấp nước Đà Nẵng – ";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 6);

  /** Fields whose values are codes, addresses or secrets, not free text stored as sent. */
  private static final Set<String> NOT_FREE_TEXT =
      Set.of(
          "email",
          "password",
          "currentPassword",
          "username",
          "typeId",
          "code",
          "kpiCode",
          "workingArea",
          "dimension",
          "category",
          "currency",
          "country",
          "link",
          "titleLanguage",
          "objectivesLanguage");

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;

  private static long mentor;
  private static long mentee;
  private static long organisation;
  private static long partnership;
  private static long indicator;
  private static long update;
  private static String userName;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    environment.put("WOPS_DB_USER", "postgres");
    environment.put("WOPS_DB_PASSWORD", "postgres");
    environment.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), environment);

    mentor = created(post("api/v1/operators", operator("Société Béninoise des Eaux " + TAG)));
    mentee = created(post("api/v1/operators", operator("Stadtentwässerung Dresden " + TAG)));
    organisation =
        created(
            post(
                "api/v1/organisations",
                "{\"name\":\"Agence Française de Développement "
                    + TAG
                    + "\",\"kind\":\"DONOR\",\"country\":\"FR\"}"));
    partnership = created(post("api/v1/partnerships", partnershipBody("Dji’i " + TAG)));
    indicator =
        created(
            post(
                "api/v1/partnerships/" + partnership + "/indicators",
                "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":38.5,\"baselineDate\":\"2026-01-01\"}"));
    update =
        created(
            post(
                "api/v1/partnerships/" + partnership + "/updates",
                "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\","
                    + "\"summary\":\"Premier semestre : 1 200 compteurs posés.\"}"));
    userName = "editeur-" + TAG;
    HttpResponse<String> user =
        post(
            "api/v1/users",
            "{\"username\":\""
                + userName
                + "\",\"password\":\"long-enough-password\",\"language\":\"FR\","
                + "\"roles\":[\"OPERATOR_EDITOR\"],\"operatorIds\":["
                + mentor
                + "]}");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.close();
    }
  }

  // ---------------------------------------------------------------- the bodies

  /** One request that a body class is sent with, and whether it can be sent again at the limit. */
  record Case(Class<?> body, String method, String path, String json, boolean atLimit) {}

  private static List<Case> cases() {
    String p = "api/v1/partnerships/" + partnership;
    return List.of(
        new Case(OperatorInput.class, "POST", "api/v1/operators", operator("Dji’i " + TAG), true),
        new Case(
            ContactInput.class,
            "POST",
            "api/v1/operators/" + mentor + "/contacts",
            "{\"name\":\"Aïcha Dossou\",\"email\":\"dg@soneb.example.bj\",\"language\":\"FR\","
                + "\"role\":\"Coordinatrice WOP\"}",
            true),
        new Case(
            CharterResource.NewEndorsement.class,
            "POST",
            "api/v1/operators/" + mentee + "/endorsements",
            "{\"endorsedBy\":\"Dr. Ralf Strothteicher\"}",
            true),
        new Case(
            OrganisationInput.class,
            "POST",
            "api/v1/organisations",
            "{\"name\":\"Kreditanstalt für Wiederaufbau\",\"shortName\":\"KfW\",\"kind\":\"DONOR\","
                + "\"country\":\"DE\"}",
            true),
        // a new Charter version would change every operator's standing in the shared database
        new Case(
            CharterResource.NewVersion.class,
            "POST",
            "api/v1/charter/versions",
            "{\"title\":\"Charte\",\"principles\":\"P\",\"codeOfConduct\":\"C\","
                + "\"fr\":{\"title\":\"Charte\",\"principles\":\"P\",\"codeOfConduct\":\"C\"},"
                + "\"es\":{\"title\":\"Carta\",\"principles\":\"P\",\"codeOfConduct\":\"C\"}}",
            false),
        // a preview of a file that is not fetched: every refusal comes before any fetch
        new Case(
            org.wops.api.iati.IatiImportInput.class,
            "POST",
            "api/v1/iati/import?dryRun=true",
            "{\"url\":\"https://example.org/iati/activities.xml\","
                + "\"operators\":{\"Vitens Evides International\":\"1\"},"
                + "\"roles\":{\"Vitens Evides International\":\"MENTOR\"},"
                + "\"organisations\":{\"Ministry of Foreign Affairs of the Netherlands\":\"1\"},"
                + "\"confirmNew\":[\"NL-KVK-27378529-WOP-BF-4000002118\"]}",
            false),
        new Case(
            ReferenceResource.NewEntry.class,
            "POST",
            "api/v1/reference/kpis",
            "{\"code\":\"LIM_"
                + TAG.toUpperCase(java.util.Locale.ROOT)
                + "\",\"nameEn\":\"Meters read\",\"nameFr\":\"Compteurs relevés\","
                + "\"nameEs\":\"Medidores leídos\",\"unit\":\"%\"}",
            true),
        new Case(
            PartnershipInput.class,
            "POST",
            "api/v1/partnerships",
            partnershipBody("Réduction des pertes " + TAG),
            true),
        new Case(
            RecordInput.class,
            "POST",
            "api/v1/partnerships/recorded",
            partnershipBody("Renforcement commercial à Bobo-Dioulasso " + TAG)
                .replaceFirst(
                    "}$",
                    ",\"status\":\"COMPLETED\",\"actualStart\":\"2012\",\"record\":"
                        + "{\"agreementSigned\":true,\"agreementEvidence\":\"Protocole"
                        + " d’accord, archives\"},\"sources\":[{\"title\":\"Profil WOP\","
                        + "\"link\":\"https://example.org/wop\",\"note\":\"recouvrement\"}],"
                        + "\"budget\":{\"currency\":\"USD\",\"total\":250000,"
                        + "\"fundingDescription\":\"autofinancé par l’ONEA\","
                        + "\"lines\":[{\"year\":2012,\"amount\":1000}]},"
                        + RESULTS
                        + "}"),
            true),
        // a partnership run in the platform: the correction's fields are checked before the use
        // case
        new Case(
            RecordInput.Correction.class,
            "PUT",
            p + "/record",
            "{\"status\":\"COMPLETED\",\"record\":{\"agreementEvidence\":\"Protocole\"}}",
            false),
        new Case(
            SourceInput.Sources.class,
            "PUT",
            p + "/sources",
            "{\"sources\":[{\"title\":\"Rapport annuel de l’ONEA\",\"dated\":\"2014\","
                + "\"note\":\"pertes de 39 % à 25 %\"}]}",
            true),
        new Case(ResultInput.Results.class, "PUT", p + "/results", "{" + RESULTS + "}", true),
        new Case(
            BudgetInput.class,
            "PUT",
            p + "/budget",
            "{\"currency\":\"USD\",\"total\":250000,\"fundingType\":\"MIXED\","
                + "\"fundingDescription\":\"Don de l’OFID par l’intermédiaire de l’AWA\","
                + "\"lines\":[{\"year\":2013,\"amount\":120000}]}",
            true),
        new Case(
            WorkflowInputs.Details.class,
            "PUT",
            p + "/details",
            "{\"title\":\"Dji’i "
                + TAG
                + "\",\"objectives\":\"Réduire l’eau non facturée.\",\"approach\":\"Pairs\","
                + "\"expectedOutcomes\":\"20 %\",\"currency\":\"XOF\",\"workingAreas\":[{\"code\":\"NRW\",\"sourceLabel\":\"réduction des pertes d’eau\"}],"
                + "\"countries\":[\"BJ\"]}",
            true),
        new Case(
            WorkflowInputs.Participants.class,
            "PUT",
            p + "/participants",
            "{\"participants\":" + participants() + "}",
            true),
        new Case(
            WorkflowInputs.Supporters.class,
            "PUT",
            p + "/supporters",
            "{\"supporters\":[{\"organisationId\":" + organisation + ",\"role\":\"FACILITATOR\"}]}",
            false),
        new Case(
            WorkflowInputs.ExtraFields.class,
            "PUT",
            p + "/extra-fields",
            "{\"extraFields\":{}}",
            false),
        new Case(
            WorkflowInputs.StatusChange.class,
            "POST",
            p + "/status",
            "{\"status\":\"AGREED\"}",
            false),
        new Case(
            WorkflowInputs.Agreement.class,
            "PUT",
            p + "/agreement",
            "{\"objectivesAndOutputs\":\"Réduire les pertes.\",\"cashValue\":0,\"inKindValue\":0}",
            true),
        new Case(
            WorkflowInputs.Signature.class,
            "POST",
            p + "/signatures",
            "{\"operatorId\":" + mentor + ",\"signedBy\":\"Aïcha Dossou\"}",
            false),
        new Case(
            WorkflowInputs.NewMilestone.class,
            "POST",
            p + "/milestones",
            "{\"title\":\"Diagnostic\",\"plannedDate\":\"2027-06-30\"}",
            true),
        new Case(
            WorkflowInputs.Cost.class,
            "POST",
            p + "/costs",
            "{\"category\":\"TRAVEL\",\"description\":\"Billets Cotonou–Dresde\",\"amount\":1500}",
            true),
        new Case(
            WorkflowInputs.Activity.class,
            "POST",
            p + "/activities",
            "{\"title\":\"Sectorisation\",\"workingArea\":\"NRW\",\"startDate\":\"2027-01-01\","
                + "\"endDate\":\"2027-12-31\",\"budget\":1000,\"responsible\":\"Dji’i\"}",
            true),
        new Case(
            WorkflowInputs.NewIndicator.class,
            "POST",
            p + "/indicators",
            "{\"kpiCode\":\"WATER_COVERAGE\",\"baselineValue\":60,\"baselineDate\":\"2026-01-01\"}",
            false),
        new Case(
            WorkflowInputs.Measure.class,
            "POST",
            p + "/indicators/" + indicator + "/values",
            "{\"measuredOn\":\"2026-06-30\",\"value\":35.2,\"unit\":\"%\"}",
            false),
        new Case(
            WorkflowInputs.Output.class,
            "POST",
            p + "/outputs",
            "{\"title\":\"Compteurs posés\",\"unit\":\"compteurs\",\"quantity\":1200,"
                + "\"completionDate\":\"2027-12-31\",\"meansOfVerification\":\"Registre\"}",
            true),
        new Case(
            WorkflowInputs.Assessment.class,
            "POST",
            p + "/assessments",
            "{\"dimension\":\"LEADERSHIP\",\"perceivedChange\":1,\"wopContribution\":1,"
                + "\"decidedBy\":\"ALL_PARTNERS\",\"assessedOn\":\"2026-06-30\",\"notes\":\"Bien\"}",
            true),
        new Case(
            PublicationResource.ReturnInput.class,
            "POST",
            p + "/publication/return",
            "{\"reason\":\"Objectifs à préciser\"}",
            false),
        new Case(
            SubscriptionResource.Subscription.class,
            "POST",
            p + "/subscriptions",
            "{\"email\":\"abonne@example.org\",\"name\":\"Nguyễn Văn An\",\"language\":\"EN\"}",
            true),
        new Case(
            WorkflowInputs.Update.class,
            "PUT",
            "api/v1/updates/" + update,
            "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\",\"summary\":\"Bilan\"}",
            true),
        new Case(
            WorkflowInputs.ReturnReason.class,
            "POST",
            "api/v1/updates/" + update + "/return",
            "{\"reason\":\"Chiffres à vérifier\"}",
            false),
        new Case(
            UserResource.NewUser.class,
            "POST",
            "api/v1/users",
            "{\"username\":\"lim-"
                + TAG
                + "\",\"password\":\"long-enough-password\",\"displayName\":\"Nguyễn Thị Mai\","
                + "\"language\":\"EN\",\"roles\":[\"DONOR\"],\"operatorIds\":[],"
                + "\"organisationIds\":["
                + organisation
                + "]}",
            true),
        new Case(
            UserResource.UserChange.class,
            "PUT",
            "api/v1/users/" + userName,
            "{\"roles\":[\"OPERATOR_EDITOR\"],\"operatorIds\":["
                + mentor
                + "],"
                + "\"organisationIds\":[],\"language\":\"ES\",\"enabled\":true}",
            false),
        new Case(
            UserResource.NewToken.class,
            "POST",
            "api/v1/users/me/tokens",
            "{\"name\":\"Import nocturne\"}",
            true),
        // never changed for real: the other tests sign in as admin
        new Case(
            UserResource.PasswordChange.class,
            "PUT",
            "api/v1/users/me/password",
            "{\"currentPassword\":\"x\",\"password\":\"long-enough-password\"}",
            false),
        // only over the limit: a reset at the limit would mail, a new address would wait for
        // confirmation
        new Case(
            org.wops.api.user.PasswordResetResource.ResetRequest.class,
            "POST",
            "api/v1/password-resets",
            "{\"user\":\"élodie.mbarga@example.org\"}",
            false),
        new Case(
            org.wops.api.user.PasswordResetResource.NewPassword.class,
            "POST",
            "api/v1/password-resets/password",
            "{\"token\":\"not-a-token\",\"password\":\"Kisumu-Dji’i-2027-long\"}",
            false),
        // a code at the limit names no working area: only over it
        new Case(
            org.wops.api.reference.ReferenceResource.LabelMappingInput.class,
            "PUT",
            "api/v1/reference/working-area-labels/"
                + java.net.URLEncoder.encode(
                        "Réduction des pertes d’eau " + TAG, StandardCharsets.UTF_8)
                    .replace("+", "%20"),
            "{\"code\":\"NRW\"}",
            false),
        new Case(
            UserResource.EmailChange.class,
            "PUT",
            "api/v1/users/me/email",
            "{\"email\":\"secretariat@example.org\"}",
            false));
  }

  @Test
  void everyBodyHasACase() {
    Set<Class<?>> covered = cases().stream().map(Case::body).collect(Collectors.toSet());
    Set<String> missing =
        InputFields.bodies().stream()
            .filter(b -> !InputFields.of(b).isEmpty())
            .filter(b -> !covered.contains(b))
            .map(Class::getName)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(missing).as("bodies with texts, lists or maps and no case here").isEmpty();
    assertThat(InputFields.unbounded()).isEmpty();
  }

  @Test
  void aValueTooLongIsA400NamingItsFieldAndItsLimitWithNothingStored() throws Exception {
    Map<String, Long> before = rowCounts();
    List<String> tried = new ArrayList<>();
    for (Case c : cases()) {
      JsonObject base = json(c.json());
      for (InputField f : InputFields.of(c.body())) {
        JsonValue tooLong = tooLong(f, base);
        if (tooLong == null) {
          continue;
        }
        JsonObject body = with(base, f.path(), tooLong);
        HttpResponse<String> r = Http.send(c.method(), uri(c.path()), body.toString(), ADMIN);
        String what = c.method() + " " + c.path() + " with " + f.path() + " too long";
        assertThat(r.statusCode()).as(what + ": " + shorter(r.body())).isEqualTo(400);
        JsonObject problem = object(r);
        assertThat(problem.getString("type")).as(what).isEqualTo("urn:wops:problem:invalid-input");
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors)
            .as(what + ": " + shorter(r.body()))
            .anySatisfy(
                e -> {
                  assertThat(e.getString("field")).isEqualTo(f.name());
                  if (f.max() != null) {
                    assertThat(e.getString("rule")).isEqualTo("size");
                    assertThat(e.getString("message")).contains(String.valueOf(f.max()));
                  }
                });
        tried.add(c.body().getSimpleName() + "#" + f.path());
      }
    }
    assertThat(tried).hasSizeGreaterThan(80);
    assertThat(rowCounts()).as("nothing stored by a refused request").isEqualTo(before);
  }

  @Test
  void aTextAtItsLimitIsStoredByteForByte() throws Exception {
    int checked = 0;
    for (Case c : cases()) {
      if (!c.atLimit()) {
        continue;
      }
      JsonObject body = json(c.json());
      Map<String, String> sent = new LinkedHashMap<>();
      for (InputField f : InputFields.of(c.body())) {
        if (f.kind() != Kind.TEXT
            || f.max() == null
            || NOT_FREE_TEXT.contains(f.field().getName())) {
          continue;
        }
        String value = exactly(f.max(), sent.size());
        sent.put(f.path(), value);
        body = with(body, f.path(), Json.createValue(value));
      }
      if (sent.isEmpty()) {
        continue;
      }
      HttpResponse<String> r = Http.send(c.method(), uri(c.path()), body.toString(), ADMIN);
      assertThat(r.statusCode() / 100)
          .as(c.method() + " " + c.path() + " at the limit: " + shorter(r.body()))
          .isEqualTo(2);
      for (Map.Entry<String, String> e : sent.entrySet()) {
        assertThat(storedExactly(e.getValue()))
            .as(c.body().getSimpleName() + "#" + e.getKey() + " stored byte for byte")
            .isTrue();
        checked++;
      }
      if (c.body() == OperatorInput.class) {
        long id = object(r).getJsonNumber("id").longValue();
        JsonObject read = object(Http.get(uri("api/v1/operators/" + id)));
        assertThat(read.getString("name")).isEqualTo(sent.get("name"));
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void aBodyNestedTenThousandDeepIsA400NotAFailure() throws Exception {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String named = "{\"user\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
    for (HttpResponse<String> r :
        List.of(
            Http.send("POST", uri("api/v1/password-resets"), named, null),
            post("api/v1/operators", "{\"name\":" + deep + "}"),
            post("api/v1/partnerships/import", deep))) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(object(r).getString("type")).isEqualTo("urn:wops:problem:malformed-json");
    }
    // just under the parser's limit, the binding names the field as before
    HttpResponse<String> under =
        Http.send(
            "POST",
            uri("api/v1/password-resets"),
            "{\"user\":" + "[".repeat(900) + "]".repeat(900) + "}",
            null);
    assertThat(under.statusCode()).as(under.body()).isEqualTo(400);
  }

  @Test
  void aDateBeyondTheSupportedYearsOnTheWopPageIsTheFieldsMessageNotAFailure() throws Exception {
    int before =
        Http.array(
                Http.send(
                    "GET", uri("api/v1/partnerships/" + partnership + "/updates"), null, ADMIN))
            .size();
    String signIn =
        org.wops.web.it.support.PageClient.pair(
            org.wops.web.it.support.PageClient.setCookie(
                org.wops.web.it.support.PageClient.pageSignIn(
                    micro, Http.ADMIN_USER, Http.ADMIN_PASSWORD, null),
                "wops-signin"));
    for (String end : List.of("+999999999-12-31", "+10000-01-01", "99999-01-01")) {
      HttpResponse<String> page =
          org.wops.web.it.support.PageClient.get(micro, "wop.xhtml?id=" + partnership, signIn);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      java.util.regex.Matcher form =
          java.util.regex.Pattern.compile("<form id=\"([^\"]+)\"[^>]*class=\"form update-form\"")
              .matcher(page.body());
      assertThat(form.find()).as("the update form").isTrue();
      String id = form.group(1);
      String session = org.wops.web.it.support.PageClient.setCookie(page, "JSESSIONID");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(id, id);
      fields.put("id", String.valueOf(partnership));
      fields.put("periodStart", "2026-01-01");
      fields.put("periodEnd", end);
      fields.put("summary", "Pertes réduites à Dji’i");
      fields.put(id + ":submit-update", "Submit");
      fields.put(
          "jakarta.faces.ViewState",
          org.wops.web.it.support.PageClient.hidden(page.body(), "jakarta.faces.ViewState"));
      HttpResponse<String> posted =
          org.wops.web.it.support.PageClient.post(
              micro,
              "wop.xhtml",
              fields,
              session == null
                  ? signIn
                  : signIn + "; " + org.wops.web.it.support.PageClient.pair(session));
      assertThat(posted.statusCode()).as(end + ": " + posted.body()).isEqualTo(200);
      assertThat(posted.body()).as(end).contains("Give a date as YYYY-MM-DD");
    }
    assertThat(
            Http.array(
                Http.send(
                    "GET", uri("api/v1/partnerships/" + partnership + "/updates"), null, ADMIN)))
        .as("nothing stored")
        .hasSize(before);
  }

  @Test
  void aFormLargerThanTheContainerParsesIsA413NotAFailure() throws Exception {
    // Grizzly parses at most 2 MB of a url-encoded form; the control-character check reads every
    // form first, anonymous ones too, on any address
    String form = "summary=" + "Dji%E2%80%99i+".repeat(300_000);
    for (String path : List.of("logout", "mail/preferences", "index.xhtml", "api/v1/ping")) {
      HttpResponse<String> r =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(uri(path))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(413);
      if (path.endsWith(".xhtml")) {
        // a page's form: a page in the visitor's language that speaks of a form (session 13)
        assertThat(r.body())
            .as(path)
            .contains("The form is larger than the platform accepts")
            .doesNotContain("file");
      } else {
        assertThat(r.body()).as(path).contains("urn:wops:problem:payload-too-large");
      }
    }
    assertThat(Http.get(uri("api/v1/ping")).statusCode()).as("still well").isEqualTo(200);
  }

  @Test
  void aPagePostLargerThanTheLimitIsRefusedFromItsLengthAloneInTheVisitorsLanguage()
      throws Exception {
    String tooLarge =
        exchange(
            "POST /my/import.xhtml HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + ADMIN
                + "\r\nCookie: wops-lang=fr\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                + (6 * 1024 * 1024)
                + "\r\n\r\n--x\r\n");
    assertThat(tooLarge).startsWith("HTTP/1.1 413");
    assertThat(tooLarge)
        .contains("Le fichier dépasse 5 Mo : répartissez-le en plusieurs fichiers.");
    assertThat(tooLarge).contains("href=\"/my/import.xhtml\"");
    assertThat(tooLarge)
        .as("the refusal carries the security headers too")
        .contains("Content-Security-Policy: default-src 'self'")
        .contains("X-Content-Type-Options: nosniff")
        .contains("X-Frame-Options: DENY");
    String chunked =
        exchange(
            "POST /index.xhtml HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\na=bcd\r\n");
    assertThat(chunked).startsWith("HTTP/1.1 411");
    assertThat(Http.get(uri("api/v1/ping")).statusCode()).as("still well").isEqualTo(200);
  }

  /** Sends the request's head (and no more of its body) on a socket; the answer as text. */
  private static String exchange(String head) throws Exception {
    URI target = uri("");
    try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      java.io.InputStream in = socket.getInputStream();
      long deadline = System.currentTimeMillis() + 30_000;
      int n;
      while (System.currentTimeMillis() < deadline && (n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        String sofar = answer.toString(StandardCharsets.UTF_8);
        if (sofar.contains("</html>")
            || (sofar.contains("\r\n\r\n") && !sofar.contains("text/html"))) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  // ---------------------------------------------------------------- values

  /** A value one character, or one element, beyond the field's bound; null when none applies. */
  private static JsonValue tooLong(InputField f, JsonObject base) {
    switch (f.kind()) {
      case TEXT:
        int length = f.max() == null ? 10_001 : f.max() + 1;
        return Json.createValue(multiByte(length, "Ω"));
      case LIST:
        if (f.max() == null) {
          return null;
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        JsonValue sample = firstElement(base, f.path());
        java.lang.reflect.Type element =
            ((java.lang.reflect.ParameterizedType) f.field().getGenericType())
                .getActualTypeArguments()[0];
        for (int i = 0; i <= f.max(); i++) {
          if (element == Long.class) {
            list.add(1_000_000L + i);
          } else if (element == String.class) {
            list.add("S" + i);
          } else {
            assertThat(sample).as("an element of " + f.path() + " in the case's body").isNotNull();
            list.add(sample);
          }
        }
        return list.build();
      case MAP:
        if (f.max() == null) {
          return null;
        }
        JsonObjectBuilder map = Json.createObjectBuilder();
        for (int i = 0; i <= f.max(); i++) {
          map.add("k" + i, "v");
        }
        return map.build();
      default:
        throw new IllegalStateException();
    }
  }

  /** Exactly {@code length} characters of Vietnamese, distinct per field, no outer blank. */
  private static String exactly(int length, int index) {
    return multiByte(length, "L" + index + TAG);
  }

  private static String multiByte(int length, String start) {
    StringBuilder b = new StringBuilder(start);
    while (b.length() < length) {
      b.append(VIETNAMESE);
    }
    b.setLength(length);
    if (Character.isWhitespace(b.charAt(length - 1))) {
      b.setCharAt(length - 1, 'ữ');
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- JSON

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new java.io.StringReader(text))) {
      return reader.readObject();
    }
  }

  /**
   * The body with the value at {@code path} ({@code participants.responsibilities}: in every
   * element of the list) replaced.
   */
  private static JsonObject with(JsonObject body, String path, JsonValue value) {
    List<String> pointers = new ArrayList<>();
    pointers(body, "", List.of(path.split("\\.")), pointers);
    assertThat(pointers).as("the case's body holds the parents of " + path).isNotEmpty();
    JsonStructure result = body;
    for (String pointer : pointers) {
      JsonPointer p = Json.createPointer(pointer);
      result = p.containsValue(result) ? p.replace(result, value) : p.add(result, value);
    }
    return result.asJsonObject();
  }

  private static void pointers(JsonValue at, String prefix, List<String> rest, List<String> out) {
    if (at.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArray array = at.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        pointers(array.get(i), prefix + "/" + i, rest, out);
      }
      return;
    }
    if (at.getValueType() != JsonValue.ValueType.OBJECT) {
      return;
    }
    String name = rest.get(0);
    if (rest.size() == 1) {
      out.add(prefix + "/" + name);
      return;
    }
    JsonValue next = at.asJsonObject().get(name);
    if (next != null) {
      pointers(next, prefix + "/" + name, rest.subList(1, rest.size()), out);
    }
  }

  private static JsonValue firstElement(JsonObject base, String path) {
    JsonValue at = base;
    for (String name : path.split("\\.")) {
      if (at != null && at.getValueType() == JsonValue.ValueType.ARRAY) {
        at = at.asJsonArray().isEmpty() ? null : at.asJsonArray().get(0);
      }
      if (at == null || at.getValueType() != JsonValue.ValueType.OBJECT) {
        return null;
      }
      at = at.asJsonObject().get(name);
    }
    return at != null
            && at.getValueType() == JsonValue.ValueType.ARRAY
            && !at.asJsonArray().isEmpty()
        ? at.asJsonArray().get(0)
        : null;
  }

  private static String operator(String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("shortName", "SBEE")
        .add("kind", "UTILITY")
        .add("country", "BJ")
        .add("city", "Cotonou")
        .add("services", "WATER")
        .add("ownership", "PUBLIC")
        .add(
            "otherNames",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Société Béninoise d’Énergie Électrique")
                        .add("kind", "FORMER")
                        .add("language", "fr")))
        .build()
        .toString();
  }

  private static String participants() {
    return "[{\"operatorId\":"
        + mentor
        + ",\"role\":\"MENTOR\",\"responsibilities\":\"Former les équipes\","
        + "\"interests\":\"Partager\"},{\"operatorId\":"
        + mentee
        + ",\"role\":\"MENTEE\",\"responsibilities\":\"Mesurer\",\"interests\":\"Apprendre\"}]";
  }

  private static String partnershipBody(String title) {
    return "{\"typeId\":\"wop\",\"title\":\""
        + title
        + "\",\"objectives\":\"Réduire l’eau non facturée de 30 % à 20 %.\","
        + "\"approach\":\"Sectorisation\",\"expectedOutcomes\":\"20 %\",\"currency\":\"XOF\","
        + "\"workingAreas\":[{\"code\":\"NRW\",\"sourceLabel\":\"réduction des pertes d’eau\"}],\"countries\":[\"BJ\"],\"participants\":"
        + participants()
        + ",\"supporters\":[{\"organisationId\":"
        + organisation
        + ",\"role\":\"FACILITATOR\"}],\"extraFields\":{}}";
  }

  // ---------------------------------------------------------------- the database

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("wops.test.db.url"), "postgres", "postgres");
  }

  /** Every table's row count, but the mail queue's and the sign-ins' (kept by background jobs). */
  private static Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (Connection c = database()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select table_name from information_schema.tables where table_schema ="
                      + " current_schema() and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        if (t.startsWith("outbox") || t.startsWith("sign_in") || t.startsWith("flyway")) {
          continue;
        }
        try (ResultSet rs =
            c.createStatement().executeQuery("select count(*) from \"" + t + "\"")) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** Whether some text column holds exactly this value, with exactly its UTF-8 bytes. */
  private static boolean storedExactly(String value) throws SQLException {
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isGreaterThan(value.length());
    try (Connection c = database()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select table_name, column_name from information_schema.columns where"
                      + " table_schema = current_schema() and data_type in ('character varying',"
                      + " 'text')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      Set<String> seen = new HashSet<>();
      for (String[] tc : columns) {
        if (!seen.add(tc[0] + "." + tc[1])) {
          continue;
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "select count(*) from \""
                    + tc[0]
                    + "\" where \""
                    + tc[1]
                    + "\" = ? and octet_length(\""
                    + tc[1]
                    + "\") = ?")) {
          s.setString(1, value);
          s.setInt(2, bytes);
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- HTTP

  private static URI uri(String path) {
    return micro.uri(path);
  }

  private static HttpResponse<String> post(String path, String json) throws Exception {
    return Http.send("POST", uri(path), json, ADMIN);
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    return object(r).getJsonNumber("id").longValue();
  }

  private static String shorter(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }
}
