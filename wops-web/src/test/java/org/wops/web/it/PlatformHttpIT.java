package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * From the outside, over real HTTP: the WAR that the build produced, deployed as it is on Payara
 * Micro with the real PostgreSQL, answers the operator endpoints, health, OpenAPI and the home
 * page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformHttpIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.platformWar();
  }

  @ArquillianResource URL base;

  private URI uri(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "application/json")
            .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The WAR as Arquillian deploys it writes JSESSIONID SameSite=Lax too (payara-web.xml's
   * cookieSameSite; the stock {@code java -jar payara-micro.jar --deploy} is SignInSecurityIT's).
   */
  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpResponse<String> login =
        HTTP.send(HttpRequest.newBuilder(uri("login.xhtml")).GET().build(), ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    String form =
        "login=login&login%3Ausername="
            + Http.ADMIN_USER
            + "&login%3Apassword="
            + Http.ADMIN_PASSWORD
            + "&login%3Anext=&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(
                org.wops.web.it.support.PageClient.hidden(login.body(), "jakarta.faces.ViewState"),
                java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        HTTP.send(
            HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            ofString());
    String signIn = org.wops.web.it.support.PageClient.setCookie(signedIn, "wops-signin");
    assertThat(signIn).as(signedIn.body()).isNotNull();
    HttpResponse<String> dashboard =
        HTTP.send(
            HttpRequest.newBuilder(uri("my/dashboard.xhtml"))
                .header("Cookie", org.wops.web.it.support.PageClient.pair(signIn))
                .GET()
                .build(),
            ofString());
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(org.wops.web.it.support.PageClient.setCookie(dashboard, "JSESSIONID"))
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  /** A 400 whose problem body names the field first. */
  private static void assertRefused(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private static String operatorJson(String name, String country, String services) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("shortName", "NWSC")
        .add("kind", "UTILITY")
        .add("country", country)
        .add("city", "Kampala")
        .add("services", services)
        .add("ownership", "PUBLIC")
        .build()
        .toString();
  }

  /** A new operator's id. */
  private long operator(String namePrefix, String country) throws Exception {
    HttpResponse<String> created =
        post(
            "api/v1/operators",
            "application/json",
            operatorJson(namePrefix + " " + UUID.randomUUID(), country, "WATER"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created).getJsonNumber("id").longValue();
  }

  private long totalOperators() throws Exception {
    return Long.parseLong(
        get("api/v1/operators?size=1").headers().firstValue("X-Total-Count").orElseThrow());
  }

  @Test
  void anOperatorPostedIsReadBackExactlyAsWritten() throws Exception {
    String name = "National Water and Sewerage Corporation — Ouganda " + UUID.randomUUID();

    HttpResponse<String> created =
        post(
            "api/v1/operators",
            "application/json",
            operatorJson(name, "ug", "WATER_AND_SANITATION"));

    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    JsonObject body = object(created);
    assertThat(location).endsWith("/api/v1/operators/" + body.getJsonNumber("id").longValue());

    HttpResponse<String> read =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(location)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject operator = object(read);
    assertThat(operator.getString("name")).isEqualTo(name);
    assertThat(operator.getString("shortName")).isEqualTo("NWSC");
    assertThat(operator.getString("country")).isEqualTo("UG");
    assertThat(operator.getString("services")).isEqualTo("WATER_AND_SANITATION");
    assertThat(operator.getString("kind")).isEqualTo("UTILITY");
  }

  @Test
  void badInputIsRefusedWithAProblemNamingEachFieldAndRuleAndStoresNothing() throws Exception {
    long before = totalOperators();

    HttpResponse<String> refused =
        post(
            "api/v1/operators",
            "application/json",
            "{\"name\":\" \",\"kind\":\"UTILITY\",\"country\":\"Uganda\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = object(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:wops:problem:invalid-input");
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("instance")).isEqualTo("/api/v1/operators");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("rule"))
        .contains(
            "name:not-blank",
            "country:pattern",
            "city:not-blank",
            "services:not-null",
            "ownership:not-null");
    assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(totalOperators()).isEqualTo(before);
  }

  @Test
  void aCountryCodeThatIsNotIso3166IsRefusedByTheDomainRule() throws Exception {
    HttpResponse<String> refused =
        post("api/v1/operators", "application/json", operatorJson("Nowhere Water", "XX", "WATER"));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonObject problem = object(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:wops:problem:rule:country.invalid");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("country");
    assertThat(error.getString("rule")).isEqualTo("country.invalid");
  }

  @Test
  void malformedJsonAndUnknownValuesAreClientErrorsNotServerErrors() throws Exception {
    HttpResponse<String> broken = post("api/v1/operators", "application/json", "{\"name\": ");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(object(broken).getString("type")).isEqualTo("urn:wops:problem:malformed-json");

    HttpResponse<String> unknownEnum =
        post("api/v1/operators", "application/json", operatorJson("Beer Works", "UG", "BEER"));
    assertThat(unknownEnum.statusCode()).isEqualTo(400);
    JsonObject problem = object(unknownEnum);
    assertThat(problem.getString("type")).isEqualTo("urn:wops:problem:invalid-input");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("services");
    assertThat(error.getString("rule")).isEqualTo("one-of");
    assertThat(error.getString("message")).contains("WATER_AND_SANITATION");

    HttpResponse<String> wrongShape =
        post("api/v1/operators", "application/json", "{\"name\": {\"nested\": true}}");
    assertThat(wrongShape.statusCode()).isEqualTo(400);
    // well-formed JSON, of the wrong shape: the field is named, never a nested value stored
    assertThat(object(wrongShape).getString("type")).isEqualTo("urn:wops:problem:invalid-input");
    assertThat(object(wrongShape).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
    assertThat(object(wrongShape).getJsonArray("errors").getJsonObject(0).getString("rule"))
        .isEqualTo("string");

    HttpResponse<String> empty = post("api/v1/operators", "application/json", "");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    HttpResponse<String> xml = post("api/v1/operators", "application/xml", "<operator/>");
    assertThat(xml.statusCode()).isEqualTo(415);
    assertThat(object(xml).getString("type")).isEqualTo("urn:wops:problem:unsupported-media-type");
  }

  @Test
  void anUnknownOperatorIsA404Problem() throws Exception {
    HttpResponse<String> missing = get("api/v1/operators/999999999");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(object(missing).getString("type")).isEqualTo("urn:wops:problem:not-found");
  }

  @Test
  void theListingIsPagedWithATotalAndLinks() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(
              post(
                      "api/v1/operators",
                      "application/json",
                      operatorJson("Paged " + i, "KE", "WATER"))
                  .statusCode())
          .isEqualTo(201);
    }

    HttpResponse<String> page = get("api/v1/operators?page=1&size=2");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(array(page)).hasSizeLessThanOrEqualTo(2);
    assertThat(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow()))
        .isGreaterThanOrEqualTo(3);
    assertThat(page.headers().allValues("Link"))
        .anySatisfy(l -> assertThat(l).contains("rel=\"first\""));
    assertThat(page.headers().allValues("Link"))
        .anySatisfy(l -> assertThat(l).contains("rel=\"prev\""));

    HttpResponse<String> badSize = get("api/v1/operators?size=lots");
    assertRefused(badSize, "size");
  }

  @Test
  void aSearchAskedForNoTotalCountsNothingButStillLinksTheNextPage() throws Exception {
    String word = "Uncounted" + java.util.UUID.randomUUID().toString().substring(0, 8);
    long[] ops = {operator("Uncounted A", "KE"), operator("Uncounted B", "UG")};
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> created = peerExchange(word + " exchange " + i, "Learn.", "USD", ops);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    String search = "api/v1/partnerships?q=" + word + "&sort=TITLE&size=2";

    HttpResponse<String> counted = get(search);
    assertThat(counted.headers().firstValue("X-Total-Count")).hasValue("3");

    HttpResponse<String> first = get(search + "&total=none");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(array(first)).hasSize(2);
    assertThat(first.headers().firstValue("X-Total-Count")).isEmpty();
    List<String> links = first.headers().allValues("Link");
    assertThat(links).noneSatisfy(l -> assertThat(l).contains("rel=\"last\""));
    String next =
        links.stream()
            .filter(l -> l.contains("rel=\"next\""))
            .findFirst()
            .orElseThrow()
            .replaceAll("^<([^>]*)>.*$", "$1");
    assertThat(next).contains("total=none").contains("page=1");

    // the last page shows its total: the pages before it were full
    HttpResponse<String> last =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(next))
                .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(array(last)).hasSize(1);
    assertThat(array(last).getJsonObject(0).getString("title")).isEqualTo(word + " exchange 2");
    assertThat(last.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(last.headers().allValues("Link"))
        .noneSatisfy(l -> assertThat(l).contains("rel=\"next\""));

    HttpResponse<String> wrong = get(search + "&total=all");
    assertRefused(wrong, "total");
  }

  @Test
  void aUserForAnUnknownOperatorIsRefusedAndNotCreatedHalfway() throws Exception {
    String username = "half-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> refused =
        post(
            "api/v1/users",
            "application/json",
            "{\"username\":\""
                + username
                + "\",\"password\":\"a-long-enough-password\",\"roles\":[\"OPERATOR_EDITOR\"],"
                + "\"operatorIds\":[987654321]}");
    assertRefused(refused, "operatorIds");
    assertThat(get("api/v1/users").body()).doesNotContain(username);
  }

  @Test
  void theReadinessCheckIsUpOnPostgresqlAfterTheMigrations() throws Exception {
    HttpResponse<String> ready = get("health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    JsonObject health = object(ready);
    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject database =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertThat(database.getJsonObject("data").getString("database")).isEqualTo("PostgreSQL");
    assertThat(get("health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentListsTheOperatorEndpoints() throws Exception {
    HttpResponse<String> openapi =
        HTTP.send(
            HttpRequest.newBuilder(uri("openapi")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/operators")
        .contains("/api/v1/operators/{id}")
        .contains("WOPs Platform API");
  }

  @Test
  void writesNeedASignedInUserWithTheRightRole() throws Exception {
    String body = operatorJson("Role check " + UUID.randomUUID(), "KE", "WATER");

    HttpResponse<String> anonymous = Http.send("POST", uri("api/v1/operators"), body, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(object(anonymous).getString("type")).isEqualTo("urn:wops:problem:unauthorized");
    HttpResponse<String> wrongPassword =
        Http.send("POST", uri("api/v1/operators"), body, Http.basic("admin", "not-the-password"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(object(wrongPassword).getString("type")).isEqualTo("urn:wops:problem:unauthorized");
    assertThat(Http.send("GET", uri("api/v1/notifications/outbox"), null, null).statusCode())
        .isEqualTo(401);
    assertThat(Http.send("GET", uri("api/v1/operators"), null, null).statusCode())
        .as("public read")
        .isEqualTo(200);

    String donor = "donor-" + UUID.randomUUID().toString().substring(0, 8);
    String coordinator = "coord-" + UUID.randomUUID().toString().substring(0, 8);
    for (String[] user : new String[][] {{donor, "DONOR"}, {coordinator, "COORDINATOR"}}) {
      HttpResponse<String> created =
          post(
              "api/v1/users",
              "application/json",
              "{\"username\":\""
                  + user[0]
                  + "\",\"password\":\"long-enough-password\",\"roles\":[\""
                  + user[1]
                  + "\"]}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.body()).doesNotContain("long-enough-password").doesNotContain("PBKDF2");
    }
    String donorAuth = Http.basic(donor, "long-enough-password");
    String coordinatorAuth = Http.basic(coordinator, "long-enough-password");

    HttpResponse<String> forbidden = Http.send("POST", uri("api/v1/operators"), body, donorAuth);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(object(forbidden).getString("type")).isEqualTo("urn:wops:problem:forbidden");
    assertThat(
            Http.send(
                    "POST",
                    uri("api/v1/charter/versions"),
                    "{\"title\":\"x\",\"principles\":\"y\",\"codeOfConduct\":\"z\"}",
                    coordinatorAuth)
                .statusCode())
        .as("only the secretariat publishes the Charter")
        .isEqualTo(403);
    assertThat(Http.send("POST", uri("api/v1/operators"), body, coordinatorAuth).statusCode())
        .isEqualTo(201);
    HttpResponse<String> me = Http.send("GET", uri("api/v1/users/me"), null, donorAuth);
    assertThat(object(me).getJsonArray("roles").getString(0)).isEqualTo("DONOR");
    assertThat(Http.send("POST", uri("api/v1/users"), "{}", coordinatorAuth).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anonymousCallersSeePublishedPartnershipsOnly() throws Exception {
    long[] ops = {operator("Publisher", "PE"), operator("Publisher", "PE")};
    String title = "Unpublished " + UUID.randomUUID();
    HttpResponse<String> created = peerExchange(title, "Exchange.", "PEN", ops);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = object(created).getJsonNumber("id").longValue();

    assertThat(Http.send("GET", uri("api/v1/partnerships/" + id), null, null).statusCode())
        .isEqualTo(404);
    assertThat(
            Http.send("GET", uri("api/v1/partnerships?q=" + title.split(" ")[1]), null, null)
                .body())
        .doesNotContain(title);
    assertThat(get("api/v1/partnerships/" + id).statusCode()).as("signed in").isEqualTo(200);

    assertThat(
            post(
                    "api/v1/partnerships/" + id + "/publication",
                    "application/json",
                    "{\"published\":true}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> anonymous = Http.send("GET", uri("api/v1/partnerships/" + id), null, null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(object(anonymous).getBoolean("published")).isTrue();

    // ETag on reads, If-Match on writes: a write based on an older read is refused with 412
    String etag = anonymous.headers().firstValue("ETag").orElseThrow();
    assertThat(etag)
        .isEqualTo("\"" + object(anonymous).getJsonNumber("version").longValue() + "\"");
    HttpResponse<String> stale =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/status"))
                .header("Content-Type", "application/json")
                .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                .header("If-Match", "\"999\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"PROPOSED\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(object(stale).getString("type")).isEqualTo("urn:wops:problem:stale-version");
    HttpResponse<String> current =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/status"))
                .header("Content-Type", "application/json")
                .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"PROPOSED\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    assertThat(object(current).getString("status")).isEqualTo("PROPOSED");

    // the public search kept from before the publication is forgotten by it, and by the change
    String word = title.split(" ")[1];
    HttpResponse<String> found = Http.send("GET", uri("api/v1/partnerships?q=" + word), null, null);
    assertThat(found.body()).contains(title).contains("PROPOSED");
    assertThat(found.headers().firstValue("X-Total-Count")).hasValue("1");
    assertThat(found.headers().firstValue("X-Total-Count-Exact")).hasValue("true");
    // asked again, the public gets the kept answer, which says how old it is
    HttpResponse<String> again = Http.send("GET", uri("api/v1/partnerships?q=" + word), null, null);
    assertThat(again.body()).isEqualTo(found.body());
    assertThat(again.headers().firstValue("Age")).isPresent();
    assertThat(again.headers().firstValue("X-Total-Count")).hasValue("1");
    assertThat(found.headers().firstValue("Age")).isEmpty();
    // the region comes from the operators' countries (Peru), stored on the partnership
    assertThat(
            Http.send(
                    "GET",
                    uri("api/v1/partnerships?q=" + word + "&region=LATIN_AMERICA_CARIBBEAN"),
                    null,
                    null)
                .body())
        .contains(title);
    assertThat(
            Http.send("GET", uri("api/v1/partnerships?q=" + word + "&region=AFRICA"), null, null)
                .body())
        .doesNotContain(title);

    // the kept document follows the version: the change shows at once, with the new ETag
    HttpResponse<String> changed = Http.send("GET", uri("api/v1/partnerships/" + id), null, null);
    assertThat(object(changed).getString("status")).isEqualTo("PROPOSED");
    String newTag = changed.headers().firstValue("ETag").orElseThrow();
    assertThat(newTag).isNotEqualTo(etag);
    assertThat(
            HTTP.send(
                    HttpRequest.newBuilder(uri("api/v1/partnerships/" + id))
                        .header("If-None-Match", newTag)
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("not modified")
        .isEqualTo(304);
    assertThat(
            HTTP.send(
                    HttpRequest.newBuilder(uri("api/v1/partnerships/" + id))
                        .header("If-None-Match", etag)
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    // a signed-in reader (the database's answer, never a kept one) gets 304 the same way
    assertThat(
            HTTP.send(
                    HttpRequest.newBuilder(uri("api/v1/partnerships/" + id))
                        .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                        .header("If-None-Match", newTag)
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("not modified, signed in")
        .isEqualTo(304);
    // four writers add a milestone each at the same moment, without If-Match: each change is made
    // (the losers of the optimistic lock are tried again on the new state), none is lost
    java.util.concurrent.ExecutorService writers =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<HttpResponse<String>>> adds =
          new java.util.ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String body =
            "{\"title\":\"Parallel " + w + "\",\"plannedDate\":\"2031-05-0" + (w + 1) + "\"}";
        adds.add(
            writers.submit(
                () -> post("api/v1/partnerships/" + id + "/milestones", "application/json", body)));
      }
      for (java.util.concurrent.Future<HttpResponse<String>> add : adds) {
        HttpResponse<String> added = add.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
      }
    } finally {
      writers.shutdownNow();
    }
    assertThat(get("api/v1/partnerships/" + id).body())
        .contains("Parallel 0", "Parallel 1", "Parallel 2", "Parallel 3");
    changed = Http.send("GET", uri("api/v1/partnerships/" + id), null, null);

    // a milestone is a part of the partnership: adding one is a new version, shown to the public
    HttpResponse<String> milestone =
        post(
            "api/v1/partnerships/" + id + "/milestones",
            "application/json",
            "{\"title\":\"Kick-off visit\",\"plannedDate\":\"2031-03-01\"}");
    assertThat(milestone.statusCode()).as(milestone.body()).isIn(200, 201);
    HttpResponse<String> withMilestone =
        Http.send("GET", uri("api/v1/partnerships/" + id), null, null);
    assertThat(withMilestone.body()).contains("Kick-off visit");
    assertThat(object(withMilestone).getJsonNumber("version").longValue())
        .isEqualTo(object(changed).getJsonNumber("version").longValue() + 1);

    // statistics: the public sees published partnerships, a signed-in user all of them
    JsonObject all = object(get("api/v1/statistics"));
    JsonObject published = object(Http.send("GET", uri("api/v1/statistics"), null, null));
    assertThat(all.getInt("partnerships")).isGreaterThanOrEqualTo(published.getInt("partnerships"));
    assertThat(published.getInt("partnerships")).isGreaterThanOrEqualTo(1);
    assertThat(all.getJsonObject("byType").getInt("wop-peer-exchange")).isGreaterThanOrEqualTo(1);
    assertThat(all.getJsonObject("byStatus").getInt("PROPOSED")).isGreaterThanOrEqualTo(1);
    assertThat(all.getInt("operatorsReached")).isGreaterThanOrEqualTo(2);
    // the peers stated their contributions but nobody signed the agreement: not counted (only
    // contributions their operator signed, or that the secretariat recorded, are figures)
    assertThat(all.getJsonArray("funds").getValuesAs(JsonObject.class))
        .noneSatisfy(
            f -> {
              assertThat(f.getString("currency")).isEqualTo("PEN");
              assertThat(f.containsKey("amount")).isTrue();
            });
  }

  @Test
  void theReferenceListsAreServedInTheCallersLanguage() throws Exception {
    JsonArray kpis = array(get("api/v1/reference/kpis?lang=fr"));
    assertThat(kpis.getValuesAs(JsonObject.class))
        .anySatisfy(
            k -> {
              assertThat(k.getString("code")).isEqualTo("NRW_PCT");
              assertThat(k.getString("name")).startsWith("Eau non facturée");
              assertThat(k.getString("unit")).isEqualTo("%");
            });
    assertThat(array(get("api/v1/reference/working-areas?lang=es")).toString())
        .contains("Agua no facturada")
        // the areas real WOPs name beyond the first list (issue 16)
        .contains("Tercerización y gestión de contratos", "Ingeniería y diseño");
    assertThat(array(get("api/v1/reference/working-areas?lang=fr")).toString())
        .contains(
            "Santé et sécurité au travail", "Projets d'investissement et travaux d'infrastructure");
    assertThat(array(get("api/v1/reference/countries?lang=fr")).getValuesAs(JsonObject.class))
        .anySatisfy(
            c -> {
              assertThat(c.getString("code")).isEqualTo("KE");
              assertThat(c.getString("region")).isEqualTo("AFRICA");
            });
    assertThat(array(get("api/v1/reference/currencies")).toString()).contains("\"XOF\"");
    assertThat(array(get("api/v1/reference/regions")).size()).isEqualTo(5);
    assertThat(array(get("api/v1/reference/capacity-dimensions")).size()).isGreaterThan(10);

    // the secretariat extends a list; the rules name the fields
    String code = "KPI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    HttpResponse<String> bad =
        post(
            "api/v1/reference/kpis",
            "application/json",
            "{\"code\":\"bad code\",\"nameEn\":\"x\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"code\"").contains("nameFr").contains("unit");
    HttpResponse<String> added =
        post(
            "api/v1/reference/kpis",
            "application/json",
            "{\"code\":\""
                + code
                + "\",\"nameEn\":\"Meters read\",\"nameFr\":\"Compteurs relevés\","
                + "\"nameEs\":\"Medidores leídos\",\"unit\":\"%\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(array(get("api/v1/reference/kpis?lang=es")).toString()).contains("Medidores leídos");
    assertThat(
            Http.send("POST", uri("api/v1/reference/working-areas"), "{\"code\":\"X\"}", null)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void theApiExplorerPageAndItsScriptsAreServedFromTheWar() throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(uri("api-explorer.html")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> scripts =
        java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"")
            .matcher(page.body())
            .results()
            .map(m -> m.group(1))
            .toList();
    // Swagger UI from its webjar, and the page's own script from a file (the CSP allows no inline
    // script)
    assertThat(scripts)
        .anyMatch(s -> s.startsWith("webjars/swagger-ui/") && s.endsWith("swagger-ui-bundle.js"))
        .anyMatch(s -> s.endsWith("api-explorer.js"));
    assertThat(page.body()).doesNotContain("<script>");
    for (String script : scripts) {
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(uri(script)).GET().build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode())
          .as(script)
          .isEqualTo(200);
    }
  }

  @Test
  void operatorsExportedAsCsvAndImportedBackGiveTheSameData() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String tricky = "Société \"Eau, Assainissement\" " + tag;
    String plain = "Aguas Claras " + tag;
    assertThat(
            post("api/v1/operators", "application/json", operatorJson(tricky, "SN", "WATER"))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            post("api/v1/operators", "application/json", operatorJson(plain, "PE", "SANITATION"))
                .statusCode())
        .isEqualTo(201);

    HttpResponse<String> export = csvExport();
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String header = export.body().lines().findFirst().orElseThrow();
    assertThat(header).startsWith("id,name,shortName,kind,country,city,services,ownership");
    java.util.List<String> ours = export.body().lines().filter(l -> l.contains(tag)).toList();
    assertThat(ours).hasSize(2);

    HttpResponse<String> imported =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/v1/operators/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        header + "\r\n" + String.join("\r\n", ours) + "\r\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(object(imported).getInt("imported")).isEqualTo(2);
    assertThat(object(imported).getInt("created")).as("rows with ids update").isZero();

    java.util.List<String> after = csvExport().body().lines().filter(l -> l.contains(tag)).toList();
    assertThat(after).as("the imported rows equal the exported ones").isEqualTo(ours);
  }

  @Test
  void aCsvFileWithABadRowImportsNothingUnlessAskedToSkipBadRows() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "name,kind,country,city,services,ownership\r\n"
            + "Good Water "
            + tag
            + ",UTILITY,KE,Nakuru,WATER,PUBLIC\r\n"
            + "Bad Water "
            + tag
            + ",BREWERY,XX,Nowhere,WATER,PUBLIC\r\n";
    long before = totalOperators();

    HttpResponse<String> refused = importCsv(csv, false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("line 3: kind", "line 3: country");
    assertThat(totalOperators()).as("nothing stored").isEqualTo(before);

    HttpResponse<String> skipping = importCsv(csv, true);
    assertThat(skipping.statusCode()).isEqualTo(200);
    assertThat(object(skipping).getInt("imported")).isEqualTo(1);
    assertThat(object(skipping).getJsonArray("skipped")).hasSize(2);
    assertThat(totalOperators()).isEqualTo(before + 1);
  }

  private HttpResponse<String> csvExport() throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri("api/v1/operators/export.csv"))
            .header("Accept", "text/csv")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> importCsv(String csv, boolean skipInvalid) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri("api/v1/operators/import?skipInvalid=" + skipInvalid))
            .header("Content-Type", "text/csv")
            .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theWorkPlanAndResultsAreRecordedUnderTheCharterRules() throws Exception {
    long[] ops = {operator("Planner", "BO"), operator("Planner", "BO")};
    HttpResponse<String> created =
        peerExchange("Work plan " + UUID.randomUUID(), "Plan and measure.", "BOB", ops);
    long id = object(created).getJsonNumber("id").longValue();
    String base = "api/v1/partnerships/" + id;

    HttpResponse<String> fee =
        post(
            base + "/costs",
            "application/json",
            "{\"category\":\"FEE\",\"description\":\"Management fee\",\"amount\":500}");
    assertThat(fee.statusCode()).isEqualTo(400);
    assertThat(object(fee).getString("type"))
        .isEqualTo("urn:wops:problem:rule:partnership.not-for-profit");
    HttpResponse<String> negative =
        post(
            base + "/costs",
            "application/json",
            "{\"category\":\"TRAVEL\",\"description\":\"Refund\",\"amount\":-1}");
    assertThat(object(negative).getString("type"))
        .isEqualTo("urn:wops:problem:rule:money.negative");
    assertThat(
            post(
                    base + "/costs",
                    "application/json",
                    "{\"category\":\"TRAVEL\",\"description\":\"Exchange visit\",\"amount\":1200}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post(
                    base + "/activities",
                    "application/json",
                    "{\"title\":\"Leak survey\",\"workingArea\":\"NRW\",\"startDate\":\"2026-01-10\",\"endDate\":\"2026-03-10\",\"budget\":800}")
                .statusCode())
        .isEqualTo(200);
    JsonObject withIndicator =
        object(
            post(
                base + "/indicators",
                "application/json",
                "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":45,\"baselineDate\":\"2026-01-01\"}"));
    long indicator =
        withIndicator.getJsonArray("indicators").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(
            post(
                    base + "/indicators/" + indicator + "/targets",
                    "application/json",
                    "{\"year\":2027,\"value\":35}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> wrongUnit =
        post(
            base + "/indicators/" + indicator + "/values",
            "application/json",
            "{\"measuredOn\":\"2026-06-30\",\"value\":3.5,\"unit\":\"m³/km/day\"}");
    assertThat(wrongUnit.statusCode()).isEqualTo(400);
    assertThat(object(wrongUnit).getString("type"))
        .isEqualTo("urn:wops:problem:rule:indicator.unit.mismatch");
    JsonObject measured =
        object(
            post(
                base + "/indicators/" + indicator + "/values",
                "application/json",
                "{\"measuredOn\":\"2026-06-30\",\"value\":41,\"unit\":\"%\"}"));

    assertThat(measured.getJsonArray("costs")).hasSize(1);
    assertThat(measured.getJsonArray("activities").getJsonObject(0).getString("workingArea"))
        .isEqualTo("NRW");
    JsonObject i = measured.getJsonArray("indicators").getJsonObject(0);
    assertThat(i.getString("unit")).isEqualTo("%");
    assertThat(i.getJsonObject("targets").getJsonNumber("2027").intValue()).isEqualTo(35);
    assertThat(i.getJsonObject("actuals").getJsonNumber("2026-06-30").intValue()).isEqualTo(41);

    HttpResponse<String> outOfScale =
        post(
            base + "/assessments",
            "application/json",
            "{\"dimension\":\"LEADERSHIP\",\"perceivedChange\":3,\"wopContribution\":1,\"decidedBy\":\"ALL_PARTNERS\",\"assessedOn\":\"2026-06-30\"}");
    assertThat(object(outOfScale).getString("type"))
        .isEqualTo("urn:wops:problem:rule:assessment.change.out-of-range");
    post(
        base + "/assessments",
        "application/json",
        "{\"dimension\":\"LEADERSHIP\",\"perceivedChange\":2,\"wopContribution\":1,\"decidedBy\":\"ALL_PARTNERS\",\"assessedOn\":\"2026-06-30\"}");
    JsonObject planned =
        object(
            post(
                base + "/outputs",
                "application/json",
                "{\"title\":\"Technicians trained\",\"unit\":\"people\",\"quantity\":12,\"completionDate\":\"2026-12-31\",\"meansOfVerification\":\"Attendance lists\"}"));
    assertThat(planned.getJsonArray("outputs").getJsonObject(0).getString("unit"))
        .isEqualTo("people");
    assertThat(planned.getJsonArray("assessments").getJsonObject(0).getInt("perceivedChange"))
        .isEqualTo(2);

    // an activity's progress, the type's extra fields, a milestone moved and one cancelled
    long activity =
        planned.getJsonArray("activities").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject progressed =
        object(send("PUT", base + "/activities/" + activity + "/progress", "{\"percent\":60}"));
    assertThat(progressed.getJsonArray("activities").getJsonObject(0).getInt("progress"))
        .isEqualTo(60);
    HttpResponse<String> tooFar =
        send("PUT", base + "/activities/" + activity + "/progress", "{\"percent\":130}");
    assertThat(tooFar.statusCode()).isEqualTo(400);
    assertThat(tooFar.body()).contains("percent").contains("from 0 to 100");

    JsonObject extra =
        object(
            send(
                "PUT",
                base + "/extra-fields",
                "{\"extraFields\":{\"exchangeFormat\":\"STUDY_VISITS\"}}"));
    assertThat(extra.getJsonObject("extraFields").getString("exchangeFormat"))
        .isEqualTo("STUDY_VISITS");
    HttpResponse<String> notAChoice =
        send(
            "PUT",
            base + "/extra-fields",
            "{\"extraFields\":{\"exchangeFormat\":\"SIGHTSEEING\"}}");
    assertThat(notAChoice.statusCode()).isEqualTo(400);
    assertThat(notAChoice.body()).contains("exchangeFormat");
    assertThat(object(get(base)).getJsonObject("extraFields").getString("exchangeFormat"))
        .as("the refused change left the stored value")
        .isEqualTo("STUDY_VISITS");

    post(
        base + "/milestones",
        "application/json",
        "{\"title\":\"Study visit\",\"plannedDate\":\"2027-02-01\"}");
    JsonObject two =
        object(
            post(
                base + "/milestones",
                "application/json",
                "{\"title\":\"Closing workshop\",\"plannedDate\":\"2027-06-01\"}"));
    long visit = milestoneId(two, "Study visit");
    long closing = milestoneId(two, "Closing workshop");
    JsonObject moved =
        object(
            send(
                "PUT",
                base + "/milestones/" + visit + "/planned-date",
                "{\"plannedDate\":\"2027-04-15\"}"));
    assertThat(milestone(moved, visit).getString("plannedDate")).isEqualTo("2027-04-15");
    JsonObject cancelled =
        object(post(base + "/milestones/" + closing + "/cancellation", "application/json", ""));
    assertThat(milestone(cancelled, closing).getString("status")).isEqualTo("CANCELLED");
    assertThat(milestone(cancelled, visit).getString("status")).isEqualTo("PLANNED");
  }

  @Test
  void partnershipsAndOperatorsAreExportedAsJsonWithTheSearchsFiltersAndVisibility()
      throws Exception {
    long[] ops = {operator("Exporter", "GH"), operator("Exporter", "GH")};
    String word = "Export" + UUID.randomUUID().toString().replace("-", "");
    HttpResponse<String> created =
        peerExchange("Open data " + word, "Share what we learn.", "GHS", ops);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> exported = get("api/v1/partnerships/export.json?q=" + word);
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("partnerships.json");
    JsonArray all = array(exported);
    assertThat(all).hasSize(1);
    JsonObject view = all.getJsonObject(0);
    assertThat(view.getString("title")).isEqualTo("Open data " + word);
    assertThat(view.getJsonArray("participants")).hasSize(2);
    assertThat(view.getJsonArray("countries").getString(0)).isEqualTo("GH");
    // unpublished: not in the public's export
    assertThat(
            array(Http.send("GET", uri("api/v1/partnerships/export.json?q=" + word), null, null)))
        .isEmpty();

    JsonArray operators = array(get("api/v1/operators/export.json"));
    assertThat(operators.getValuesAs(JsonObject.class))
        .anySatisfy(o -> assertThat(o.getJsonNumber("id").longValue()).isEqualTo(ops[0]))
        .allSatisfy(o -> assertThat(o.getString("name")).isNotBlank());
  }

  /** Proposes a peer exchange between two operators (as the admin). */
  private HttpResponse<String> peerExchange(
      String title, String objectives, String currency, long[] ops) throws Exception {
    return post(
        "api/v1/partnerships",
        "application/json",
        Json.createObjectBuilder()
            .add("typeId", "wop-peer-exchange")
            .add("title", title)
            .add("objectives", objectives)
            .add("currency", currency)
            .add(
                "participants",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("operatorId", ops[0]).add("role", "PEER"))
                    .add(Json.createObjectBuilder().add("operatorId", ops[1]).add("role", "PEER")))
            .build()
            .toString());
  }

  private static long milestoneId(JsonObject partnership, String title) {
    return partnership.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("title").equals(title))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject milestone(JsonObject partnership, long id) {
    return partnership.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anOversizeBodyIsRefusedWith413() throws Exception {
    String huge = "{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";

    HttpResponse<String> refused = post("api/v1/operators", "application/json", huge);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(object(refused).getString("type")).isEqualTo("urn:wops:problem:payload-too-large");
  }

  @Test
  void theOpenApiDocumentDescribesEveryResourceMethod() throws Exception {
    String openapi =
        HTTP.send(
                HttpRequest.newBuilder(uri("openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    java.util.List<String> missing = new java.util.ArrayList<>();
    int checked = 0;
    for (com.tngtech.archunit.core.domain.JavaClass resource :
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .importPackages("org.wops.api").stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .toList()) {
      String base = resource.reflect().getAnnotation(jakarta.ws.rs.Path.class).value();
      for (java.lang.reflect.Method m : resource.reflect().getDeclaredMethods()) {
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        boolean http =
            java.util.Arrays.stream(m.getAnnotations())
                .anyMatch(
                    a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
        if (!http) {
          continue;
        }
        String path =
            ("/api/v1/" + base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
        path =
            path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        checked++;
        if (!openapi.contains(path + ":")
            && !openapi.contains(path + "':")
            && !openapi.contains(path + "\":")) {
          missing.add(resource.getSimpleName() + "." + m.getName() + " " + path);
        }
      }
    }
    assertThat(checked).as("resource methods found").isGreaterThanOrEqualTo(40);
    assertThat(missing).as("resource methods missing from /openapi").isEmpty();
    assertThat(openapi).contains("securitySchemes").contains("basic").contains("bearer");
    // every operation documents its error responses as problem documents
    assertThat(openapi).contains("Problem:").contains("application/problem+json");
    String write = openapi.substring(openapi.indexOf("/api/v1/partnerships/{id}/details:"));
    write = write.substring(0, write.indexOf("\n  /api/"));
    assertThat(write)
        .contains("\"400\":")
        .contains("\"403\":")
        .contains("\"404\":")
        .contains("\"412\":")
        .contains("#/components/schemas/Problem");
  }

  @Test
  void theOperatorsPageListsTheRegisteredOperatorsInTheVisitorsLanguage() throws Exception {
    String name = "Empresa de Agua Potable de Cochabamba " + UUID.randomUUID();
    assertThat(
            post("api/v1/operators", "application/json", operatorJson(name, "BO", "WATER"))
                .statusCode())
        .isEqualTo(201);

    HttpResponse<String> home =
        HTTP.send(
            HttpRequest.newBuilder(uri("operators.xhtml"))
                .header("Accept-Language", "es")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains(name).contains("Operadores").contains("Bolivia");
  }
}
