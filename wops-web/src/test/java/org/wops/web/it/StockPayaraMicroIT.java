package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.get;
import static org.wops.web.it.support.Http.object;
import static org.wops.web.it.support.Http.postJson;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The built WAR on a stock Payara Micro, started the way an operator of the platform starts it:
 * {@code java -jar payara-micro.jar --deploy wops.war}, configured by nothing but environment
 * variables. Every server this test starts is stopped by it, whether the test passes or not.
 */
class StockPayaraMicroIT {

  @TempDir Path workDir;

  @Test
  void withoutConfigurationTheWarUsesTheEmbeddedDatabaseUnderDataAndKeepsItAcrossARestart()
      throws Exception {
    int port = PayaraMicroProcess.freePort();
    Map<String, String> demo = Map.of("WOPS_DEMO_DATA", "true");
    String name = "Office National de l'Eau et de l'Assainissement " + UUID.randomUUID();
    String location;
    try (PayaraMicroProcess first = PayaraMicroProcess.start(workDir, port, demo)) {
      assertThat(operatorCount(first)).as("the demo operators").isEqualTo(25);
      HttpResponse<String> search =
          org.wops.web.it.support.Http.send(
              "GET",
              first.uri("api/v1/partnerships?q=water&status=ACTIVE&country=KE&sort=NEWEST"),
              null,
              null);
      assertThat(search.statusCode()).as("anonymous search on H2: " + search.body()).isEqualTo(200);
      assertThat(search.body()).contains("Kisumu");
      // the same search as on PostgreSQL: accents and case aside, over the participants' names too
      // (the demo's sanitation WOP: "Société des Eaux du Littoral" mentors "Régie Municipale...")
      for (String q : List.of("societe%20des%20eaux", "R%C3%89GIE%20municipale", "Dioulasso")) {
        HttpResponse<String> accents =
            org.wops.web.it.support.Http.send(
                "GET", first.uri("api/v1/partnerships?q=" + q), null, null);
        assertThat(accents.statusCode()).as(accents.body()).isEqualTo(200);
        assertThat(accents.body()).as("q=" + q + " on H2").contains("Bobo-Dioulasso");
      }
      HttpResponse<String> statistics =
          org.wops.web.it.support.Http.send("GET", first.uri("api/v1/statistics"), null, null);
      assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
      assertThat(object(statistics).getInt("partnerships"))
          .as("the published demo partnerships (two of them recorded from outside the platform)")
          .isEqualTo(9);
      assertThat(object(statistics).getJsonObject("byStatus").getInt("UNKNOWN"))
          .as("the recorded WOP whose fate is unknown, counted apart")
          .isEqualTo(1);
      assertThat(object(statistics).getInt("milestonesOverdue")).isPositive();

      // the IATI 2.03 export of the published demo partnerships validates against the official
      // schema
      HttpResponse<String> iati =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(first.uri("api/v1/partnerships/iati.xml"))
                      .header("Accept", "application/xml")
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(iati.statusCode()).as(iati.body()).isEqualTo(200);
      java.io.File xsd =
          new java.io.File(
              System.getProperty(
                  "wops.test.iati.xsd",
                  "../wops-api/src/test/resources/iati-2.03/iati-activities-schema.xsd"));
      assertThat(xsd).as("the IATI schema in wops-api/src/test/resources/iati-2.03").exists();
      javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(xsd)
          .newValidator()
          .validate(
              new javax.xml.transform.stream.StreamSource(new java.io.StringReader(iati.body())));
      assertThat(iati.body())
          .contains("<activity-status code=\"2\"")
          .as("a recorded WOP known to the year (on H2)")
          .contains(
              "iso-date=\"2009-01-01\"><narrative xml:lang=\"en\">Known to the year:"
                  + " 2009</narrative>")
          .contains("<wops:role>MENTEE</wops:role>")
          .contains("<sector vocabulary=\"1\" code=\"14081\"")
          .contains("<indicator measure=\"2\"")
          .as("the sanitation WOP's technical support is implementing (4), with its own words")
          .contains(
              "<wops:role>TECHNICAL_SUPPORT</wops:role><wops:role-description>partenaire"
                  + " technique</wops:role-description>")
          .as("political support has no true IATI role: it is said in words")
          .contains(
              "<description type=\"4\"><narrative xml:lang=\"en\">Also supported by Ministère de l’Eau et de"
                  + " l’Assainissement du Burkina Faso (political support).</narrative>");
      assertThat(iati.body().split("<iati-activity ", -1))
          .as("the nine published demo partnerships")
          .hasSize(10);
      // the profile names each supporter's role and, beside it, the role in the sources' words
      long sanitation =
          org.wops.web.it.support.Http.array(
                  org.wops.web.it.support.Http.send(
                      "GET", first.uri("api/v1/partnerships?q=Dioulasso"), null, null))
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      for (Map.Entry<String, List<String>> lang :
          Map.of(
                  "fr", List.of("Appui technique (partenaire technique)", "Appui politique"),
                  "es", List.of("Apoyo técnico (partenaire technique)", "Apoyo político"),
                  "en", List.of("Technical support (partenaire technique)", "Political support"))
              .entrySet()) {
        HttpResponse<String> profile =
            org.wops.web.it.support.Http.send(
                "GET",
                first.uri("wop.xhtml?id=" + sanitation + "&lang=" + lang.getKey()),
                null,
                null);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        assertThat(profile.body().replaceAll("<[^>]+>", ""))
            .as("the profile in " + lang.getKey())
            .contains(lang.getValue());
      }
      HttpResponse<String> created = postOperator(first, name);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      location = created.headers().firstValue("Location").orElseThrow();
    }

    assertThat(workDir.resolve("data").resolve("wops.mv.db")).exists();

    try (PayaraMicroProcess second = PayaraMicroProcess.start(workDir, port, demo)) {
      assertThat(operatorCount(second)).as("demo data is loaded once").isEqualTo(26);
      HttpResponse<String> read = get(URI.create(location));
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(object(read).getString("name")).isEqualTo(name);
      assertThat(object(get(second.uri("health/ready"))).getString("status")).isEqualTo("UP");
    }
  }

  @Test
  void environmentVariablesPointTheSameWarAtPostgresqlWithoutARebuild() throws Exception {
    String url = System.getProperty("wops.test.db.url");
    assertThat(url).as("the embedded PostgreSQL of the test run").isNotNull();
    try (PayaraMicroProcess micro =
        PayaraMicroProcess.start(
            workDir,
            PayaraMicroProcess.freePort(),
            Map.of(
                "WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "WOPS_DB_URL", url,
                "WOPS_DB_USER", "postgres",
                "WOPS_DB_PASSWORD", "postgres"))) {

      JsonObject ready = object(get(micro.uri("health/ready")));
      assertThat(ready.getString("status")).isEqualTo("UP");
      assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class))
          .anySatisfy(
              c ->
                  assertThat(c.getJsonObject("data").getString("database", ""))
                      .isEqualTo("PostgreSQL"));
      String name = "Aguas del Altiplano " + UUID.randomUUID();
      HttpResponse<String> created = postOperator(micro, name);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      HttpResponse<String> read =
          get(URI.create(created.headers().firstValue("Location").orElseThrow()));
      assertThat(object(read).getString("name")).isEqualTo(name);
      assertThat(Files.exists(workDir.resolve("data")))
          .as("no embedded database was created")
          .isFalse();
    }
  }

  private static long operatorCount(PayaraMicroProcess micro) throws Exception {
    return Long.parseLong(
        get(micro.uri("api/v1/operators?size=1"))
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }

  private static HttpResponse<String> postOperator(PayaraMicroProcess micro, String name)
      throws Exception {
    return postJson(
        micro.uri("api/v1/operators"),
        Json.createObjectBuilder()
            .add("name", name)
            .add("kind", "PUBLIC_AUTHORITY")
            .add("country", "BF")
            .add("city", "Ouagadougou")
            .add("services", "WATER_AND_SANITATION")
            .add("ownership", "PUBLIC")
            .build()
            .toString());
  }
}
