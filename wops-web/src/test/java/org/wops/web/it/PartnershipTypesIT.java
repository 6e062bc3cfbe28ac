package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.array;
import static org.wops.web.it.support.Http.get;
import static org.wops.web.it.support.Http.object;
import static org.wops.web.it.support.Http.postJson;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.domain.type.PartnershipType;
import org.wops.plugins.template.TemplateTwinningType;
import org.wops.web.it.plugin.ReservedIdType;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * Partnership types end to end: the built-in type modules packaged in the WAR, and a type that
 * exists only in a jar built here and dropped into the plugins folder of a running platform (no
 * rebuild). A broken jar and a jar that claims a reserved id sit beside it: they are reported on
 * /health and the other types keep working.
 */
class PartnershipTypesIT {
  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;

  @BeforeAll
  static void startThePlatformWithDropIns() throws Exception {
    Path plugins = Files.createDirectories(workDir.resolve("plugins"));
    ShrinkWrap.create(JavaArchive.class, "example-twinning.jar")
        .addClass(TemplateTwinningType.class)
        .addAsServiceProvider(PartnershipType.class, TemplateTwinningType.class)
        .as(ZipExporter.class)
        .exportTo(plugins.resolve("example-twinning.jar").toFile());
    ShrinkWrap.create(JavaArchive.class, "impostor.jar")
        .addClass(ReservedIdType.class)
        .addAsServiceProvider(PartnershipType.class, ReservedIdType.class)
        .as(ZipExporter.class)
        .exportTo(plugins.resolve("impostor.jar").toFile());
    ShrinkWrap.create(JavaArchive.class, "broken.jar")
        .addAsManifestResource(
            new StringAsset("org.example.NoSuchType\n"),
            "services/" + PartnershipType.class.getName())
        .as(ZipExporter.class)
        .exportTo(plugins.resolve("broken.jar").toFile());

    micro =
        PayaraMicroProcess.start(
            workDir,
            PayaraMicroProcess.freePort(),
            Map.of(
                "WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "WOPS_DB_URL", System.getProperty("wops.test.db.url"),
                "WOPS_DB_USER", "postgres",
                "WOPS_DB_PASSWORD", "postgres",
                "WOPS_PLUGINS_DIR", plugins.toString()));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.close();
    }
  }

  private static long operator(String country) throws Exception {
    HttpResponse<String> r =
        postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", "Operator " + UUID.randomUUID())
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", "City")
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return object(r).getJsonNumber("id").longValue();
  }

  private static long platform() throws Exception {
    HttpResponse<String> r =
        postJson(
            micro.uri("api/v1/organisations"),
            "{\"name\":\"East African Platform "
                + UUID.randomUUID()
                + "\",\"kind\":\"PLATFORM\",\"country\":\"KE\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return object(r).getJsonNumber("id").longValue();
  }

  private static JsonObjectBuilder partnership(String typeId, List<long[]> participants) {
    JsonArrayBuilder ps = Json.createArrayBuilder();
    String[] roles = {"MENTOR", "MENTEE", "PEER"};
    for (long[] p : participants) {
      ps.add(Json.createObjectBuilder().add("operatorId", p[0]).add("role", roles[(int) p[1]]));
    }
    return Json.createObjectBuilder()
        .add("typeId", typeId)
        .add("title", typeId + " partnership " + UUID.randomUUID())
        .add("objectives", "Learn together.")
        .add("currency", "USD")
        .add("plannedStart", "2027-03-01")
        .add("plannedEnd", "2028-03-01")
        .add("participants", ps);
  }

  @Test
  void theTypesListShowsBuiltInAndDropInTypesWithFieldsMixesAndMilestonesInTheRequestedLanguage()
      throws Exception {
    HttpResponse<String> response = get(micro.uri("api/v1/partnership-types?lang=fr"));

    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonObject> types = array(response).getValuesAs(JsonObject.class);
    assertThat(types)
        .extracting(t -> t.getString("id"))
        .contains("wop", "wop-mentoring", "wop-peer-exchange", "wop-regional", "example-twinning")
        .doesNotContain("wop-impostor");
    JsonObject twinning =
        types.stream()
            .filter(t -> t.getString("id").equals("example-twinning"))
            .findFirst()
            .orElseThrow();
    assertThat(twinning.getString("name")).isEqualTo("Jumelage service-commune");
    assertThat(twinning.getBoolean("builtIn")).isFalse();
    assertThat(twinning.getString("source")).isEqualTo("example-twinning.jar");
    assertThat(twinning.getJsonArray("extraFields").getJsonObject(0).getString("label"))
        .isEqualTo("Commune");
    JsonObject regional =
        types.stream()
            .filter(t -> t.getString("id").equals("wop-regional"))
            .findFirst()
            .orElseThrow();
    assertThat(regional.getString("name")).isEqualTo("WOP régional");
    assertThat(regional.getJsonArray("milestoneTemplate")).hasSize(10);
    assertThat(regional.getJsonArray("roleMixes").getJsonObject(0).getInt("minOperators"))
        .isEqualTo(3);
  }

  @Test
  void brokenAndReservedDropInsAreReportedOnHealthWithoutStoppingTheOthers() throws Exception {
    JsonObject health = object(get(micro.uri("health/ready")));

    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject types =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("partnership-types"))
            .findFirst()
            .orElseThrow();
    assertThat(types.getJsonObject("data").getString("installed")).contains("example-twinning");
    assertThat(types.getJsonObject("data").toString())
        .contains("broken.jar")
        .contains("impostor.jar")
        .contains("reserved for built-in types");
  }

  @Test
  void aPartnershipOfTheDropInTypeIsCreatedWithItsFieldsAndMilestonesAndItsRulesRefuseABadOne()
      throws Exception {
    long utility = operator("FR");
    long municipality = operator("FR");

    HttpResponse<String> created =
        postJson(
            micro.uri("api/v1/partnerships"),
            partnership(
                    "example-twinning",
                    List.of(new long[] {utility, 0}, new long[] {municipality, 1}))
                .add("extraFields", Json.createObjectBuilder().add("municipality", "Saint-Martin"))
                .build()
                .toString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject p =
        object(get(java.net.URI.create(created.headers().firstValue("Location").orElseThrow())));
    assertThat(p.getString("typeId")).isEqualTo("example-twinning");
    assertThat(p.getJsonObject("extraFields").getString("municipality")).isEqualTo("Saint-Martin");
    assertThat(p.getJsonArray("milestones").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("templateKey") + "@" + m.getString("plannedDate"))
        .containsExactly(
            "twinning-agreement@2027-03-01", "diagnosis@2027-04-30", "final-review@2028-02-29");

    HttpResponse<String> refused =
        postJson(
            micro.uri("api/v1/partnerships"),
            partnership(
                    "example-twinning",
                    List.of(new long[] {utility, 0}, new long[] {operator("BE"), 1}))
                .build()
                .toString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("rule"))
        .contains("extraFields.municipality:partnership.extra-field.required");

    HttpResponse<String> otherCountry =
        postJson(
            micro.uri("api/v1/partnerships"),
            partnership(
                    "example-twinning",
                    List.of(new long[] {utility, 0}, new long[] {operator("BE"), 1}))
                .add("extraFields", Json.createObjectBuilder().add("municipality", "Liège"))
                .build()
                .toString());
    assertThat(otherCountry.statusCode()).isEqualTo(400);
    assertThat(object(otherCountry).getString("type"))
        .isEqualTo("urn:wops:problem:rule:example-twinning.same-country");
  }

  @Test
  void theRegionalTypeNeedsAPlatformAndOperatorsOfOneRegion() throws Exception {
    long ke = operator("KE");
    long ug = operator("UG");
    long tz = operator("TZ");
    long platform = platform();

    HttpResponse<String> valid =
        postJson(
            micro.uri("api/v1/partnerships"),
            partnership(
                    "wop-regional",
                    List.of(new long[] {ke, 0}, new long[] {ug, 1}, new long[] {tz, 1}))
                .add(
                    "supporters",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("organisationId", platform)
                                .add("role", "FACILITATOR")))
                .add("extraFields", Json.createObjectBuilder().add("region", "AFRICA"))
                .build()
                .toString());
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(201);
    assertThat(object(valid).getJsonArray("milestones")).hasSize(10);

    HttpResponse<String> refused =
        postJson(
            micro.uri("api/v1/partnerships"),
            partnership(
                    "wop-regional",
                    List.of(new long[] {ke, 2}, new long[] {ug, 2}, new long[] {operator("PE"), 2}))
                .add("extraFields", Json.createObjectBuilder().add("region", "AFRICA"))
                .build()
                .toString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("rule"))
        .containsExactlyInAnyOrder(
            "regional.facilitator.required", "regional.countries.outside-region");

    HttpResponse<String> unknownType =
        postJson(
            micro.uri("api/v1/partnerships"),
            partnership("no-such-type", List.of(new long[] {ke, 0}, new long[] {ug, 1}))
                .build()
                .toString());
    assertThat(object(unknownType).getString("type"))
        .isEqualTo("urn:wops:problem:rule:partnership.type.unknown");
  }
}
