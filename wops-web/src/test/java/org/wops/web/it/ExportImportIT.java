package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.SpreadsheetFiles;

/**
 * Exports and imports, limits and the refusal of values that do not fit, over real HTTP on Payara
 * Micro and PostgreSQL: the operators CSV goes back in through its import byte for byte (the
 * partnerships' round trips: {@link PartnershipImportIT}), likely duplicates are reported, formula
 * cells are escaped, the IATI file of an empty platform is a 404 problem, a chunked body above the
 * limit is a 413, and numbers and dates that cannot be kept are a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportImportIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.platformWar();
  }

  @ArquillianResource URL base;

  @TempDir Path workDir;

  private URI uri(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private HttpResponse<String> send(String method, String path, String type, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "application/json")
            .header("Authorization", ADMIN);
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

  private String exportCsv() throws Exception {
    HttpResponse<byte[]> export =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/v1/operators/export.csv"))
                .header("Accept", "text/csv")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
        .isEqualTo("text/csv;charset=UTF-8");
    return new String(export.body(), StandardCharsets.UTF_8);
  }

  private HttpResponse<String> importCsv(String csv, String options) throws Exception {
    return send("POST", "api/v1/operators/import" + options, "text/csv; charset=UTF-8", csv);
  }

  private long operator(String name, String country, String city) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/operators",
            "application/json",
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", city)
                .add("services", "WATER_AND_SANITATION")
                .add("ownership", "PUBLIC")
                .add("latitude", -6.8)
                .add("longitude", -1.25)
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.object(created).getJsonNumber("id").longValue();
  }

  private long totalOperators() throws Exception {
    return Long.parseLong(
        send("GET", "api/v1/operators?size=1", null, null)
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }

  private static List<JsonObject> errors(HttpResponse<String> response) {
    return Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class);
  }

  @Test
  void theOperatorsCsvGoesBackInThroughItsImportByteForByte() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String[][] operators = {
      {"Société Béninoise des Eaux " + tag, "BJ", "Cotonou"},
      {"Công ty Cấp nước Đà Nẵng " + tag, "VN", "Đà Nẵng"},
      {"Dji’i " + tag, "CM", "Yaoundé"},
      {"=cmd|' /C calc'!A0 " + tag, "FR", "=Lyon"},
      {"-Eau- \"Assainissement, Kisumu\" – phase 2 " + tag, "KE", "Kisumu"},
      {"'=déjà entre apostrophes " + tag, "SN", "Dakar"},
      {"+229 21 30 12 34 " + tag, "BJ", "Porto-Novo"},
      {"الشركة الوطنية للمياه " + tag, "TN", "Tunis"}
    };
    for (String[] o : operators) {
      operator(o[0], o[1], o[2]);
    }

    String first = exportCsv();
    assertThat(first.lines().findFirst().orElseThrow())
        .isEqualTo(
            "id,name,shortName,kind,country,city,services,ownership,latitude,longitude,"
                + "populationServed,connections,allianceMember,otherNames");
    // the spreadsheet sees text, not formulas; numbers stay numbers
    assertThat(first)
        .contains(",'=cmd|' /C calc'!A0 " + tag + ",")
        .contains(",'=Lyon,")
        .contains(",'+229 21 30 12 34 " + tag + ",")
        .contains(",''=déjà entre apostrophes " + tag + ",")
        .contains(",\"'-Eau- \"\"Assainissement, Kisumu\"\" – phase 2 " + tag + "\",")
        .contains(",-6.800000,-1.250000,")
        .doesNotContain(",=");
    long before = totalOperators();

    HttpResponse<String> imported = importCsv(first, "");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject report = Http.object(imported);
    assertThat(report.getInt("created")).as("rows with an id update their operator").isZero();
    assertThat(report.getInt("updated")).as("nothing changed").isZero();
    assertThat(report.getInt("unchanged")).isEqualTo((int) before);
    assertThat(report.getJsonArray("storedAsText").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("line " + lineOf(first, "=cmd|") + ": name")
        .contains("line " + lineOf(first, "=cmd|") + ": city");
    assertThat(totalOperators()).as("no operator duplicated").isEqualTo(before);
    assertThat(exportCsv()).as("export, import, export: the same bytes").isEqualTo(first);

    // an edited row updates its operator, and reads back as written
    String line = first.lines().filter(l -> l.contains("Dji’i " + tag)).findFirst().orElseThrow();
    String edited = line.replace("Yaoundé", "Garoua");
    HttpResponse<String> update =
        importCsv(first.lines().findFirst().orElseThrow() + "\r\n" + edited + "\r\n", "");
    assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
    assertThat(Http.object(update).getInt("updated")).isEqualTo(1);
    assertThat(exportCsv()).contains(edited).doesNotContain(line);
  }

  private HttpResponse<String> importBytes(byte[] csv) throws Exception {
    return SpreadsheetFiles.post(uri("api/v1/operators/import"), csv, ADMIN);
  }

  @Test
  void anExcelCsvUtf8FileUpdatesTheSameOperatorsWithItsByteOrderMarkAndSemicolons()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long sbee = operator("Société Béninoise des Eaux " + tag, "BJ", "Cotonou");
    operator("Empresa de Acueducto y Alcantarillado de Bogotá " + tag, "CO", "Bogotá");
    operator("Office National de l’Eau " + tag, "BF", "Ouagadougou");
    String first = exportCsv();
    long before = totalOperators();

    // Excel's "CSV UTF-8": a byte-order mark before the header
    HttpResponse<String> marked = importBytes(SpreadsheetFiles.withByteOrderMark(first));
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(Http.object(marked).getInt("created")).as("no row taken for a new one").isZero();
    assertThat(Http.object(marked).getInt("updated")).isZero();
    assertThat(Http.object(marked).getInt("unchanged")).isEqualTo((int) before);
    assertThat(totalOperators()).isEqualTo(before);

    // French or Spanish Excel: the mark and ; between the cells
    String french = SpreadsheetFiles.withSemicolons(first);
    assertThat(french.lines().findFirst().orElseThrow()).startsWith("id;name;shortName;kind;");
    HttpResponse<String> semicolons = importBytes(SpreadsheetFiles.withByteOrderMark(french));
    assertThat(semicolons.statusCode()).as(semicolons.body()).isEqualTo(200);
    assertThat(Http.object(semicolons).getInt("created")).isZero();
    assertThat(Http.object(semicolons).getInt("unchanged")).isEqualTo((int) before);
    assertThat(exportCsv()).as("nothing changed").isEqualTo(first);

    // an edit in that file updates the operator; a decimal comma is refused, never read as another
    // number, and nothing of the file is stored
    String header = french.lines().findFirst().orElseThrow();
    String row = french.lines().filter(l -> l.startsWith(sbee + ";")).findFirst().orElseThrow();
    String edited = row.replace(";Cotonou;", ";Porto-Novo;");
    HttpResponse<String> update =
        importBytes(SpreadsheetFiles.withByteOrderMark(header + "\r\n" + edited + "\r\n"));
    assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
    assertThat(Http.object(update).getInt("updated")).isEqualTo(1);
    String comma = edited.replace(";Porto-Novo;", ";Parakou;").replace(";-6.800000;", ";-6,8;");
    assertThat(comma).contains(";-6,8;");
    HttpResponse<String> refused =
        importBytes(SpreadsheetFiles.withByteOrderMark(header + "\r\n" + comma + "\r\n"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("field")).isEqualTo("line 2: latitude");
              assertThat(e.getString("rule")).isEqualTo("number-format");
              assertThat(e.getString("message")).startsWith("'-6,8' is written with a decimal");
            });
    assertThat(exportCsv().lines().filter(l -> l.startsWith(sbee + ",")))
        .singleElement()
        .asString()
        .contains(",Porto-Novo,")
        .contains(",-6.800000,");

    // the same row saved as Latin-1 (Excel's plain "CSV" in Western Europe): refused whole
    byte[] latin1 =
        ("id,name,kind,country,city,services,ownership\r\n"
                + ",Régie des Eaux de Gabès "
                + tag
                + ",UTILITY,TN,Gabès,WATER,PUBLIC\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> notUtf8 = importBytes(latin1);
    assertThat(notUtf8.statusCode()).as(notUtf8.body()).isEqualTo(400);
    assertThat(notUtf8.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(errors(notUtf8))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("field")).isEqualTo("line 2");
              assertThat(e.getString("rule")).isEqualTo("csv.encoding");
              assertThat(e.getString("message")).contains("after ',R'").contains("CSV UTF-8");
            });
    assertThat(totalOperators()).as("nothing stored").isEqualTo(before);

    // tab-separated (Excel's "Unicode text" saved as UTF-8): no column the import knows
    HttpResponse<String> tabs =
        importBytes(
            "name\tkind\tcountry\r\nSBEE\tUTILITY\tBJ\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(tabs.statusCode()).as(tabs.body()).isEqualTo(400);
    assertThat(errors(tabs))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 1 csv.header");
    assertThat(totalOperators()).isEqualTo(before);
  }

  private static int lineOf(String csv, String text) {
    List<String> lines = csv.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in the file");
  }

  @Test
  void aNewRowLikeAnExistingOperatorIsReportedAsALikelyDuplicateUntilConfirmed() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long sbee = operator("Société Béninoise des Eaux " + tag, "BJ", "Cotonou");
    operator("Công ty Cấp nước Đà Nẵng " + tag, "VN", "Đà Nẵng");
    String header = "name,kind,country,city,services,ownership\r\n";
    String csv =
        header
            + "SOCIETE BENINOISE  DES EAUX "
            + tag
            + ",UTILITY,BJ,Parakou,WATER,PUBLIC\r\n"
            + "Cong ty Cap nuoc Da Nang "
            + tag
            + ",UTILITY,VN,Da Nang,WATER,PUBLIC\r\n"
            + "Société Béninoise des Eaux "
            + tag
            + ",UTILITY,TG,Lomé,WATER,PUBLIC\r\n"
            // not "Stadtentwässerung Dresden <tag>": the suite registers "Stadtentwässerung
            // Dresden", which that name holds as whole words (a likely duplicate, rightly)
            + "Abwasserbetrieb "
            + tag
            + " Dresden-Kaditz,MUNICIPAL_SERVICE,DE,Dresden,SANITATION,PUBLIC\r\n";
    long before = totalOperators();

    HttpResponse<String> refused = importCsv(csv, "");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: name likely-duplicate", "line 3: name likely-duplicate");
    assertThat(errors(refused).get(0).getString("message")).contains("operator " + sbee);
    assertThat(totalOperators()).as("nothing stored").isEqualTo(before);

    HttpResponse<String> skipping = importCsv(csv, "?skipInvalid=true");
    assertThat(skipping.statusCode()).as(skipping.body()).isEqualTo(200);
    assertThat(Http.object(skipping).getInt("created"))
        .as("the same name in Togo and the Dresden utility")
        .isEqualTo(2);
    assertThat(Http.object(skipping).getJsonArray("skipped")).hasSize(2);

    HttpResponse<String> confirmed =
        importCsv(
            header + "SOCIETE BENINOISE  DES EAUX " + tag + ",UTILITY,BJ,Parakou,WATER,PUBLIC\r\n",
            "?createDuplicates=true");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(Http.object(confirmed).getInt("created")).isEqualTo(1);
    assertThat(totalOperators()).isEqualTo(before + 3);

    HttpResponse<String> unknown =
        importCsv(
            "id," + header + "999999999,Dji’i " + tag + ",UTILITY,CM,Garoua,WATER,PUBLIC\r\n", "");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(errors(unknown).get(0).getString("rule")).isEqualTo("unknown-id");
  }

  @Test
  void aKpiValueTheColumnCannotKeepExactlyIsRefusedNeverRounded() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long a = operator("Société Béninoise des Eaux " + tag, "BJ", "Cotonou");
    long b = operator("Stadtentwässerung Dresden " + tag, "DE", "Dresden");
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/partnerships",
            "application/json",
            Json.createObjectBuilder()
                .add("typeId", "wop-peer-exchange")
                .add("title", "Pertes d’eau à Cotonou et Dresde " + tag)
                .add("objectives", "Réduire l’eau non facturée.")
                .add("currency", "EUR")
                .add(
                    "participants",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("operatorId", a).add("role", "PEER"))
                        .add(Json.createObjectBuilder().add("operatorId", b).add("role", "PEER")))
                .build()
                .toString());
    long id = Http.object(created).getJsonNumber("id").longValue();
    String p = "api/v1/partnerships/" + id;
    String baseline = java.time.LocalDate.now().minusMonths(6).toString();
    // a baseline with six decimals (the API's number format allows six; the column keeps four)
    HttpResponse<String> fine =
        send(
            "POST",
            p + "/indicators",
            "application/json",
            "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":41.123456,\"baselineDate\":\""
                + baseline
                + "\"}");
    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(400);
    assertThat(errors(fine))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("baselineValue indicator.value.precision");
    JsonObject defined =
        Http.object(
            send(
                "POST",
                p + "/indicators",
                "application/json",
                "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":41.1234,\"baselineDate\":\""
                    + baseline
                    + "\"}"));
    JsonObject indicator = defined.getJsonArray("indicators").getJsonObject(0);
    assertThat(indicator.getJsonNumber("baselineValue").bigDecimalValue())
        .isEqualByComparingTo("41.1234");
    String values = p + "/indicators/" + indicator.getJsonNumber("id").longValue() + "/values";
    String today = java.time.LocalDate.now().toString();
    HttpResponse<String> rounded =
        send(
            "POST",
            values,
            "application/json",
            "{\"measuredOn\":\"" + today + "\",\"value\":38.123456,\"unit\":\"%\"}");
    assertThat(rounded.statusCode()).as(rounded.body()).isEqualTo(400);
    assertThat(errors(rounded))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("value indicator.value.precision");
    HttpResponse<String> target =
        send(
            "POST",
            p + "/indicators/" + indicator.getJsonNumber("id").longValue() + "/targets",
            "application/json",
            "{\"year\":2030,\"value\":0.00001}");
    assertThat(target.statusCode()).as(target.body()).isEqualTo(400);
    JsonObject after = Http.object(send("GET", p, null, null));
    assertThat(after.getJsonArray("indicators").getJsonObject(0).getJsonObject("actuals"))
        .as("nothing stored, nothing rounded")
        .isEmpty();
  }

  @Test
  void controlCharactersInACsvCellAreRefusedNamingTheLineAndColumnAndNothingIsStored()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long before = totalOperators();
    // a NUL, a vertical tab and a terminal escape in an operator's name
    String operators =
        "id,name,shortName,kind,country,city,services,ownership,latitude,longitude,"
            + "populationServed,connections,allianceMember"
            + "\r\n,Société Béninoise des Eaux\u0000\u000b\u001b[31m "
            + tag
            + ",SBEE,UTILITY,BJ,Cotonou,WATER,PUBLIC,,,,,false\r\n";
    HttpResponse<String> refused = importCsv(operators, "?skipInvalid=false");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .anySatisfy(
            e -> {
              assertThat(e.getString("field")).isEqualTo("line 2: name");
              assertThat(e.getString("rule")).isEqualTo("control-character");
            });
    assertThat(totalOperators()).isEqualTo(before);

    // a partnership's title with a vertical tab; a line break stays allowed in the objectives
    long a = operator("Stadtentwässerung Dresden " + tag, "DE", "Dresden");
    long b = operator("Công ty Cấp nước Đà Nẵng " + tag, "VN", "Đà Nẵng");
    String header = "id,title,type,status,published,currency,participants,objectives";
    String row =
        ",\"Dji’i\u000b "
            + tag
            + "\",wop-peer-exchange,,false,EUR,"
            + a
            + ":PEER;"
            + b
            + ":PEER,\"Réduire les pertes\nà Dresde\"";
    HttpResponse<String> partnerships =
        send(
            "POST",
            "api/v1/partnerships/import",
            "text/csv; charset=UTF-8",
            header + "\r\n" + row + "\r\n");
    assertThat(partnerships.statusCode()).as(partnerships.body()).isEqualTo(400);
    assertThat(errors(partnerships))
        .extracting(e -> e.getString("field") + " " + e.getString("rule"))
        .containsExactly("line 2: title control-character");
    HttpResponse<String> found = send("GET", "api/v1/partnerships?q=" + tag, null, null);
    assertThat(Http.array(found)).isEmpty();
  }

  @Test
  void thePartnershipsCsvWritesFormulaLikeTitlesAsText() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long a = operator("Stadtentwässerung Dresden " + tag, "DE", "Dresden");
    long b = operator("Companhia de Saneamento Básico " + tag, "BR", "São Paulo");
    String title = "=HYPERLINK(\"http://evil.example\") Réduction des pertes " + tag;
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/partnerships",
            "application/json",
            Json.createObjectBuilder()
                .add("typeId", "wop-peer-exchange")
                .add("title", title)
                .add("objectives", "Réduction de l’eau non facturée – phase 2")
                .add("currency", "EUR")
                .add(
                    "participants",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("operatorId", a).add("role", "PEER"))
                        .add(Json.createObjectBuilder().add("operatorId", b).add("role", "PEER")))
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> csv =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/v1/partnerships/export.csv?q=" + tag))
                .header("Accept", "text/csv")
                .header("Authorization", ADMIN)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\") Réduction des pertes " + tag + "\"")
        .contains(a + ":PEER;" + b + ":PEER");
  }

  @Test
  void theIatiFileOfAPlatformWithNothingPublishedIsA404Problem() throws Exception {
    String database = "iati_empty_" + UUID.randomUUID().toString().substring(0, 8);
    String url = System.getProperty("wops.test.db.url");
    assertThat(url).as("the embedded PostgreSQL of the test run").isNotNull();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
    try (PayaraMicroProcess micro =
        PayaraMicroProcess.start(
            workDir,
            PayaraMicroProcess.freePort(),
            Map.of(
                "WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "WOPS_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database,
                "WOPS_DB_USER", "postgres",
                "WOPS_DB_PASSWORD", "postgres"))) {
      HttpResponse<String> iati =
          HTTP.send(
              HttpRequest.newBuilder(micro.uri("api/v1/partnerships/iati.xml"))
                  .header("Accept", "application/xml")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(iati.statusCode()).as(iati.body()).isEqualTo(404);
      assertThat(iati.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Http.object(iati).getString("type"))
          .isEqualTo("urn:wops:problem:iati.no-activities");
      assertThat(iati.body()).doesNotContain("<iati-activities");
    }
  }

  @Test
  void aPartialDateNamesTheFieldAndTheFormat() throws Exception {
    // a year or a month alone is a date now (kept at its precision); these are not
    for (String date :
        List.of("22", "2022-13", "2022-02-30", "2022-13-01", "-999999999-01-01", "+10000-01-01")) {
      HttpResponse<String> refused =
          send(
              "POST",
              "api/v1/partnerships",
              "application/json",
              "{\"typeId\":\"wop-peer-exchange\",\"title\":\"Reducción del agua no contabilizada en"
                  + " Cochabamba\",\"plannedStart\":\""
                  + date
                  + "\"}");
      assertThat(refused.statusCode()).as(date + ": " + refused.body()).isEqualTo(400);
      JsonObject problem = Http.object(refused);
      assertThat(problem.getString("type")).isEqualTo("urn:wops:problem:invalid-input");
      assertThat(errors(refused).get(0).getString("field")).isEqualTo("plannedStart");
      assertThat(errors(refused).get(0).getString("rule")).isEqualTo("date");
      assertThat(errors(refused).get(0).getString("message")).contains("YYYY-MM-DD");
      assertThat(problem.getString("detail")).contains("plannedStart").contains("YYYY-MM-DD");
    }
  }

  @Test
  void numbersThatDoNotFitAreRefusedNamingTheFieldNeverWrapped() throws Exception {
    record Case(String method, String path, String json, String field, String rule) {}
    List<Case> cases =
        List.of(
            new Case(
                "PUT",
                "api/v1/partnerships/1/activities/1/progress",
                "{\"percent\": 4294967371}",
                "percent",
                "whole-number"),
            new Case(
                "PUT",
                "api/v1/partnerships/1/activities/1/progress",
                "{\"percent\": 1e1000000000}",
                "percent",
                "whole-number"),
            new Case(
                "PUT",
                "api/v1/partnerships/1/activities/1/progress",
                "{\"percent\": 50.5}",
                "percent",
                "whole-number"),
            new Case(
                "POST",
                "api/v1/partnerships/1/indicators/1/targets",
                "{\"year\": 12345678901234567890, \"value\": 10}",
                "year",
                "whole-number"),
            new Case(
                "POST",
                "api/v1/partnerships/1/indicators/1/targets",
                "{\"year\": 2030, \"value\": 1e25}",
                "value",
                "number"),
            new Case(
                "POST",
                "api/v1/operators",
                "{\"name\": \"Dji’i\", \"latitude\": 1e1000000000}",
                "latitude",
                "number"),
            new Case(
                "POST",
                "api/v1/operators",
                "{\"name\": \"Dji’i\", \"populationServed\": 1e19}",
                "populationServed",
                "whole-number"));
    for (Case c : cases) {
      HttpResponse<String> refused = send(c.method(), c.path(), "application/json", c.json());
      assertThat(refused.statusCode()).as(c.json() + ": " + refused.body()).isEqualTo(400);
      assertThat(errors(refused))
          .as(c.json())
          .extracting(e -> e.getString("field") + " " + e.getString("rule"))
          .containsExactly(c.field() + " " + c.rule());
    }

    HttpResponse<String> nested =
        send(
            "POST",
            "api/v1/partnerships",
            "application/json",
            "{\"typeId\":\"wop-peer-exchange\",\"participants\":[{\"operatorId\":1e30,"
                + "\"role\":\"PEER\"}]}");
    assertThat(nested.statusCode()).as(nested.body()).isEqualTo(400);
    assertThat(errors(nested).get(0).getString("field")).contains("operatorId");
  }

  @Test
  void aChunkedBodyAboveTheLimitIsRefusedWith413WhileItIsStillBeingSent() throws Exception {
    URI target = uri("api/v1/operators");
    long total = 20L * 1024 * 1024;
    AtomicLong sent = new AtomicLong();
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + target.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + target.getHost()
                  + ":"
                  + target.getPort()
                  + "\r\nAuthorization: "
                  + ADMIN
                  + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                try {
                  writeChunk(out, "{\"name\":\"".getBytes(StandardCharsets.US_ASCII));
                  while (sent.get() < total) {
                    writeChunk(out, chunk);
                    sent.addAndGet(chunk.length);
                  }
                  writeChunk(out, "\"}".getBytes(StandardCharsets.US_ASCII));
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (java.io.IOException closedByTheServer) {
                  // the server stopped reading: what the test expects
                }
              });
      String response = readResponse(socket.getInputStream());
      long sentWhenAnswered = sent.get();
      writer.get(60, TimeUnit.SECONDS);
      assertThat(response).startsWith("HTTP/1.1 413");
      assertThat(response).contains("application/problem+json");
      assertThat(response).contains("urn:wops:problem:payload-too-large");
      assertThat(sentWhenAnswered)
          .as("the answer came before the whole body was sent")
          .isLessThan(total);
    }
    HttpResponse<String> ping = send("GET", "api/v1/operators?size=1", null, null);
    assertThat(ping.statusCode()).as("the server is still well").isEqualTo(200);
  }

  private static void writeChunk(OutputStream out, byte[] data) throws java.io.IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** The status line, headers and (up to 64 KB of) body of the answer. */
  private static String readResponse(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while (got.size() < 65536 && (n = in.read(buffer)) > 0) {
      got.write(buffer, 0, n);
      String sofar = got.toString(StandardCharsets.UTF_8);
      int end = sofar.indexOf("\r\n\r\n");
      if (end >= 0 && sofar.substring(end).contains("}")) {
        break;
      }
    }
    return got.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theOpenApiDocumentDescribesEveryParameterAndInputFieldWithItsType() throws Exception {
    HttpResponse<String> byAccept =
        HTTP.send(
            HttpRequest.newBuilder(uri("openapi")).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(byAccept.statusCode()).as(byAccept.body()).isEqualTo(200);
    assertThat(byAccept.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    HttpResponse<String> byFormat =
        HTTP.send(
            HttpRequest.newBuilder(uri("openapi?format=JSON")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(byFormat.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonObject doc = Http.object(byAccept);
    JsonObject paths = doc.getJsonObject("paths");
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    List<String> missing = new java.util.ArrayList<>();
    int parameters = 0;
    int fields = 0;
    List<Class<?>> resources = org.wops.api.openapi.ApiClasses.resources();
    assertThat(resources).hasSizeGreaterThanOrEqualTo(14);
    for (Class<?> resource : resources) {
      for (java.lang.reflect.Method m : resource.getDeclaredMethods()) {
        String http = org.wops.api.openapi.InputDocumentation.httpMethodOf(m);
        if (http == null) {
          continue;
        }
        String path = org.wops.api.openapi.InputDocumentation.pathOf(resource, m);
        JsonObject item = paths.getJsonObject(path);
        JsonObject op =
            item == null ? null : item.getJsonObject(http.toLowerCase(java.util.Locale.ROOT));
        if (op == null) {
          missing.add(http + " " + path);
          continue;
        }
        for (java.lang.reflect.Parameter p : m.getParameters()) {
          jakarta.ws.rs.PathParam pp = p.getAnnotation(jakarta.ws.rs.PathParam.class);
          jakarta.ws.rs.QueryParam qp = p.getAnnotation(jakarta.ws.rs.QueryParam.class);
          if (pp != null || qp != null) {
            parameters++;
            checkParameter(
                op,
                pp != null ? pp.value() : qp.value(),
                pp != null ? "path" : "query",
                path,
                missing);
          } else if (p.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)) {
            for (java.lang.reflect.Field f : p.getType().getFields()) {
              jakarta.ws.rs.QueryParam q = f.getAnnotation(jakarta.ws.rs.QueryParam.class);
              jakarta.ws.rs.HeaderParam h = f.getAnnotation(jakarta.ws.rs.HeaderParam.class);
              jakarta.ws.rs.PathParam inPath = f.getAnnotation(jakarta.ws.rs.PathParam.class);
              if (inPath != null) {
                parameters++;
                checkParameter(op, inPath.value(), "path", path, missing);
              } else if (q != null) {
                parameters++;
                checkParameter(op, q.value(), "query", path, missing);
              } else if (h != null) {
                parameters++;
                checkParameter(op, h.value(), "header", path, missing);
              }
            }
          } else if (!p.isAnnotationPresent(jakarta.ws.rs.core.Context.class)
              && p.getType() != String.class
              // a file's bytes (a CSV or IATI upload), not a JSON body
              && p.getType() != InputStream.class) {
            JsonObject body = op.getJsonObject("requestBody");
            JsonObject schema =
                body == null
                    ? null
                    : body.getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema");
            if (schema == null) {
              missing.add(path + ": no JSON body schema");
            } else {
              fields +=
                  checkFields(
                      p.getType(), schema, schemas, path, missing, new java.util.HashSet<>());
            }
          }
        }
      }
    }
    assertThat(missing).as("missing or untyped in /openapi").isEmpty();
    assertThat(parameters).isGreaterThanOrEqualTo(60);
    assertThat(fields).isGreaterThanOrEqualTo(80);
    JsonObject operatorInput = schemas.getJsonObject("OperatorInput").getJsonObject("properties");
    assertThat(operatorInput.getJsonObject("kind").getJsonArray("enum")).isNotEmpty();
    assertThat(operatorInput.getJsonObject("services").getJsonArray("enum")).isNotEmpty();
    assertThat(operatorInput.getJsonObject("ownership").getJsonArray("enum")).isNotEmpty();
    JsonObject partnershipInput =
        schemas.getJsonObject("PartnershipInput").getJsonObject("properties");
    assertThat(partnershipInput.getJsonObject("plannedStart").getString("pattern"))
        .as("a date at its precision: a year, a month or a day")
        .isEqualTo("^[12][0-9]{3}(-[0-9]{2}(-[0-9]{2})?)?$");
    assertThat(partnershipInput.getJsonObject("countries").getString("type")).isEqualTo("array");
    assertThat(partnershipInput.getJsonObject("workingAreas").getString("type")).isEqualTo("array");
    List<String> tags =
        doc.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
            .map(t -> t.getString("name"))
            .toList();
    assertThat(tags).doesNotHaveDuplicates().contains("Notifications");
  }

  private static void checkParameter(
      JsonObject op, String name, String in, String path, List<String> missing) {
    JsonObject found =
        op.getJsonArray("parameters") == null
            ? null
            : op.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(
                    x -> name.equals(x.getString("name", "")) && in.equals(x.getString("in", "")))
                .findFirst()
                .orElse(null);
    if (found == null || found.getJsonObject("schema") == null) {
      missing.add(path + ": parameter " + name);
    } else if (!found.getJsonObject("schema").containsKey("type")
        || "object".equals(found.getJsonObject("schema").getString("type"))) {
      missing.add(path + ": parameter " + name + " untyped");
    }
  }

  /** Checks every public field of the input class against its schema; returns how many. */
  private static int checkFields(
      Class<?> type,
      JsonObject schema,
      JsonObject schemas,
      String path,
      List<String> missing,
      java.util.Set<Class<?>> seen) {
    if (schema.containsKey("items")) {
      schema = schema.getJsonObject("items");
    }
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (schema == null || !seen.add(type)) {
      return 0;
    }
    JsonObject properties = schema.getJsonObject("properties");
    int count = 0;
    for (java.lang.reflect.Field f : type.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      count++;
      JsonObject property = properties == null ? null : properties.getJsonObject(f.getName());
      String where = path + ": " + type.getSimpleName() + "." + f.getName();
      if (property == null) {
        missing.add(where);
      } else if (f.getType() == java.time.LocalDate.class) {
        if (!"string".equals(property.getString("type", ""))
            || !"date".equals(property.getString("format", ""))) {
          missing.add(where + " is not a string of format date");
        }
      } else if (f.getType().getName().startsWith("org.wops")
          || java.util.Collection.class.isAssignableFrom(f.getType())) {
        java.lang.reflect.Type g = f.getGenericType();
        Class<?> item =
            g instanceof java.lang.reflect.ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> c
                ? c
                : f.getType();
        if (item.getName().startsWith("org.wops")) {
          count += checkFields(item, property, schemas, path, missing, seen);
        } else if (!property.containsKey("type")) {
          missing.add(where + " untyped");
        }
      } else if (!property.containsKey("type")
          || "object".equals(property.getString("type"))
              && !java.util.Map.class.isAssignableFrom(f.getType())) {
        missing.add(where + " untyped");
      }
    }
    return count;
  }
}
