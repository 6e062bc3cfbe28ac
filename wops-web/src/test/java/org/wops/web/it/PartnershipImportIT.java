package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.wops.domain.partnership.Partnership;
import org.wops.web.it.support.Chromium;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.SpreadsheetFiles;

/**
 * The partnerships CSV goes back in through its import, over real HTTP on Payara Micro and
 * PostgreSQL (and the import page in Chromium): an unchanged export changes nothing, an edited one
 * reads back byte for byte through the API, a contribution nobody stated stays unknown, a bad row
 * is refused by line and column with nothing stored, and nobody imports over a partnership they may
 * not change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnershipImportIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final String PASSWORD = "import-Password-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.platformWar();
  }

  @ArquillianResource URL base;

  @TempDir Path workDir;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private URI uri(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private HttpResponse<String> send(
      String method, String path, String type, String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "application/json")
            .header("Authorization", authorization);
    if (body != null) {
      request.header("Content-Type", type);
    }
    return HTTP.send(
        request
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private long created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.object(response).getJsonNumber("id").longValue();
  }

  private long operator(String name, String country, String city) throws Exception {
    return created(
        send(
            "POST",
            "api/v1/operators",
            "application/json",
            Json.createObjectBuilder()
                .add("name", name + " " + tag)
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", city)
                .add("services", "WATER_AND_SANITATION")
                .add("ownership", "PUBLIC")
                .build()
                .toString(),
            ADMIN));
  }

  private long organisation(String name, String kind) throws Exception {
    return created(
        send(
            "POST",
            "api/v1/organisations",
            "application/json",
            Json.createObjectBuilder()
                .add("name", name + " " + tag)
                .add("kind", kind)
                .build()
                .toString(),
            ADMIN));
  }

  private String user(String name, String role, List<Long> operators, List<Long> organisations)
      throws Exception {
    return user(name, role, operators, organisations, "EN");
  }

  private String user(
      String name, String role, List<Long> operators, List<Long> organisations, String language)
      throws Exception {
    String username = name + "-" + tag;
    HttpResponse<String> made =
        send(
            "POST",
            "api/v1/users",
            "application/json",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("language", language)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("operatorIds", Json.createArrayBuilder(operators))
                .add("organisationIds", Json.createArrayBuilder(organisations))
                .build()
                .toString(),
            ADMIN);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return username;
  }

  /**
   * A peer exchange between two operators, with dates, areas, countries, a funder, and a cash
   * contribution stated for the first operator only (nobody stated the second's).
   */
  private long partnership(String title, long a, long b, long funder) throws Exception {
    return partnership(title, a, b, funder, 0);
  }

  private long partnership(String title, long a, long b, long funder, long facilitator)
      throws Exception {
    JsonArrayBuilder supporters = Json.createArrayBuilder();
    if (facilitator > 0) {
      supporters.add(
          Json.createObjectBuilder().add("organisationId", facilitator).add("role", "FACILITATOR"));
    }
    if (funder > 0) {
      supporters.add(
          Json.createObjectBuilder()
              .add("organisationId", funder)
              .add("role", "FUNDER")
              .add("contribution", 25000));
    }
    return created(
        send(
            "POST",
            "api/v1/partnerships",
            "application/json",
            Json.createObjectBuilder()
                .add("typeId", "wop-peer-exchange")
                .add("title", title)
                .add("objectives", "Réduire les pertes d’eau – Kisumu et Dresde")
                .add("currency", "EUR")
                .add("plannedStart", LocalDate.now().plusMonths(1).toString())
                .add("plannedEnd", LocalDate.now().plusMonths(25).toString())
                .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                .add("countries", Json.createArrayBuilder().add("DE").add("KE"))
                .add(
                    "participants",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("operatorId", a)
                                .add("role", "PEER")
                                .add("cashContribution", 12000))
                        .add(Json.createObjectBuilder().add("operatorId", b).add("role", "PEER")))
                .add("supporters", supporters)
                .build()
                .toString(),
            ADMIN));
  }

  private String export(String authorization) throws Exception {
    HttpResponse<byte[]> export =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/export.csv?q=" + tag))
                .header("Accept", "text/csv")
                .header("Authorization", authorization)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);
    return new String(export.body(), StandardCharsets.UTF_8);
  }

  private HttpResponse<String> importCsv(String csv, String options, String authorization)
      throws Exception {
    return send(
        "POST",
        "api/v1/partnerships/import" + options,
        "text/csv; charset=UTF-8",
        csv,
        authorization);
  }

  private JsonObject read(long id) throws Exception {
    HttpResponse<String> got = send("GET", "api/v1/partnerships/" + id, null, null, ADMIN);
    assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
    return Http.object(got);
  }

  private int auditEntries(long id) throws Exception {
    HttpResponse<String> audit =
        send("GET", "api/v1/partnerships/" + id + "/audit", null, null, ADMIN);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    return Http.array(audit).size();
  }

  private int count() throws Exception {
    return Integer.parseInt(
        send("GET", "api/v1/partnerships?size=1&q=" + tag, null, null, ADMIN)
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }

  private static List<JsonObject> errors(HttpResponse<String> response) {
    return Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class);
  }

  /** The file as a spreadsheet would give it back, with the cells of some columns changed. */
  /** The exported row as a new partnership's, with this title, results and sources cells. */
  private static String newRow(String csv, String title, String results, String sources)
      throws Exception {
    return edited(
        csv,
        Map.of("id", "", "version", "", "title", title, "results", results, "sources", sources));
  }

  private static String edited(String csv, Map<String, String> changes) throws Exception {
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records).hasSize(1);
    CSVRecord r = records.get(0);
    List<String> header = r.getParser().getHeaderNames();
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(changes.getOrDefault(column, r.get(column)));
      }
      printer.printRecord(cells);
    }
    return out.toString();
  }

  @Test
  void anExportImportedAgainUnchangedChangesNothing() throws Exception {
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long kisumu = operator("Kisumu Water and Sanitation Company", "KE", "Kisumu");
    long funder = organisation("Deutsche Gesellschaft für Internationale Zusammenarbeit", "DONOR");
    long id = partnership("Réduction des pertes à Kisumu " + tag, dresden, kisumu, funder);
    String etag =
        send("GET", "api/v1/partnerships/" + id, null, null, ADMIN)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    int audit = auditEntries(id);

    String first = export(ADMIN);
    assertThat(first.lines().findFirst().orElseThrow())
        .as("the columns existing readers know come first, as before")
        .startsWith(
            "id,title,type,status,published,charterCompliant,fundingType,currency,plannedStart,"
                + "plannedEnd,actualStart,actualEnd,countries,workingAreas,participants,"
                + "supporters,operatorsCash,operatorsInKind,supportersContribution,milestones,"
                + "milestonesReached,")
        .endsWith(
            ",version,objectives,approach,expectedOutcomes,cashByOperator,inKindByOperator,"
                + "contributionByOrganisation,roleDescriptionByOrganisation,budgetCurrency,"
                + "budgetTotal,budgetLines,fundingDeclared,fundingDescription,titleLanguage,"
                + "titleTranslations,objectivesLanguage,objectivesTranslations,workingAreaLabels,"
                + "results,sources");
    assertThat(first)
        .contains("," + dresden + ":PEER;" + kisumu + ":PEER,")
        .contains("," + dresden + ":12000.00,,")
        .as("nobody stated an in-kind contribution: the sum is empty, not 0")
        .contains(",12000.00,,25000.00,");

    HttpResponse<String> dry = importCsv(first, "?dryRun=true", ADMIN);
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    assertThat(Http.object(dry).getInt("unchanged")).isEqualTo(1);

    HttpResponse<String> imported = importCsv(first, "", ADMIN);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject report = Http.object(imported);
    assertThat(report.getInt("created")).isZero();
    assertThat(report.getInt("updated")).isZero();
    assertThat(report.getInt("unchanged")).isEqualTo(1);
    assertThat(
            send("GET", "api/v1/partnerships/" + id, null, null, ADMIN)
                .headers()
                .firstValue("ETag")
                .orElseThrow())
        .as("no new version")
        .isEqualTo(etag);
    assertThat(auditEntries(id)).as("no audit entry").isEqualTo(audit);
    assertThat(count()).as("nothing created").isEqualTo(1);
    assertThat(export(ADMIN)).as("export, import, export: the same bytes").isEqualTo(first);
  }

  @Test
  void anExcelCsvUtf8FileChangesTheSamePartnershipWithItsByteOrderMarkAndSemicolons()
      throws Exception {
    long bogota = operator("Empresa de Acueducto y Alcantarillado de Bogotá", "CO", "Bogotá");
    long sbee = operator("Société Béninoise des Eaux", "BJ", "Cotonou");
    long funder = organisation("Agence française de développement", "DONOR");
    long id = partnership("Agua no contabilizada en Bogotá y Cotonou " + tag, bogota, sbee, funder);
    int audit = auditEntries(id);
    String first = export(ADMIN);
    URI importing = uri("api/v1/partnerships/import");

    // Excel's "CSV UTF-8": the byte-order mark once made the id column "\uFEFFid", and the row
    // a new partnership
    HttpResponse<String> marked =
        SpreadsheetFiles.post(importing, SpreadsheetFiles.withByteOrderMark(first), ADMIN);
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(Http.object(marked).getInt("created")).as("no new partnership").isZero();
    assertThat(Http.object(marked).getInt("updated")).isZero();
    assertThat(Http.object(marked).getInt("unchanged")).isEqualTo(1);
    assertThat(count()).isEqualTo(1);
    assertThat(auditEntries(id)).isEqualTo(audit);

    // French or Spanish Excel: the mark and ; between the cells (lists quoted)
    String french = SpreadsheetFiles.withSemicolons(first);
    assertThat(french).contains(";\"" + bogota + ":PEER;" + sbee + ":PEER\";");
    HttpResponse<String> semicolons =
        SpreadsheetFiles.post(importing, SpreadsheetFiles.withByteOrderMark(french), ADMIN);
    assertThat(semicolons.statusCode()).as(semicolons.body()).isEqualTo(200);
    assertThat(Http.object(semicolons).getInt("created")).isZero();
    assertThat(Http.object(semicolons).getInt("unchanged")).isEqualTo(1);
    assertThat(export(ADMIN)).as("nothing changed").isEqualTo(first);

    String title = "Réduction de l’eau non facturée à Bogotá et Cotonou " + tag;
    HttpResponse<String> edit =
        SpreadsheetFiles.post(
            importing,
            SpreadsheetFiles.withByteOrderMark(
                SpreadsheetFiles.withSemicolons(edited(first, Map.of("title", title)))),
            ADMIN);
    assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
    assertThat(Http.object(edit).getInt("updated")).isEqualTo(1);
    assertThat(Http.object(edit).getInt("created")).isZero();
    assertThat(read(id).getString("title")).isEqualTo(title);
    String second = export(ADMIN);

    // an amount with a decimal comma, or thousands grouped by points, is refused: never 12000.5
    // read as 120005, nor 12.000 as 12
    for (String amount : List.of("12000,50", "12.000")) {
      HttpResponse<String> refused =
          SpreadsheetFiles.post(
              importing,
              SpreadsheetFiles.withByteOrderMark(
                  SpreadsheetFiles.withSemicolons(
                      edited(
                          second,
                          Map.of(
                              "title", "Ne pas enregistrer " + tag,
                              "cashByOperator", bogota + ":" + amount)))),
              ADMIN);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(errors(refused))
          .extracting(e -> e.getString("field") + " " + e.getString("rule"))
          .containsExactly("line 2: cashByOperator number-format");
      assertThat(errors(refused).get(0).getString("message")).startsWith("'" + amount + "'");
    }
    assertThat(export(ADMIN)).as("nothing stored").isEqualTo(second);

    // the same file saved as Windows-1252 (Excel's plain "CSV" in Western Europe): refused whole
    byte[] cp1252 =
        edited(second, Map.of("title", "Réduction des pertes " + tag))
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    HttpResponse<String> notUtf8 = SpreadsheetFiles.post(importing, cp1252, ADMIN);
    assertThat(notUtf8.statusCode()).as(notUtf8.body()).isEqualTo(400);
    assertThat(errors(notUtf8))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("field")).isEqualTo("line 2");
              assertThat(e.getString("rule")).isEqualTo("csv.encoding");
              assertThat(e.getString("message")).contains("CSV UTF-8");
            });
    assertThat(export(ADMIN)).as("nothing stored").isEqualTo(second);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void anEditedExportReadsBackByteForByteThroughTheApi() throws Exception {
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long kisumu = operator("Kisumu Water and Sanitation Company", "KE", "Kisumu");
    long danang = operator("Công ty Cấp nước Đà Nẵng", "VN", "Đà Nẵng");
    long id = partnership("Loss reduction in Kisumu " + tag, dresden, kisumu, 0);
    long version = read(id).getJsonNumber("version").longValue();
    String title = "Réduction des pertes à Kisumu – phase 2 " + tag;
    String objectives = "Réduire l’eau non facturée de 30 % à Đà Nẵng et à Kisumu";

    String csv =
        edited(
            export(ADMIN),
            Map.of(
                "title", title,
                "objectives", objectives,
                "participants", dresden + ":PEER;" + danang + ":PEER",
                "cashByOperator", dresden + ":12000.00",
                "inKindByOperator", danang + ":3500.50"));
    HttpResponse<String> imported = importCsv(csv, "", ADMIN);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(Http.object(imported).getInt("updated")).isEqualTo(1);

    JsonObject p = read(id);
    assertThat(p.getString("title")).isEqualTo(title);
    assertThat(p.getString("objectives")).isEqualTo(objectives);
    assertThat(p.getJsonNumber("version").longValue()).isGreaterThan(version);
    List<JsonObject> participants = p.getJsonArray("participants").getValuesAs(JsonObject.class);
    assertThat(participants)
        .extracting(x -> x.getJsonNumber("operatorId").longValue())
        .containsExactlyInAnyOrder(dresden, danang);
    JsonObject vietnamese =
        participants.stream()
            .filter(x -> x.getJsonNumber("operatorId").longValue() == danang)
            .findFirst()
            .orElseThrow();
    assertThat(
            Http.object(send("GET", "api/v1/operators/" + danang, null, null, ADMIN))
                .getString("name"))
        .isEqualTo("Công ty Cấp nước Đà Nẵng " + tag);
    assertThat(vietnamese.getJsonNumber("inKindContribution").bigDecimalValue())
        .isEqualByComparingTo("3500.50");
    assertThat(vietnamese.containsKey("cashContribution") && !vietnamese.isNull("cashContribution"))
        .as("nobody stated the Đà Nẵng utility's cash: it stays unknown")
        .isFalse();
    // the row's changes are one change: one entry that keeps each (its action and values)
    List<JsonObject> entries =
        Http.array(send("GET", "api/v1/partnerships/" + id + "/audit", null, null, ADMIN))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> e.getString("action").equals("partnership.imported"))
            .toList();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getString("to"))
        .contains("details.edited: ")
        .contains("participants.changed: ")
        .contains(title);

    String again = export(ADMIN);
    assertThat(again).contains(title).contains(objectives);
    HttpResponse<String> same = importCsv(again, "", ADMIN);
    assertThat(Http.object(same).getInt("unchanged")).isEqualTo(1);

    // the version of the file is checked: an edit on an old export is refused
    String stale = edited(csv, Map.of("title", "Reducción de pérdidas " + tag));
    HttpResponse<String> refused = importCsv(stale, "", ADMIN);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: version import.changed-since-export");
    assertThat(read(id).getString("title")).isEqualTo(title);

    // a file with fewer columns changes what it carries, and keeps the rest as it is
    String shorter = "Réduction des pertes à Kisumu et Đà Nẵng " + tag;
    long current = read(id).getJsonNumber("version").longValue();
    HttpResponse<String> partial =
        importCsv(
            "id,version,title\r\n" + id + "," + current + ",\"" + shorter + "\"\r\n", "", ADMIN);
    assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
    assertThat(Http.object(partial).getInt("updated")).isEqualTo(1);
    JsonObject kept = read(id);
    assertThat(kept.getString("title")).isEqualTo(shorter);
    assertThat(kept.getString("objectives")).isEqualTo(objectives);
    assertThat(kept.getJsonArray("participants")).hasSize(2);
    assertThat(kept.getJsonArray("workingAreas").getString(0)).isEqualTo("NRW");
    assertThat(kept.getString("plannedStart")).isEqualTo(p.getString("plannedStart"));

    // without the version column, a file changes nothing (it could undo later changes)
    HttpResponse<String> noVersion =
        importCsv("id,title\r\n" + id + ",\"Ancien titre " + tag + "\"\r\n", "", ADMIN);
    assertThat(errors(noVersion))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: version import.version-required");
    assertThat(read(id).getString("title")).isEqualTo(shorter);

    // a file that only declares the title's language and adds a translation changes them
    String spanish = "Reducción de pérdidas en Kisumu y Đà Nẵng " + tag;
    HttpResponse<String> translated =
        importCsv(
            edited(
                export(ADMIN), Map.of("titleLanguage", "fr", "titleTranslations", "es:" + spanish)),
            "",
            ADMIN);
    assertThat(translated.statusCode()).as(translated.body()).isEqualTo(200);
    assertThat(Http.object(translated).getInt("updated")).isEqualTo(1);
    JsonObject inFrench = read(id);
    assertThat(inFrench.getString("titleLanguage")).isEqualTo("fr");
    assertThat(inFrench.getJsonObject("titleTranslations").getString("es")).isEqualTo(spanish);
    HttpResponse<String> unknown =
        importCsv(edited(export(ADMIN), Map.of("titleLanguage", "xx")), "", ADMIN);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(errors(unknown))
        .extracting(e -> e.getString("field"))
        .contains("line 2: titleLanguage");
    assertThat(read(id).getString("titleLanguage")).isEqualTo("fr");
  }

  @Test
  void supportersRolesAndTheirOwnWordsGoOutAndComeBackThroughBothExports() throws Exception {
    long ouaga = operator("Office National de l’Eau et de l’Assainissement", "BF", "Ouagadougou");
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long afd = organisation("Agence Française de Développement", "DEVELOPMENT_BANK");
    long vitens = organisation("Vitens Evides International", "OTHER");
    long ministere = organisation("Ministère de l’Eau du Burkina Faso", "OTHER");
    long id = partnership("Pertes d’eau à Ouagadougou " + tag, ouaga, dresden, 0);
    long version = read(id).getJsonNumber("version").longValue();
    HttpResponse<String> supported =
        send(
            "PUT",
            "api/v1/partnerships/" + id + "/supporters",
            "application/json",
            Json.createObjectBuilder()
                .add(
                    "supporters",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("organisationId", afd)
                                .add("role", "FUNDER")
                                .add("contribution", 250000))
                        .add(
                            Json.createObjectBuilder()
                                .add("organisationId", vitens)
                                .add("role", "TECHNICAL_SUPPORT")
                                .add("roleDescription", "partenaire technique"))
                        .add(
                            Json.createObjectBuilder()
                                .add("organisationId", ministere)
                                .add("role", "POLITICAL_SUPPORT")))
                .build()
                .toString(),
            ADMIN);
    assertThat(supported.statusCode()).as(supported.body()).isEqualTo(200);
    JsonObject p = read(id);
    assertThat(p.getJsonNumber("version").longValue()).isGreaterThan(version);
    assertThat(p.getJsonArray("supporters").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("role") + " " + s.getString("roleDescription", "-"))
        .containsExactly(
            "FUNDER -", "TECHNICAL_SUPPORT partenaire technique", "POLITICAL_SUPPORT -");

    String csv = export(ADMIN);
    assertThat(csv)
        .contains(
            afd + ":FUNDER;" + vitens + ":TECHNICAL_SUPPORT;" + ministere + ":POLITICAL_SUPPORT")
        .contains("," + vitens + ":partenaire technique");
    HttpResponse<String> same = importCsv(csv, "", ADMIN);
    assertThat(Http.object(same).getInt("unchanged")).as(same.body()).isEqualTo(1);

    // reworded in a spreadsheet (a ; in the words written \;), and the ministry now a broker
    HttpResponse<String> reworded =
        importCsv(
            edited(
                csv,
                Map.of(
                    "supporters",
                    afd + ":FUNDER;" + vitens + ":TECHNICAL_SUPPORT;" + ministere + ":BROKER",
                    "roleDescriptionByOrganisation",
                    vitens
                        + ":partenaire technique\\; opérateur secondaire;"
                        + ministere
                        + ":facilitateur national")),
            "",
            ADMIN);
    assertThat(reworded.statusCode()).as(reworded.body()).isEqualTo(200);
    assertThat(Http.object(reworded).getInt("updated")).isEqualTo(1);
    List<JsonObject> now = read(id).getJsonArray("supporters").getValuesAs(JsonObject.class);
    assertThat(now)
        .extracting(s -> s.getString("role") + " " + s.getString("roleDescription", "-"))
        .containsExactly(
            "FUNDER -",
            "TECHNICAL_SUPPORT partenaire technique; opérateur secondaire",
            "BROKER facilitateur national");
    assertThat(now.get(0).getJsonNumber("contribution").bigDecimalValue())
        .isEqualByComparingTo("250000");

    // a file without the description column keeps the words as they are
    HttpResponse<String> shorter =
        importCsv(
            "id,version,supporters\r\n"
                + id
                + ","
                + read(id).getJsonNumber("version").longValue()
                + ","
                + afd
                + ":FUNDER;"
                + vitens
                + ":TECHNICAL_SUPPORT;"
                + ministere
                + ":POLITICAL_SUPPORT\r\n",
            "",
            ADMIN);
    assertThat(shorter.statusCode()).as(shorter.body()).isEqualTo(200);
    assertThat(read(id).getJsonArray("supporters").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("role") + " " + s.getString("roleDescription", "-"))
        .containsExactly(
            "FUNDER -",
            "TECHNICAL_SUPPORT partenaire technique; opérateur secondaire",
            "POLITICAL_SUPPORT facilitateur national");

    // the JSON export carries them too, and goes back in unchanged
    HttpResponse<String> json =
        send("GET", "api/v1/partnerships/export.json?q=" + tag, null, null, ADMIN);
    assertThat(json.body())
        .contains("\"roleDescription\":\"partenaire technique; opérateur secondaire\"");
    HttpResponse<String> again =
        send("POST", "api/v1/partnerships/import", "application/json", json.body(), ADMIN);
    assertThat(Http.object(again).getInt("unchanged")).as(again.body()).isEqualTo(1);

    // too long a description is refused by its field, in the API as in the import
    HttpResponse<String> tooLong =
        send(
            "PUT",
            "api/v1/partnerships/" + id + "/supporters",
            "application/json",
            "{\"supporters\":[{\"organisationId\":"
                + vitens
                + ",\"role\":\"TECHNICAL_SUPPORT\",\"roleDescription\":\""
                + "é".repeat(201)
                + "\"}]}",
            ADMIN);
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(errors(tooLong))
        .extracting(e -> e.getString("field"))
        .anyMatch(f -> f.endsWith("roleDescription"));
  }

  @Test
  void aBudgetGoesOutAndComesBackThroughBothExports() throws Exception {
    long ouaga = operator("Office National de l’Eau et de l’Assainissement", "BF", "Ouagadougou");
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long afd = organisation("Agence Française de Développement", "DEVELOPMENT_BANK");
    long id = partnership("Budget des pertes d’eau à Ouagadougou " + tag, ouaga, dresden, 0);
    String words = "Prêt de l’AFD ; le reste autofinancé par l’ONEA, « sans frais de gestion »";
    HttpResponse<String> budgeted =
        send(
            "PUT",
            "api/v1/partnerships/" + id + "/budget",
            "application/json",
            Json.createObjectBuilder()
                .add("currency", "USD")
                .add("total", new java.math.BigDecimal("250000"))
                .add("fundingType", "MIXED")
                .add("fundingDescription", words)
                .add(
                    "lines",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("year", 2013)
                                .add("organisationId", afd)
                                .add("amount", 120000))
                        .add(
                            Json.createObjectBuilder()
                                .add("year", 2014)
                                .add("amount", new java.math.BigDecimal("90000.50"))))
                .build()
                .toString(),
            ADMIN);
    assertThat(budgeted.statusCode()).as(budgeted.body()).isEqualTo(200);

    String csv = export(ADMIN);
    assertThat(csv)
        .contains(",USD,250000.00,2013@" + afd + "=120000.00;2014=90000.50,MIXED,")
        .contains(words);
    HttpResponse<String> same = importCsv(csv, "", ADMIN);
    assertThat(Http.object(same).getInt("unchanged")).as(same.body()).isEqualTo(1);

    // changed in a spreadsheet: the lines, the declared type
    HttpResponse<String> changed =
        importCsv(
            edited(
                csv,
                Map.of(
                    "budgetLines",
                    "2013@" + afd + "=100000;2015=50000.25;@" + afd + "=100000",
                    "fundingDeclared",
                    "EXTERNALLY_SUPPORTED")),
            "",
            ADMIN);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.object(changed).getInt("updated")).isEqualTo(1);
    JsonObject b = read(id).getJsonObject("budget");
    assertThat(b.getString("fundingType")).isEqualTo("EXTERNALLY_SUPPORTED");
    assertThat(b.getString("fundingDescription")).isEqualTo(words);
    assertThat(b.getJsonArray("lines").getValuesAs(JsonObject.class))
        .extracting(
            l ->
                l.getInt("year", 0)
                    + "@"
                    + l.getJsonNumber("organisationId")
                    + "="
                    + l.getJsonNumber("amount").bigDecimalValue().toPlainString())
        .containsExactly(
            "2013@" + afd + "=100000.00", "2015@null=50000.25", "0@" + afd + "=100000.00");
    long version = read(id).getJsonNumber("version").longValue();

    // bad lines are refused by their column, nothing changes
    for (String bad :
        List.of("2013=10;2013=10", "2013@" + afd + "=dix mille", "1999=-5", "@987654321=5")) {
      HttpResponse<String> refused =
          importCsv(edited(export(ADMIN), Map.of("budgetLines", bad)), "", ADMIN);
      assertThat(refused.statusCode()).as(bad + ": " + refused.body()).isEqualTo(400);
      assertThat(errors(refused))
          .as(bad)
          .extracting(e -> e.getString("field"))
          .anyMatch(f -> f.contains("budgetLines") || f.contains("budget.lines"));
    }
    assertThat(read(id).getJsonNumber("version").longValue())
        .as("nothing stored")
        .isEqualTo(version);

    // a file with some of the budget's columns only would empty the others: refused, nothing lost
    HttpResponse<String> part =
        importCsv("id,budgetCurrency,budgetTotal\r\n" + id + ",USD,250000\r\n", "", ADMIN);
    assertThat(part.statusCode()).as(part.body()).isEqualTo(400);
    assertThat(part.body()).contains("import.budget-columns");
    // a number no amount can be is refused at once, not parsed for seconds
    HttpResponse<String> huge =
        importCsv(edited(export(ADMIN), Map.of("budgetTotal", "9".repeat(200_000))), "", ADMIN);
    assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
    assertThat(read(id).getJsonNumber("version").longValue()).isEqualTo(version);

    // a file without the budget's columns keeps the budget as it is
    HttpResponse<String> shorter =
        importCsv(
            "id,version,title\r\n"
                + id
                + ","
                + read(id).getJsonNumber("version").longValue()
                + ",Budget des pertes d’eau à Ouaga "
                + tag
                + "\r\n",
            "",
            ADMIN);
    assertThat(shorter.statusCode()).as(shorter.body()).isEqualTo(200);
    assertThat(read(id).getJsonObject("budget").getJsonArray("lines")).hasSize(3);

    // the JSON export carries it, and goes back in unchanged
    HttpResponse<String> json =
        send("GET", "api/v1/partnerships/export.json?q=" + tag, null, null, ADMIN);
    assertThat(json.body()).contains(words);
    HttpResponse<String> again =
        send("POST", "api/v1/partnerships/import", "application/json", json.body(), ADMIN);
    assertThat(Http.object(again).getInt("unchanged")).as(again.body()).isEqualTo(1);
  }

  @Test
  void aUtilityThatSupportsWithoutBeingAPeerTakesPartAndGoesOutAndComesBack() throws Exception {
    long ouaga = operator("Office National de l’Eau et de l’Assainissement", "BF", "Ouagadougou");
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long cotonou = operator("Société Béninoise des Eaux", "BJ", "Cotonou");
    long id = partnership("Échanges entre pairs à Ouagadougou " + tag, ouaga, dresden, 0);
    HttpResponse<String> joined =
        send(
            "PUT",
            "api/v1/partnerships/" + id + "/participants",
            "application/json",
            Json.createObjectBuilder()
                .add(
                    "participants",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder().add("operatorId", ouaga).add("role", "PEER"))
                        .add(
                            Json.createObjectBuilder()
                                .add("operatorId", dresden)
                                .add("role", "PEER"))
                        .add(
                            Json.createObjectBuilder()
                                .add("operatorId", cotonou)
                                .add("role", "SUPPORTING")
                                .add("inKindContribution", 18000)
                                .add("responsibilities", "Deux ingénieurs pendant six mois")))
                .build()
                .toString(),
            ADMIN);
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    assertThat(read(id).getJsonArray("participants").getValuesAs(JsonObject.class))
        .extracting(x -> x.getString("role"))
        .containsExactly("PEER", "PEER", "SUPPORTING");

    String csv = export(ADMIN);
    assertThat(csv)
        .contains(ouaga + ":PEER;" + dresden + ":PEER;" + cotonou + ":SUPPORTING")
        .contains(cotonou + ":18000.00");
    HttpResponse<String> same = importCsv(csv, "", ADMIN);
    assertThat(Http.object(same).getInt("unchanged")).as(same.body()).isEqualTo(1);

    // a supporting utility is not a peer: the peers are still two
    HttpResponse<String> alone =
        importCsv(
            edited(
                csv,
                Map.of(
                    "participants",
                    ouaga + ":PEER;" + dresden + ":SUPPORTING;" + cotonou + ":SUPPORTING")),
            "",
            ADMIN);
    assertThat(alone.statusCode()).as(alone.body()).isEqualTo(400);
    assertThat(errors(alone))
        .extracting(e -> e.getString("rule"))
        .containsExactly("partnership.participants.role-mix");

    HttpResponse<String> unknown =
        send(
            "PUT",
            "api/v1/partnerships/" + id + "/participants",
            "application/json",
            "{\"participants\":[{\"operatorId\":" + ouaga + ",\"role\":\"HELPER\"}]}",
            ADMIN);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("SUPPORTING");
  }

  @Test
  void resultsAndSourcesEditedInTheCsvComeBackByteForByteAndOnlyWhenTheyDiffer() throws Exception {
    long ouaga = operator("Office National de l’Eau et de l’Assainissement", "BF", "Ouagadougou");
    long sabesp =
        operator("Companhia de Saneamento Básico do Estado de São Paulo", "BR", "São Paulo");
    long id = partnership("Redução de perdas em Ouagadougou " + tag, ouaga, sabesp, 0);
    HttpResponse<String> results =
        send(
            "PUT",
            "api/v1/partnerships/" + id + "/results",
            "application/json",
            "{\"results\":[{\"statement\":\"Réduction des pertes d’eau : ENRG de 39 % à 12 %\","
                + "\"kind\":\"OUTCOME\",\"indicator\":{\"title\":\"ENRG\",\"unit\":\"%\","
                + "\"baseline\":{\"value\":39,\"dated\":\"2012\"},"
                + "\"target\":{\"value\":15,\"dated\":\"2016\"},"
                + "\"actual\":{\"value\":12,\"note\":\"trois centres\",\"dated\":\"2016-06\"}}},"
                + "{\"statement\":\"Equipe técnica capacitada em gestão de perdas\","
                + "\"kind\":\"CAPACITY_CHANGE\"}]}",
            ADMIN);
    assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
    String csv = export(ADMIN);
    CSVRecord row =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords()
            .get(0);
    assertThat(row.get("results"))
        .contains("\"value\":39,")
        .contains("\"dated\":\"2016-06\"")
        .contains("Equipe técnica capacitada em gestão de perdas");
    assertThat(row.get("sources")).isEmpty();
    long version = read(id).getJsonNumber("version").longValue();
    int audit = auditEntries(id);

    // the secretariat adds two sources in the spreadsheet, a ';' and a '|' in their words
    String sources =
        "Informe anual 2014 de la ONEA \\; anexo 3|https://example.org/onea/2014.pdf|2015-03"
            + "|« Pertes ramenées à 12 % » \\| confirmé;Relatório SABESP||2016";
    HttpResponse<String> imported = importCsv(edited(csv, Map.of("sources", sources)), "", ADMIN);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(Http.object(imported).getInt("updated")).isEqualTo(1);
    JsonObject back = read(id);
    List<JsonObject> listed = back.getJsonArray("sources").getValuesAs(JsonObject.class);
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).getString("title"))
        .isEqualTo("Informe anual 2014 de la ONEA ; anexo 3");
    assertThat(listed.get(0).getString("link")).isEqualTo("https://example.org/onea/2014.pdf");
    assertThat(listed.get(0).getString("dated")).isEqualTo("2015-03");
    assertThat(listed.get(0).getString("note")).isEqualTo("« Pertes ramenées à 12 % » | confirmé");
    assertThat(listed.get(1).getString("title")).isEqualTo("Relatório SABESP");
    assertThat(listed.get(1).getString("dated")).isEqualTo("2016");
    assertThat(listed.get(1).containsKey("link")).isFalse();
    assertThat(back.getJsonArray("results")).as("results as they were").hasSize(2);
    assertThat(auditEntries(id)).as("the sources' own entry").isEqualTo(audit + 1);
    assertThat(back.getJsonNumber("version").longValue()).isGreaterThan(version);

    // exported again: the same cell, and imported unchanged
    String again = export(ADMIN);
    assertThat(
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(again))
                .getRecords()
                .get(0)
                .get("sources"))
        .isEqualTo(sources);
    HttpResponse<String> same = importCsv(again, "", ADMIN);
    assertThat(Http.object(same).getInt("unchanged")).as(same.body()).isEqualTo(1);
    assertThat(auditEntries(id)).isEqualTo(audit + 1);
    long sourcesVersion = read(id).getJsonNumber("version").longValue();
    assertThat(sourcesVersion)
        .as("an unchanged row writes nothing")
        .isEqualTo(back.getJsonNumber("version").longValue());

    // only a source's note changed: one change, one version, one audit entry
    String noteOnly = sources.replace("confirmé", "confirmé par l’audit de 2016");
    HttpResponse<String> note = importCsv(edited(again, Map.of("sources", noteOnly)), "", ADMIN);
    assertThat(Http.object(note).getInt("updated")).as(note.body()).isEqualTo(1);
    assertThat(read(id).getJsonNumber("version").longValue()).isEqualTo(sourcesVersion + 1);
    assertThat(auditEntries(id)).isEqualTo(audit + 2);

    // the title and a source's note in one row: still one change, its one entry naming both
    String both = export(ADMIN);
    HttpResponse<String> two =
        importCsv(
            edited(
                both,
                Map.of(
                    "title",
                    "Agua Potable de Cochabamba — Fase II " + tag,
                    "sources",
                    noteOnly.replace("2016", "2017"))),
            "",
            ADMIN);
    assertThat(Http.object(two).getInt("updated")).as(two.body()).isEqualTo(1);
    assertThat(read(id).getJsonNumber("version").longValue()).isEqualTo(sourcesVersion + 2);
    assertThat(auditEntries(id)).isEqualTo(audit + 3);
    JsonObject entry =
        Http.array(send("GET", "api/v1/partnerships/" + id + "/audit", null, null, ADMIN))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> "partnership.imported".equals(e.getString("action", "")))
            .findFirst()
            .orElseThrow();
    assertThat(entry.getString("description")).contains("Imported from a file:");
    assertThat(entry.getString("to")).contains("sources.changed");
    again = export(ADMIN);

    // a broken result and a broken source: named by line and column, the item in the message
    HttpResponse<String> refused =
        importCsv(
            edited(
                again,
                Map.of(
                    "results",
                    "[{\"statement\":\"ENRG\",\"kind\":\"RESULTAT\"}]",
                    "sources",
                    "Rapport|ftp://example.org/r.pdf")),
            "",
            ADMIN);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .extracting(e -> e.getString("field") + " " + e.getString("message"))
        .anySatisfy(e -> assertThat(e).startsWith("line 2: results results[0].kind: 'RESULTAT'"))
        .anySatisfy(e -> assertThat(e).startsWith("line 2: sources sources[0].link:"));

    // an operator editor of neither operator may not change them
    String outsider =
        user(
            "outsider",
            "OPERATOR_EDITOR",
            List.of(operator("Stadtentwässerung Dresden", "DE", "Dresden")),
            List.of());
    HttpResponse<String> forbidden =
        importCsv(
            edited(export(ADMIN), Map.of("sources", "Rapport|https://example.org/r.pdf")),
            "",
            Http.basic(outsider, PASSWORD));
    assertThat(forbidden.statusCode()).as(forbidden.body()).isIn(403, 400);
    assertThat(read(id).getJsonArray("sources")).hasSize(2);
  }

  @Test
  void theJsonExportGoesBackInThroughTheSameImport() throws Exception {
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long kisumu = operator("Kisumu Water and Sanitation Company", "KE", "Kisumu");
    long id = partnership("Loss reduction in Kisumu " + tag, dresden, kisumu, 0);
    HttpResponse<String> export =
        send("GET", "api/v1/partnerships/export.json?q=" + tag, null, null, ADMIN);
    assertThat(export.statusCode()).isEqualTo(200);
    long version = read(id).getJsonNumber("version").longValue();

    HttpResponse<String> same =
        send("POST", "api/v1/partnerships/import", "application/json", export.body(), ADMIN);
    assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
    assertThat(Http.object(same).getInt("unchanged")).isEqualTo(1);
    assertThat(read(id).getJsonNumber("version").longValue()).isEqualTo(version);

    String title = "Reducción de pérdidas en Kisumu – fase 2 " + tag;
    JsonObject item = Http.array(export).getJsonObject(0);
    String edited =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder(item).add("title", title))
            .build()
            .toString();
    HttpResponse<String> changed =
        send("POST", "api/v1/partnerships/import", "application/json", edited, ADMIN);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.object(changed).getInt("updated")).isEqualTo(1);
    assertThat(read(id).getString("title")).isEqualTo(title);

    String bad =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder(item)
                    .remove("id")
                    .add("typeId", "wop-bogus")
                    .add("plannedStart", "2022-13"))
            .build()
            .toString();
    HttpResponse<String> refused =
        send("POST", "api/v1/partnerships/import", "application/json", bad, ADMIN);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("item 1: plannedStart date");
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aNewRowIsProposedAndKeepsAContributionNobodyStatedUnknown() throws Exception {
    long benin = operator("Société Béninoise des Eaux", "BJ", "Cotonou");
    long dji = operator("Dji’i Water Board", "CM", "Yaoundé");
    String header =
        "id,title,type,status,published,currency,plannedStart,countries,workingAreas,participants,"
            + "objectives,cashByOperator\r\n";
    String row =
        ",\"Échanges entre pairs Cotonou–Yaoundé "
            + tag
            + "\",wop-peer-exchange,PROPOSED,false,XOF,"
            + LocalDate.now().plusMonths(2)
            + ",BJ;CM,NRW,"
            + benin
            + ":PEER;"
            + dji
            + ":PEER,\"=Réduire l’eau non facturée\","
            + benin
            + ":1500000\r\n";
    HttpResponse<String> imported = importCsv(header + row, "", ADMIN);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject report = Http.object(imported);
    assertThat(report.getInt("created")).isEqualTo(1);
    assertThat(report.getJsonArray("storedAsText").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("line 2: objectives");

    JsonObject summary =
        Http.array(send("GET", "api/v1/partnerships?q=" + tag, null, null, ADMIN)).getJsonObject(0);
    JsonObject p = read(summary.getJsonNumber("id").longValue());
    assertThat(p.getString("status")).isEqualTo("PROPOSED");
    assertThat(p.getBoolean("published")).isFalse();
    assertThat(p.getString("objectives")).isEqualTo("=Réduire l’eau non facturée");
    String exported = export(ADMIN);
    assertThat(exported)
        .contains(",'=Réduire l’eau non facturée,")
        .contains("," + benin + ":1500000.00,,");

    // a year or a month alone is kept at its precision; a month that does not exist is refused
    HttpResponse<String> year =
        importCsv(
            header + row.replace(",XOF," + LocalDate.now().plusMonths(2), ",XOF,2022-13"),
            "",
            ADMIN);
    assertThat(year.statusCode()).as(year.body()).isEqualTo(400);
    assertThat(errors(year))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: plannedStart date");
    assertThat(errors(year).get(0).getString("message")).contains("YYYY-MM");
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void badRowsAreRefusedByLineAndColumnAndNothingIsStored() throws Exception {
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long kisumu = operator("Kisumu Water and Sanitation Company", "KE", "Kisumu");
    long existing = partnership("Réduction des pertes à Kisumu " + tag, dresden, kisumu, 0);
    String header =
        "id,title,type,status,published,currency,plannedStart,participants,objectives\r\n";
    String fine =
        ",Gestion des boues à Dresde "
            + tag
            + ",wop-peer-exchange,,,EUR,2027-03-01,"
            + dresden
            + ":PEER;"
            + kisumu
            + ":PEER,Former les équipes\r\n";
    String csv =
        header
            + fine
            + ",Unknown operator "
            + tag
            + ",wop-peer-exchange,,,EUR,,"
            + dresden
            + ":PEER;999999999:PEER,Former\r\n"
            + ",Unknown type "
            + tag
            + ",wop-bogus,,,EUR,,"
            + dresden
            + ":PEER;"
            + kisumu
            + ":PEER,Former\r\n"
            + ",Bad date "
            + tag
            + ",wop-peer-exchange,,,EUR,2022-13,"
            + dresden
            + ":PEER;"
            + kisumu
            + ":PEER,Former\r\n"
            + existing
            + ",Réduction des pertes à Kisumu "
            + tag
            + ",wop-peer-exchange,ACTIVE,,EUR,,"
            + dresden
            + ":PEER;"
            + kisumu
            + ":PEER,Réduire les pertes d’eau – Kisumu et Dresde\r\n"
            + existing
            + ",Réduction des pertes à Kisumu "
            + tag
            + ",wop-peer-exchange,,true,EUR,,"
            + dresden
            + ":PEER;"
            + kisumu
            + ":PEER,Réduire\r\n"
            // two rules broken on one row: both are named, not only the first
            + ",\"Assainissement de Dresde et de Kisumu – "
            + "é".repeat(Partnership.TITLE_MAX)
            + "\",wop-peer-exchange,,,EUR,,"
            + dresden
            + ":PEER;"
            + kisumu
            + ":PEER,\r\n";
    long version = read(existing).getJsonNumber("version").longValue();

    HttpResponse<String> refused = importCsv(csv, "", ADMIN);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly(
            "line 3: participants partnership.participant.unknown-operator",
            "line 4: type partnership.type.unknown",
            "line 5: plannedStart date",
            // a file without the version column changes nothing it could silently undo
            "line 6: version import.version-required",
            "line 7: id import.id-twice",
            "line 8: title partnership.title.too-long",
            "line 8: objectives partnership.objectives.required");
    assertThat(errors(refused).get(1).getString("message")).contains("wop-bogus");
    assertThat(errors(refused).get(2).getString("message")).contains("2022-13");
    assertThat(count()).as("nothing stored, not even the fine row").isEqualTo(1);
    assertThat(read(existing).getJsonNumber("version").longValue()).isEqualTo(version);

    HttpResponse<String> publish =
        importCsv(
            header
                + existing
                + ",Réduction des pertes à Kisumu "
                + tag
                + ",wop-peer-exchange,,true,EUR,,"
                + dresden
                + ":PEER;"
                + kisumu
                + ":PEER,Réduire\r\n",
            "",
            ADMIN);
    assertThat(errors(publish))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: published import.publication");
    assertThat(read(existing).getBoolean("published")).isFalse();

    HttpResponse<String> skipping = importCsv(csv, "?skipInvalid=true", ADMIN);
    assertThat(skipping.statusCode()).as(skipping.body()).isEqualTo(200);
    assertThat(Http.object(skipping).getInt("created")).isEqualTo(1);
    assertThat(Http.object(skipping).getJsonArray("skipped")).hasSize(7);
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void nobodyImportsOverAPartnershipTheyMayNotChange() throws Exception {
    long mine = operator("Office National de l’Eau Potable", "SN", "Dakar");
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long kisumu = operator("Kisumu Water and Sanitation Company", "KE", "Kisumu");
    long platform = organisation("Plateforme régionale des WOP", "PLATFORM");
    long theirs = partnership("Réduction des pertes à Kisumu " + tag, dresden, kisumu, 0);
    assertThat(
            send(
                    "POST",
                    "api/v1/partnerships/" + theirs + "/publication",
                    "application/json",
                    "{\"published\":true}",
                    ADMIN)
                .statusCode())
        .isEqualTo(200);
    long version = read(theirs).getJsonNumber("version").longValue();
    String editor =
        Http.basic(user("editor", "OPERATOR_EDITOR", List.of(mine), List.of()), PASSWORD);
    String coordinator =
        Http.basic(user("coordinator", "COORDINATOR", List.of(), List.of(platform)), PASSWORD);

    for (String who : List.of(editor, coordinator)) {
      String csv = edited(export(who), Map.of("title", "Pris en main " + tag));
      HttpResponse<String> refused = importCsv(csv, "", who);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(Http.object(refused).getString("type"))
          .isEqualTo("urn:wops:problem:access.partnership.import");
      assertThat(errors(refused))
          .extracting(e -> e.getString("field") + " " + e.getString("rule"))
          .containsExactly("line 2: id access.partnership.edit");
      JsonObject p = read(theirs);
      assertThat(p.getString("title")).isEqualTo("Réduction des pertes à Kisumu " + tag);
      assertThat(p.getJsonNumber("version").longValue()).isEqualTo(version);
    }

    // an editor proposes only partnerships its operators take part in
    String header = "title,type,currency,participants,objectives\r\n";
    HttpResponse<String> foreign =
        importCsv(
            header
                + "Échange "
                + tag
                + ",wop-peer-exchange,EUR,"
                + dresden
                + ":PEER;"
                + kisumu
                + ":PEER,Former\r\n",
            "",
            editor);
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
    assertThat(errors(foreign).get(0).getString("rule")).isEqualTo("access.partnership.propose");
    HttpResponse<String> own =
        importCsv(
            header
                + "Échange Dakar–Dresde "
                + tag
                + ",wop-peer-exchange,XOF,"
                + mine
                + ":PEER;"
                + dresden
                + ":PEER,Former les équipes de Dakar\r\n",
            "",
            editor);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(Http.object(own).getInt("created")).isEqualTo(1);
  }

  @Test
  void aFrenchCoordinatorImportsOnTheImportPageInChromium() throws Exception {
    long dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden");
    long kisumu = operator("Kisumu Water and Sanitation Company", "KE", "Kisumu");
    long platform = organisation("Plateforme africaine des WOP", "PLATFORM");
    long id = partnership("Loss reduction in Kisumu " + tag, dresden, kisumu, 0, platform);
    String coordinator = user("coordinatrice", "COORDINATOR", List.of(), List.of(platform), "FR");
    String title = "Réduction des pertes à Kisumu – phase 2 " + tag;
    String good = edited(export(ADMIN), Map.of("title", title));
    String badRow =
        edited(
            good,
            Map.of("id", "", "version", "", "title", "Bad date " + tag, "plannedStart", "2022-13"));
    // a results cell that is no JSON, and a result and a source each wrong in one field
    String brokenResults =
        newRow(
            good,
            "Résultats cassés " + tag,
            "[{\"statement\":\"40 agents formés\",\"kind\":\"OUTPUT\"",
            "");
    String brokenItems =
        newRow(
            good,
            "Éléments cassés " + tag,
            "[{\"statement\":\"Pertes réduites à Kisumu\",\"kind\":\"OUTPUT\"},"
                + "{\"statement\":\"Équipe formée\",\"kind\":\"RESULTAT\"}]",
            "Rapport annuel 2014|https://example.org/r.pdf;Note de l’ONEA|ftp://example.org/n.pdf");
    // a row the file reads, refused by the domain with the values its rule names
    String future =
        newRow(
            good,
            "Résultat futur " + tag,
            "[{\"statement\":\"Pertes réduites à Kisumu\",\"kind\":\"OUTCOME\",\"indicator\":"
                + "{\"title\":\"Eau non facturée\",\"unit\":\"%\","
                + "\"actual\":{\"value\":12,\"dated\":\"2990\"}}}]",
            "");
    Path bad = workDir.resolve("bad.csv");
    Files.writeString(
        bad,
        good
            + badRow.substring(badRow.indexOf('\n') + 1)
            + brokenResults.substring(brokenResults.indexOf('\n') + 1)
            + brokenItems.substring(brokenItems.indexOf('\n') + 1)
            + future.substring(future.indexOf('\n') + 1),
        StandardCharsets.UTF_8);
    Path fine = workDir.resolve("partnerships.csv");
    Files.writeString(fine, good, StandardCharsets.UTF_8);

    try (Chromium browser = Chromium.start(URI.create(base.toExternalForm()))) {
      browser.driver().manage().deleteAllCookies();
      browser.open("my/dashboard.xhtml", By.id("login:username"));
      browser.find(By.id("login:username")).sendKeys(coordinator);
      browser.find(By.id("login:password")).sendKeys(PASSWORD);
      browser.click(By.id("login:submit"));
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));
      // the pages' language is the visitor's choice (remembered in a cookie)
      browser.open("my/dashboard.xhtml?lang=fr", By.id("import-link"));
      assertThat(browser.find(By.id("import-link")).getText())
          .isEqualTo("Importer des opérateurs ou des partenariats (CSV)");
      browser.click(By.id("import-link"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:kind")));

      browser.find(By.cssSelector("input[name='import:kind'][value=partnerships]")).click();
      browser.find(By.cssSelector("input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
      browser.click(By.id("import:check"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
      String report = Chromium.spaces(browser.find(By.id("import-errors")).getText());
      assertThat(report)
          .contains("3 plannedStart Date invalide : écrivez une année (2014)")
          .contains("2022-13")
          // every row's reason in French, the item of a list cell named by its position
          .contains("4 results N’est pas un tableau JSON de résultats")
          .contains("5 results résultat 2 (kind) : Valeur non admise.")
          .contains("RESULTAT")
          .contains("5 sources source 2 (link) : Le lien d’une source est une adresse web")
          .contains(
              "6 results résultat 1 (indicator.actual.dated) : Une date effective ne peut pas être"
                  + " dans le futur : 2990 est postérieur à aujourd’hui")
          .doesNotContain("is not")
          .doesNotContain("must be")
          .doesNotContain("results[");
      assertThat(browser.text(By.id("import-status"))).contains("rien n");
      assertThat(read(id).getString("title")).as("nothing stored").isNotEqualTo(title);

      checkPartnerships(browser, fine);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("import-counts"), "aucune création, 1 mise à jour"));
      browser.shot("partnership-import");
      assertThat(read(id).getString("title")).isEqualTo(title);

      // the same file as French Excel saves it ("CSV UTF-8": a byte-order mark, then ;), edited
      String excel = "Réduction des pertes d’eau à Kisumu – phase 3 " + tag;
      Path saved = workDir.resolve("partenariats.csv");
      Files.write(
          saved,
          SpreadsheetFiles.withByteOrderMark(
              SpreadsheetFiles.withSemicolons(edited(export(ADMIN), Map.of("title", excel)))));
      checkPartnerships(browser, saved);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("import-counts"), "aucune création, 1 mise à jour"));
      assertThat(read(id).getString("title")).isEqualTo(excel);
      assertThat(count()).as("the row was not taken for a new one").isEqualTo(1);

      // saved as Windows-1252 instead: one message for the file, in French, nothing imported
      Path latin = workDir.resolve("partenariats-latin.csv");
      Files.write(
          latin,
          edited(export(ADMIN), Map.of("title", "Ne pas enregistrer " + tag))
              .getBytes(java.nio.charset.Charset.forName("windows-1252")));
      checkPartnerships(browser, latin);
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import .field-error")));
      assertThat(Chromium.spaces(browser.text(By.cssSelector("#import .field-error"))))
          .startsWith("La ligne 2 du fichier, après")
          .contains("n’est pas du texte UTF-8")
          .contains("CSV UTF-8")
          .contains("Rien n’a été importé");
      assertThat(browser.findAll(By.id("import-errors"))).as("no message on every row").isEmpty();
      assertThat(read(id).getString("title")).isEqualTo(excel);

      // an operators' file: each row's reason in French too, naming the value at fault
      Path operators = workDir.resolve("operators.csv");
      Files.writeString(
          operators,
          "name,shortName,kind,country,city,services,ownership,populationServed\n"
              + "Société Béninoise des Eaux "
              + tag
              + ",SBEE,UTILITY,ZZ,Cotonou,WATER,PUBLIC,120000\n"
              + "Office National de l’Eau "
              + tag
              + ",ONEA,UTILITY,BF,Ouagadougou,WATER,PUBLIC,abc\n"
              + "Régie des Eaux de Gabès "
              + tag
              + ",REG,UTILITY,TN,Gabès,WATER,PUBLIC,-5\n",
          StandardCharsets.UTF_8);
      browser.open("my/import.xhtml", By.id("import:kind"));
      browser.find(By.cssSelector("input[name='import:kind'][value=operators]")).click();
      browser
          .find(By.cssSelector("input[type=file]"))
          .sendKeys(operators.toAbsolutePath().toString());
      browser.click(By.id("import:check"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
      String reasons = Chromium.spaces(browser.find(By.id("import-errors")).getText());
      assertThat(reasons)
          .contains("n'est pas un code pays ISO 3166-1 alpha-2")
          .contains("ZZ")
          .contains("Pas un nombre entier positif ou nul.")
          .contains("abc")
          .contains("La population desservie ne peut pas être négative.")
          .doesNotContain("is not")
          .doesNotContain("cannot be negative");
    }
  }

  /** Opens the import page and has it check a partnerships file. */
  private static void checkPartnerships(Chromium browser, Path file) {
    browser.open("my/import.xhtml", By.id("import:kind"));
    browser.find(By.cssSelector("input[name='import:kind'][value=partnerships]")).click();
    browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    browser.click(By.id("import:check"));
  }
}
