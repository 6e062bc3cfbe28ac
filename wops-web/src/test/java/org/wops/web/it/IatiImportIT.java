package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PageClient;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The IATI 2.03 activity import (issue 16, item 12a) through the deployed WAR on the real
 * PostgreSQL: a file shaped like donors' files about WOPs (a bilateral donor funding ONEA and
 * Vitens Evides International, a multilateral's activity in French with Spanish and English
 * narratives, a month-only date, yearly EUR budgets and a qualitative indicator, sectors that map
 * to no working area, a utility named only by a short name) previewed (what maps, likely
 * duplicates, what does not), refused as a whole while one activity is refused, imported with
 * skipInvalid, read back in English, French and Spanish, imported again (nothing twice), an XXE
 * file and a too-large body refused without reading anything, URLs to loopback refused (a local
 * server allowed by name serves the file), and the platform's own IATI export of the realistic data
 * set mapped back without inventing facts.
 */
class IatiImportIT {
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static HttpServer files;
  private static final Map<String, byte[]> served = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    files.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          if (path.startsWith("/redirect/")) {
            exchange
                .getResponseHeaders()
                .add("Location", "http://127.0.0.1:" + files.getAddress().getPort() + "/f/x.xml");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
          }
          byte[] body = served.get(path);
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    files.start();
    Map<String, String> environment = new HashMap<>();
    environment.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    environment.put("WOPS_DB_USER", "postgres");
    environment.put("WOPS_DB_PASSWORD", "postgres");
    environment.put("WOPS_MAIL_ENABLED", "false");
    // the test's file server is plain http on loopback: allowed by its host name only, so that
    // the same loopback address written as 127.0.0.1 is still refused
    environment.put("WOPS_IATI_IMPORT_ALLOW_HTTP", "true");
    environment.put("WOPS_IATI_IMPORT_ALLOW_PRIVATE_HOSTS", "localhost");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), environment);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (files != null) {
      files.stop(0);
    }
    if (micro != null) {
      micro.close();
    }
  }

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private static String donorFile(String tag) throws Exception {
    try (InputStream in =
        IatiImportIT.class.getResourceAsStream("/org/wops/web/it/iati/donor-wops.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{tag}", tag);
    }
  }

  private static HttpResponse<String> postXml(String query, String xml) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(micro.uri("api/v1/iati/import" + query))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/xml")
            .header("Accept", "application/json")
            .header("Authorization", ADMIN)
            .POST(HttpRequest.BodyPublishers.ofString(xml))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A raw exchange: the head (and the start of a body), then {@code filler} bytes of "x". */
  private static String exchange(byte[] head, int filler) throws Exception {
    URI target = micro.uri("");
    try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      byte[] xs = new byte[64 * 1024];
      java.util.Arrays.fill(xs, (byte) 'x');
      try {
        for (int sent = 0; sent < filler; sent += xs.length) {
          out.write(xs, 0, Math.min(xs.length, filler - sent));
        }
        out.flush();
      } catch (java.io.IOException closedEarly) {
        // the server answered and closed before the whole body was sent: read its answer
      }
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      InputStream in = socket.getInputStream();
      long deadline = System.currentTimeMillis() + 60_000;
      int n;
      while (System.currentTimeMillis() < deadline && (n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> postJson(String query, String json) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(micro.uri("api/v1/iati/import" + query))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", ADMIN)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private long operator(String name, String shortName, String kind, String country, String city)
      throws Exception {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("name", name)
            .add("kind", kind)
            .add("country", country)
            .add("city", city)
            .add("services", "WATER_AND_SANITATION")
            .add("ownership", "PUBLIC");
    if (shortName != null) {
      b.add("shortName", shortName);
    }
    return Http.created(Http.postJson(micro.uri("api/v1/operators"), b.build().toString()));
  }

  private record Utilities(long onea, long vei, long soneb, long daNang, long dresden) {}

  private Utilities utilities() throws Exception {
    return new Utilities(
        operator(
            "Office National de l’Eau et de l’Assainissement " + tag,
            null,
            "UTILITY",
            "BF",
            "Ouagadougou"),
        operator("Vitens Evides International " + tag, "VEI-" + tag, "UTILITY", "NL", "Utrecht"),
        operator("Société Béninoise des Eaux " + tag, null, "UTILITY", "BJ", "Cotonou"),
        operator("Công ty Cấp nước Đà Nẵng " + tag, null, "UTILITY", "VN", "Đà Nẵng"),
        operator("Stadtentwässerung Dresden " + tag, null, "UTILITY", "DE", "Dresden"));
  }

  private static JsonObject activity(JsonObject report, String identifierPart) {
    for (JsonObject a : report.getJsonArray("activities").getValuesAs(JsonObject.class)) {
      if (!a.isNull("identifier") && a.getString("identifier").contains(identifierPart)) {
        return a;
      }
    }
    throw new AssertionError("no activity " + identifierPart + " in " + report);
  }

  /** A string member, null when absent or null. */
  private static String s(JsonObject o, String key) {
    if (!o.containsKey(key) || o.isNull(key)) {
      return null;
    }
    JsonValue v = o.get(key);
    return v.getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : v.toString();
  }

  /** An object member, null when absent or null. */
  private static JsonObject object(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? o.getJsonObject(key) : null;
  }

  /** A source as "title|link|dated|note". */
  private static String source(JsonObject o) {
    return s(o, "title") + "|" + s(o, "link") + "|" + s(o, "dated") + "|" + s(o, "note");
  }

  /** A partnership's sources that have a link, which the IATI export carries. */
  private static List<String> linkedSources(JsonObject partnership) {
    List<String> linked = new ArrayList<>();
    if (partnership.containsKey("sources") && !partnership.isNull("sources")) {
      for (JsonObject o : partnership.getJsonArray("sources").getValuesAs(JsonObject.class)) {
        if (s(o, "link") != null) {
          linked.add(source(o));
        }
      }
    }
    return linked;
  }

  private static Map<String, String> translations(JsonObject o, String key) {
    Map<String, String> t = new HashMap<>();
    if (o.containsKey(key) && !o.isNull(key)) {
      o.getJsonObject(key).forEach((k, v) -> t.put(k, ((jakarta.json.JsonString) v).getString()));
    }
    return t;
  }

  private static List<String> reasons(JsonObject activity) {
    List<String> r = new ArrayList<>();
    for (JsonObject n : activity.getJsonArray("notMapped").getValuesAs(JsonObject.class)) {
      r.add(n.getString("element") + " " + (n.isNull("value") ? "" : n.getString("value")));
    }
    return r;
  }

  private static JsonObject participant(JsonObject activity, long operatorId) {
    for (JsonObject p :
        activity.getJsonObject("maps").getJsonArray("participants").getValuesAs(JsonObject.class)) {
      if (p.getJsonNumber("operatorId").longValue() == operatorId) {
        return p;
      }
    }
    throw new AssertionError("operator " + operatorId + " does not take part: " + activity);
  }

  @Test
  void aDonorFileIsPreviewedImportedOnceAndReadBackInThreeLanguages() throws Exception {
    Utilities u = utilities();
    String file = donorFile(tag);

    // the preview: what maps, the likely duplicates, what does not map; nothing stored
    JsonObject preview = Http.ok(postXml("?dryRun=true", file));
    assertThat(preview.getBoolean("dryRun")).isTrue();
    assertThat(preview.getInt("total")).isEqualTo(4);
    assertThat(preview.getInt("new")).as(preview.toString()).isEqualTo(3);
    assertThat(preview.getInt("refused")).isEqualTo(1);
    assertThat(preview.getInt("imported")).isZero();

    JsonObject bilateral = activity(preview, "WOP-BF-4000002118");
    assertThat(bilateral.getString("outcome")).isEqualTo("NEW");
    assertThat(bilateral.getBoolean("importable")).as(bilateral.toString()).isTrue();
    JsonObject maps = bilateral.getJsonObject("maps");
    assertThat(maps.getString("typeId")).isEqualTo("wop");
    assertThat(participant(bilateral, u.onea()).getString("role")).isEqualTo("MENTEE");
    assertThat(participant(bilateral, u.onea()).getString("roleBasis")).contains("recipient");
    assertThat(participant(bilateral, u.vei()).getString("role")).isEqualTo("MENTOR");
    assertThat(maps.getJsonObject("status").getString("status")).isEqualTo("ACTIVE");
    assertThat(maps.getString("plannedStart")).isEqualTo("2019-03-01");
    assertThat(maps.getString("actualStart")).isEqualTo("2019-05-15");
    assertThat(maps.getString("plannedEnd")).isEqualTo("2022-12-31");
    assertThat(maps.getJsonArray("workingAreas")).as("14021 and 14081 name no area").isEmpty();
    JsonObject funder = maps.getJsonArray("supporters").getJsonObject(0);
    assertThat(funder.getString("role")).isEqualTo("FUNDER");
    assertThat(funder.isNull("organisationId")).as("registered with the import").isTrue();
    assertThat(funder.getJsonNumber("contribution").bigDecimalValue())
        .isEqualByComparingTo("450000");
    assertThat(maps.getJsonArray("supporters").getJsonObject(1).getString("role"))
        .isEqualTo("FACILITATOR");
    JsonObject budget = maps.getJsonObject("budget");
    assertThat(budget.getString("currency")).isEqualTo("EUR");
    assertThat(budget.isNull("total")).as("yearly budgets only: no total invented").isTrue();
    assertThat(budget.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("450000");
    assertThat(budget.getJsonArray("lines")).hasSize(3);
    JsonObject nrw = maps.getJsonArray("results").getJsonObject(0).getJsonObject("indicator");
    assertThat(nrw.getString("unit")).isEqualTo("%");
    assertThat(nrw.getJsonObject("baseline").getString("dated")).isEqualTo("2018-12-31");
    assertThat(nrw.getJsonObject("target").getString("dated")).isEqualTo("2021");
    assertThat(nrw.getJsonObject("actual").getJsonNumber("value").bigDecimalValue())
        .isEqualByComparingTo("32.1");
    assertThat(reasons(bilateral))
        .as("nothing dropped silently")
        .contains("sector 14021", "sector 14081", "contact-info ", "transaction EUR 150000");
    // the source the import writes is data, in no language: the profile says "according to"
    JsonObject iatiSource = maps.getJsonArray("sources").getJsonObject(0);
    assertThat(iatiSource.getString("title"))
        .startsWith("IATI ")
        .contains(" — Ministry of Foreign Affairs of the Netherlands")
        .doesNotContain("according to");
    assertThat(iatiSource.getString("note")).isEqualTo("IATI 2.03");

    JsonObject multilateral = activity(preview, "P-Z1-E00-075");
    JsonObject mm = multilateral.getJsonObject("maps");
    assertThat(mm.getJsonObject("title").getString("language")).isEqualTo("fr");
    assertThat(mm.getJsonObject("title").getJsonObject("translations").keySet())
        .containsExactlyInAnyOrder("en", "es");
    assertThat(mm.getJsonObject("objectives").getJsonObject("translations").keySet())
        .containsExactly("es");
    assertThat(reasons(multilateral)).anyMatch(r -> r.startsWith("description Melhorar"));
    assertThat(mm.getString("plannedStart")).as("a month stays a month").isEqualTo("2016-06");
    assertThat(mm.getJsonObject("status").getString("status")).isEqualTo("COMPLETED");
    JsonObject soneb = participant(multilateral, u.soneb());
    assertThat(soneb.getString("name")).isEqualTo("SOCIETE BENINOISE DES EAUX " + tag);
    assertThat(soneb.getString("matchedBy")).isEqualTo("name");
    assertThat(soneb.getString("role")).isEqualTo("MENTEE");
    assertThat(participant(multilateral, u.onea()).getString("role")).isEqualTo("MENTOR");
    assertThat(mm.getJsonArray("workingAreas").getValuesAs(JsonObject.class))
        .extracting(w -> w.getString("workingArea"))
        .containsExactlyInAnyOrder("WASTEWATER", "GOVERNANCE");
    JsonObject line2017 = mm.getJsonObject("budget").getJsonArray("lines").getJsonObject(1);
    assertThat(line2017.getInt("year")).isEqualTo(2017);
    assertThat(line2017.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("90000.50");
    JsonObject qualitative = mm.getJsonArray("results").getJsonObject(0).getJsonObject("indicator");
    assertThat(qualitative.getJsonObject("baseline").getString("note"))
        .isEqualTo("Relances manuelles, sans suivi des impayés");
    assertThat(qualitative.getJsonObject("baseline").getString("dated")).isEqualTo("2016");
    assertThat(qualitative.getJsonObject("actual").getString("note"))
        .isEqualTo("Suivi mensuel en place dans deux centres sur trois");
    assertThat(mm.getJsonArray("supporters").getJsonObject(0).getString("matchedBy"))
        .contains("DEVELOPMENT_BANK");

    JsonObject programme = activity(preview, "WOP-VN-07");
    assertThat(programme.getJsonObject("maps").getJsonObject("status").getString("status"))
        .isEqualTo("UNKNOWN");
    assertThat(programme.getJsonObject("maps").getJsonObject("status").getString("note"))
        .contains("no activity-status");
    assertThat(participant(programme, u.dresden()).getString("matchedBy")).isEqualTo("name");
    assertThat(reasons(programme))
        .contains("sector 14050", "sector 31140", "sector 140", "policy-marker ");

    JsonObject shortNamed = activity(preview, "WOP-KE-3");
    assertThat(shortNamed.getBoolean("importable")).isFalse();
    JsonObject likely = shortNamed.getJsonArray("likelyDuplicates").getJsonObject(0);
    assertThat(
            likely.getJsonArray("operators").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()))
        .containsExactly(u.vei());
    assertThat(shortNamed.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("rule") + " " + e.getJsonArray("args").getString(0, ""))
        .as("each organisation waiting for a choice is named, and the rule")
        .containsExactly(
            "iati.operator.unresolved VEI-" + tag,
            "iati.operator.unresolved Kisumu Water and Sewerage Company " + tag,
            "iati.participants ");
    assertThat(shortNamed.getJsonObject("maps").getJsonObject("status").getString("note"))
        .contains("Suspended");

    // one refused activity: nothing is imported
    HttpResponse<String> refused = postXml("", file);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "WOP-KE-3: participating-org",
            "iati.participants",
            "iati.operator.unresolved",
            "\\\"Kisumu Water and Sewerage Company " + tag + "\\\"");
    assertThat(Http.ok(postXml("?dryRun=true", file)).getInt("new")).isEqualTo(3);

    // the admin chooses the short-named utility, and a role; the others are imported as mapped
    JsonObject chosen =
        Http.ok(
            postJson(
                "?dryRun=true",
                Json.createObjectBuilder()
                    .add("xml", file)
                    .add(
                        "operators",
                        Json.createObjectBuilder().add("VEI-" + tag, String.valueOf(u.vei())))
                    .add("roles", Json.createObjectBuilder().add("VEI-" + tag, "MENTOR"))
                    .build()
                    .toString()));
    JsonObject nowKnown = activity(chosen, "WOP-KE-3");
    assertThat(participant(nowKnown, u.vei()).getString("matchedBy"))
        .isEqualTo("chosen by the secretariat");
    assertThat(nowKnown.getBoolean("importable")).as("Kisumu is still unknown").isFalse();

    JsonObject imported = Http.ok(postXml("?skipInvalid=true", file));
    assertThat(imported.getInt("imported")).as(imported.toString()).isEqualTo(3);
    long bilateralId =
        activity(imported, "WOP-BF-4000002118").getJsonNumber("partnershipId").longValue();
    long multilateralId =
        activity(imported, "P-Z1-E00-075").getJsonNumber("partnershipId").longValue();
    assertThat(activity(imported, "WOP-KE-3").getBoolean("stored")).isFalse();

    // read back: the record as the file says, in three languages
    JsonObject read =
        Http.ok(Http.send("GET", micro.uri("api/v1/partnerships/" + multilateralId), null, ADMIN));
    assertThat(read.getString("status")).isEqualTo("COMPLETED");
    assertThat(read.getString("titleLanguage")).isEqualTo("fr");
    assertThat(read.getString("plannedStart")).isEqualTo("2016-06");
    assertThat(read.getString("actualEnd")).isEqualTo("2018-09-30");
    assertThat(read.getJsonObject("record").getString("compliance")).isEqualTo("NOT_ASSESSED");
    assertThat(read.getJsonArray("workingAreas").getValuesAs(JsonValue.class)).hasSize(2);
    assertThat(read.getJsonObject("budget").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("210000.50");
    // the public profile (published by the secretariat, as any recorded WOP)
    Http.ok(
        Http.send(
            "POST",
            micro.uri("api/v1/partnerships/" + multilateralId + "/publication"),
            "{\"published\":true}",
            ADMIN));
    for (String[] lang :
        new String[][] {
          {"fr", "Jumelage SONEB – ONEA : gestion commerciale et recouvrement à Cotonou"},
          {"es", "Hermanamiento SONEB – ONEA: gestión comercial y cobro en Cotonú"},
          {"en", "SONEB – ONEA twinning: commercial management and collection in Cotonou"}
        }) {
      HttpResponse<String> page =
          CLIENT.send(
              HttpRequest.newBuilder(
                      micro.uri("wop.xhtml?id=" + multilateralId + "&lang=" + lang[0]))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(page.statusCode()).as(lang[0]).isEqualTo(200);
      assertThat(page.body()).as(lang[0]).contains(lang[1]);
    }
    JsonObject vei =
        Http.ok(Http.send("GET", micro.uri("api/v1/partnerships/" + bilateralId), null, ADMIN));
    assertThat(vei.getJsonArray("supporters").getJsonObject(0).getString("role"))
        .isEqualTo("FUNDER");
    assertThat(
            vei.getJsonArray("supporters")
                .getJsonObject(0)
                .getJsonNumber("contribution")
                .bigDecimalValue())
        .isEqualByComparingTo("450000");
    assertThat(vei.getJsonArray("sources").getJsonObject(1).getString("link"))
        .isEqualTo("https://example.org/iati/nl/wop-onea-vei-annual-report-2021.pdf");
    HttpResponse<String> audit =
        Http.send("GET", micro.uri("api/v1/partnerships/" + bilateralId + "/audit"), null, ADMIN);
    assertThat(audit.body()).contains("Imported from IATI: activity NL-KVK-" + tag);

    // the same file again: nothing twice
    JsonObject again = Http.ok(postXml("?skipInvalid=true", file));
    assertThat(again.getInt("imported")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(3);
    assertThat(activity(again, "WOP-BF-4000002118").getJsonNumber("partnershipId").longValue())
        .isEqualTo(bilateralId);
    // a donor's file that says something else since: reported as changed, not written over
    JsonObject changed = Http.ok(postXml("?dryRun=true", file.replace(">180000<", ">185000<")));
    assertThat(activity(changed, "WOP-BF-4000002118").getString("outcome")).isEqualTo("CHANGED");
    assertThat(activity(changed, "P-Z1-E00-075").getString("outcome")).isEqualTo("UNCHANGED");
    assertThat(
            Http.ok(Http.send("GET", micro.uri("api/v1/partnerships/" + bilateralId), null, ADMIN))
                .getJsonNumber("version")
                .longValue())
        .isEqualTo(vei.getJsonNumber("version").longValue());
  }

  /** Three partners, the Beninese mentee written as no registered operator is (the tester's). */
  private static String threePartners(String tag, String activity, String beninese) {
    return """
        <iati-activities version="2.03">
          <iati-activity default-currency="EUR" last-updated-datetime="2023-03-01T00:00:00Z">
            <iati-identifier>XM-DAC-41122-%1$s-WOP-BJ-%3$s</iati-identifier>
            <reporting-org ref="XM-DAC-41122" type="40"><narrative xml:lang="en">UN-Habitat</narrative></reporting-org>
            <title><narrative xml:lang="fr">Réduction de l’eau non facturée à Cotonou %1$s-%3$s</narrative></title>
            <description><narrative xml:lang="fr">Former les équipes de la SONEB à la détection des fuites.</narrative></description>
            <participating-org role="4" type="70"><narrative>Vitens Evides International %1$s</narrative></participating-org>
            <participating-org role="4" type="15"><narrative>%2$s</narrative></participating-org>
            <participating-org role="4" type="70"><narrative>Stadtentwaesserung Dresden %1$s GmbH</narrative></participating-org>
            <activity-status code="2"/>
            <activity-date type="2" iso-date="2019-05-15"/>
            <recipient-country code="BJ"/>
          </iati-activity>
        </iati-activities>
        """
        .formatted(tag, beninese, activity);
  }

  /**
   * The tester's finding: a WOP between Vitens, SONEB and Dresden whose Beninese mentee matched the
   * registered "Société Béninoise des Eaux" only as a likely duplicate was importable and recorded
   * between Vitens and Dresden alone. It is refused now, naming the organisation and the rule in
   * the API and on the page in English, French and Spanish, until the secretariat chooses.
   */
  @Test
  void anActivityWhosePartnerIsOnlyALikelyDuplicateIsNotImportedUntilChosen() throws Exception {
    Utilities u = utilities();
    String beninese = "Societe Beninoise des Eaux " + tag + " du Littoral";
    String file = threePartners(tag, "12", beninese);

    JsonObject preview = activity(Http.ok(postXml("?dryRun=true", file)), "WOP-BJ-12");
    assertThat(preview.getBoolean("importable")).as(preview.toString()).isFalse();
    JsonObject error = preview.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("rule")).isEqualTo("iati.operator.unresolved");
    assertThat(error.getJsonArray("args").getString(0)).isEqualTo(beninese);
    assertThat(error.getString("message")).contains(beninese, "Société Béninoise des Eaux " + tag);
    assertThat(preview.getJsonArray("errors")).as("Vitens and Dresden are two").hasSize(1);
    assertThat(
            preview
                .getJsonArray("likelyDuplicates")
                .getJsonObject(0)
                .getJsonArray("operators")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getJsonNumber("id").longValue()))
        .contains(u.soneb());

    // the API refuses it, naming the organisation and the rule, and stores nothing
    HttpResponse<String> refused = postXml("", file);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("WOP-BJ-12: participating-org", "iati.operator.unresolved", beninese);
    JsonObject again = Http.ok(postXml("?dryRun=true", file));
    assertThat(again.getInt("refused")).isEqualTo(1);
    assertThat(activity(again, "WOP-BJ-12").getString("outcome")).as("not stored").isEqualTo("NEW");

    // the page says it in the reader's language, beside the choice to make
    int port = files.getAddress().getPort();
    served.put("/f/three-" + tag + ".xml", file.getBytes(StandardCharsets.UTF_8));
    String signIn =
        PageClient.pair(
            PageClient.setCookie(
                PageClient.pageSignIn(micro, Http.ADMIN_USER, Http.ADMIN_PASSWORD, null),
                "wops-signin"));
    for (String[] said :
        new String[][] {
          {"en", " may be an operator but matches none for sure", "not an operator"},
          {"fr", " est peut-être un opérateur, mais ne correspond à aucun", "pas un opérateur"},
          {"es", " puede ser un operador, pero no corresponde con certeza", "no es un operador"}
        }) {
      HttpResponse<String> page =
          pagePreview(signIn, "http://localhost:" + port + "/f/three-" + tag + ".xml", said[0]);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      assertThat(page.body())
          .as(said[0])
          .contains(
              "data-rule=\"iati.operator.unresolved\">" + beninese + said[1],
              "data-name=\"" + beninese + "\"",
              said[2])
          .doesNotContain("is likely the same as the registered operator");
    }

    // chosen: imported with its three operators, the Beninese one as mentee
    JsonObject imported =
        Http.ok(
            postJson(
                "",
                Json.createObjectBuilder()
                    .add("xml", file)
                    .add(
                        "operators",
                        Json.createObjectBuilder().add(beninese, String.valueOf(u.soneb())))
                    .build()
                    .toString()));
    assertThat(imported.getInt("imported")).as(imported.toString()).isEqualTo(1);
    long id = activity(imported, "WOP-BJ-12").getJsonNumber("partnershipId").longValue();
    JsonObject wop = Http.ok(Http.send("GET", micro.uri("api/v1/partnerships/" + id), null, ADMIN));
    Map<Long, String> roles = new HashMap<>();
    for (JsonObject p : wop.getJsonArray("participants").getValuesAs(JsonObject.class)) {
      roles.put(p.getJsonNumber("operatorId").longValue(), p.getString("role"));
    }
    assertThat(roles)
        .containsOnly(
            Map.entry(u.vei(), "MENTOR"),
            Map.entry(u.soneb(), "MENTEE"),
            Map.entry(u.dresden(), "MENTOR"));

    // said to be no operator instead: a supporting organisation, the WOP between the other two
    String other = threePartners(tag, "13", "Société des Eaux de Porto-Novo " + tag);
    JsonObject unknown = activity(Http.ok(postXml("?dryRun=true", other)), "WOP-BJ-13");
    assertThat(unknown.getBoolean("importable")).isFalse();
    assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("rule"))
        .isEqualTo("iati.operator.unresolved");
    JsonObject none =
        activity(
            Http.ok(
                postJson(
                    "?dryRun=true",
                    Json.createObjectBuilder()
                        .add("xml", other)
                        .add(
                            "notOperators",
                            Json.createArrayBuilder().add("Société des Eaux de Porto-Novo " + tag))
                        .build()
                        .toString())),
            "WOP-BJ-13");
    assertThat(none.getBoolean("importable")).as(none.toString()).isTrue();
    JsonObject supporter = none.getJsonObject("maps").getJsonArray("supporters").getJsonObject(0);
    assertThat(supporter.getString("name")).isEqualTo("Société des Eaux de Porto-Novo " + tag);
    assertThat(supporter.getString("role")).isEqualTo("IMPLEMENTING_AGENCY");
  }

  private HttpResponse<String> pagePreview(String signIn, String url, String language)
      throws Exception {
    HttpResponse<String> page =
        PageClient.get(micro, "admin/iati-import.xhtml", signIn, "Accept-Language", language);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    String session = PageClient.setCookie(page, "JSESSIONID");
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("iati", "iati");
    form.put("iati:url", url);
    form.put("iati:preview", "Preview");
    form.put("jakarta.faces.ViewState", PageClient.hidden(page.body(), "jakarta.faces.ViewState"));
    return PageClient.post(
        micro,
        "admin/iati-import.xhtml",
        form,
        session == null ? signIn : signIn + "; " + PageClient.pair(session),
        "Accept-Language",
        language);
  }

  @Test
  void theSameFileSentThreeTimesAtOnceIsImportedOnceAndNoneAnswers500() throws Exception {
    utilities();
    String file = donorFile(tag);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.List<java.util.concurrent.Future<HttpResponse<String>>> sent =
          new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        sent.add(pool.submit(() -> postXml("?skipInvalid=true", file)));
      }
      int imported = 0;
      for (java.util.concurrent.Future<HttpResponse<String>> f : sent) {
        HttpResponse<String> r = f.get(5, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(r.statusCode())
            .as("a double click is a lost race (409) or finds the activities imported: " + r.body())
            .isIn(200, 409);
        if (r.statusCode() == 200) {
          imported += Http.object(r).getInt("imported");
        } else {
          assertThat(r.body()).contains("conflict");
        }
      }
      assertThat(imported).as("the three new activities, once").isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    JsonObject again = Http.ok(postXml("?dryRun=true", file));
    assertThat(again.getInt("new")).as(again.toString()).isZero();
  }

  @Test
  void theSecretariatsPagePreviewsAFileFromAUrlInTheReadersLanguage() throws Exception {
    utilities();
    int port = files.getAddress().getPort();
    served.put("/f/page-" + tag + ".xml", donorFile(tag).getBytes(StandardCharsets.UTF_8));
    String signIn =
        PageClient.pair(
            PageClient.setCookie(
                PageClient.pageSignIn(micro, Http.ADMIN_USER, Http.ADMIN_PASSWORD, null),
                "wops-signin"));
    HttpResponse<String> previewed =
        pagePreview(signIn, "http://localhost:" + port + "/f/page-" + tag + ".xml", "fr");
    assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
    assertThat(previewed.body())
        .contains(
            "data-identifier=\"NL-KVK-" + tag + "-WOP-BF-4000002118\"",
            "Ce qui ne correspond à rien",
            "Doublons probables",
            "Nouvelle",
            "Jumelage SONEB – ONEA : gestion commerciale et recouvrement à Cotonou");
    HttpResponse<String> refused = pagePreview(signIn, "https://127.0.0.1/x.xml", "es");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Esta dirección está dentro de una red")
        .doesNotContain("iati-activity\"");
  }

  @Test
  void xxeMalformedAndTooLargeFilesAreRefusedWithoutReadingAnything() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM"
            + " \"file:///etc/passwd\">]>\n<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>";
    for (String query : List.of("?dryRun=true", "")) {
      HttpResponse<String> r = postXml(query, xxe);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(r.body()).contains("iati.file.doctype", "line 2").doesNotContain("root:");
    }
    HttpResponse<String> inline =
        postJson("", Json.createObjectBuilder().add("xml", xxe).build().toString());
    assertThat(inline.statusCode()).isEqualTo(400);
    assertThat(inline.body()).contains("\"field\":\"xml\"").doesNotContain("root:");

    HttpResponse<String> malformed =
        postXml(
            "?dryRun=true",
            "<iati-activities version=\"2.03\">\n<iati-activity>\n<title></iati-activity>");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("iati.file.malformed", "line 3");

    HttpResponse<String> notIati = postXml("?dryRun=true", "<activities version=\"2.03\"/>");
    assertThat(notIati.statusCode()).isEqualTo(400);
    assertThat(notIati.body()).contains("iati.file.root");

    // a body whose length says more than 5 MB is refused before it is read
    String announced =
        exchange(
            ("POST /api/v1/iati/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + ADMIN
                    + "\r\nContent-Type: application/xml\r\nContent-Length: "
                    + (6 * 1024 * 1024)
                    + "\r\n\r\n<iati-activities version=\"2.03\">")
                .getBytes(StandardCharsets.UTF_8),
            0);
    assertThat(announced).startsWith("HTTP/1.1 413").contains("payload-too-large");
    // a chunked body has no length: its reading stops past 5 MB
    String chunked =
        exchange(
            ("POST /api/v1/iati/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + ADMIN
                    + "\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(6 * 1024 * 1024)
                    + "\r\n<iati-activities version=\"2.03\"><!--")
                .getBytes(StandardCharsets.UTF_8),
            5 * 1024 * 1024 + 1024);
    assertThat(chunked).startsWith("HTTP/1.1 413").contains("payload-too-large");

    HttpResponse<String> anonymous =
        CLIENT.send(
            HttpRequest.newBuilder(micro.uri("api/v1/iati/import?dryRun=true"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(donorFile(tag)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).as("anonymous").isIn(401, 403);
  }

  @Test
  void urlsInsideTheNetworkAreRefusedAndAnAllowedHostServesTheFile() throws Exception {
    int port = files.getAddress().getPort();
    served.put("/f/x.xml", donorFile(tag).getBytes(StandardCharsets.UTF_8));
    for (String[] refused :
        new String[][] {
          {"http://127.0.0.1:" + port + "/f/x.xml", "iati.url.address"},
          {"https://169.254.169.254/latest/meta-data/", "iati.url.address"},
          {"https://[::1]/f/x.xml", "iati.url.address"},
          {"ftp://example.org/x.xml", "iati.url.scheme"},
          {"https://user:secret@example.org/x.xml", "iati.url.credentials"},
          // the allowed host redirects to an address that is not allowed
          {"http://localhost:" + port + "/redirect/x.xml", "iati.url.address"}
        }) {
      HttpResponse<String> r =
          postJson(
              "?dryRun=true", Json.createObjectBuilder().add("url", refused[0]).build().toString());
      assertThat(r.statusCode()).as(refused[0] + ": " + r.body()).isEqualTo(400);
      assertThat(r.body()).as(refused[0]).contains("\"field\":\"url\"", refused[1]);
    }
    JsonObject fetched =
        Http.ok(
            postJson(
                "?dryRun=true",
                Json.createObjectBuilder()
                    .add("url", "http://localhost:" + port + "/f/x.xml")
                    .build()
                    .toString()));
    assertThat(fetched.getInt("total")).isEqualTo(4);
    assertThat(
            activity(fetched, "WOP-VN-07")
                .getJsonObject("maps")
                .getJsonArray("sources")
                .getJsonObject(0)
                .getString("link"))
        .isEqualTo("http://localhost:" + port + "/f/x.xml");
    HttpResponse<String> missing =
        postJson(
            "?dryRun=true",
            Json.createObjectBuilder()
                .add("url", "http://localhost:" + port + "/f/none.xml")
                .build()
                .toString());
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("iati.url.status");
  }

  /**
   * The realistic data set recorded and published, exported as IATI and previewed back: every
   * participant is the same operator in the same role, titles and their languages, dates at their
   * precision and results are the same, and nothing is invented (no working area from the export's
   * 14081, no day for a year, no budget year the set does not give).
   */
  @Test
  void thePlatformsOwnIatiExportOfTheRealisticDataSetMapsBackWithoutInventedFacts()
      throws Exception {
    JsonObject dataSet;
    try (InputStream in =
        IatiImportIT.class.getResourceAsStream("/org/wops/web/demo/real-shaped-wops.json")) {
      dataSet = Json.createReader(in).readObject();
    }
    Map<String, Long> ids = new HashMap<>();
    Map<Long, String> roleNames = new HashMap<>();
    for (JsonObject o : dataSet.getJsonArray("operators").getValuesAs(JsonObject.class)) {
      JsonObjectBuilder body =
          Json.createObjectBuilder(o).remove("key").add("name", o.getString("name") + " " + tag);
      if (o.containsKey("shortName")) {
        body.add("shortName", o.getString("shortName") + "-" + tag);
      }
      HttpResponse<String> r =
          Http.postJson(micro.uri("api/v1/operators"), body.build().toString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      ids.put("operator:" + o.getString("key"), Http.object(r).getJsonNumber("id").longValue());
    }
    for (JsonObject o : dataSet.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
      JsonObjectBuilder body =
          Json.createObjectBuilder(o).remove("key").add("name", o.getString("name") + " " + tag);
      if (o.containsKey("shortName")) {
        body.add("shortName", o.getString("shortName") + "-" + tag);
      }
      HttpResponse<String> r =
          Http.postJson(micro.uri("api/v1/organisations"), body.build().toString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      ids.put("organisation:" + o.getString("key"), Http.object(r).getJsonNumber("id").longValue());
    }
    Map<Long, JsonObject> given = new HashMap<>();
    for (JsonObject wop : dataSet.getJsonArray("partnerships").getValuesAs(JsonObject.class)) {
      JsonObject body = RealShapedBodies.resolved(wop, ids);
      HttpResponse<String> r =
          Http.send("POST", micro.uri("api/v1/partnerships/recorded"), body.toString(), ADMIN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      long id = Http.object(r).getJsonNumber("id").longValue();
      given.put(id, Http.object(r));
      Http.ok(
          Http.send(
              "POST",
              micro.uri("api/v1/partnerships/" + id + "/publication"),
              "{\"published\":true}",
              ADMIN));
    }
    HttpResponse<String> export =
        CLIENT.send(
            HttpRequest.newBuilder(micro.uri("api/v1/partnerships/iati.xml"))
                .header("Accept", "application/xml")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(export.statusCode()).isEqualTo(200);
    JsonObject back = Http.ok(postXml("?dryRun=true", export.body()));
    int seen = 0;
    for (JsonObject a : back.getJsonArray("activities").getValuesAs(JsonObject.class)) {
      String identifier = a.getString("identifier");
      long id = Long.parseLong(identifier.substring(identifier.lastIndexOf('-') + 1));
      JsonObject original = given.get(id);
      if (original == null) {
        continue; // another test's partnership
      }
      seen++;
      String what = original.getString("title");
      JsonObject maps = a.getJsonObject("maps");
      assertThat(a.getJsonArray("errors")).as(what + ": " + a).isEmpty();
      assertThat(maps.getJsonObject("title").getString("text")).as(what).isEqualTo(what);
      assertThat(s(maps.getJsonObject("title"), "language"))
          .as(what)
          .isEqualTo(s(original, "titleLanguage"));
      assertThat(translations(maps.getJsonObject("title"), "translations"))
          .as(what)
          .isEqualTo(translations(original, "titleTranslations"));
      assertThat(maps.getJsonObject("objectives").getString("text"))
          .isEqualTo(original.getString("objectives"));
      for (String date : List.of("plannedStart", "plannedEnd", "actualStart", "actualEnd")) {
        assertThat(s(maps, date)).as(what + " " + date).isEqualTo(s(original, date));
      }
      assertThat(maps.getJsonArray("workingAreas")).as(what + ": none invented").isEmpty();
      // the sources that have a link, and the agreement's evidence, come back as they were
      assertThat(
              maps.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                  .skip(1)
                  .map(IatiImportIT::source)
                  .toList())
          .as(what + ": the sources after the file's own")
          .isEqualTo(linkedSources(original));
      JsonObject record = object(original, "record");
      String evidence = record == null ? null : s(record, "agreementEvidence");
      if (evidence != null && evidence.startsWith("https://")) {
        JsonObject agreement = maps.getJsonObject("agreement");
        assertThat(agreement.getString("evidence")).as(what).isEqualTo(evidence);
        assertThat(s(agreement, "signedOn")).as(what).isEqualTo(s(record, "agreementSignedOn"));
        assertThat(agreement.getBoolean("signed"))
            .isEqualTo(record.getBoolean("agreementSignedOutside"));
      } else {
        assertThat(maps.containsKey("agreement")).as(what + ": no agreement link").isFalse();
      }
      Map<Long, String> roles = new HashMap<>();
      for (JsonObject p : original.getJsonArray("participants").getValuesAs(JsonObject.class)) {
        roles.put(p.getJsonNumber("operatorId").longValue(), p.getString("role"));
      }
      Map<Long, String> mappedRoles = new HashMap<>();
      for (JsonObject p : maps.getJsonArray("participants").getValuesAs(JsonObject.class)) {
        mappedRoles.put(p.getJsonNumber("operatorId").longValue(), p.getString("role"));
      }
      assertThat(mappedRoles).as(what + ": the same operators in the same roles").isEqualTo(roles);
      for (JsonObject s : maps.getJsonArray("supporters").getValuesAs(JsonObject.class)) {
        assertThat(s.isNull("organisationId"))
            .as(what + ": " + s.getString("name") + " is a registered organisation")
            .isFalse();
        long org = s.getJsonNumber("organisationId").longValue();
        assertThat(
                original.getJsonArray("supporters").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("organisationId").longValue() == org)
                    .map(o -> o.getString("role")))
            .as(what + ": the same supporter in the same role")
            .containsExactly(s.getString("role"));
      }
      List<String> statements = new ArrayList<>();
      for (JsonObject r : maps.getJsonArray("results").getValuesAs(JsonObject.class)) {
        statements.add(r.getString("statement"));
      }
      for (JsonObject r : original.getJsonArray("results").getValuesAs(JsonObject.class)) {
        assertThat(statements).as(what).contains(r.getString("statement"));
      }
      JsonObject budget =
          original.containsKey("budget") && !original.isNull("budget")
              ? original.getJsonObject("budget")
              : null;
      if (budget == null || s(budget, "currency") == null || s(budget, "amount") == null) {
        assertThat(s(maps, "budget")).as(what + ": no amount, no budget invented").isNull();
      } else if (maps.containsKey("budget") && !maps.isNull("budget")) {
        JsonObject mb = maps.getJsonObject("budget");
        assertThat(budget.getString("currency")).isEqualTo(mb.getString("currency"));
        assertThat(mb.getJsonNumber("amount").bigDecimalValue())
            .as(what + ": no more money than the set says")
            .isLessThanOrEqualTo(budget.getJsonNumber("amount").bigDecimalValue());
        if (s(budget, "total") == null) {
          assertThat(s(mb, "total")).as(what + ": no total invented").isNull();
        }
      }
      roleNames.put(id, what);
    }
    assertThat(seen).as("every WOP of the set is in the export").isEqualTo(given.size());
    assertThat(roleNames).hasSize(given.size());

    // imported back (finding 1 of the s12 trial): the platform's own identifiers name the
    // partnerships themselves; nothing is recorded again
    JsonObject imported = Http.ok(postXml("", export.body()));
    assertThat(imported.getInt("new")).as(imported.toString()).isZero();
    assertThat(imported.getInt("imported")).isZero();
    for (JsonObject a : imported.getJsonArray("activities").getValuesAs(JsonObject.class)) {
      String identifier = a.getString("identifier");
      long id = Long.parseLong(identifier.substring(identifier.lastIndexOf('-') + 1));
      if (given.containsKey(id)) {
        assertThat(a.getString("outcome")).as(identifier).isEqualTo("UNCHANGED");
        assertThat(a.getJsonNumber("partnershipId").longValue()).isEqualTo(id);
      }
    }
    // the same activity under another publisher's identifier: a likely duplicate, not imported
    // unless the secretariat confirms it is another WOP
    // the copy is the WOP whose agreement's evidence is a link, so that its import shows it back
    long first =
        given.entrySet().stream()
            .filter(
                e ->
                    object(e.getValue(), "record") != null
                        && String.valueOf(s(object(e.getValue(), "record"), "agreementEvidence"))
                            .startsWith("https://")
                        && !linkedSources(e.getValue()).isEmpty())
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    String copied =
        export
            .body()
            .replace(
                "<iati-identifier>XI-WOPS-WOP-" + first + "</iati-identifier>",
                "<iati-identifier>NL-KVK-" + tag + "-COPY</iati-identifier>");
    HttpResponse<String> refused = postXml("", copied);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("iati.partnership.likely-duplicate");
    JsonObject preview = Http.ok(postXml("?dryRun=true", copied));
    JsonObject copy = activity(preview, tag + "-COPY");
    assertThat(copy.getString("outcome")).isEqualTo("NEW");
    assertThat(copy.getBoolean("importable")).isFalse();
    assertThat(
            copy.getJsonArray("likelyDuplicatePartnerships")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(first);
    JsonObject confirmed =
        Http.ok(
            postJson(
                "?dryRun=true",
                Json.createObjectBuilder()
                    .add("xml", copied)
                    .add("confirmNew", Json.createArrayBuilder().add("NL-KVK-" + tag + "-COPY"))
                    .build()
                    .toString()));
    JsonObject sure = activity(confirmed, tag + "-COPY");
    assertThat(sure.getBoolean("importable")).as(sure.toString()).isTrue();
    assertThat(sure.getBoolean("confirmedNew")).isTrue();
    // imported under the other publisher's identifier: the copy keeps the sources and the
    // agreement the export carried
    JsonObject stored =
        Http.ok(
            postJson(
                "?skipInvalid=true",
                Json.createObjectBuilder()
                    .add("xml", copied)
                    .add("confirmNew", Json.createArrayBuilder().add("NL-KVK-" + tag + "-COPY"))
                    .build()
                    .toString()));
    long copyId = activity(stored, tag + "-COPY").getJsonNumber("partnershipId").longValue();
    JsonObject copy2 =
        Http.ok(Http.send("GET", micro.uri("api/v1/partnerships/" + copyId), null, ADMIN));
    assertThat(
            copy2.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .skip(1)
                .map(IatiImportIT::source)
                .toList())
        .isEqualTo(linkedSources(given.get(first)));
    JsonObject originalRecord = given.get(first).getJsonObject("record");
    JsonObject copyRecord = copy2.getJsonObject("record");
    for (String key : List.of("agreementEvidence", "agreementSignedOn", "agreementSignedOutside")) {
      assertThat(s(copyRecord, key)).as(key).isEqualTo(s(originalRecord, key));
    }
    // an identifier of the platform's naming no partnership is refused for that activity
    String unknown =
        export
            .body()
            .replace(
                "<iati-identifier>XI-WOPS-WOP-" + first + "</iati-identifier>",
                "<iati-identifier>XI-WOPS-WOP-999999999</iati-identifier>");
    JsonObject refusedOwn = Http.ok(postXml("?dryRun=true", unknown));
    JsonObject none = activity(refusedOwn, "WOP-999999999");
    assertThat(none.getBoolean("importable")).isFalse();
    // said plainly: not a new activity, but one naming a platform WOP that does not exist, refused
    assertThat(none.getString("outcome")).isEqualTo("OWN_UNKNOWN");
    assertThat(refusedOwn.getInt("refused")).isGreaterThanOrEqualTo(1);
    assertThat(none.getJsonArray("errors").getJsonObject(0).getString("rule"))
        .isEqualTo("iati.identifier.own-unknown");
  }
}
