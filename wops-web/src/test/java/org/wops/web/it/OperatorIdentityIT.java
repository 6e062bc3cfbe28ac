package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
 * Issue 16, item 9, over real HTTP on Payara Micro and PostgreSQL: operators' former and
 * alternative names (API, CSV, the operator page), the likely duplicates that registering and
 * importing show, search by any name, and the secretariat's merge of two operators.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorIdentityIT {
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.platformWar();
  }

  @ArquillianResource URL base;

  private URI uri(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static JsonObjectBuilder operatorBody(
      String name, String shortName, String country, String city, JsonArrayBuilder otherNames) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("name", name)
            .add("kind", "UTILITY")
            .add("country", country)
            .add("city", city)
            .add("services", "WATER_AND_SANITATION")
            .add("ownership", "PUBLIC");
    if (shortName != null) {
      b.add("shortName", shortName);
    }
    if (otherNames != null) {
      b.add("otherNames", otherNames);
    }
    return b;
  }

  private static JsonObjectBuilder name(String name, String kind, String language) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("kind", kind);
    if (language != null) {
      b.add("language", language);
    }
    return b;
  }

  private HttpResponse<String> register(JsonObjectBuilder body) throws Exception {
    return Http.send("POST", uri("api/v1/operators"), body.build().toString(), ADMIN);
  }

  private static List<Long> duplicateIds(JsonObject operator) {
    return operator.getJsonArray("likelyDuplicates").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getJsonNumber("id").longValue())
        .toList();
  }

  /**
   * The likely duplicates among this test's own operators (their names hold its tag): the suite's
   * other classes register "Société Béninoise des Eaux" in BJ too, which a tagged name holds as
   * whole words, a likely duplicate as well.
   */
  private static List<Long> duplicateIds(JsonObject operator, String tag) {
    return operator.getJsonArray("likelyDuplicates").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("name").contains(tag))
        .map(d -> d.getJsonNumber("id").longValue())
        .toList();
  }

  private List<Long> operatorIdsFound(String q) throws Exception {
    HttpResponse<String> r =
        Http.get(
            uri("api/v1/operators?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.array(r).getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  private List<Long> partnershipIdsFound(String q) throws Exception {
    HttpResponse<String> r =
        Http.get(
            uri("api/v1/partnerships?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.array(r).getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  private long partnership(String title, long mentor, long mentee) throws Exception {
    JsonArrayBuilder participants =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("operatorId", mentor).add("role", "MENTOR"))
            .add(Json.createObjectBuilder().add("operatorId", mentee).add("role", "MENTEE"));
    return Http.created(
        Http.postJson(
            uri("api/v1/partnerships"),
            Json.createObjectBuilder()
                .add("typeId", "wop")
                .add("title", title)
                .add("objectives", "Reduce non-revenue water in the distribution network.")
                .add("currency", "USD")
                .add("plannedStart", LocalDate.now().minusMonths(3).toString())
                .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                .add("participants", participants)
                .build()
                .toString()));
  }

  @Test
  void formerAndAlternativeNamesAreKeptShownExportedAndCountAsLikelyDuplicates() throws Exception {
    String t = tag();
    // a utility renamed, with its former name in French
    HttpResponse<String> first =
        register(
            operatorBody(
                "Société Béninoise des Eaux " + t,
                null,
                "BJ",
                "Cotonou",
                Json.createArrayBuilder()
                    .add(name("Société Nationale des Eaux du Bénin " + t, "FORMER", "FR"))));
    long soneb = Http.created(first);
    JsonObject read = Http.ok(Http.get(uri("api/v1/operators/" + soneb)));
    JsonObject former = read.getJsonArray("otherNames").getJsonObject(0);
    assertThat(former.getString("name")).isEqualTo("Société Nationale des Eaux du Bénin " + t);
    assertThat(former.getString("kind")).isEqualTo("FORMER");
    assertThat(former.getString("language")).isEqualTo("fr");
    assertThat(duplicateIds(read, t)).isEmpty();

    // the same utility again, without accents and with its acronym in brackets: still registered,
    // and the answer names the likely duplicate
    HttpResponse<String> again =
        register(
            operatorBody(
                "Societe Beninoise des Eaux " + t + " (SONEB)", null, "BJ", "Cotonou", null));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    long variant = Http.object(again).getJsonNumber("id").longValue();
    assertThat(duplicateIds(Http.object(again), t)).containsExactly(soneb);
    assertThat(duplicateIds(Http.ok(Http.get(uri("api/v1/operators/" + soneb))), t))
        .containsExactly(variant);

    // its former name, in capitals, in the same country: a likely duplicate; in Togo: not
    HttpResponse<String> byFormer =
        register(
            operatorBody(
                "SOCIETE NATIONALE DES EAUX DU BENIN " + t, null, "BJ", "Porto-Novo", null));
    assertThat(duplicateIds(Http.object(byFormer))).contains(soneb);
    HttpResponse<String> elsewhere =
        register(
            operatorBody("Société Nationale des Eaux du Bénin " + t, null, "TG", "Lomé", null));
    assertThat(duplicateIds(Http.object(elsewhere), t)).isEmpty();

    // an edit adds its name in Fon as an alternative name
    HttpResponse<String> edited =
        Http.send(
            "PUT",
            uri("api/v1/operators/" + soneb),
            operatorBody(
                    "Société Béninoise des Eaux " + t,
                    null,
                    "BJ",
                    "Cotonou",
                    Json.createArrayBuilder()
                        .add(name("Société Nationale des Eaux du Bénin " + t, "FORMER", "fr"))
                        .add(name("Sin Tɔn Xwé " + t, "ALTERNATIVE", "fon")))
                .build()
                .toString(),
            ADMIN);
    assertThat(Http.ok(edited).getJsonArray("otherNames")).hasSize(2);
    String etag = edited.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> reread = Http.send("GET", uri("api/v1/operators/" + soneb), null, ADMIN);
    assertThat(reread.headers().firstValue("ETag")).as("a read says its version").contains(etag);

    // an edit made to an older read is refused, not applied over the newer one
    HttpRequest stale =
        HttpRequest.newBuilder(uri("api/v1/operators/" + soneb))
            .header("Content-Type", "application/json")
            .header("Authorization", ADMIN)
            .header("If-Match", "\"1\"")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    operatorBody("SONEB d’avant " + t, null, "BJ", "Cotonou", null)
                        .build()
                        .toString()))
            .build();
    HttpResponse<String> refused =
        java.net.http.HttpClient.newHttpClient()
            .send(stale, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(412);
    assertThat(
            Http.object(Http.send("GET", uri("api/v1/operators/" + soneb), null, ADMIN))
                .getString("name"))
        .isEqualTo("Société Béninoise des Eaux " + t);

    // refusals name the field and the rule
    HttpResponse<String> badKind =
        register(
            operatorBody(
                "Eau de Parakou " + t,
                null,
                "BJ",
                "Parakou",
                Json.createArrayBuilder().add(name("Parakou Eau", "NICKNAME", null))));
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("otherNames.kind");
    HttpResponse<String> twice =
        register(
            operatorBody(
                "Eau de Parakou " + t,
                null,
                "BJ",
                "Parakou",
                Json.createArrayBuilder().add(name("EAU DE PARAKOU " + t, "ALTERNATIVE", null))));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
    assertThat(twice.body()).contains("operator.otherNames.duplicate").contains("otherNames");

    // the operator page shows them
    HttpResponse<String> page = Http.send("GET", uri("operator.xhtml?id=" + soneb), null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Société Nationale des Eaux du Bénin " + t)
        .contains("Sin Tɔn Xwé " + t)
        .contains("lang=\"fon\"");

    // the CSV export has them in one cell; a new row whose alternative name is the operator's
    // former name is a likely duplicate, refused unless confirmed
    String csv =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(uri("api/v1/operators/export.csv"))
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .body();
    assertThat(csv)
        .contains(
            "FORMER/fr: Société Nationale des Eaux du Bénin "
                + t
                + " | ALTERNATIVE/fon: Sin Tɔn Xwé "
                + t);
    String row =
        "name,kind,country,city,services,ownership,otherNames\n"
            + "Eaux du Bénin "
            + t
            + ",UTILITY,BJ,Cotonou,WATER,PUBLIC,ALTERNATIVE: société nationale des eaux du benin "
            + t
            + "\n";
    HttpResponse<String> imported = Http.send("POST", uri("api/v1/operators/import"), null, ADMIN);
    imported =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(uri("api/v1/operators/import"))
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Accept", "application/json")
                    .header("Authorization", ADMIN)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(row))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
    // it names one operator that holds the name (the former name of one, the name of another)
    assertThat(imported.body()).contains("likely-duplicate").contains("looks like operator ");
  }

  private HttpResponse<String> importOperators(String csv, String query) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri("api/v1/operators/import" + query))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Session 14's trial: a name found in another's as whole words, legal forms and a short name at
   * its edges, a hyphenated place name cut short, are likely the same operator; utilities that
   * share only generic words are not.
   */
  @Test
  void aNameFoundInAnothersAsWholeWordsIsALikelyDuplicateAndGenericWordsAreNot() throws Exception {
    long bobo =
        Http.created(
            register(
                operatorBody(
                    "Régie Autonome de l’Eau de Bobo-Dioulasso",
                    null,
                    "BF",
                    "Bobo-Dioulasso",
                    null)));
    long sbee =
        Http.created(
            register(operatorBody("Société Béninoise des Eaux", "SBEE", "BJ", "Cotonou", null)));
    long eau =
        Http.created(
            register(operatorBody("Office National de l’Eau", null, "BF", "Ouagadougou", null)));

    // registered through the API: the answer names the likely duplicate
    HttpResponse<String> cut =
        register(operatorBody("Régie Autonome de l’Eau de Bobo", null, "BF", "Bobo", null));
    assertThat(cut.statusCode()).as(cut.body()).isEqualTo(201);
    assertThat(duplicateIds(Http.object(cut))).contains(bobo);
    HttpResponse<String> prefixed =
        register(
            operatorBody("SBEE Société Béninoise des Eaux SA", null, "BJ", "Porto-Novo", null));
    assertThat(duplicateIds(Http.object(prefixed))).contains(sbee);
    // and the other way: the operator that was there first now names the newcomer
    assertThat(duplicateIds(Http.ok(Http.get(uri("api/v1/operators/" + sbee)))))
        .contains(Http.object(prefixed).getJsonNumber("id").longValue());

    // generic words only, or another country: not duplicates
    HttpResponse<String> electricity =
        register(operatorBody("Office National de l’Électricité", null, "BF", "Ouagadougou", null));
    assertThat(duplicateIds(Http.object(electricity))).doesNotContain(eau);
    HttpResponse<String> senegal =
        register(operatorBody("Société Nationale des Eaux du Sénégal", null, "SN", "Dakar", null));
    assertThat(duplicateIds(Http.object(senegal))).doesNotContain(sbee);

    // the operator import: the same rule, refused unless confirmed
    String t = tag();
    String csv =
        "name,shortName,kind,country,city,services,ownership\n"
            + "Régie Autonome de l’Eau de Bobo S.A.,,UTILITY,BF,Bobo-Dioulasso,WATER,PUBLIC\n"
            + "Société Béninoise des Eaux – SBEE,,UTILITY,BJ,Parakou,WATER,PUBLIC\n"
            + "Société Nationale d’Électricité du Burkina "
            + t
            + ",SONABEL,UTILITY,BF,Ouagadougou,WATER,PUBLIC\n";
    HttpResponse<String> refused = importOperators(csv, "");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    List<JsonObject> errors =
        Http.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors)
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: name likely-duplicate", "line 3: name likely-duplicate");
    assertThat(errors.get(0).getString("message"))
        .contains("looks like operator ")
        .contains("found in it as whole words");
    HttpResponse<String> skipping = importOperators(csv, "?skipInvalid=true");
    assertThat(skipping.statusCode()).as(skipping.body()).isEqualTo(200);
    assertThat(Http.object(skipping).getInt("created")).as("the electricity company").isEqualTo(1);
  }

  @Test
  void searchFindsAnOperatorAndItsPartnershipsByAnyOfItsNames() throws Exception {
    String t = tag();
    long danang =
        Http.created(
            register(
                operatorBody(
                    "Da Nang Water Supply Joint Stock Company " + t,
                    "DAWACO",
                    "VN",
                    "Đà Nẵng",
                    Json.createArrayBuilder()
                        .add(name("Công ty Cấp nước Đà Nẵng " + t, "ALTERNATIVE", "vi")))));
    long hue =
        Http.created(register(operatorBody("Hue Water Supply " + t, "HUEWACO", "VN", "Huế", null)));
    long wop = partnership("Giảm thất thoát nước " + t, danang, hue);

    assertThat(operatorIdsFound("cấp nước đà nẵng " + t)).containsExactly(danang);
    assertThat(operatorIdsFound("CÔNG TY CẤP NƯỚC ĐÀ NẴNG " + t)).containsExactly(danang);
    assertThat(operatorIdsFound("Joint Stock Company " + t)).containsExactly(danang);
    assertThat(operatorIdsFound(t)).containsExactlyInAnyOrder(danang, hue);
    // the partnership search: case and accents aside
    assertThat(partnershipIdsFound("cong ty cap nuoc da nang " + t)).containsExactly(wop);

    // the operators page searches the same way (trial finding 14: it listed the first 50 only)
    org.jsoup.nodes.Document found = operatorsPage("cong ty cap nuoc da nang " + t, "fr");
    assertThat(found.select("#operators-table a").eachText())
        .containsExactly("Da Nang Water Supply Joint Stock Company " + t);
    assertThat(found.select("#operators-table a").attr("href"))
        .isEqualTo("operator.xhtml?id=" + danang);
    assertThat(found.select("#q").val()).isEqualTo("cong ty cap nuoc da nang " + t);
    assertThat(operatorsPage("HUEWACO", "en").select("#operators-table a").eachText())
        .contains("Hue Water Supply " + t);
    org.jsoup.nodes.Document none = operatorsPage("Société fantôme " + t, "es");
    assertThat(none.select("#operators-none-found").text())
        .contains("Ningún operador coincide con «Société fantôme " + t + "».");
    assertThat(none.select("#operators-table")).isEmpty();
    // every page of the list answers, and its links lead on to pages that answer
    org.jsoup.nodes.Document first = operatorsPage(null, "en");
    for (org.jsoup.nodes.Element link : first.select(".pager a")) {
      assertThat(Http.get(uri(link.attr("href"))).statusCode())
          .as(link.attr("href"))
          .isEqualTo(200);
    }
    assertThat(Http.get(uri("operators.xhtml?page=abc")).statusCode()).isEqualTo(200);
    assertThat(Http.get(uri("operators.xhtml?page=99999999999")).statusCode()).isEqualTo(200);
  }

  private org.jsoup.nodes.Document operatorsPage(String q, String lang) throws Exception {
    HttpResponse<String> page =
        Http.get(
            uri(
                "operators.xhtml?lang="
                    + lang
                    + (q == null
                        ? ""
                        : "&q="
                            + java.net.URLEncoder.encode(
                                q, java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return org.jsoup.Jsoup.parse(page.body());
  }

  private long operator(String name, String shortName, String country, String city)
      throws Exception {
    return Http.created(register(operatorBody(name, shortName, country, city, null)));
  }

  private HttpResponse<String> merge(long kept, String query, String authorization)
      throws Exception {
    return Http.send(
        "POST", uri("api/v1/operators/" + kept + "/merge" + query), null, authorization);
  }

  private static void assertProblem(HttpResponse<String> r, int status, String rule) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    if (rule != null) {
      JsonObject error = Http.object(r).getJsonArray("errors").getJsonObject(0);
      assertThat(error.getString("field")).isEqualTo("duplicate");
      assertThat(error.getString("rule")).isEqualTo(rule);
    }
  }

  private List<Long> participantIds(long partnership) throws Exception {
    return Http.ok(Http.get(uri("api/v1/partnerships/" + partnership)))
        .getJsonArray("participants")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(p -> p.getJsonNumber("operatorId").longValue())
        .toList();
  }

  @Test
  void theSecretariatMergesADuplicateAndEverythingItHadMovesInOneTransaction() throws Exception {
    String t = tag();
    long kept = operator("Société Béninoise des Eaux " + t, null, "BJ", "Cotonou");
    long duplicate =
        operator("Societe Beninoise des Eaux " + t + " (SONEB)", "SONEB", "BJ", "Cotonou");
    long dresden = operator("Stadtentwässerung Dresden " + t, null, "DE", "Dresden");
    long wop = partnership("Réduction des pertes à Cotonou " + t, dresden, duplicate);
    // contacts: one the kept operator has too, one it has not
    for (String[] c :
        new String[][] {
          {String.valueOf(kept), "Adjoa Houénou", "adjoa." + t + "@soneb.bj"},
          {String.valueOf(duplicate), "Adjoa Houénou", "adjoa." + t + "@soneb.bj"},
          {String.valueOf(duplicate), "Koffi Agossou", "koffi." + t + "@soneb.bj"}
        }) {
      HttpResponse<String> added =
          Http.postJson(
              uri("api/v1/operators/" + c[0] + "/contacts"),
              Json.createObjectBuilder()
                  .add("name", c[1])
                  .add("email", c[2])
                  .add("language", "FR")
                  .build()
                  .toString());
      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    }
    HttpResponse<String> endorsed =
        Http.postJson(
            uri("api/v1/operators/" + duplicate + "/endorsements"),
            "{\"endorsedBy\":\"Adjoa Houénou, Directrice générale\"}");
    assertThat(endorsed.statusCode()).as(endorsed.body()).isEqualTo(201);
    String password = "long-enough-password";
    String editor = "soneb-editor-" + t;
    Http.created(
        Http.postJson(
            uri("api/v1/users"),
            Json.createObjectBuilder()
                .add("username", editor)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add("OPERATOR_EDITOR"))
                .add("operatorIds", Json.createArrayBuilder().add(duplicate))
                .build()
                .toString()));
    String editorAuth = Http.basic(editor, password);

    // refusals: not the secretariat, itself, unknown ids; nothing changes
    assertProblem(merge(kept, "?duplicate=" + duplicate, editorAuth), 403, null);
    assertProblem(merge(kept, "?duplicate=" + kept, ADMIN), 400, "operator.merge.itself");
    assertProblem(
        merge(kept, "?duplicate=987654321098", ADMIN), 400, "operator.merge.duplicate.unknown");
    assertProblem(merge(kept, "", ADMIN), 400, "operator.merge.duplicate.required");
    assertProblem(merge(987654321098L, "?duplicate=" + duplicate, ADMIN), 404, null);
    assertThat(participantIds(wop)).contains(duplicate);

    // the merge
    HttpResponse<String> merged = merge(kept, "?duplicate=" + duplicate, ADMIN);
    JsonObject result = Http.ok(merged);
    assertThat(result.getJsonNumber("absorbedId").longValue()).isEqualTo(duplicate);
    assertThat(result.getJsonArray("partnerships").getJsonNumber(0).longValue()).isEqualTo(wop);
    assertThat(result.getInt("contacts")).isEqualTo(1);
    assertThat(result.getInt("endorsements")).isEqualTo(1);
    assertThat(result.getInt("users")).isEqualTo(1);
    JsonObject operator = result.getJsonObject("operator");
    assertThat(
            operator.getJsonArray("otherNames").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind") + " " + n.getString("name"))
                .toList())
        .containsExactly(
            "ALTERNATIVE Societe Beninoise des Eaux " + t + " (SONEB)", "ALTERNATIVE SONEB");
    assertThat(duplicateIds(operator)).doesNotContain(kept, duplicate);

    // the duplicate is gone; its partnership, endorsement and editor are the kept operator's
    assertThat(Http.get(uri("api/v1/operators/" + duplicate)).statusCode()).isEqualTo(404);
    assertThat(participantIds(wop)).containsExactlyInAnyOrder(dresden, kept);
    assertProblem(
        Http.postJson(
            uri("api/v1/operators/" + kept + "/endorsements"), "{\"endorsedBy\":\"Again\"}"),
        400,
        null);
    HttpResponse<String> asEditor =
        Http.send(
            "POST",
            uri("api/v1/operators/" + kept + "/contacts"),
            Json.createObjectBuilder()
                .add("name", "Rachidatou Bello")
                .add("email", "rachidatou." + t + "@soneb.bj")
                .add("language", "FR")
                .build()
                .toString(),
            editorAuth);
    assertThat(asEditor.statusCode())
        .as("the editor now acts for the kept operator")
        .isEqualTo(200);
    List<JsonObject> audit =
        Http.array(Http.get(uri("api/v1/partnerships/" + wop + "/audit")))
            .getValuesAs(JsonObject.class);
    assertThat(audit)
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("operator.merged");
              assertThat(e.getString("actor")).isEqualTo(Http.ADMIN_USER);
              assertThat(e.getString("description"))
                  .contains("Societe Beninoise des Eaux " + t + " (SONEB)")
                  .contains(String.valueOf(kept));
            });
    // found under the absorbed names, the partnership too
    assertThat(operatorIdsFound("societe beninoise des eaux " + t + " (soneb"))
        .containsExactly(kept);
    assertThat(partnershipIdsFound("Société Béninoise des Eaux " + t)).containsExactly(wop);
  }

  @Test
  void aMergeOfTwoOperatorsOfOnePartnershipIsRefusedAndChangesNothing() throws Exception {
    String t = tag();
    long kept = operator("Stadtentwässerung Dresden " + t, "SEDD", "DE", "Dresden");
    long duplicate = operator("Stadtentwaesserung Dresden " + t + " GmbH", null, "DE", "Dresden");
    HttpResponse<String> read = Http.get(uri("api/v1/operators/" + duplicate));
    assertThat(duplicateIds(Http.ok(read))).containsExactly(kept);
    long wop = partnership("Kanalnetzsanierung " + t, kept, duplicate);

    HttpResponse<String> refused = merge(kept, "?duplicate=" + duplicate, ADMIN);
    assertProblem(refused, 400, "operator.merge.both-take-part");
    assertThat(Http.object(refused).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains(String.valueOf(wop))
        .contains("takes part once");
    assertThat(Http.get(uri("api/v1/operators/" + duplicate)).statusCode()).isEqualTo(200);
    assertThat(participantIds(wop)).containsExactlyInAnyOrder(kept, duplicate);
    assertThat(Http.ok(Http.get(uri("api/v1/operators/" + kept))).getJsonArray("otherNames"))
        .isEmpty();
  }

  @Test
  void aMergedSpellingCanBeKeptAsAFormerName() throws Exception {
    String t = tag();
    long kept = operator("Công ty Cấp nước Đà Nẵng " + t, null, "VN", "Đà Nẵng");
    long duplicate = operator("Cong ty Cap nuoc Da Nang " + t, null, "VN", "Da Nang");
    HttpResponse<String> badKind = merge(kept, "?duplicate=" + duplicate + "&as=NICKNAME", ADMIN);
    assertThat(badKind.statusCode()).as(badKind.body()).isEqualTo(400);
    JsonObject result = Http.ok(merge(kept, "?duplicate=" + duplicate + "&as=FORMER", ADMIN));
    JsonObject name = result.getJsonObject("operator").getJsonArray("otherNames").getJsonObject(0);
    assertThat(name.getString("name")).isEqualTo("Cong ty Cap nuoc Da Nang " + t);
    assertThat(name.getString("kind")).isEqualTo("FORMER");
    assertThat(result.getJsonArray("partnerships")).isEmpty();
    assertThat(Http.get(uri("api/v1/operators/" + duplicate)).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> mergeIfMatch(long kept, long duplicate, String etag)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    uri("api/v1/operators/" + kept + "/merge?duplicate=" + duplicate))
                .header("Accept", "application/json")
                .header("Authorization", ADMIN)
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aMergeOnAStalePreviewIsRefusedAndTheAbsorbedOperatorsAddressesLeadToTheKeptOne()
      throws Exception {
    String t = tag();
    long kept = operator("Régie Municipale de l’Eau de Bobo-Dioulasso " + t, "RMEB", "BF", "Bobo");
    long duplicate =
        operator("Regie Municipale de l'Eau de Bobo Dioulasso " + t, "RMEB", "BF", "Bobo");
    long dakar = operator("Sénégalaise des Eaux " + t, "SDE", "SN", "Dakar");
    long dresden = operator("Stadtentwässerung Dresden " + t, null, "DE", "Dresden");

    HttpResponse<String> preview =
        Http.get(uri("api/v1/operators/" + kept + "/merge?duplicate=" + duplicate));
    JsonObject shown = Http.ok(preview);
    String etag = preview.headers().firstValue("ETag").orElseThrow();
    assertThat(shown.getJsonArray("partnerships")).isEmpty();
    assertThat(shown.getBoolean("otherCountry")).isFalse();
    assertThat(etag).contains(shown.getString("digest"));

    // meanwhile the duplicate takes part in a partnership: the merge on the old preview is refused
    String title = "Réduction des pertes à Bobo-Dioulasso " + t;
    long wop = partnership(title, dresden, duplicate);
    HttpResponse<String> stale = mergeIfMatch(kept, duplicate, etag);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(Http.object(stale).getString("detail")).contains("changed since the preview");
    assertThat(Http.get(uri("api/v1/operators/" + duplicate)).statusCode()).isEqualTo(200);
    assertThat(participantIds(wop)).contains(duplicate);

    // looked at again: the partnership by its title, then merged on that preview
    HttpResponse<String> again =
        Http.get(uri("api/v1/operators/" + kept + "/merge?duplicate=" + duplicate));
    assertThat(Http.ok(again).getJsonArray("partnerships").getJsonObject(0).getString("title"))
        .isEqualTo(title);
    assertThat(Http.ok(again).getBoolean("endorsed")).isFalse();

    // meanwhile the duplicate endorses the Charter: that preview is stale too
    HttpResponse<String> endorsed =
        Http.postJson(
            uri("api/v1/operators/" + duplicate + "/endorsements"),
            "{\"endorsedBy\":\"Issa Ouédraogo, Directeur général\"}");
    assertThat(endorsed.statusCode()).as(endorsed.body()).isEqualTo(201);
    HttpResponse<String> staleAgain =
        mergeIfMatch(kept, duplicate, again.headers().firstValue("ETag").orElseThrow());
    assertThat(staleAgain.statusCode()).as(staleAgain.body()).isEqualTo(412);
    again = Http.get(uri("api/v1/operators/" + kept + "/merge?duplicate=" + duplicate));
    assertThat(Http.ok(again).getBoolean("endorsed")).isTrue();
    HttpResponse<String> merged =
        mergeIfMatch(kept, duplicate, again.headers().firstValue("ETag").orElseThrow());
    JsonObject result = Http.ok(merged);
    assertThat(
            result
                .getJsonObject("operator")
                .getJsonArray("otherNames")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(n -> n.getString("name"))
                .toList())
        .as("the duplicate's short name is the kept one's own: not added")
        .containsExactly("Regie Municipale de l'Eau de Bobo Dioulasso " + t);
    assertThat(participantIds(wop)).containsExactlyInAnyOrder(dresden, kept);

    // a second merge: already merged, naming the kept operator
    HttpResponse<String> twice = merge(kept, "?duplicate=" + duplicate, ADMIN);
    assertProblem(twice, 400, "operator.merge.already-merged");
    assertThat(Http.object(twice).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("Régie Municipale de l’Eau de Bobo-Dioulasso " + t);
    // the API's old address: 404 naming the operator it was merged into
    HttpResponse<String> gone = Http.get(uri("api/v1/operators/" + duplicate));
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(Http.object(gone).getString("type")).endsWith("operator-merged");
    assertThat(Http.object(gone).getString("detail")).contains("merged into operator " + kept);
    assertThat(gone.headers().firstValue("Link").orElseThrow()).contains("<" + kept + ">");

    // another country and a partnership both take part in: said in the preview, by title
    long both = partnership("Gestion commerciale à Bobo et Dakar " + t, kept, dakar);
    JsonObject far =
        Http.ok(Http.get(uri("api/v1/operators/" + kept + "/merge?duplicate=" + dakar)));
    assertThat(far.getBoolean("otherCountry")).isTrue();
    assertThat(far.getJsonArray("conflicts").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("title"))
        .containsExactly("Gestion commerciale à Bobo et Dakar " + t);
    assertThat(participantIds(both)).containsExactlyInAnyOrder(kept, dakar);

    // a duplicate that took part in nothing: its page's old address still leads to the kept one,
    // with the reader's language
    long lonely = operator("R.M.E.B. Bobo-Dioulasso " + t, null, "BF", "Bobo");
    Http.ok(merge(kept, "?duplicate=" + lonely, ADMIN));
    HttpResponse<String> page =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("operator.xhtml?id=" + lonely + "&lang=es")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith("/operator.xhtml?id=" + kept + "&lang=es");
  }
}
