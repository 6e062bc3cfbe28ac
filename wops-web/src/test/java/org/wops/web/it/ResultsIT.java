package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.object;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.Seeds;

/**
 * Results as WOPs report them (issue 16, item 7), through the deployed WAR on the real PostgreSQL:
 * a historical WOP recorded in French with its results (a number from 39 % to 12 % at dates known
 * to the year and the month, a certification plan in words, a capacity change), a running one in
 * Spanish whose results are set later with If-Match; both read back byte for byte, shown on the
 * profile in French and Spanish, exported to IATI valid against the official schema; bad input is a
 * 400 naming the field and the rule, and stores nothing.
 */
class ResultsIT {
  private static final String PASSWORD = "long-enough-password";
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    environment.put("WOPS_DB_USER", "postgres");
    environment.put("WOPS_DB_PASSWORD", "postgres");
    environment.put("WOPS_MAIL_ENABLED", "false");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), environment);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.close();
    }
  }

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private URI uri(String path) {
    return micro.uri(path);
  }

  private static final String NRW = "Réduction des pertes d’eau : ENRG de 39 % à 12 %";
  private static final String ISO = "Plan de certification ISO 17025 du laboratoire central";
  private static final String CAPACITY = "Équipe « fuites » formée et autonome à Cotonou";
  private static final String COBRO = "Mejora del cobro de facturas en los barrios periurbanos";
  private static final String PERDAS = "Redução das perdas de água no setor Sul";

  private static JsonObjectBuilder point(Integer value, String note, String dated) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (value != null) {
      b.add("value", value);
    }
    if (note != null) {
      b.add("note", note);
    }
    if (dated != null) {
      b.add("dated", dated);
    }
    return b;
  }

  private static JsonArray frenchResults() {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("statement", NRW)
                .add("kind", "OUTCOME")
                .add(
                    "indicator",
                    Json.createObjectBuilder()
                        .add("title", "Eau non revenue (ENRG)")
                        .add("unit", "%")
                        .add("baseline", point(39, null, "2012"))
                        .add("target", point(15, null, "2016"))
                        .add("actual", point(12, "mesuré sur trois centres", "2016-06"))))
        .add(
            Json.createObjectBuilder()
                .add("statement", ISO)
                .add("kind", "OUTPUT")
                .add(
                    "indicator",
                    Json.createObjectBuilder()
                        .add("baseline", point(null, "Aucun plan", "2013-03"))
                        .add("actual", point(null, "Plan adopté par la direction", "2015"))))
        .add(Json.createObjectBuilder().add("statement", CAPACITY).add("kind", "CAPACITY_CHANGE"))
        .build();
  }

  private JsonObjectBuilder wop(
      String title, String objectives, long mentor, long mentee, String status) {
    return Json.createObjectBuilder()
        .add("typeId", "wop")
        .add("title", title)
        .add("objectives", objectives)
        .add("currency", "EUR")
        .add("status", status)
        .add(
            "participants",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("operatorId", mentor).add("role", "MENTOR"))
                .add(Json.createObjectBuilder().add("operatorId", mentee).add("role", "MENTEE")));
  }

  private HttpResponse<String> page(String path, String lang) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri(path + "&lang=" + lang))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> putResults(long id, String ifMatch, String auth, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/results"))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonArray results(long id) throws Exception {
    return object(Http.send("GET", uri("api/v1/partnerships/" + id), null, ADMIN))
        .getJsonArray("results");
  }

  private void publish(long id) throws Exception {
    Http.ok(
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + id + "/publication"),
            "{\"published\":true}",
            ADMIN));
  }

  @Test
  void resultsWithAndWithoutNumbersAreRecordedSetReadBackShownAndExportedToIati() throws Exception {
    Seeds seeds = new Seeds(micro);
    long onee =
        seeds.operator(
            "Office National de l’Électricité et de l’Eau Potable (" + tag + ")",
            "UTILITY",
            "MA",
            "Rabat");
    long soneb =
        seeds.operator(
            "Société Nationale des Eaux du Bénin (" + tag + ")", "UTILITY", "BJ", "Cotonou");
    long eaab =
        seeds.operator(
            "Empresa de Acueducto y Alcantarillado de Bogotá (" + tag + ")",
            "UTILITY",
            "CO",
            "Bogotá");
    long sanaa =
        seeds.operator(
            "Servicio Autónomo Nacional de Acueductos (" + tag + ")",
            "PUBLIC_AUTHORITY",
            "HN",
            "Tegucigalpa");
    String french = "Pertes d’eau et recouvrement à Cotonou – " + tag;
    HttpResponse<String> recorded =
        Http.send(
            "POST",
            uri("api/v1/partnerships/recorded"),
            wop(french, "Réduire l’eau non facturée.", onee, soneb, "COMPLETED")
                .add("actualStart", "2012")
                .add("actualEnd", "2016-06")
                .add("results", frenchResults())
                .build()
                .toString(),
            ADMIN);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    long fr = object(recorded).getJsonNumber("id").longValue();
    assertThat(object(recorded).getJsonArray("results"))
        .as("answered as sent")
        .isEqualTo(withQualitative(frenchResults()));

    String spanish = "Agua no facturada y cobro en Tegucigalpa – " + tag;
    HttpResponse<String> running =
        Http.send(
            "POST",
            uri("api/v1/partnerships/recorded"),
            wop(spanish, "Reducir el agua no facturada.", eaab, sanaa, "ACTIVE")
                .add("actualStart", "2023-02")
                .build()
                .toString(),
            ADMIN);
    assertThat(running.statusCode()).as(running.body()).isEqualTo(201);
    long es = object(running).getJsonNumber("id").longValue();
    String etag = running.headers().firstValue("ETag").orElseThrow();
    assertThat(object(running).getJsonArray("results")).isEmpty();
    publish(es);
    assertThat(page("wop.xhtml?id=" + es, "fr").body())
        .as("the empty state")
        .contains("Aucun résultat n’est encore rapporté.");
    etag =
        Http.send("GET", uri("api/v1/partnerships/" + es), null, ADMIN)
            .headers()
            .firstValue("ETag")
            .orElseThrow();

    JsonArray spanishResults =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("statement", COBRO)
                    .add("kind", "OUTCOME")
                    .add(
                        "indicator",
                        Json.createObjectBuilder()
                            .add("title", "Eficiencia de cobro")
                            .add("unit", "%")
                            .add("baseline", point(61, null, "2023-02"))
                            .add("target", point(85, "meta del contrato", "2026"))))
            .add(Json.createObjectBuilder().add("statement", PERDAS).add("kind", "OUTPUT"))
            .build();
    String body = Json.createObjectBuilder().add("results", spanishResults).build().toString();
    assertThat(putResults(es, etag, null, body).statusCode()).as("anonymous").isIn(401, 403);
    String stranger =
        seeds.user(
            "stranger-" + tag,
            PASSWORD,
            "OPERATOR_EDITOR",
            List.of(
                seeds.operator("Aguas de Cartagena (" + tag + ")", "UTILITY", "CO", "Cartagena")),
            List.of());
    assertThat(putResults(es, etag, stranger, body).statusCode())
        .as("an editor of another operator")
        .isIn(403, 404);
    HttpResponse<String> set = putResults(es, etag, ADMIN, body);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    HttpResponse<String> stale = putResults(es, etag, ADMIN, "{\"results\":[]}");
    assertThat(stale.statusCode()).as("the version read is gone").isEqualTo(412);

    // a KPI's baseline and values keep their dates' precision too (issue 16, item 2)
    HttpResponse<String> kpi =
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + es + "/indicators"),
            "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":45,\"baselineDate\":\"2023-02\"}",
            ADMIN);
    assertThat(kpi.statusCode() / 100).as(kpi.body()).isEqualTo(2);
    long indicator =
        object(Http.send("GET", uri("api/v1/partnerships/" + es), null, ADMIN))
            .getJsonArray("indicators")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> value =
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + es + "/indicators/" + indicator + "/values"),
            "{\"measuredOn\":\"2024\",\"value\":38,\"unit\":\"%\"}",
            ADMIN);
    assertThat(value.statusCode() / 100).as(value.body()).isEqualTo(2);
    JsonObject followed =
        object(Http.send("GET", uri("api/v1/partnerships/" + es), null, ADMIN))
            .getJsonArray("indicators")
            .getJsonObject(0);
    assertThat(followed.getString("baselineDate")).isEqualTo("2023-02");
    assertThat(followed.getJsonObject("actuals").getJsonNumber("2024").intValue()).isEqualTo(38);

    publish(fr);
    for (String caller : new String[] {null, ADMIN}) {
      JsonObject frRead = object(Http.send("GET", uri("api/v1/partnerships/" + fr), null, caller));
      assertThat(frRead.getJsonArray("results"))
          .as("byte for byte, anonymously and signed in")
          .isEqualTo(withQualitative(frenchResults()));
      JsonObject esRead = object(Http.send("GET", uri("api/v1/partnerships/" + es), null, caller));
      assertThat(esRead.getJsonArray("results")).isEqualTo(withQualitative(spanishResults));
    }
    JsonObject iso = results(fr).getJsonObject(1).getJsonObject("indicator");
    assertThat(iso.getBoolean("qualitative")).isTrue();
    assertThat(iso.getJsonObject("actual").getString("dated")).isEqualTo("2015");
    assertThat(Http.send("GET", uri("api/v1/partnerships/" + es + "/audit"), null, ADMIN).body())
        .contains("results.changed");

    Map<Long, Map<String, List<String>>> expected =
        Map.of(
            fr,
            Map.of(
                "fr",
                List.of(
                    "Résultats",
                    NRW,
                    "Effet",
                    "Eau non revenue (ENRG) (%)\u00a0: référence 39 % (2012) → cible 15 % (2016)"
                        + " → atteint 12 % — mesuré sur trois centres (juin 2016)",
                    ISO,
                    "Produit",
                    "référence Aucun plan (mars 2013) → atteint Plan adopté par la direction"
                        + " (2015)",
                    "Renforcement des capacités",
                    "Équipe « fuites » formée et autonome à Cotonou"),
                "es",
                List.of(
                    "Resultados",
                    NRW,
                    "Efecto",
                    "línea de base 39 % (2012) → meta 15 % (2016) → alcanzado 12 % — mesuré sur"
                        + " trois centres (junio de 2016)",
                    "Cambio de capacidades")),
            es,
            Map.of(
                "es",
                List.of(
                    COBRO,
                    "Eficiencia de cobro (%): línea de base 61 % (febrero de 2023) → meta 85 % —"
                        + " meta del contrato (2026)",
                    PERDAS,
                    "Producto"),
                "fr",
                List.of(COBRO, "référence 61 % (février 2023)", PERDAS)));
    for (Map.Entry<Long, Map<String, List<String>>> wop : expected.entrySet()) {
      for (Map.Entry<String, List<String>> language : wop.getValue().entrySet()) {
        HttpResponse<String> profile = page("wop.xhtml?id=" + wop.getKey(), language.getKey());
        assertThat(profile.statusCode()).isEqualTo(200);
        String html = profile.body().replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0");
        for (String text : language.getValue()) {
          assertThat(html).as(wop.getKey() + " " + language.getKey() + ": " + text).contains(text);
        }
      }
    }

    HttpResponse<String> iati =
        CLIENT.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/iati.xml")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(iati.statusCode()).isEqualTo(200);
    java.io.File xsd =
        new java.io.File(
            System.getProperty(
                "wops.test.iati.xsd",
                "../wops-api/src/test/resources/iati-2.03/iati-activities-schema.xsd"));
    javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(xsd)
        .newValidator()
        .validate(
            new javax.xml.transform.stream.StreamSource(new java.io.StringReader(iati.body())));
    String frActivity =
        iati.body().substring(iati.body().indexOf(french)).split("</iati-activity>")[0];
    assertThat(frActivity)
        .contains(
            "<result type=\"2\"><title><narrative>"
                + NRW
                + "</narrative></title><indicator"
                + " measure=\"2\">")
        .contains("<baseline year=\"2012\" value=\"39\">")
        .contains(
            "<period-start iso-date=\"2016-06-01\"/><period-end iso-date=\"2016-06-30\"/><actual"
                + " value=\"12\">")
        .contains(
            "<result type=\"1\"><title><narrative>"
                + ISO
                + "</narrative></title><indicator"
                + " measure=\"5\">")
        .contains("<wops:kind>CAPACITY_CHANGE</wops:kind>");
    String esActivity =
        iati.body().substring(iati.body().indexOf(spanish)).split("</iati-activity>")[0];
    assertThat(esActivity)
        .contains("<baseline iso-date=\"2023-02-01\" year=\"2023\" value=\"61\">")
        .as("the KPI's baseline known to the month, its value known to the year")
        .contains(
            "<baseline iso-date=\"2023-02-01\" year=\"2023\" value=\"45\"><comment><narrative xml:lang=\"en\">Known"
                + " to the month: 2023-02</narrative></comment></baseline>")
        .contains(
            "<period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/><actual"
                + " value=\"38\"/>")
        .contains("Known to the month: 2023-02")
        .contains(
            "<result type=\"1\"><title><narrative>"
                + PERDAS
                + "</narrative></title><indicator"
                + " measure=\"5\">");
  }

  /** What the API answers for results sent: each indicator says whether it is qualitative. */
  private static JsonArray withQualitative(JsonArray sent) {
    var out = Json.createArrayBuilder();
    for (JsonObject r : sent.getValuesAs(JsonObject.class)) {
      if (!r.containsKey("indicator")) {
        out.add(r);
        continue;
      }
      JsonObject i = r.getJsonObject("indicator");
      boolean numbers =
          List.of("baseline", "target", "actual").stream()
              .anyMatch(k -> i.containsKey(k) && i.getJsonObject(k).containsKey("value"));
      out.add(
          Json.createObjectBuilder(r)
              .add("indicator", Json.createObjectBuilder(i).add("qualitative", !numbers)));
    }
    return out.build();
  }

  @Test
  void badResultsAreA400NamingTheFieldAndTheRuleAndNothingIsStored() throws Exception {
    Seeds seeds = new Seeds(micro);
    long mentor =
        seeds.operator("Aguas Andinas (" + tag + ")", "UTILITY", "CL", "Santiago de Chile");
    long mentee = seeds.operator("Aguas de Manizales (" + tag + ")", "UTILITY", "CO", "Manizales");
    HttpResponse<String> made =
        Http.send(
            "POST",
            uri("api/v1/partnerships/recorded"),
            wop("Pérdidas en Manizales – " + tag, "Reducir pérdidas.", mentor, mentee, "ACTIVE")
                .add("actualStart", "2021")
                .build()
                .toString(),
            ADMIN);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    long id = object(made).getJsonNumber("id").longValue();
    int nextYear = LocalDate.now().getYear() + 1;
    Map<String, String[]> cases =
        Map.of(
            "{\"results\":[{\"kind\":\"OUTCOME\"}]}",
            new String[] {"invalid-input", "results.statement", "not-blank"},
            "{\"results\":[{\"statement\":\"Cobro mejorado\",\"kind\":\"IMPACT\"}]}",
            new String[] {"invalid-input", "results.kind", "one-of"},
            "{\"results\":[{\"statement\":\"Cobro mejorado\"}]}",
            new String[] {"invalid-input", "results.kind", "not-null"},
            "{\"results\":[{\"statement\":\"Cobro\",\"kind\":\"OUTCOME\",\"indicator\":"
                + "{\"baseline\":{\"value\":61,\"dated\":\"2021\"},"
                + "\"actual\":{\"note\":\"mucho mejor\",\"dated\":\"2023\"}}}]}",
            new String[] {
              "rule:result.indicator.mixed", "results[0].indicator", "result.indicator.mixed"
            },
            "{\"results\":[{\"statement\":\"Cobro\",\"kind\":\"OUTCOME\",\"indicator\":"
                + "{\"actual\":{\"value\":90,\"dated\":\""
                + nextYear
                + "\"}}}]}",
            new String[] {
              "rule:dates.actual-in-future",
              "results[0].indicator.actual.dated",
              "dates.actual-in-future"
            },
            "{\"results\":[{\"statement\":\"Cobro\",\"kind\":\"OUTCOME\",\"indicator\":"
                + "{\"baseline\":{\"dated\":\"2021\"}}}]}",
            new String[] {
              "rule:result.point.empty", "results[0].indicator.baseline", "result.point.empty"
            },
            "{\"results\":[{\"statement\":\"Cobro\",\"kind\":\"OUTCOME\",\"indicator\":"
                + "{\"baseline\":{\"value\":61,\"dated\":\"2021-13\"}}}]}",
            new String[] {"invalid-input", "results.indicator.baseline.dated", "date"});
    for (Map.Entry<String, String[]> c : cases.entrySet()) {
      HttpResponse<String> r = putResults(id, null, ADMIN, c.getKey());
      assertThat(r.statusCode()).as(c.getKey() + ": " + r.body()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonObject problem = object(r);
      String[] want = c.getValue();
      assertThat(problem.getString("type")).as(r.body()).endsWith(want[0]);
      assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
          .as(c.getKey() + ": " + r.body())
          .anySatisfy(
              e -> {
                assertThat(e.getString("field")).isEqualTo(want[1]);
                assertThat(e.getString("rule")).isEqualTo(want[2]);
              });
    }
    assertThat(results(id)).as("nothing stored").isEmpty();

    HttpResponse<String> recordedBad =
        Http.send(
            "POST",
            uri("api/v1/partnerships/recorded"),
            wop("Pérdidas en Pereira – " + tag, "Reducir pérdidas.", mentor, mentee, "COMPLETED")
                .add(
                    "results",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("statement", "Cobro")
                                .add("kind", "OUTPUT"))
                        .add(
                            Json.createObjectBuilder()
                                .add("statement", " ")
                                .add("kind", "OUTCOME")))
                .build()
                .toString(),
            ADMIN);
    assertThat(recordedBad.statusCode()).as(recordedBad.body()).isEqualTo(400);
    assertThat(recordedBad.body()).contains("results.statement");
    assertThat(Http.send("GET", uri("api/v1/partnerships?q=Pereira"), null, ADMIN).body())
        .as("the recorded WOP was not stored")
        .doesNotContain("Pereira – " + tag);
  }
}
