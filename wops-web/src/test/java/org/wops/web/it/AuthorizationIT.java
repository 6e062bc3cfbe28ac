package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wops.web.it.support.Http;

/**
 * Who may do what, over real HTTP on the deployed WAR and PostgreSQL: personal API tokens, and the
 * authorization matrix — every write endpoint of a partnership tried by every role (anonymous, a
 * donor, an editor of an operator that does not take part, a coordinator of another platform, and
 * the editor, coordinator and secretariat who may), plus reads of unpublished data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {
  private static final String PASSWORD = "long-enough-password";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.platformWar();
  }

  @ArquillianResource URL base;

  private URI uri(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private long created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.object(response).getJsonNumber("id").longValue();
  }

  private long operator(String country) throws Exception {
    return created(
        Http.postJson(
            uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", "Authz utility " + country + " " + UUID.randomUUID())
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", "City")
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  private long organisation(String kind) throws Exception {
    return created(
        Http.postJson(
            uri("api/v1/organisations"),
            "{\"name\":\"Authz "
                + kind
                + " "
                + UUID.randomUUID()
                + "\",\"kind\":\""
                + kind
                + "\"}"));
  }

  /** A user with one role acting for some operators or organisations; its Basic credentials. */
  private String user(String name, String role, List<Long> operators, List<Long> organisations)
      throws Exception {
    String username = name + "-" + tag;
    created(
        Http.postJson(
            uri("api/v1/users"),
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("operatorIds", Json.createArrayBuilder(operators))
                .add("organisationIds", Json.createArrayBuilder(organisations))
                .build()
                .toString()));
    return Http.basic(username, PASSWORD);
  }

  private long partnership(long a, long b, long funder, long platform, boolean published)
      throws Exception {
    long id =
        created(
            Http.postJson(
                uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", "Authz WOP " + tag)
                    .add("objectives", "Reduce losses.")
                    .add("currency", "USD")
                    .add("plannedStart", LocalDate.now().plusMonths(1).toString())
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("operatorId", a)
                                    .add("role", "MENTOR"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("operatorId", b)
                                    .add("role", "MENTEE")))
                    .add(
                        "supporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", funder)
                                    .add("role", "FUNDER"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", platform)
                                    .add("role", "FACILITATOR")))
                    .build()
                    .toString()));
    if (published) {
      assertThat(
              Http.postJson(
                      uri("api/v1/partnerships/" + id + "/publication"), "{\"published\":true}")
                  .statusCode())
          .isEqualTo(200);
    }
    return id;
  }

  private record Call(String method, String path, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @Test
  void everyWriteEndpointIsAllowedToItsRolesAndRefusedToEveryoneElse() throws Exception {
    long a = operator("KE");
    long b = operator("UG");
    long c = operator("TZ");
    long funder = organisation("DONOR");
    long platform = organisation("PLATFORM");
    long otherPlatform = organisation("PLATFORM");
    long id = partnership(a, b, funder, platform, true);

    String editorA = user("editor-a", "OPERATOR_EDITOR", List.of(a), List.of());
    String editorC = user("editor-c", "OPERATOR_EDITOR", List.of(c), List.of());
    String coordinator = user("coordinator", "COORDINATOR", List.of(), List.of(platform));
    String otherCoordinator =
        user("other-coordinator", "COORDINATOR", List.of(), List.of(otherPlatform));
    String donor = user("donor", "DONOR", List.of(), List.of(funder));
    String admin = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);

    // things to act on, made by the secretariat
    String p = "api/v1/partnerships/" + id;
    JsonObject withMilestone =
        Http.object(
            Http.postJson(
                uri(p + "/milestones"),
                "{\"title\":\"Baseline\",\"plannedDate\":\""
                    + LocalDate.now().plusDays(40)
                    + "\"}"));
    long milestone =
        withMilestone.getJsonArray("milestones").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject withActivity =
        Http.object(
            Http.postJson(
                uri(p + "/activities"),
                "{\"title\":\"Audit\",\"workingArea\":\"NRW\",\"startDate\":\""
                    + LocalDate.now()
                    + "\",\"endDate\":\""
                    + LocalDate.now().plusMonths(2)
                    + "\"}"));
    assertThat(withActivity.getJsonArray("activities")).as(withActivity.toString()).isNotEmpty();
    long activity =
        withActivity.getJsonArray("activities").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject withIndicator =
        Http.object(
            Http.postJson(
                uri(p + "/indicators"),
                "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":40,\"baselineDate\":\""
                    + LocalDate.now().minusDays(1)
                    + "\"}"));
    assertThat(withIndicator.getJsonArray("indicators")).as(withIndicator.toString()).isNotEmpty();
    long indicator =
        withIndicator.getJsonArray("indicators").getJsonObject(0).getJsonNumber("id").longValue();
    String period =
        "{\"periodStart\":\""
            + LocalDate.now().minusMonths(1)
            + "\",\"periodEnd\":\""
            + LocalDate.now()
            + "\",\"summary\":\"Work went well.\"}";
    long update = created(Http.postJson(uri(p + "/updates"), period));

    String participants =
        "{\"participants\":[{\"operatorId\":"
            + a
            + ",\"role\":\"MENTOR\",\"responsibilities\":\"Coach\",\"interests\":\"Learn too\"},"
            + "{\"operatorId\":"
            + b
            + ",\"role\":\"MENTEE\",\"responsibilities\":\"Host\",\"interests\":\"Cut losses\"}]}";
    String supporters =
        "{\"supporters\":[{\"organisationId\":"
            + funder
            + ",\"role\":\"FUNDER\"},{\"organisationId\":"
            + platform
            + ",\"role\":\"FACILITATOR\"}]}";
    List<Call> partnershipWrites =
        List.of(
            // publishing is the secretariat's: editors and coordinators request it (issue 14.3)
            new Call("POST", p + "/publication/request", null),
            new Call(
                "PUT",
                p + "/details",
                "{\"title\":\"Authz WOP "
                    + tag
                    + "\",\"objectives\":\"Reduce losses.\",\"currency\":\"USD\"}"),
            new Call("PUT", p + "/participants", participants),
            new Call("PUT", p + "/supporters", supporters),
            new Call("PUT", p + "/extra-fields", "{\"extraFields\":{}}"),
            new Call(
                "PUT",
                p + "/agreement",
                "{\"objectivesAndOutputs\":\"Halve losses.\",\"cashValue\":0,\"inKindValue\":1000}"),
            new Call("POST", p + "/status", "{\"status\":\"PROPOSED\"}"),
            new Call(
                "POST",
                p + "/milestones",
                "{\"title\":\"Visit\",\"plannedDate\":\"" + LocalDate.now().plusDays(60) + "\"}"),
            new Call(
                "PUT",
                p + "/milestones/" + milestone + "/planned-date",
                "{\"plannedDate\":\"" + LocalDate.now().plusDays(50) + "\"}"),
            new Call(
                "POST",
                p + "/milestones/" + milestone + "/reached",
                "{\"actualDate\":\"" + LocalDate.now() + "\"}"),
            new Call("POST", p + "/milestones/" + milestone + "/cancellation", null),
            new Call(
                "POST",
                p + "/costs",
                "{\"category\":\"TRAVEL\",\"description\":\"Flights\",\"amount\":1200}"),
            new Call(
                "POST",
                p + "/activities",
                "{\"title\":\"Training\",\"workingArea\":\"NRW\",\"startDate\":\""
                    + LocalDate.now()
                    + "\",\"endDate\":\""
                    + LocalDate.now().plusMonths(1)
                    + "\"}"),
            new Call("PUT", p + "/activities/" + activity + "/progress", "{\"percent\":40}"),
            new Call(
                "POST",
                p + "/indicators",
                "{\"kpiCode\":\"COLLECTION_EFFICIENCY\",\"baselineValue\":70,\"baselineDate\":\""
                    + LocalDate.now().minusDays(1)
                    + "\"}"),
            new Call(
                "POST",
                p + "/indicators/" + indicator + "/targets",
                "{\"year\":" + (LocalDate.now().getYear() + 1) + ",\"value\":30}"),
            new Call(
                "POST",
                p + "/indicators/" + indicator + "/values",
                "{\"measuredOn\":\"" + LocalDate.now() + "\",\"value\":38,\"unit\":\"%\"}"),
            new Call(
                "POST",
                p + "/outputs",
                "{\"title\":\"Manual\",\"unit\":\"document\",\"quantity\":1,"
                    + "\"meansOfVerification\":\"Published manual\",\"completionDate\":\""
                    + LocalDate.now().plusMonths(3)
                    + "\"}"),
            new Call(
                "PUT",
                p + "/results",
                "{\"results\":[{\"statement\":\"Mejora del cobro de facturas\","
                    + "\"kind\":\"OUTCOME\"}]}"),
            new Call(
                "POST",
                p + "/assessments",
                "{\"dimension\":\"SYSTEMS\",\"perceivedChange\":1,\"wopContribution\":2,"
                    + "\"decidedBy\":\"ALL_PARTNERS\",\"assessedOn\":\""
                    + LocalDate.now()
                    + "\"}"),
            new Call("POST", p + "/updates", period));
    // a draft update is private to those who write it: to outsiders it does not exist
    List<Call> draftWrites =
        List.of(
            new Call("PUT", "api/v1/updates/" + update, period),
            new Call("POST", "api/v1/updates/" + update + "/submit", null));

    Map<String, String> refusedWith403 = new LinkedHashMap<>();
    refusedWith403.put("a donor", donor);
    refusedWith403.put("an editor of an operator that does not take part", editorC);
    refusedWith403.put("a coordinator of another platform", otherCoordinator);
    Map<String, String> allowed = new LinkedHashMap<>();
    allowed.put("the participating operator's editor", editorA);
    allowed.put("the facilitating platform's coordinator", coordinator);
    allowed.put("the secretariat", admin);

    List<String> failures = new ArrayList<>();
    for (Call call : partnershipWrites) {
      expect(failures, call, "anonymous", null, 401);
      for (Map.Entry<String, String> who : refusedWith403.entrySet()) {
        expect(failures, call, who.getKey(), who.getValue(), 403);
      }
      for (Map.Entry<String, String> who : allowed.entrySet()) {
        HttpResponse<String> r = send(call, who.getValue());
        if (r.statusCode() == 401
            || r.statusCode() == 403
            || r.statusCode() == 404
            || r.statusCode() >= 500) {
          failures.add(call + " by " + who.getKey() + ": " + r.statusCode() + " " + r.body());
        }
      }
    }

    for (Call call : draftWrites) {
      expect(failures, call, "anonymous", null, 401);
      expect(failures, call, "a donor", donor, 403);
      expect(failures, call, "an editor of an operator that does not take part", editorC, 404);
      expect(failures, call, "a coordinator of another platform", otherCoordinator, 404);
      expect(failures, call, "the participating operator's editor", editorA, 200);
    }

    // signing: only the signing operator's own editor (or the secretariat)
    Call signA =
        new Call("POST", p + "/signatures", "{\"operatorId\":" + a + ",\"signedBy\":\"A's MD\"}");
    Call signB =
        new Call("POST", p + "/signatures", "{\"operatorId\":" + b + ",\"signedBy\":\"B's MD\"}");
    expect(failures, signA, "anonymous", null, 401);
    expect(failures, signA, "a donor", donor, 403);
    expect(failures, signA, "a coordinator", coordinator, 403);
    expect(failures, signA, "an editor of another operator", editorC, 403);
    expect(failures, signB, "operator A's editor signing for B", editorA, 403);
    expect(failures, signA, "operator A's editor", editorA, 200);

    // deciding updates: the partnership's coordinators and the secretariat only
    long submitted = created(Http.postJson(uri(p + "/updates"), period));
    assertThat(Http.postJson(uri("api/v1/updates/" + submitted + "/submit"), "").statusCode())
        .isEqualTo(200);
    Call approve = new Call("POST", "api/v1/updates/" + submitted + "/approve", null);
    expect(failures, approve, "anonymous", null, 401);
    expect(failures, approve, "the participating editor", editorA, 403);
    expect(failures, approve, "a donor", donor, 403);
    expect(failures, approve, "a coordinator of another platform", otherCoordinator, 404);
    expect(failures, approve, "the facilitating platform's coordinator", coordinator, 200);

    // operator records: contacts by its editors and coordinators; endorsements by its editors
    Call contact = contact(a, "grace");
    expect(failures, contact, "anonymous", null, 401);
    expect(failures, contact, "a donor", donor, 403);
    expect(failures, contact, "an editor of another operator", editorC, 403);
    expect(failures, contact, "the operator's editor", editorA, 200);
    expect(
        failures,
        contact(a, "ivan"),
        "a coordinator adding itself to an operator",
        coordinator,
        403);
    Call orgContact =
        new Call(
            "POST",
            "api/v1/organisations/" + platform + "/contacts",
            "{\"name\":\"Inès Coordinatrice\",\"email\":\"ines-"
                + tag
                + "@example.org\",\"language\":\"FR\"}");
    expect(failures, orgContact, "a coordinator of another platform", otherCoordinator, 403);
    expect(failures, orgContact, "the platform's own coordinator", coordinator, 200);

    // the audit trail of a published partnership: not for every signed-in reader
    Call audit = new Call("GET", p + "/audit", null);
    expect(failures, audit, "anonymous", null, 401);
    expect(failures, audit, "an editor of an operator that does not take part", editorC, 403);
    expect(failures, audit, "a coordinator of another platform", otherCoordinator, 403);
    expect(failures, audit, "the participating operator's editor", editorA, 200);
    expect(failures, audit, "the partnership's coordinator", coordinator, 200);
    expect(failures, audit, "the funder's donor officer", donor, 200);

    // four eyes: the coordinator who wrote an update does not approve it
    long own = created(Http.send("POST", uri(p + "/updates"), period, coordinator));
    assertThat(
            Http.send("POST", uri("api/v1/updates/" + own + "/submit"), "", coordinator)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> selfApproved =
        Http.send("POST", uri("api/v1/updates/" + own + "/approve"), "", coordinator);
    assertThat(selfApproved.statusCode()).isEqualTo(400);
    assertThat(selfApproved.body()).contains("rule:update.four-eyes");
    expect(
        failures,
        new Call("POST", "api/v1/updates/" + own + "/approve", null),
        "the secretariat",
        admin,
        200);
    // nor does the coordinator who rewrote an editor's update before submitting it
    long rewritten = created(Http.send("POST", uri(p + "/updates"), period, editorA));
    assertThat(
            Http.send(
                    "PUT",
                    uri("api/v1/updates/" + rewritten),
                    period.replace("Work went well.", "Pertes réduites de 30 points à Dji’i."),
                    coordinator)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.send("POST", uri("api/v1/updates/" + rewritten + "/submit"), "", coordinator)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> reviserApproved =
        Http.send("POST", uri("api/v1/updates/" + rewritten + "/approve"), "", coordinator);
    assertThat(reviserApproved.statusCode()).as(reviserApproved.body()).isEqualTo(400);
    assertThat(reviserApproved.body()).contains("rule:update.four-eyes");
    expect(
        failures,
        new Call("POST", "api/v1/updates/" + rewritten + "/approve", null),
        "the secretariat, after a coordinator revised it",
        admin,
        200);
    Call endorse =
        new Call("POST", "api/v1/operators/" + c + "/endorsements", "{\"endorsedBy\":\"MD\"}");
    expect(failures, endorse, "a coordinator", coordinator, 403);
    expect(failures, endorse, "an editor of another operator", editorA, 403);
    expect(failures, endorse, "the operator's editor", editorC, 201);

    // secretariat-only endpoints
    for (Call call :
        List.of(
            new Call("POST", "api/v1/users", "{}"),
            new Call("PUT", "api/v1/users/admin", "{\"enabled\":true}"),
            new Call(
                "POST",
                "api/v1/charter/versions",
                "{\"title\":\"x\",\"principles\":\"y\",\"codeOfConduct\":\"z\"}"),
            new Call("POST", "api/v1/notifications/scan", null),
            new Call("POST", "api/v1/notifications/dispatch", null))) {
      expect(failures, call, "anonymous", null, 401);
      expect(failures, call, "a coordinator", coordinator, 403);
      expect(failures, call, "an editor", editorA, 403);
      expect(failures, call, "a donor", donor, 403);
    }
    // registering operators and organisations: not for donors
    for (Call call :
        List.of(
            new Call("POST", "api/v1/operators", "{}"),
            new Call("POST", "api/v1/organisations", "{}"))) {
      expect(failures, call, "anonymous", null, 401);
      expect(failures, call, "a donor", donor, 403);
    }

    assertThat(failures).isEmpty();
  }

  @Test
  void unpublishedPartnershipsAreSeenOnlyByThoseTheyConcern() throws Exception {
    long a = operator("PE");
    long b = operator("BO");
    long c = operator("CL");
    long funder = organisation("DEVELOPMENT_BANK");
    long platform = organisation("PLATFORM");
    long id = partnership(a, b, funder, platform, false);
    String p = "api/v1/partnerships/" + id;

    String editorA = user("r-editor-a", "OPERATOR_EDITOR", List.of(a), List.of());
    String editorC = user("r-editor-c", "OPERATOR_EDITOR", List.of(c), List.of());
    String coordinator = user("r-coordinator", "COORDINATOR", List.of(), List.of(platform));
    String donor = user("r-donor", "DONOR", List.of(), List.of(funder));
    String otherDonor = user("r-other-donor", "DONOR", List.of(), List.of(platform));

    List<String> failures = new ArrayList<>();
    Call read = new Call("GET", p, null);
    expect(failures, read, "anonymous", null, 404);
    expect(failures, read, "an editor of another operator", editorC, 404);
    expect(failures, read, "a donor that does not fund it", otherDonor, 404);
    expect(failures, read, "the participant's editor", editorA, 200);
    expect(failures, read, "the coordinator", coordinator, 200);
    expect(failures, read, "the funder", donor, 200);
    expect(failures, new Call("GET", p + "/updates", null), "anonymous", null, 404);
    expect(failures, new Call("GET", p + "/audit", null), "the funder", donor, 200);
    expect(failures, new Call("GET", p + "/audit", null), "another donor", otherDonor, 404);
    expect(
        failures,
        new Call(
            "PUT", p + "/details", "{\"title\":\"x\",\"objectives\":\"y\",\"currency\":\"USD\"}"),
        "an editor of another operator",
        editorC,
        404);
    assertThat(failures).isEmpty();

    // listings and exports apply the same rule
    String search = "api/v1/partnerships?q=" + tag + "&size=50";
    assertThat(Http.send("GET", uri(search), null, null).body())
        .doesNotContain("\"id\":" + id + ",");
    assertThat(Http.send("GET", uri(search), null, editorC).body())
        .doesNotContain("\"id\":" + id + ",");
    assertThat(Http.send("GET", uri(search), null, editorA).body()).contains("\"id\":" + id + ",");
    assertThat(Http.send("GET", uri(search), null, donor).body()).contains("\"id\":" + id + ",");
    assertThat(csv("api/v1/partnerships/export.csv?q=" + tag, null))
        .startsWith("id,title,type,status")
        .doesNotContain("Authz WOP " + tag);
    assertThat(csv("api/v1/partnerships/export.csv?q=" + tag, coordinator))
        .contains("Authz WOP " + tag);
  }

  @Test
  void personalApiTokensSignInUntilRevokedAndOnlyTheirHashIsKept() throws Exception {
    String basic = user("scripter", "OPERATOR_EDITOR", List.of(), List.of());

    HttpResponse<String> issued =
        Http.send("POST", uri("api/v1/users/me/tokens"), "{\"name\":\"nightly sync\"}", basic);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String token = Http.object(issued).getString("token");
    long tokenId = Http.object(issued).getJsonNumber("id").longValue();
    assertThat(token).startsWith("wops_").hasSizeGreaterThan(40);

    HttpResponse<String> me = Http.send("GET", uri("api/v1/users/me"), null, "Bearer " + token);
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(Http.object(me).getString("username")).isEqualTo("scripter-" + tag);

    HttpResponse<String> listed = Http.send("GET", uri("api/v1/users/me/tokens"), null, basic);
    assertThat(listed.body()).doesNotContain(token).contains("nightly sync");
    assertThat(Http.array(listed).getJsonObject(0).containsKey("token")).isFalse();
    assertThat(Http.array(listed).getJsonObject(0).containsKey("lastUsedAt")).isTrue();

    HttpResponse<String> noName =
        Http.send("POST", uri("api/v1/users/me/tokens"), "{\"name\":\"\"}", basic);
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(Http.object(noName).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");

    assertThat(
            Http.send("DELETE", uri("api/v1/users/me/tokens/" + tokenId), null, "Bearer " + token)
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> revoked =
        Http.send("GET", uri("api/v1/users/me"), null, "Bearer " + token);
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(Http.object(revoked).getString("type")).isEqualTo("urn:wops:problem:unauthorized");
    assertThat(
            Http.send("GET", uri("api/v1/users/me"), null, "Bearer wops_not-a-real-token")
                .statusCode())
        .isEqualTo(401);
    assertThat(
            Http.array(Http.send("GET", uri("api/v1/users/me/tokens"), null, basic))
                .getJsonObject(0)
                .getBoolean("active"))
        .isFalse();

    // a disabled user's tokens stop working too
    HttpResponse<String> second =
        Http.send("POST", uri("api/v1/users/me/tokens"), "{\"name\":\"second\"}", basic);
    String secondToken = Http.object(second).getString("token");
    assertThat(
            Http.putJson(uri("api/v1/users/scripter-" + tag), "{\"enabled\":false}").statusCode())
        .isEqualTo(200);
    assertThat(Http.send("GET", uri("api/v1/users/me"), null, "Bearer " + secondToken).statusCode())
        .isEqualTo(401);
  }

  private Call contact(long operator, String name) {
    return new Call(
        "POST",
        "api/v1/operators/" + operator + "/contacts",
        "{\"name\":\""
            + name
            + "\",\"email\":\""
            + name
            + "-"
            + tag
            + "@example.org\",\"language\":\"EN\"}");
  }

  @Test
  void anOperatorImportChangesOnlyTheOperatorsItsCallerMaintains() throws Exception {
    long a = operator("BJ");
    long platform = organisation("PLATFORM");
    String coordinator = user("import-coordinator", "COORDINATOR", List.of(), List.of(platform));
    String editorA = user("import-editor", "OPERATOR_EDITOR", List.of(a), List.of());
    String exported = csv("api/v1/operators/export.csv", null);
    String header = exported.lines().findFirst().orElseThrow();
    String row = exported.lines().filter(l -> l.startsWith(a + ",")).findFirst().orElseThrow();
    String name = row.split(",")[1];
    String renamed =
        header + "\r\n" + row.replace(name, "Société Béninoise des Eaux (renamed " + tag + ")");

    // a platform coordinator with no link to the operator cannot rewrite it by an import
    HttpResponse<String> refused = importOperators(renamed, coordinator);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("access.operator.edit");
    assertThat(Http.object(Http.get(uri("api/v1/operators/" + a))).getString("name"))
        .isEqualTo(name);
    // nor does the operator's own editor get the import (it is the secretariat's and coordinators')
    assertThat(importOperators(renamed, editorA).statusCode()).isEqualTo(403);
    // the coordinator still imports a file that leaves it as exported, and creates operators
    HttpResponse<String> unchanged = importOperators(header + "\r\n" + row, coordinator);
    assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(200);
    assertThat(Http.object(unchanged).getInt("unchanged")).isEqualTo(1);
    HttpResponse<String> created =
        importOperators(
            header
                + "\r\n"
                + row.replaceFirst("^" + a + ",", ",")
                    .replace(name, "Wasserversorgung Zwickau (" + tag + ")")
                    .replace(",BJ,", ",DE,"),
            coordinator);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(Http.object(created).getInt("created")).isEqualTo(1);
    // the secretariat changes it
    HttpResponse<String> byAdmin =
        importOperators(renamed, Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD));
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    assertThat(Http.object(byAdmin).getInt("updated")).isEqualTo(1);
  }

  private HttpResponse<String> importOperators(String csv, String authorization) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(uri("api/v1/operators/import"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private String csv(String path, String authorization) throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(uri(path)).header("Accept", "text/csv").GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private HttpResponse<String> send(Call call, String authorization) throws Exception {
    return Http.send(call.method(), uri(call.path()), call.body(), authorization);
  }

  private void expect(
      List<String> failures, Call call, String who, String authorization, int status)
      throws Exception {
    HttpResponse<String> r = send(call, authorization);
    if (r.statusCode() != status) {
      failures.add(
          call
              + " by "
              + who
              + ": expected "
              + status
              + ", got "
              + r.statusCode()
              + " "
              + r.body());
    } else if (status >= 400
        && !r.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
      failures.add(call + " by " + who + ": " + status + " without a problem body");
    }
  }
}
