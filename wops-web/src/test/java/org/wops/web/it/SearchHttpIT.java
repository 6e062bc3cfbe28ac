package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

/**
 * The search through real HTTP on PostgreSQL, each server on a database of its own: case- and
 * accent-insensitive over titles, objectives and the participants' names, whole words first; and
 * hostile input in every string filter, with {@code standard_conforming_strings} on and off (a
 * second database with it off), which must leak nothing unpublished, no password hash, and never
 * answer 500; control characters are a 400 naming the parameter (query, JSON body, form field).
 */
class SearchHttpIT {
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String SECRET = "zzsecret" + TAG;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static String wasa;
  private static List<String> mwauwasa;

  @BeforeAll
  static void start() throws Exception {
    micro = server("wops_search_" + TAG, true);
    seed(micro);
  }

  @AfterAll
  static void stop() throws Exception {
    if (micro != null) {
      micro.close();
    }
  }

  /** A server on a new database of the embedded PostgreSQL, with standard_conforming_strings. */
  private static PayaraMicroProcess server(String database, boolean standardStrings)
      throws Exception {
    String url = System.getProperty("wops.test.db.url");
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("create database " + database);
      if (!standardStrings) {
        s.execute("alter database " + database + " set standard_conforming_strings = off");
      }
    }
    String databaseUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("show standard_conforming_strings")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo(standardStrings ? "on" : "off");
    }
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", databaseUrl);
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_ENABLED", "false");
    Path dir = Files.createDirectories(workDir.resolve(database));
    return PayaraMicroProcess.start(dir, PayaraMicroProcess.freePort(), env);
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static long operator(PayaraMicroProcess m, String name, String shortName, String country)
      throws Exception {
    return created(
        Http.postJson(
            m.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("shortName", shortName)
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", "Port of Spain")
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  private static String partnership(
      PayaraMicroProcess m,
      String title,
      String objectives,
      long mentor,
      long mentee,
      boolean published)
      throws Exception {
    JsonArrayBuilder participants =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("operatorId", mentor).add("role", "MENTOR"))
            .add(Json.createObjectBuilder().add("operatorId", mentee).add("role", "MENTEE"));
    long id =
        created(
            Http.postJson(
                m.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", title)
                    .add("objectives", objectives)
                    .add("currency", "USD")
                    .add("plannedStart", LocalDate.now().minusMonths(3).toString())
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add("participants", participants)
                    .build()
                    .toString()));
    if (published) {
      assertThat(
              Http.postJson(
                      m.uri("api/v1/partnerships/" + id + "/publication"), "{\"published\":true}")
                  .statusCode())
          .isEqualTo(200);
    }
    return title;
  }

  private static void seed(PayaraMicroProcess m) throws Exception {
    long wasaOp = operator(m, "Water and Sewerage Authority of Trinidad and Tobago", "WASA", "TT");
    long mwanza = operator(m, "Mwanza Urban Water and Sanitation Authority", "MWAUWASA", "TZ");
    long benin = operator(m, "Société Béninoise des Eaux", "SBEE", "BJ");
    long dresden = operator(m, "Stadtentwässerung Dresden", "SEDD", "DE");
    // the WASA partnership is the oldest: sorted by date alone it would come last
    wasa =
        partnership(m, "Caribbean peer review of network losses", "Meters.", wasaOp, benin, true);
    mwauwasa =
        List.of(
            partnership(m, "Lake Victoria billing 1", "Billing.", mwanza, benin, true),
            partnership(m, "Lake Victoria billing 2", "Billing.", mwanza, dresden, true),
            partnership(m, "Lake Victoria billing 3", "Billing.", mwanza, benin, true));
    partnership(m, "Assainissement à Gabès", "Réseau côtier.", benin, dresden, true);
    partnership(m, "Gabes coastal network", "Pumps.", dresden, benin, true);
    partnership(
        m, "Kiosks in the hills", "Dji’i water kiosks and “pay as you go”.", benin, dresden, true);
    partnership(m, "Secret plan " + SECRET, "Unpublished " + SECRET, benin, dresden, false);
  }

  private static HttpResponse<String> anonymous(PayaraMicroProcess m, String pathAndQuery)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(m.uri("").toString() + pathAndQuery))
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> titles(String query) throws Exception {
    HttpResponse<String> r =
        anonymous(
            micro,
            "api/v1/partnerships?sort=NEWEST&size=50&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.array(r).stream()
        .map(JsonValue::asJsonObject)
        .map(p -> p.getString("title"))
        .toList();
  }

  @Test
  void accentsCaseAndApostrophesDoNotMatter() throws Exception {
    for (String q : List.of("Gabes", "Gabès", "GABÈS", "gabes")) {
      assertThat(titles(q))
          .as("q=" + q)
          .containsExactlyInAnyOrder("Assainissement à Gabès", "Gabes coastal network");
    }
    for (String q : List.of("Dji'i", "Dji’i", "dji’I", "pay as you go", "“Pay as you go”")) {
      assertThat(titles(q)).as("q=" + q).containsExactly("Kiosks in the hills");
    }
    assertThat(titles("Réseau cotier")).containsExactly("Assainissement à Gabès");
  }

  @Test
  void theParticipantsNamesAndShortNamesAreSearchedToo() throws Exception {
    for (String q : List.of("Société", "societe beninoise", "SBEE")) {
      assertThat(titles(q))
          .as("q=" + q)
          .contains(wasa, "Assainissement à Gabès", "Kiosks in the hills")
          .doesNotContain("Secret plan " + SECRET);
    }
    for (String q :
        List.of("Stadtentwässerung", "STADTENTWASSERUNG", "stadtentwässerung dresden")) {
      assertThat(titles(q))
          .as("q=" + q)
          .containsExactlyInAnyOrder(
              "Lake Victoria billing 2",
              "Assainissement à Gabès",
              "Gabes coastal network",
              "Kiosks in the hills");
    }
  }

  @Test
  void wholeWordsComeBeforePartsOfWords() throws Exception {
    List<String> found = titles("Wasa");
    assertThat(found).as("WASA first, then MWAUWASA's, newest first").hasSize(4);
    assertThat(found.get(0)).isEqualTo(wasa);
    assertThat(found.subList(1, 4))
        .containsExactly(mwauwasa.get(2), mwauwasa.get(1), mwauwasa.get(0));
    // the second page (pages count from 0) follows the same order
    HttpResponse<String> second =
        anonymous(micro, "api/v1/partnerships?sort=NEWEST&size=2&page=1&q=wasa");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(second.headers().firstValue("X-Total-Count")).hasValue("4");
    assertThat(Http.array(second).stream().map(v -> v.asJsonObject().getString("title")).toList())
        .containsExactly(mwauwasa.get(1), mwauwasa.get(0));
  }

  @Test
  void hostileFiltersLeakNothingWithStandardConformingStringsOn() throws Exception {
    hostileFiltersLeakNothing(micro);
  }

  @Test
  void hostileFiltersLeakNothingWithStandardConformingStringsOff() throws Exception {
    try (PayaraMicroProcess off = server("wops_scs_off_" + TAG, false)) {
      seed(off);
      hostileFiltersLeakNothing(off);
    }
  }

  private static final List<String> HOSTILE =
      List.of(
          "\\",
          "\\'",
          "'",
          "''",
          "' OR 1=1 --",
          "\\' OR 1=1 --",
          "x\\' OR published = false OR 'a'='a",
          "' UNION SELECT username, password FROM users --",
          "\\' UNION SELECT username, password_hash, 1, 1, 1, 1, 1, 1 FROM users --",
          "%",
          "_",
          "Gabès\\",
          "\"; drop table partnerships; --");
  private static final List<String> CONTROL =
      List.of("a\u0000b", "x\nINFO: forged-" + TAG, "x\r\nforged-" + TAG, "a\u000bb");
  private static final List<String> PARAMETERS =
      List.of(
          "q",
          "type",
          "workingArea",
          "country",
          "region",
          "status",
          "sort",
          "year",
          "operator",
          "charterCompliant");

  private static void hostileFiltersLeakNothing(PayaraMicroProcess m) throws Exception {
    for (String parameter : PARAMETERS) {
      for (String value : HOSTILE) {
        String query = parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        HttpResponse<String> r = anonymous(m, "api/v1/partnerships?" + query);
        assertThat(r.statusCode()).as(query + ": " + r.body()).isIn(200, 400);
        assertThat(r.body()).as(query).doesNotContain(SECRET).doesNotContain("PBKDF2");
        if (r.statusCode() == 200) {
          assertThat(Http.array(r))
              .as(query)
              .allSatisfy(p -> assertThat(p.asJsonObject().getBoolean("published")).isTrue());
        }
        HttpResponse<String> page = anonymous(m, "directory.xhtml?" + query);
        assertThat(page.statusCode()).as("directory " + query).isLessThan(500);
        assertThat(page.body()).as("directory " + query).doesNotContain(SECRET);
      }
      for (String value : CONTROL) {
        String query = parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        for (String path : List.of("api/v1/partnerships?", "directory.xhtml?")) {
          HttpResponse<String> r = anonymous(m, path + query);
          assertThat(r.statusCode()).as(path + query + ": " + r.body()).isEqualTo(400);
          JsonObject problem = Http.object(r);
          assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
              .isEqualTo(parameter);
          assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("rule"))
              .isEqualTo("control-character");
        }
      }
    }
    // signed in too (the search that always reaches the database)
    for (String value : HOSTILE) {
      HttpResponse<String> r =
          Http.send(
              "GET",
              m.uri("api/v1/partnerships?q=" + URLEncoder.encode(value, StandardCharsets.UTF_8)),
              null,
              Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD));
      assertThat(r.statusCode()).as(value + ": " + r.body()).isEqualTo(200);
      assertThat(r.body()).doesNotContain("PBKDF2");
    }
    // a JSON body and a form field with a control character: 400 naming the field
    HttpResponse<String> body =
        Http.postJson(
            m.uri("api/v1/operators"),
            "{\"name\":\"Eau\\u0000Bad\",\"kind\":\"UTILITY\",\"country\":\"BJ\",\"city\":\"Ouidah\","
                + "\"services\":\"WATER\",\"ownership\":\"PUBLIC\"}");
    assertThat(body.statusCode()).as(body.body()).isEqualTo(400);
    assertThat(Http.object(body).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
    HttpResponse<String> title =
        Http.postJson(
            m.uri("api/v1/partnerships"),
            "{\"typeId\":\"wop\",\"title\":\"Tab\\u000bulated\",\"objectives\":\"Two\\nlines\"}");
    assertThat(title.statusCode()).as(title.body()).isEqualTo(400);
    assertThat(Http.object(title).getJsonArray("errors"))
        .singleElement()
        .satisfies(e -> assertThat(e.asJsonObject().getString("field")).isEqualTo("title"));
    HttpResponse<String> form =
        CLIENT.send(
            HttpRequest.newBuilder(m.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login%3Ausername=a%00b&login=login"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // a page's form: the control character is taken out and the page answers again in the
    // reader's language (the message beside the field, ReportingPagesBrowserIT), never echoed
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(form.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(form.body()).doesNotContain("\u0000").doesNotContain("a\u0000b");
    assertThat(Files.readString(m.log()))
        .as("no caller text forged a log line")
        .doesNotContain("forged-" + TAG)
        .doesNotContain(SECRET);
  }
}
