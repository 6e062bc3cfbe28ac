package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * A WOP's budget as its sources state it (issue 16, item 4), through the deployed WAR on the real
 * PostgreSQL: a recorded WOP with a budget in its own currency by year and by funder and the
 * funding in the sources' French words; a self-financed one with no amount at all (a mode, not a
 * missing funder, and unknown is not zero); read back byte for byte, shown on the profile in
 * English, French and Spanish, exported to IATI valid against the official schema; every broken
 * rule a 400 naming its field that changes nothing; a stale version a 412; an editor of another
 * operator a 403.
 */
class BudgetIT {
  private static final String PASSWORD = "long-enough-password";
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String FUNDING =
      "Don de l’OFID par l’intermédiaire de l’AWA ; le reste autofinancé par les sociétés";

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

  record Parties(long onea, long sde, long ministry, long ofid, long afdb, String outsider) {}

  private Parties parties() throws Exception {
    Seeds seeds = new Seeds(micro);
    long onea =
        seeds.operator(
            "Office National de l’Eau et de l’Assainissement (" + tag + ")",
            "UTILITY",
            "BF",
            "Ouagadougou");
    long sde = seeds.operator("Sénégalaise des Eaux (" + tag + ")", "UTILITY", "SN", "Dakar");
    long ministry =
        seeds.operator(
            "Ministère de l’Hydraulique et de l’Assainissement (" + tag + ")",
            "PUBLIC_AUTHORITY",
            "NE",
            "Niamey");
    long ofid =
        seeds.organisation(
            "Fonds OPEP pour le développement international (" + tag + ")", "DONOR", "AT");
    long afdb =
        seeds.organisation(
            "Banque africaine de développement (" + tag + ")", "DEVELOPMENT_BANK", "CI");
    long elsewhere = seeds.operator("Dji’i (" + tag + ")", "UTILITY", "BJ", "Cotonou");
    String outsider =
        seeds.user("editeur-" + tag, PASSWORD, "OPERATOR_EDITOR", List.of(elsewhere), List.of());
    return new Parties(onea, sde, ministry, ofid, afdb, outsider);
  }

  private String title() {
    return "Appui à la gestion des pertes à Niamey – " + tag;
  }

  private String recorded(Parties p, String status, String budget) {
    return Json.createObjectBuilder()
        .add("typeId", "wop")
        .add("title", title())
        .add("objectives", "Réduire l’eau non facturée de 39 % à 25 %.")
        .add("currency", "XOF")
        .add("status", status)
        .add("plannedStart", "2013")
        .add("plannedEnd", "2015-06")
        .add(
            "participants",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("operatorId", p.onea()).add("role", "MENTOR"))
                .add(Json.createObjectBuilder().add("operatorId", p.sde()).add("role", "MENTOR"))
                .add(
                    Json.createObjectBuilder()
                        .add("operatorId", p.ministry())
                        .add("role", "MENTEE")))
        .add(
            "supporters",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("organisationId", p.ofid())
                        .add("role", "FUNDER")
                        .add("roleDescription", "bailleur par l’intermédiaire de l’AWA")))
        .build()
        .toString()
        .replaceFirst("}$", budget == null ? "}" : ",\"budget\":" + budget + "}");
  }

  private HttpResponse<String> putBudget(long id, String ifMatch, String authorization, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/budget"))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> page(String path, String lang) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri(path + "&lang=" + lang))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String money(String language, String currency, String amount) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(language));
    f.setCurrency(java.util.Currency.getInstance(currency));
    BigDecimal a = new BigDecimal(amount);
    if (a.stripTrailingZeros().scale() <= 0) {
      // the profile writes cents only when there are some
      f.setMinimumFractionDigits(0);
      f.setMaximumFractionDigits(0);
    }
    return f.format(a);
  }

  @Test
  void aBudgetByYearAndFunderInItsOwnCurrencyIsKeptShownAndExportedAsStated() throws Exception {
    Parties p = parties();
    String budget =
        Json.createObjectBuilder()
            .add("currency", "USD")
            .add("total", new BigDecimal("250000"))
            .add("fundingType", "MIXED")
            .add("fundingDescription", FUNDING)
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("year", 2013)
                            .add("organisationId", p.ofid())
                            .add("amount", new BigDecimal("120000")))
                    .add(
                        Json.createObjectBuilder()
                            .add("year", 2014)
                            .add("amount", new BigDecimal("90000.50"))))
            .build()
            .toString();
    HttpResponse<String> created =
        Http.send(
            "POST", uri("api/v1/partnerships/recorded"), recorded(p, "COMPLETED", budget), ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = object(created).getJsonNumber("id").longValue();
    Http.ok(
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + id + "/publication"),
            "{\"published\":true}",
            ADMIN));

    JsonObject read = object(Http.send("GET", uri("api/v1/partnerships/" + id), null, null));
    JsonObject b = read.getJsonObject("budget");
    assertThat(b.getString("currency"))
        .as("its own currency, not the XOF of contributions")
        .isEqualTo("USD");
    assertThat(b.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("250000");
    assertThat(b.getString("fundingType")).isEqualTo("MIXED");
    assertThat(b.getString("fundingDescription")).isEqualTo(FUNDING);
    assertThat(read.getString("fundingType")).as("as declared").isEqualTo("MIXED");
    assertThat(b.getJsonArray("lines")).hasSize(2);
    assertThat(b.getJsonArray("lines").getJsonObject(0).getJsonNumber("organisationId").longValue())
        .isEqualTo(p.ofid());
    assertThat(b.getJsonArray("lines").getJsonObject(1).containsKey("organisationId")).isFalse();
    assertThat(b.getJsonArray("lines").getJsonObject(1).getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("90000.50");

    Map<String, List<String>> expected =
        Map.of(
            "en",
            List.of(
                "Budget and funding",
                money("en", "USD", "250000"),
                "Partners and supporting organisations",
                "Fonds OPEP pour le développement international (" + tag + ")",
                money("en", "USD", "90000.50")),
            "fr",
            List.of(
                "Budget et financement",
                money("fr", "USD", "250000"),
                "Partenaires et organisations d’appui",
                "Selon les sources",
                "Tous les bailleurs",
                money("fr", "USD", "90000.50")),
            "es",
            List.of(
                "Presupuesto y financiación",
                money("es", "USD", "250000"),
                "Socios y organizaciones de apoyo",
                "Todos los financiadores"));
    for (Map.Entry<String, List<String>> language : expected.entrySet()) {
      HttpResponse<String> profile = page("wop.xhtml?id=" + id, language.getKey());
      assertThat(profile.statusCode()).isEqualTo(200);
      assertThat(profile.body()).as(language.getKey()).contains(FUNDING).contains("2013");
      for (String text : language.getValue()) {
        assertThat(profile.body()).as(language.getKey() + ": " + text).contains(text);
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
    String activity =
        iati.body().substring(iati.body().indexOf(title())).split("</iati-activity>")[0];
    assertThat(activity)
        .contains(
            "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2013-01-01\"/><period-end"
                + " iso-date=\"2013-12-31\"/><value currency=\"USD\""
                + " value-date=\"2013-01-01\">120000.00</value></budget>")
        .contains("value-date=\"2014-01-01\">90000.50</value>")
        .as("the funding in the sources' words, claiming no language, beside the English")
        .contains(
            "<description type=\"4\"><narrative>"
                + FUNDING
                + "</narrative><narrative xml:lang=\"en\">How the WOP is funded: the sources'"
                + " words are the narrative without a language.</narrative></description>")
        .as("the funder's contribution was never confirmed: no transaction")
        .doesNotContain("<transaction>");
  }

  @Test
  void selfFinancedWithNoAmountIsAModeAndBrokenRulesChangeNothing() throws Exception {
    Parties p = parties();
    HttpResponse<String> created =
        Http.send("POST", uri("api/v1/partnerships/recorded"), recorded(p, "ACTIVE", null), ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject body = object(created);
    long id = body.getJsonNumber("id").longValue();
    assertThat(body.containsKey("budget")).as("nothing stated").isFalse();
    assertThat(body.containsKey("fundingType"))
        .as("the operators' contributions are unknown, so is who pays")
        .isFalse();
    String etag = created.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> stale =
        putBudget(id, "\"999\"", ADMIN, "{\"fundingType\":\"SELF_FUNDED\"}");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);

    HttpResponse<String> foreign =
        putBudget(id, etag, p.outsider(), "{\"fundingType\":\"SELF_FUNDED\"}");
    assertThat(foreign.statusCode())
        .as("an unpublished WOP is not there for an editor of another operator: " + foreign.body())
        .isEqualTo(404);

    String spanish = "Autofinanciada por las empresas de agua; sin presupuesto conocido";
    HttpResponse<String> set =
        putBudget(
            id,
            etag,
            ADMIN,
            "{\"fundingType\":\"SELF_FUNDED\",\"fundingDescription\":\"" + spanish + "\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    JsonObject b = object(set).getJsonObject("budget");
    assertThat(b.getString("fundingType")).isEqualTo("SELF_FUNDED");
    assertThat(b.getString("fundingDescription")).isEqualTo(spanish);
    assertThat(b.containsKey("amount")).as("unknown, not zero").isFalse();
    assertThat(b.containsKey("currency")).isFalse();
    String version = set.headers().firstValue("ETag").orElseThrow();

    // the body is the budget: refusals name its own fields
    Map<String, List<String>> broken =
        Map.of(
            "{\"total\":1000}",
            List.of("currency"),
            "{\"currency\":\"USD\",\"total\":1000,\"lines\":[{\"year\":2013,\"amount\":800},"
                + "{\"year\":2013,\"amount\":300}]}",
            List.of("lines[1]", "lines"),
            "{\"currency\":\"USD\",\"lines\":[{\"year\":99999,\"amount\":-1},{\"amount\":5}]}",
            List.of("lines[0].year", "lines[0].amount", "lines[1]"),
            "{\"currency\":\"EUROS\",\"total\":5}",
            List.of("currency"),
            "{\"currency\":\"XYZ\",\"total\":5}",
            List.of("currency"),
            "{\"fundingType\":\"GRANT\"}",
            List.of("fundingType"),
            "{\"currency\":\"USD\",\"lines\":[{\"organisationId\":987654321,\"amount\":5}]}",
            List.of("lines[0].organisationId"));
    for (Map.Entry<String, List<String>> c : broken.entrySet()) {
      HttpResponse<String> refused = putBudget(id, version, ADMIN, c.getKey());
      assertThat(refused.statusCode()).as(c.getKey() + " " + refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      for (String field : c.getValue()) {
        assertThat(refused.body()).as(c.getKey()).contains("\"" + field + "\"");
      }
    }
    HttpResponse<String> after = Http.send("GET", uri("api/v1/partnerships/" + id), null, ADMIN);
    assertThat(after.headers().firstValue("ETag").orElseThrow())
        .as("no refusal changed anything")
        .isEqualTo(version);
    assertThat(object(after).getJsonObject("budget").getString("fundingDescription"))
        .isEqualTo(spanish);

    HttpResponse<String> unknownFunder =
        Http.send(
            "POST",
            uri("api/v1/partnerships/recorded"),
            recorded(
                    p,
                    "COMPLETED",
                    "{\"currency\":\"USD\",\"lines\":[{\"organisationId\":987654321,\"amount\":5}]}")
                .replace(title(), title() + " bis"),
            ADMIN);
    assertThat(unknownFunder.statusCode()).as(unknownFunder.body()).isEqualTo(400);
    assertThat(unknownFunder.body()).contains("budget.lines[0].organisationId");
    HttpResponse<String> search =
        Http.send("GET", uri("api/v1/partnerships?q=" + tag + "%20bis"), null, ADMIN);
    assertThat(search.body()).as("nothing stored").doesNotContain(title() + " bis");

    Http.ok(
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + id + "/publication"),
            "{\"published\":true}",
            ADMIN));
    HttpResponse<String> published =
        putBudget(
            id,
            object(Http.send("GET", uri("api/v1/partnerships/" + id), null, ADMIN))
                .get("version")
                .toString()
                .transform(v -> "\"" + v + "\""),
            p.outsider(),
            "{\"fundingType\":\"EXTERNALLY_SUPPORTED\"}");
    assertThat(published.statusCode())
        .as("published, it may be read, not changed: " + published.body())
        .isEqualTo(403);
    HttpResponse<String> profile = page("wop.xhtml?id=" + id, "es");
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body())
        .contains("Presupuesto y financiación")
        .contains("Autofinanciada por los socios")
        .contains(spanish)
        .as("no amount nobody stated")
        .doesNotContain("id=\"budget-amount\"");
  }
}
