package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.Seeds;

/**
 * Languages of content (issue 16, item 10), through the deployed WAR on the real PostgreSQL: a WOP
 * whose title and objectives are French, with a Spanish translation, read back byte for byte in
 * English, French and Spanish through the API (Accept-Language and {@code ?lang}) and the profile
 * and directory pages (the reader's translation, else the original marked with its language and its
 * {@code lang}); a recorded WOP in Portuguese; the IATI file with each narrative's own {@code
 * xml:lang}, valid against the official schema; bad languages and translations are 400s naming the
 * field and the rule, storing nothing.
 */
class ContentLanguagesIT {
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final String TITLE = "Réduction des pertes d’eau à Kisumu – phase 2";
  private static final String OBJECTIVES =
      "Ramener l’eau non facturée de 45 % à 30 %.\nFormer 25 agents à la détection des fuites.";
  private static final String TITLE_ES = "Reducción de pérdidas de agua en Kisumu – fase 2";
  private static final String OBJECTIVES_ES =
      "Reducir el agua no contabilizada del 45 % al 30 %.\nFormar a 25 agentes.";

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

  private JsonObjectBuilder wop(long mentor, long mentee) {
    return Json.createObjectBuilder()
        .add("typeId", "wop")
        .add("currency", "KES")
        .add(
            "participants",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("operatorId", mentor).add("role", "MENTOR"))
                .add(Json.createObjectBuilder().add("operatorId", mentee).add("role", "MENTEE")));
  }

  private long[] operators() throws Exception {
    Seeds seeds = new Seeds(micro);
    return new long[] {
      seeds.operator("Vitens Evides International (" + tag + ")", "UTILITY", "NL", "Utrecht"),
      seeds.operator("Kisumu Water and Sewerage Company (" + tag + ")", "UTILITY", "KE", "Kisumu")
    };
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void validIati(String xml) throws Exception {
    java.io.File xsd =
        new java.io.File(
            System.getProperty(
                "wops.test.iati.xsd",
                "../wops-api/src/test/resources/iati-2.03/iati-activities-schema.xsd"));
    javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(xsd)
        .newValidator()
        .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
  }

  private static JsonObject shown(JsonObject view, String field) {
    return view.getJsonObject(field + "Shown");
  }

  @Test
  void aFrenchWopWithASpanishTranslationIsReadInEachLanguageEverywhere() throws Exception {
    long[] ops = operators();
    String esWord = "kisumues" + tag;
    HttpResponse<String> created =
        Http.send(
            "POST",
            uri("api/v1/partnerships"),
            wop(ops[0], ops[1])
                .add("title", TITLE)
                .add("titleLanguage", "fr")
                .add(
                    "titleTranslations",
                    Json.createObjectBuilder().add("es", TITLE_ES + " " + esWord))
                .add("objectives", OBJECTIVES)
                .add("objectivesLanguage", "fr")
                .build()
                .toString(),
            ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject body = object(created);
    long id = body.getJsonNumber("id").longValue();
    assertThat(body.getString("titleLanguage")).isEqualTo("fr");
    assertThat(body.getJsonObject("titleTranslations").getString("es"))
        .isEqualTo(TITLE_ES + " " + esWord);

    // the translation is corrected and the objectives' added, at the version read (If-Match)
    String etag = created.headers().firstValue("ETag").orElseThrow();
    String details =
        Json.createObjectBuilder()
            .add("title", TITLE)
            .add("titleLanguage", "fr")
            .add("titleTranslations", Json.createObjectBuilder().add("es", TITLE_ES))
            .add("objectives", OBJECTIVES)
            .add("objectivesLanguage", "fr")
            .add("objectivesTranslations", Json.createObjectBuilder().add("es", OBJECTIVES_ES))
            .add("currency", "KES")
            .build()
            .toString();
    HttpResponse<String> stale =
        CLIENT.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/details"))
                .header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"999\"")
                .PUT(HttpRequest.BodyPublishers.ofString(details))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    HttpResponse<String> edited =
        CLIENT.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/details"))
                .header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(details))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    Http.ok(
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + id + "/publication"),
            "{\"published\":true}",
            ADMIN));

    // the API, anonymously (a kept document per language) and by ?lang
    for (String how : new String[] {"header", "lang"}) {
      Map<String, JsonObject> read = new HashMap<>();
      for (String lang : List.of("en", "fr", "es")) {
        read.put(
            lang,
            object(
                how.equals("header")
                    ? get("api/v1/partnerships/" + id, lang + ";q=1, en;q=0.5")
                    : get("api/v1/partnerships/" + id + "?lang=" + lang, null)));
      }
      for (JsonObject v : read.values()) {
        assertThat(v.getString("title")).as("the original, byte for byte").isEqualTo(TITLE);
        assertThat(v.getString("objectives")).isEqualTo(OBJECTIVES);
        assertThat(v.getString("titleLanguage")).isEqualTo("fr");
        assertThat(v.getJsonObject("titleTranslations"))
            .isEqualTo(Json.createObjectBuilder().add("es", TITLE_ES).build());
        assertThat(v.getJsonObject("objectivesTranslations").getString("es"))
            .isEqualTo(OBJECTIVES_ES);
      }
      assertThat(shown(read.get("fr"), "title").getString("text")).isEqualTo(TITLE);
      assertThat(shown(read.get("fr"), "title").getBoolean("otherLanguage")).isFalse();
      assertThat(shown(read.get("es"), "title").getString("text")).isEqualTo(TITLE_ES);
      assertThat(shown(read.get("es"), "title").getString("language")).isEqualTo("es");
      assertThat(shown(read.get("es"), "title").getBoolean("translation")).isTrue();
      assertThat(shown(read.get("es"), "objectives").getString("text")).isEqualTo(OBJECTIVES_ES);
      assertThat(shown(read.get("en"), "title").getString("text"))
          .as("no English: the original, marked")
          .isEqualTo(TITLE);
      assertThat(shown(read.get("en"), "title").getString("language")).isEqualTo("fr");
      assertThat(shown(read.get("en"), "title").getBoolean("otherLanguage")).isTrue();
    }

    // the profile page
    String en = get("wop.xhtml?id=" + id + "&lang=en", null).body();
    assertThat(en)
        .contains("<h1 id=\"wop-title\" lang=\"fr\">" + TITLE + "</h1>")
        .contains("id=\"wop-title-language\">(in French)</p>");
    String fr = get("wop.xhtml?id=" + id + "&lang=fr", null).body();
    assertThat(fr)
        .contains("<h1 id=\"wop-title\" lang=\"fr\">" + TITLE + "</h1>")
        .doesNotContain("wop-title-language")
        .doesNotContain(TITLE_ES);
    String es = get("wop.xhtml?id=" + id + "&lang=es", null).body();
    assertThat(es)
        .contains("<h1 id=\"wop-title\" lang=\"es\">" + TITLE_ES + "</h1>")
        .contains("lang=\"es\">Reducir el agua no contabilizada del 45 % al 30 %.")
        .doesNotContain("wop-title-language");

    // the directory's cards, and the search finds a translation's words
    String card = get("directory.xhtml?q=" + tag + "&lang=es", null).body();
    assertThat(card).contains("lang=\"es\">" + TITLE_ES + "</a>");
    String cardEn = get("directory.xhtml?q=" + tag + "&lang=en", null).body();
    assertThat(cardEn)
        .contains("lang=\"fr\">" + TITLE + "</a>")
        .contains("<small class=\"text-language\">(in French)</small>");

    // IATI: each narrative in its own language, valid against the schema
    String iati = get("api/v1/partnerships/iati.xml", null).body();
    validIati(iati);
    int at = iati.indexOf(TITLE);
    String activity =
        iati.substring(
            iati.lastIndexOf("<iati-activity", at), iati.indexOf("</iati-activity>", at));
    assertThat(activity)
        .as(
            "no default language: the operators' names, whose language nobody declared, would"
                + " inherit it")
        .startsWith("<iati-activity default-currency=")
        .contains(
            "<title><narrative xml:lang=\"fr\">"
                + TITLE
                + "</narrative><narrative xml:lang=\"es\">"
                + TITLE_ES
                + "</narrative></title>")
        .contains(
            "<description type=\"1\"><narrative xml:lang=\"fr\">"
                + OBJECTIVES
                + "</narrative><narrative xml:lang=\"es\">"
                + OBJECTIVES_ES
                + "</narrative></description>");
  }

  @Test
  void aTranslationsWordsAreFoundBySearch() throws Exception {
    long[] ops = operators();
    String word = "tegucigalpense" + tag;
    HttpResponse<String> created =
        Http.send(
            "POST",
            uri("api/v1/partnerships"),
            wop(ops[0], ops[1])
                .add("title", "Reducción de agua no contabilizada en Tegucigalpa")
                .add("titleLanguage", "es")
                .add(
                    "titleTranslations",
                    Json.createObjectBuilder().add("en", "Non-revenue water in " + word))
                .add("objectives", "Reducir el agua no contabilizada.")
                .add("objectivesLanguage", "es")
                .build()
                .toString(),
            ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = object(created).getJsonNumber("id").longValue();
    String found = Http.send("GET", uri("api/v1/partnerships?q=" + word), null, ADMIN).body();
    assertThat(found).contains("\"id\":" + id);
  }

  @Test
  void aRecordedWopInPortugueseIsMarkedForReadersOfOtherLanguages() throws Exception {
    long[] ops = operators();
    String title = "Redução de perdas em Maputo";
    HttpResponse<String> recorded =
        Http.send(
            "POST",
            uri("api/v1/partnerships/recorded"),
            wop(ops[0], ops[1])
                .add("title", title)
                .add("titleLanguage", "pt")
                .add(
                    "titleTranslations",
                    Json.createObjectBuilder().add("en", "Loss reduction in Maputo"))
                .add("objectives", "Reduzir as perdas de água de 50 % para 35 %.")
                .add("objectivesLanguage", "pt")
                .add("status", "ACTIVE")
                .add("actualStart", "2019")
                .build()
                .toString(),
            ADMIN);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    long id = object(recorded).getJsonNumber("id").longValue();
    Http.ok(
        Http.send(
            "POST",
            uri("api/v1/partnerships/" + id + "/publication"),
            "{\"published\":true}",
            ADMIN));
    JsonObject en = object(get("api/v1/partnerships/" + id + "?lang=en", null));
    assertThat(shown(en, "title").getString("text")).isEqualTo("Loss reduction in Maputo");
    assertThat(shown(en, "objectives").getString("language")).isEqualTo("pt");
    assertThat(shown(en, "objectives").getBoolean("otherLanguage")).isTrue();
    assertThat(get("wop.xhtml?id=" + id + "&lang=fr", null).body())
        .contains("<h1 id=\"wop-title\" lang=\"pt\">" + title + "</h1>")
        .contains("(en portugais)");
    assertThat(get("wop.xhtml?id=" + id + "&lang=es", null).body()).contains("(en portugués)");
    assertThat(get("wop.xhtml?id=" + id + "&lang=en", null).body())
        .contains("lang=\"en\">Loss reduction in Maputo</h1>")
        .contains("(in Portuguese)</small>");
  }

  @Test
  void badLanguagesAndTranslationsAre400sNamingTheFieldAndTheRuleAndStoreNothing()
      throws Exception {
    long[] ops = operators();
    record Bad(String what, JsonObjectBuilder builder, String field, String rule) {}
    List<Bad> cases =
        List.of(
            new Bad(
                "an unknown language code",
                wop(ops[0], ops[1])
                    .add("title", TITLE + " " + tag)
                    .add("titleLanguage", "xx")
                    .add("objectives", OBJECTIVES),
                "titleLanguage",
                "text.language.unknown"),
            new Bad(
                "a translation into the original's language",
                wop(ops[0], ops[1])
                    .add("title", TITLE + " " + tag)
                    .add("titleLanguage", "fr")
                    .add("titleTranslations", Json.createObjectBuilder().add("fr", TITLE))
                    .add("objectives", OBJECTIVES),
                "titleTranslations.fr",
                "text.translation.original-language"),
            new Bad(
                "a translation without the original's language",
                wop(ops[0], ops[1])
                    .add("title", TITLE + " " + tag)
                    .add("objectives", OBJECTIVES)
                    .add("objectivesTranslations", Json.createObjectBuilder().add("es", "x")),
                "objectivesLanguage",
                "text.translation.undeclared-original"),
            new Bad(
                "a translation into a language the platform does not speak",
                wop(ops[0], ops[1])
                    .add("title", TITLE + " " + tag)
                    .add("titleLanguage", "fr")
                    .add(
                        "titleTranslations",
                        Json.createObjectBuilder().add("pt", "Redução de perdas em Kisumu"))
                    .add("objectives", OBJECTIVES),
                "titleTranslations.pt",
                "text.translation.not-platform-language"),
            new Bad(
                "a translation longer than the title may be",
                wop(ops[0], ops[1])
                    .add("title", TITLE + " " + tag)
                    .add("titleLanguage", "fr")
                    .add("titleTranslations", Json.createObjectBuilder().add("es", "é".repeat(301)))
                    .add("objectives", OBJECTIVES),
                "titleTranslations",
                "size"));
    for (Bad bad : cases) {
      JsonObject body = bad.builder().build();
      for (String path : List.of("api/v1/partnerships", "api/v1/partnerships/recorded")) {
        String json =
            path.endsWith("recorded")
                ? Json.createObjectBuilder(body).add("status", "ACTIVE").build().toString()
                : body.toString();
        HttpResponse<String> r = Http.send("POST", uri(path), json, ADMIN);
        assertThat(r.statusCode()).as(bad.what() + " on " + path + ": " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        assertThat(object(r).getJsonArray("errors").getValuesAs(JsonObject.class))
            .as(bad.what() + ": " + r.body())
            .anySatisfy(
                e -> {
                  assertThat(e.getString("field")).startsWith(bad.field());
                  assertThat(e.getString("rule")).isEqualTo(bad.rule());
                });
      }
    }
    assertThat(Http.send("GET", uri("api/v1/partnerships?q=" + tag), null, ADMIN).body())
        .as("nothing stored")
        .doesNotContain(TITLE);
  }
}
