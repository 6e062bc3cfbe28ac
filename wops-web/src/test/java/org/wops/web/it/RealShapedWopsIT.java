package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The realistic data set of 30 WOPs ({@code org/wops/web/demo/real-shaped-wops.json}, issue 16)
 * through the deployed WAR on the real PostgreSQL: every operator, organisation and partnership
 * recorded through the API with nothing invented and nothing dropped (each field given is read back
 * as given, each field not given stays absent), every profile answering in English, French and
 * Spanish without a day nobody stated, the CSV and JSON exports going back in through the import
 * unchanged, and the IATI file holding them valid against the official schema.
 */
class RealShapedWopsIT {
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static JsonObject dataSet;

  @BeforeAll
  static void start() throws Exception {
    try (InputStream in =
        RealShapedWopsIT.class.getResourceAsStream("/org/wops/web/demo/real-shaped-wops.json")) {
      assertThat(in).as("the data set ships with the platform").isNotNull();
      dataSet = Json.createReader(in).readObject();
    }
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

  private static Map<String, Long> registry() throws Exception {
    Map<String, Long> ids = new HashMap<>();
    for (JsonObject o : dataSet.getJsonArray("operators").getValuesAs(JsonObject.class)) {
      JsonObjectBuilder body = Json.createObjectBuilder(o).remove("key");
      HttpResponse<String> r =
          Http.postJson(micro.uri("api/v1/operators"), body.build().toString());
      assertThat(r.statusCode()).as(o.getString("name") + ": " + r.body()).isEqualTo(201);
      JsonObject read = Http.object(r);
      assertThat(read.getString("name")).isEqualTo(o.getString("name"));
      ids.put("operator:" + o.getString("key"), read.getJsonNumber("id").longValue());
    }
    for (JsonObject o : dataSet.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
      JsonObjectBuilder body = Json.createObjectBuilder(o).remove("key");
      HttpResponse<String> r =
          Http.postJson(micro.uri("api/v1/organisations"), body.build().toString());
      assertThat(r.statusCode()).as(o.getString("name") + ": " + r.body()).isEqualTo(201);
      ids.put("organisation:" + o.getString("key"), Http.object(r).getJsonNumber("id").longValue());
    }
    return ids;
  }

  @Test
  void theDataSetLoadsWithNothingInventedNothingDroppedAndGoesOutAndBackIn() throws Exception {
    List<JsonObject> wops = dataSet.getJsonArray("partnerships").getValuesAs(JsonObject.class);
    assertThat(wops).hasSizeGreaterThanOrEqualTo(30);
    Map<String, Long> ids = registry();
    Map<Long, JsonObject> given = new LinkedHashMap<>();
    for (JsonObject wop : wops) {
      JsonObject body = RealShapedBodies.resolved(wop, ids);
      HttpResponse<String> r =
          Http.send("POST", micro.uri("api/v1/partnerships/recorded"), body.toString(), ADMIN);
      assertThat(r.statusCode()).as(wop.getString("shape") + ": " + r.body()).isEqualTo(201);
      long id = Http.object(r).getJsonNumber("id").longValue();
      given.put(id, body);
      Http.ok(
          Http.send(
              "POST",
              micro.uri("api/v1/partnerships/" + id + "/publication"),
              "{\"published\":true}",
              ADMIN));
    }

    for (Map.Entry<Long, JsonObject> w : given.entrySet()) {
      JsonObject read =
          Http.object(Http.send("GET", micro.uri("api/v1/partnerships/" + w.getKey()), null, null));
      kept(w.getValue(), read);
      assertThat(read.getJsonArray("milestones")).as("no milestone invented").isEmpty();
    }

    for (Map.Entry<Long, JsonObject> w : given.entrySet()) {
      String title = w.getValue().getString("title");
      for (String lang : List.of("en", "fr", "es")) {
        HttpResponse<String> page =
            java.net.http.HttpClient.newHttpClient()
                .send(
                    java.net.http.HttpRequest.newBuilder(
                            micro.uri("wop.xhtml?id=" + w.getKey() + "&lang=" + lang))
                        .timeout(java.time.Duration.ofSeconds(30))
                        .build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as(title + " in " + lang).isEqualTo(200);
        JsonObject translated = w.getValue().getJsonObject("titleTranslations");
        String shown =
            translated != null && translated.containsKey(lang) ? translated.getString(lang) : title;
        assertThat(page.body()).as(lang + ": the title the reader reads").contains(shown);
        for (String key : List.of("plannedStart", "plannedEnd", "actualStart", "actualEnd")) {
          String date = w.getValue().getString(key, "");
          if (date.matches("\\d{4}")) {
            assertThat(page.body())
                .as(title + " " + key + " " + date + " in " + lang + ": no 1 January invented")
                .doesNotContain("Jan 1, " + date)
                .doesNotContain("1 janv. " + date)
                .doesNotContain("1 ene " + date);
          }
        }
      }
    }

    // the exports go back in through the import with nothing changed
    HttpResponse<String> json =
        Http.send("GET", micro.uri("api/v1/partnerships/export.json"), null, ADMIN);
    assertThat(json.statusCode()).isEqualTo(200);
    JsonArrayBuilder ours = Json.createArrayBuilder();
    for (JsonObject item :
        Json.createReader(new StringReader(json.body()))
            .readArray()
            .getValuesAs(JsonObject.class)) {
      if (given.containsKey(item.getJsonNumber("id").longValue())) {
        ours.add(item);
      }
    }
    JsonArray mine = ours.build();
    assertThat(mine).hasSize(given.size());
    HttpResponse<String> again =
        Http.send("POST", micro.uri("api/v1/partnerships/import"), mine.toString(), ADMIN);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.object(again).getInt("unchanged")).as(again.body()).isEqualTo(given.size());

    HttpResponse<String> csv = raw("GET", "api/v1/partnerships/export.csv", null, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<org.apache.commons.csv.CSVRecord> records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    StringBuilder file = new StringBuilder();
    try (org.apache.commons.csv.CSVPrinter out =
        new org.apache.commons.csv.CSVPrinter(
            file,
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader(records.get(0).getParser().getHeaderNames().toArray(String[]::new))
                .get())) {
      for (org.apache.commons.csv.CSVRecord r : records) {
        if (given.containsKey(Long.parseLong(r.get("id")))) {
          out.printRecord(r.toList());
        }
      }
    }
    HttpResponse<String> csvAgain =
        raw("POST", "api/v1/partnerships/import", file.toString(), "application/json");
    assertThat(csvAgain.statusCode()).as(csvAgain.body()).isEqualTo(200);
    assertThat(Http.object(csvAgain).getInt("unchanged"))
        .as(csvAgain.body())
        .isEqualTo(given.size());
    for (Map.Entry<Long, JsonObject> w : given.entrySet()) {
      kept(
          w.getValue(),
          Http.object(
              Http.send("GET", micro.uri("api/v1/partnerships/" + w.getKey()), null, null)));
    }

    resultsAndSourcesGoOutAndComeBack(given, mine, records);

    HttpResponse<String> iati = raw("GET", "api/v1/partnerships/iati.xml", null, "application/xml");
    assertThat(iati.statusCode()).isEqualTo(200);
    javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(
            new java.io.File(
                System.getProperty(
                    "wops.test.iati.xsd",
                    "../wops-api/src/test/resources/iati-2.03/iati-activities-schema.xsd")))
        .newValidator()
        .validate(new javax.xml.transform.stream.StreamSource(new StringReader(iati.body())));
    for (JsonObject w : given.values()) {
      assertThat(iati.body())
          .as("in the IATI file")
          .contains(w.getString("title").replace("&", "&amp;"));
    }
  }

  /**
   * Results and sources in both exports (issue 16, item 12b): carried as the view writes them,
   * numbers as written, nothing new stored on the way back; a result edited in the CSV changes that
   * partnership alone, through the results' use case; a broken result is refused naming the item
   * and its path, with nothing stored.
   */
  private static void resultsAndSourcesGoOutAndComeBack(
      Map<Long, JsonObject> given,
      JsonArray exported,
      List<org.apache.commons.csv.CSVRecord> records)
      throws Exception {
    Map<Long, Long> versions = new HashMap<>();
    for (Long id : given.keySet()) {
      versions.put(id, version(id));
    }
    for (JsonObject item : exported.getValuesAs(JsonObject.class)) {
      JsonObject wop = given.get(item.getJsonNumber("id").longValue());
      assertThat(results(item.getJsonArray("results")))
          .as("export.json carries the results")
          .isEqualTo(results(wop.getJsonArray("results")));
      assertThat(sources(item.getJsonArray("sources")))
          .as("export.json carries the sources")
          .isEqualTo(sources(wop.getJsonArray("sources")));
      assertThat(item.getString("complianceBasis"))
          .as("export.json says what the label rests on, as the partnership does")
          .isEqualTo(
              Http.ok(
                      Http.send(
                          "GET",
                          micro.uri("api/v1/partnerships/" + item.getJsonNumber("id").longValue()),
                          null,
                          ADMIN))
                  .getString("complianceBasis"));
    }
    // the data set's numbers come back as written: 71, not 71.0000
    JsonObject withResults =
        given.values().stream()
            .filter(w -> w.containsKey("results") && !w.getJsonArray("results").isEmpty())
            .findFirst()
            .orElseThrow();
    long measured =
        given.entrySet().stream()
            .filter(e -> e.getValue() == withResults)
            .findFirst()
            .orElseThrow()
            .getKey();
    org.apache.commons.csv.CSVRecord row =
        records.stream()
            .filter(r -> Long.parseLong(r.get("id")) == measured)
            .findFirst()
            .orElseThrow();
    assertThat(row.get("results"))
        .as("the CSV's results cell is the API's JSON array")
        .startsWith("[{\"statement\":")
        .doesNotContain(".0000");
    if (!withResults.containsKey("sources") || withResults.getJsonArray("sources").isEmpty()) {
      assertThat(row.get("sources")).isEmpty();
    } else {
      assertThat(row.get("sources"))
          .as("title|link|dated|note")
          .startsWith(withResults.getJsonArray("sources").getJsonObject(0).getString("title"));
    }

    // an edited result in the CSV: that partnership changes, no other
    java.util.regex.Matcher value =
        java.util.regex.Pattern.compile("\"actual\":\\{\"value\":([0-9.]+)")
            .matcher(row.get("results"));
    assertThat(value.find()).as(row.get("results")).isTrue();
    String edited =
        row.get("results").substring(0, value.start(1))
            + "95.5"
            + row.get("results").substring(value.end(1));
    StringBuilder file = new StringBuilder();
    try (org.apache.commons.csv.CSVPrinter out =
        new org.apache.commons.csv.CSVPrinter(
            file,
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader(records.get(0).getParser().getHeaderNames().toArray(String[]::new))
                .get())) {
      for (org.apache.commons.csv.CSVRecord r : records) {
        if (given.containsKey(Long.parseLong(r.get("id")))) {
          List<String> cells = new ArrayList<>(r.toList());
          if (r == row) {
            cells.set(r.getParser().getHeaderNames().indexOf("results"), edited);
          }
          out.printRecord(cells);
        }
      }
    }
    int audit =
        Http.array(
                Http.send(
                    "GET", micro.uri("api/v1/partnerships/" + measured + "/audit"), null, ADMIN))
            .size();
    HttpResponse<String> imported =
        raw("POST", "api/v1/partnerships/import", file.toString(), "application/json");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject report = Http.object(imported);
    assertThat(report.getInt("updated")).as(imported.body()).isEqualTo(1);
    assertThat(report.getInt("unchanged")).as(imported.body()).isEqualTo(given.size() - 1);
    assertThat(report.getInt("created")).isZero();
    JsonObject read =
        Http.object(Http.send("GET", micro.uri("api/v1/partnerships/" + measured), null, null));
    JsonObject actual = null;
    for (JsonObject r : read.getJsonArray("results").getValuesAs(JsonObject.class)) {
      JsonObject i = r.getJsonObject("indicator");
      if (actual == null
          && i != null
          && i.containsKey("actual")
          && i.getJsonObject("actual").containsKey("value")) {
        actual = i.getJsonObject("actual");
      }
    }
    assertThat(actual).isNotNull();
    assertThat(actual.getJsonNumber("value").toString()).isEqualTo("95.5");
    assertThat(read.getJsonArray("results").size())
        .isEqualTo(withResults.getJsonArray("results").size());
    assertThat(
            Http.array(
                    Http.send(
                        "GET",
                        micro.uri("api/v1/partnerships/" + measured + "/audit"),
                        null,
                        ADMIN))
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action", ""))
                .toList())
        .as("one new audit entry, the results' own")
        .contains("results.changed");
    assertThat(
            Http.array(
                    Http.send(
                        "GET",
                        micro.uri("api/v1/partnerships/" + measured + "/audit"),
                        null,
                        ADMIN))
                .size())
        .isEqualTo(audit + 1);
    for (Long id : given.keySet()) {
      if (id != measured) {
        assertThat(version(id)).as("partnership " + id + " untouched").isEqualTo(versions.get(id));
      } else {
        assertThat(version(id)).isGreaterThan(versions.get(id));
      }
    }

    // a result dated in the future, in the second item of the JSON: refused by the results' rule,
    // named by item and path, nothing stored
    JsonArrayBuilder broken = Json.createArrayBuilder();
    List<JsonObject> items = exported.getValuesAs(JsonObject.class);
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.get(i);
      if (i == 1) {
        item =
            Json.createObjectBuilder(item)
                // the version it is at now: a changed item names the version it was exported at
                .add("version", version(item.getJsonNumber("id").longValue()))
                .add(
                    "results",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("statement", "Taux de desserte porté à 80 %")
                                .add("kind", "OUTCOME")
                                .add(
                                    "indicator",
                                    Json.createObjectBuilder()
                                        .add("unit", "%")
                                        .add(
                                            "actual",
                                            Json.createObjectBuilder()
                                                .add("value", 80)
                                                .add("dated", "2031")))))
                .build();
      }
      broken.add(item);
    }
    long second = items.get(1).getJsonNumber("id").longValue();
    List<String> before = results(read(second).getJsonArray("results"));
    HttpResponse<String> refused =
        Http.send(
            "POST", micro.uri("api/v1/partnerships/import"), broken.build().toString(), ADMIN);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Http.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("item 2: results[0].indicator.actual.dated");
    assertThat(results(read(second).getJsonArray("results")))
        .as("nothing stored")
        .isEqualTo(before);
  }

  private static JsonObject read(long id) throws Exception {
    return Http.object(Http.send("GET", micro.uri("api/v1/partnerships/" + id), null, ADMIN));
  }

  private static long version(long id) throws Exception {
    return read(id).getJsonNumber("version").longValue();
  }

  /** A request as the secretariat; a body is CSV. */
  private static HttpResponse<String> raw(String method, String path, String csv, String accept)
      throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(micro.uri(path))
            .timeout(java.time.Duration.ofSeconds(60))
            .header("Accept", accept)
            .header("Authorization", ADMIN)
            .method(
                method,
                csv == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(
                        csv, java.nio.charset.StandardCharsets.UTF_8));
    if (csv != null) {
      b.header("Content-Type", "text/csv; charset=UTF-8");
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(
            b.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Every field given is read back as given; a date, record or budget not given stays absent. */
  private static void kept(JsonObject given, JsonObject read) {
    String what = given.getString("title");
    for (String key :
        List.of("typeId", "title", "objectives", "currency", "status", "titleLanguage")) {
      assertThat(read.getString(key)).as(what + ": " + key).isEqualTo(given.getString(key));
    }
    for (String key : List.of("plannedStart", "plannedEnd", "actualStart", "actualEnd")) {
      assertThat(read.getString(key, null))
          .as(what + ": " + key)
          .isEqualTo(given.getString(key, null));
    }
    for (String key : List.of("titleTranslations", "objectivesTranslations")) {
      assertThat(read.getJsonObject(key) == null ? Map.of() : read.getJsonObject(key))
          .as(what + ": " + key)
          .isEqualTo(given.getJsonObject(key) == null ? Map.of() : given.getJsonObject(key));
    }
    assertThat(strings(read.getJsonArray("workingAreas")))
        .as(what + ": working areas")
        .isEqualTo(strings(given.getJsonArray("workingAreas")));
    assertThat(parties(read.getJsonArray("participants"), "operatorId"))
        .as(what + ": participants")
        .isEqualTo(parties(given.getJsonArray("participants"), "operatorId"));
    assertThat(parties(read.getJsonArray("supporters"), "organisationId"))
        .as(what + ": supporters and their words")
        .isEqualTo(parties(given.getJsonArray("supporters"), "organisationId"));
    JsonObject facts = given.getJsonObject("record");
    JsonObject record = read.getJsonObject("record");
    assertThat(record).as(what + ": recorded").isNotNull();
    assertThat(record.getString("compliance"))
        .as(what + ": compliance")
        .isEqualTo(facts == null ? "NOT_ASSESSED" : facts.getString("compliance", "NOT_ASSESSED"));
    for (String key : List.of("agreementSignedOn", "agreementEvidence", "lastReported")) {
      assertThat(record.getString(key, null))
          .as(what + ": record." + key)
          .isEqualTo(facts == null ? null : facts.getString(key, null));
    }
    assertThat(record.getBoolean("agreementSignedOutside"))
        .as(what + ": agreement signed outside")
        .isEqualTo(
            facts != null
                && (facts.getBoolean("agreementSigned", false)
                    || facts.containsKey("agreementSignedOn")));
    assertThat(sources(read.getJsonArray("sources")))
        .as(what + ": sources")
        .isEqualTo(sources(given.getJsonArray("sources")));
    assertThat(results(read.getJsonArray("results")))
        .as(what + ": results")
        .isEqualTo(results(given.getJsonArray("results")));
    JsonObject budget = given.getJsonObject("budget");
    JsonObject stated = read.getJsonObject("budget");
    if (budget == null) {
      assertThat(stated).as(what + ": no budget invented").isNull();
      return;
    }
    assertThat(stated).as(what + ": budget").isNotNull();
    for (String key : List.of("currency", "fundingType", "fundingDescription")) {
      assertThat(stated.getString(key, null))
          .as(what + ": budget." + key)
          .isEqualTo(budget.getString(key, null));
    }
    assertThat(number(stated, "total")).as(what + ": total").isEqualTo(number(budget, "total"));
    List<String> lines = new ArrayList<>();
    for (JsonObject l :
        budget.getJsonArray("lines") == null
            ? List.<JsonObject>of()
            : budget.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      lines.add(line(l));
    }
    List<String> back = new ArrayList<>();
    for (JsonObject l :
        stated.getJsonArray("lines") == null
            ? List.<JsonObject>of()
            : stated.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      back.add(line(l));
    }
    assertThat(back).as(what + ": budget lines").isEqualTo(lines);
  }

  private static String line(JsonObject l) {
    return l.getInt("year", 0) + "@" + l.get("organisationId") + "=" + number(l, "amount");
  }

  private static String number(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key)
        ? o.getJsonNumber(key).bigDecimalValue().stripTrailingZeros().toPlainString()
        : null;
  }

  private static Set<String> strings(JsonArray a) {
    return a == null
        ? Set.of()
        : a.getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .collect(Collectors.toSet());
  }

  private static Set<String> parties(JsonArray a, String id) {
    return a == null
        ? Set.of()
        : a.getValuesAs(JsonObject.class).stream()
            .map(
                x ->
                    x.get(id)
                        + " "
                        + x.getString("role")
                        + " "
                        + x.getString("roleDescription", "-")
                        + " "
                        + number(x, "contribution"))
            .collect(Collectors.toSet());
  }

  /** Each result as one line: statement, kind, indicator and its points at their precision. */
  private static List<String> results(JsonArray a) {
    return a == null
        ? List.of()
        : a.getValuesAs(JsonObject.class).stream()
            .map(
                r -> {
                  JsonObject i = r.getJsonObject("indicator");
                  String indicator =
                      i == null
                          ? "-"
                          : i.getString("title", "-")
                              + " ["
                              + i.getString("unit", "-")
                              + "] "
                              + point(i.getJsonObject("baseline"))
                              + " → "
                              + point(i.getJsonObject("target"))
                              + " → "
                              + point(i.getJsonObject("actual"));
                  return r.getString("statement") + " | " + r.getString("kind") + " | " + indicator;
                })
            .toList();
  }

  private static String point(JsonObject p) {
    return p == null
        ? "-"
        : number(p, "value") + " " + p.getString("note", "-") + " " + p.getString("dated", "-");
  }

  private static List<String> sources(JsonArray a) {
    return a == null
        ? List.of()
        : a.getValuesAs(JsonObject.class).stream()
            .map(
                s ->
                    s.getString("title")
                        + " | "
                        + s.getString("link", "-")
                        + " | "
                        + s.getString("dated", "-")
                        + " | "
                        + s.getString("note", "-"))
            .toList();
  }
}
