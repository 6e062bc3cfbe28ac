package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wops.web.it.support.Chromium;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The pages of issue 16's features that were in the API only, typed through in headless Chromium by
 * French and Spanish readers (Payara Micro, PostgreSQL) and read back byte for byte on the profile
 * and through the API: the results page; each broken rule said beside its field in the reader's
 * language; a page older than the partnership refused; a signed-in user who is not an editor
 * refused the form; every link the pages give answering 200. The patterns are
 * MultilingualBrowserIT's ({@link #open}, {@link #click}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingPagesBrowserIT {
  private static final String PASSWORD = "reporting-pages-password";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String SONEB = "Société Béninoise des Eaux " + TAG;
  private static final String ONEA = "Office National de l’Eau et de l’Assainissement " + TAG;
  private static final String NRW = "Réduction des pertes d’eau de 39 % à 12 %";
  private static final String ISO = "Plan de certification ISO 17025 – laboratoire de Dji’i";

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static WebDriver browser;
  private static long soneb;
  private static long onea;
  private static long dresden;
  private static long wop;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_ENABLED", "false");
    env.put("WOPS_MAP_TILES", "none");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), env);
    soneb = operator(SONEB, "SONEB", "BJ", "Cotonou");
    onea = operator(ONEA, "ONEA", "BF", "Ouagadougou");
    dresden = operator("Stadtentwässerung Dresden " + TAG, "SEDD", "DE", "Dresden");
    wop =
        Http.created(
            Http.postJson(
                micro.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", "Eau non facturée à Cotonou " + TAG)
                    .add(
                        "objectives",
                        "Réduire les pertes d’eau de la SONEB avec l’appui de l’ONEA.")
                    .add("currency", "XOF")
                    .add("plannedStart", LocalDate.now().minusMonths(2).toString())
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(onea, "MENTOR"))
                            .add(participant(soneb, "MENTEE")))
                    .build()
                    .toString()));
    assertThat(
            Http.postJson(
                    micro.uri("api/v1/partnerships/" + wop + "/publication"),
                    "{\"published\":true}")
                .statusCode())
        .isEqualTo(200);
    user("editrice-" + TAG, "OPERATOR_EDITOR", soneb);
    user("intrus-" + TAG, "OPERATOR_EDITOR", dresden);
    browser = chromium();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (micro != null) {
        micro.close();
      }
    }
  }

  private static void user(String name, String role, long operator) throws Exception {
    HttpResponse<String> r =
        Http.postJson(
            micro.uri("api/v1/users"),
            "{\"username\":\""
                + name
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\""
                + role
                + "\"],\"operatorIds\":["
                + operator
                + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private static JsonObject participant(long operator, String role) {
    return Json.createObjectBuilder().add("operatorId", operator).add("role", role).build();
  }

  private static long operator(String name, String shortName, String country, String city)
      throws Exception {
    return Http.created(
        Http.postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("shortName", shortName)
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", city)
                .add("services", "WATER_AND_SANITATION")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  private static JsonObject partnership(long id) throws Exception {
    return Http.ok(Http.get(micro.uri("api/v1/partnerships/" + id)));
  }

  /** The text exactly, code unit for code unit (a failure shows both as code points). */
  private static void sameText(String actual, String expected) {
    assertThat(actual.codePoints().toArray())
        .as("\"" + actual + "\" should be \"" + expected + "\"")
        .containsExactly(expected.codePoints().toArray());
  }

  private void type(String id, String text) {
    WebElement e = browser.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** The words beside a field: the text of the paragraph or cell it stands in. */
  private String beside(String id) {
    return browser.findElement(By.id(id)).findElement(By.xpath("..")).getText();
  }

  private String body() {
    return browser.findElement(By.tagName("body")).getText();
  }

  // ---------------------------------------------------------------- the results page

  @Test
  @Order(1)
  void resultsTypedInFrenchAreReadBackAsTypedOnTheProfileAndThroughTheApi() throws Exception {
    signIn("editrice-" + TAG);
    open("wop.xhtml?id=" + wop + "&lang=fr", By.id("results-edit-link"));
    assertThat(browser.findElement(By.id("results-empty")).getText())
        .isEqualTo("Aucun résultat n’est encore rapporté.");
    click("results-edit-link");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results:save")));
    assertThat(browser.findElement(By.id("results-none")).getText())
        .startsWith("Aucun résultat n’est encore rapporté");
    everyLinkAnswers200();

    type("results:row:0:statement", NRW);
    new Select(browser.findElement(By.id("results:row:0:kind"))).selectByValue("OUTCOME");
    type("results:row:0:indicatorTitle", "Eau non facturée");
    type("results:row:0:unit", "%");
    type("results:row:0:baselineValue", "39");
    type("results:row:0:baselineDate", "2014");
    type("results:row:0:targetValue", "12");
    type("results:row:0:targetDate", "06/2018");
    type("results:row:0:actualValue", "12,5");
    type("results:row:0:actualNote", "selon l’audit « eau non facturée » de l’ONEA");
    type("results:row:0:actualDate", "15/06/2019");
    type("results:row:1:statement", ISO);
    new Select(browser.findElement(By.id("results:row:1:kind"))).selectByValue("CAPACITY_CHANGE");
    type("results:row:1:baselineNote", "aucun plan");
    type("results:row:1:baselineDate", "2016");
    type("results:row:1:actualNote", "plan rédigé et adopté");
    type("results:row:1:actualDate", "2017");
    click("results:save");
    waiting()
        .withMessage(() -> "the profile after saving, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("wop-results")));
    assertThat(body()).contains("Les résultats sont enregistrés.");
    List<String> shown =
        browser.findElements(By.cssSelector("#wop-results .statement")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shown).hasSize(2);
    sameText(shown.get(0), NRW);
    sameText(shown.get(1), ISO);
    assertThat(browser.findElement(By.id("wop-results")).getText())
        .contains("juin 2018")
        .contains("2014");

    JsonArray results = partnership(wop).getJsonArray("results");
    assertThat(results).hasSize(2);
    JsonObject nrw = results.getJsonObject(0);
    sameText(nrw.getString("statement"), NRW);
    assertThat(nrw.getString("kind")).isEqualTo("OUTCOME");
    JsonObject indicator = nrw.getJsonObject("indicator");
    sameText(indicator.getString("title"), "Eau non facturée");
    assertThat(indicator.getString("unit")).isEqualTo("%");
    assertThat(indicator.getJsonObject("baseline").getJsonNumber("value").bigDecimalValue())
        .isEqualByComparingTo("39");
    assertThat(indicator.getJsonObject("baseline").getString("dated")).isEqualTo("2014");
    assertThat(indicator.getJsonObject("target").getString("dated")).isEqualTo("2018-06");
    assertThat(indicator.getJsonObject("actual").getJsonNumber("value").bigDecimalValue())
        .isEqualByComparingTo("12.5");
    sameText(
        indicator.getJsonObject("actual").getString("note"),
        "selon l’audit « eau non facturée » de l’ONEA");
    assertThat(indicator.getJsonObject("actual").getString("dated")).isEqualTo("2019-06-15");
    JsonObject iso = results.getJsonObject(1);
    sameText(iso.getString("statement"), ISO);
    assertThat(iso.getJsonObject("indicator").getJsonObject("baseline").getString("note"))
        .isEqualTo("aucun plan");
    assertThat(iso.getJsonObject("indicator").getJsonObject("actual").getString("dated"))
        .isEqualTo("2017");
    everyLinkAnswers200();
  }

  @Test
  @Order(2)
  void brokenRulesAreSaidBesideTheirFieldsInFrenchAndNothingIsStored() throws Exception {
    signIn("editrice-" + TAG);
    open("my/results.xhtml?id=" + wop + "&lang=fr", By.id("results:save"));
    assertThat(browser.findElement(By.id("results:row:0:baselineDate")).getAttribute("value"))
        .isEqualTo("2014");
    assertThat(browser.findElement(By.id("results:row:0:targetDate")).getAttribute("value"))
        .isEqualTo("06/2018");
    assertThat(browser.findElement(By.id("results:row:0:actualDate")).getAttribute("value"))
        .isEqualTo("15/06/2019");
    assertThat(browser.findElement(By.id("results:row:0:actualValue")).getAttribute("value"))
        .as("the number shown the French way")
        .isEqualTo("12,5");
    JsonArray before = partnership(wop).getJsonArray("results");

    // a date no reader means: beside its field, in French
    type("results:row:0:targetDate", "13/2018");
    click("results:save");
    waiting()
        .withMessage(() -> "the date's refusal, got " + describePage())
        .until(driver -> beside("results:row:0:targetDate").contains("Indiquez une année"));
    assertThat(beside("results:row:0:targetDate"))
        .contains("Indiquez une année (2014), un mois (06/2014) ou un jour (15/06/2014).");

    // a number among words, and a result without its kind: each beside its field
    type("results:row:0:targetDate", "06/2018");
    type("results:row:1:baselineValue", "5");
    type("results:row:2:statement", "Formation de 40 agents de Dji’i");
    click("results:save");
    waiting()
        .withMessage(() -> "the rules' refusal, got " + describePage())
        .until(driver -> beside("results:row:2:kind").contains("Ce champ est obligatoire."));
    assertThat(beside("results:row:1:indicatorTitle"))
        .contains(
            "La référence, la cible et la valeur atteinte d’un indicateur indiquent toutes un"
                + " nombre, ou aucune (indicateur qualitatif).");
    assertThat(browser.findElement(By.id("results:row:2:statement")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("Formation de 40 agents de Dji’i");

    // an achieved value in the future: refused by the use case, beside its date
    open("my/results.xhtml?id=" + wop + "&lang=fr", By.id("results:save"));
    type("results:row:0:actualDate", "2990");
    click("results:save");
    waiting()
        .withMessage(() -> "the future's refusal, got " + describePage())
        .until(
            driver ->
                beside("results:row:0:actualDate")
                    .contains(
                        "Une date effective ne peut pas être dans le futur : 2990 est postérieur à"
                            + " aujourd’hui ("));

    // session 13, findings 13 and 18: a number French reads two ways is asked, not guessed; one
    // written the English way is shown the French way; a number gets a number's hint, and a
    // number too long the limit
    open("my/results.xhtml?id=" + wop + "&lang=fr", By.id("results:save"));
    type("results:row:0:baselineValue", "1.250");
    type("results:row:0:targetValue", "12345678901234567890");
    type("results:row:0:actualValue", "1,250,000.50");
    type("results:row:1:baselineValue", "douze");
    click("results:save");
    waiting()
        .withMessage(() -> "the numbers' refusals, got " + describePage())
        .until(
            driver ->
                Chromium.spaces(beside("results:row:0:baselineValue"))
                    .contains("« 1.250 » peut se lire de deux façons : écrivez 1 250 ou 1,25."));
    assertThat(beside("results:row:0:targetValue"))
        .contains("Au plus 15 chiffres avant la virgule et 4 après.");
    assertThat(Chromium.spaces(beside("results:row:0:actualValue")))
        .contains("écrivez 1 250 000,50.");
    assertThat(beside("results:row:1:baselineValue"))
        .contains("Indiquez un nombre en chiffres")
        .doesNotContain("montant");
    assertThat(browser.findElement(By.id("results:row:0:baselineValue")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("1.250");
    assertThat(partnership(wop).getJsonArray("results")).as("nothing stored").isEqualTo(before);
  }

  @Test
  @Order(3)
  void aResultIsRemovedAndAStalePageOverwritesNothing() throws Exception {
    signIn("editrice-" + TAG);
    open("my/results.xhtml?id=" + wop + "&lang=es", By.id("results:save"));
    browser.findElement(By.id("results:row:1:remove")).click();
    click("results:save");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wop-results")));
    assertThat(body()).contains("Los resultados están guardados.");
    JsonArray kept = partnership(wop).getJsonArray("results");
    assertThat(kept).hasSize(1);
    sameText(kept.getJsonObject(0).getString("statement"), NRW);

    // the page is shown, then the API changes the results: the page's save changes nothing
    open("my/results.xhtml?id=" + wop + "&lang=es", By.id("results:save"));
    HttpResponse<String> read = Http.get(micro.uri("api/v1/partnerships/" + wop));
    String etag = read.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> put =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(micro.uri("api/v1/partnerships/" + wop + "/results"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("If-Match", etag)
                    .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"results\":[{\"statement\":\"Reducción de pérdidas de agua"
                                + " (dato de la secretaría)\",\"kind\":\"OUTCOME\"}]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    type("results:row:0:statement", "Reducción de pérdidas escrita en una página vieja");
    click("results:save");
    waiting()
        .withMessage(() -> "the stale page's refusal, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Vuelva a cargar"));
    JsonArray after = partnership(wop).getJsonArray("results");
    assertThat(after).hasSize(1);
    sameText(
        after.getJsonObject(0).getString("statement"),
        "Reducción de pérdidas de agua (dato de la secretaría)");

    // a form without a version is a stale one too
    open("my/results.xhtml?id=" + wop + "&lang=es", By.id("results:save"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.querySelector('input[name=version]').remove()");
    type("results:row:0:statement", "Sin versión");
    click("results:save");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Vuelva a cargar"));
    assertThat(partnership(wop).getJsonArray("results").getJsonObject(0).getString("statement"))
        .isEqualTo("Reducción de pérdidas de agua (dato de la secretaría)");
  }

  @Test
  @Order(4)
  void aSignedInUserWhoIsNoEditorOfTheWopIsRefusedTheResultsForm() throws Exception {
    signIn("intrus-" + TAG);
    HttpResponse<String> page = asBrowser("my/results.xhtml?id=" + wop + "&lang=fr");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).doesNotContain("results:save").doesNotContain("results:row:0");
    open("wop.xhtml?id=" + wop + "&lang=fr", By.id("wop-results"));
    assertThat(browser.findElements(By.id("results-edit-link"))).as("no link offered").isEmpty();
    HttpResponse<String> missing = asBrowser("my/results.xhtml?id=99999999&lang=fr");
    assertThat(missing.statusCode()).isEqualTo(404);
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(micro.uri("my/results.xhtml?id=" + wop)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.body()).doesNotContain("results:save");
  }

  // ---------------------------------------------------------------- operator names and merge

  private static final String FORMER = "Société Nationale des Eaux du Bénin " + TAG;
  private static final String LOCAL = "Dji’i Sin Tɔ́n " + TAG;

  @Test
  @Order(5)
  void anOperatorsFormerAndLocalNamesAreTypedInFrenchAndReadBackAsTyped() throws Exception {
    signIn("editrice-" + TAG);
    open("operator.xhtml?id=" + soneb + "&lang=fr", By.id("operator-names-link"));
    assertThat(browser.findElements(By.id("operator-merge-link")))
        .as("the merge is the secretariat's")
        .isEmpty();
    click("operator-names-link");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("names:save")));
    assertThat(browser.findElement(By.id("names-none")).getText())
        .startsWith("Aucun ancien nom ni autre nom");
    everyLinkAnswers200();
    type("names:row:0:name", FORMER);
    new Select(browser.findElement(By.id("names:row:0:kind"))).selectByValue("FORMER");
    type("names:row:0:language", "fr");
    type("names:row:1:name", LOCAL);
    new Select(browser.findElement(By.id("names:row:1:kind"))).selectByValue("ALTERNATIVE");
    type("names:row:1:language", "fon");
    click("names:save");
    waiting()
        .withMessage(() -> "the operator after saving, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("operator-other-names")));
    assertThat(body()).contains("Les noms sont enregistrés.");
    List<String> shown =
        browser.findElements(By.cssSelector("#operator-other-names .other-name span")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shown).hasSize(2);
    sameText(shown.get(0), FORMER);
    sameText(shown.get(1), LOCAL);
    JsonArray names =
        Http.ok(Http.get(micro.uri("api/v1/operators/" + soneb))).getJsonArray("otherNames");
    assertThat(names).hasSize(2);
    sameText(names.getJsonObject(0).getString("name"), FORMER);
    assertThat(names.getJsonObject(0).getString("kind")).isEqualTo("FORMER");
    assertThat(names.getJsonObject(0).getString("language")).isEqualTo("fr");
    sameText(names.getJsonObject(1).getString("name"), LOCAL);
    assertThat(names.getJsonObject(1).getString("language")).isEqualTo("fon");
    everyLinkAnswers200();
  }

  @Test
  @Order(6)
  void aBrokenNameRuleIsSaidBesideItsRowAndAStaleNamesPageOverwritesNothing() throws Exception {
    signIn("editrice-" + TAG);
    open("my/operator-names.xhtml?id=" + soneb + "&lang=fr", By.id("names:save"));
    type("names:row:2:name", "Société béninoise   des eaux " + TAG);
    type("names:row:3:name", "Nom en fon");
    type("names:row:3:language", "fré");
    click("names:save");
    waiting()
        .withMessage(() -> "the language's refusal, got " + describePage())
        .until(driver -> beside("names:row:3:language").contains("La langue est un code ISO 639"));
    type("names:row:3:language", "fon");
    click("names:save");
    waiting()
        .withMessage(() -> "the repeated name's refusal, got " + describePage())
        .until(driver -> beside("names:row:2:name").contains("est déjà l'un des noms"));
    assertThat(Http.ok(Http.get(micro.uri("api/v1/operators/" + soneb))).getJsonArray("otherNames"))
        .as("nothing stored")
        .hasSize(2);
    // session 13, finding 14: "Dji'i" is "Dji’i" written with a straight apostrophe: the same name
    type("names:row:2:name", LOCAL.replace('’', '\''));
    click("names:save");
    waiting()
        .withMessage(() -> "the straight apostrophe's refusal, got " + describePage())
        .until(driver -> beside("names:row:2:name").contains("est déjà l'un des noms"));
    assertThat(Http.ok(Http.get(micro.uri("api/v1/operators/" + soneb))).getJsonArray("otherNames"))
        .as("nothing stored")
        .hasSize(2);

    // the page is shown, then the operator is edited through the API: the page changes nothing
    open("my/operator-names.xhtml?id=" + soneb + "&lang=fr", By.id("names:save"));
    HttpResponse<String> read = Http.get(micro.uri("api/v1/operators/" + soneb));
    JsonObject current = Http.object(read);
    String edited =
        Json.createObjectBuilder(current)
            .remove("id")
            .remove("version")
            .remove("likelyDuplicates")
            .remove("contacts")
            .add("city", "Porto-Novo")
            .build()
            .toString();
    HttpResponse<String> put =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(micro.uri("api/v1/operators/" + soneb))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                    .header("Authorization", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
                    .PUT(HttpRequest.BodyPublishers.ofString(edited))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    browser.findElement(By.id("names:row:1:remove")).click();
    click("names:save");
    waiting()
        .withMessage(() -> "the stale page's refusal, got " + describePage())
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Rechargez"));
    JsonObject after = Http.ok(Http.get(micro.uri("api/v1/operators/" + soneb)));
    assertThat(after.getString("city")).isEqualTo("Porto-Novo");
    assertThat(after.getJsonArray("otherNames")).hasSize(2);
  }

  @Test
  @Order(7)
  void theSecretariatMergesADetectedDuplicateAfterSeeingWhatMoves() throws Exception {
    long duplicate = operator("SOCIETE BENINOISE DES EAUX " + TAG, "SBE", "BJ", "Cotonou");
    String otherTitle = "Assainissement de Parakou " + TAG;
    long other =
        Http.created(
            Http.postJson(
                micro.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", otherTitle)
                    .add("objectives", "L’ONEA accompagne la SBE à Parakou.")
                    .add("currency", "XOF")
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(onea, "MENTOR"))
                            .add(participant(duplicate, "MENTEE")))
                    .build()
                    .toString()));
    HttpResponse<String> contact =
        Http.postJson(
            micro.uri("api/v1/operators/" + duplicate + "/contacts"),
            "{\"name\":\"Adjoa Houngbédji\",\"email\":\"adjoa."
                + TAG
                + "@example.org\",\"language\":\"FR\",\"role\":\"Directrice\"}");
    assertThat(contact.statusCode()).as(contact.body()).isBetween(200, 201);

    // not the secretariat: refused the pages, offered no link
    signIn("intrus-" + TAG);
    assertThat(asBrowser("admin/merge.xhtml?id=" + soneb + "&duplicate=" + duplicate).statusCode())
        .isEqualTo(403);
    HttpResponse<String> names = asBrowser("my/operator-names.xhtml?id=" + soneb);
    assertThat(names.statusCode()).isEqualTo(403);
    assertThat(names.body()).doesNotContain("names:save");
    open("operator.xhtml?id=" + soneb, By.id("operator-name"));
    assertThat(browser.findElements(By.id("operator-names-link"))).isEmpty();
    assertThat(browser.findElements(By.id("operator-merge-link"))).isEmpty();

    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("operator.xhtml?id=" + soneb + "&lang=fr", By.id("operator-merge-link"));
    click("operator-merge-link");
    waiting()
        .withMessage(() -> "the likely duplicates, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("merge-candidates")));
    everyLinkAnswers200();
    clickOn(By.cssSelector("a.merge-candidate[data-operator='" + duplicate + "']"));
    waiting()
        .withMessage(() -> "the merge's preview, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("merge:confirm")));
    assertThat(browser.findElement(By.id("merge-partnerships")).getText()).contains(otherTitle);
    assertThat(browser.findElement(By.id("merge-contacts")).getText()).contains("Adjoa Houngbédji");
    assertThat(browser.findElement(By.id("merge-endorsement")).getText())
        .isEqualTo("Le doublon n’a pas adhéré à la Charte.");
    assertThat(browser.findElement(By.id("merge-kept")).getText())
        .as("the kept operator by its place, not a bare number")
        .contains("(Porto-Novo, Bénin)")
        .doesNotContain(", " + soneb + ")");
    assertThat(browser.findElements(By.id("merge-other-country"))).as("both in Benin").isEmpty();
    assertThat(
            new Select(browser.findElement(By.id("merge:as")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .as("the API's default")
        .isEqualTo("ALTERNATIVE");
    everyLinkAnswers200();
    // meanwhile, the duplicate takes part in one more partnership: the confirm is refused
    String laterTitle = "Gestion commerciale à Porto-Novo " + TAG;
    long later =
        Http.created(
            Http.postJson(
                micro.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", laterTitle)
                    .add("objectives", "L’ONEA accompagne la SBE à Porto-Novo.")
                    .add("currency", "XOF")
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(onea, "MENTOR"))
                            .add(participant(duplicate, "MENTEE")))
                    .build()
                    .toString()));
    new Select(browser.findElement(By.id("merge:as"))).selectByValue("FORMER");
    click("merge:confirm");
    waiting()
        .withMessage(() -> "the stale preview's refusal, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("merge-refusal")));
    assertThat(browser.findElement(By.id("merge-refusal")).getText())
        .startsWith("Le doublon a changé depuis l’aperçu — regardez à nouveau");
    assertThat(browser.findElement(By.id("merge-partnerships")).getText())
        .as("the preview as it is now")
        .contains(laterTitle)
        .contains(otherTitle);
    assertThat(partnership(later).getJsonArray("participants").getValuesAs(JsonObject.class))
        .extracting(x -> x.getJsonNumber("operatorId").longValue())
        .as("nothing merged")
        .contains(duplicate);
    new Select(browser.findElement(By.id("merge:as"))).selectByValue("FORMER");
    click("merge:confirm");
    waiting()
        .withMessage(() -> "the kept operator after the merge, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "est fusionné dans"));
    assertThat(browser.getCurrentUrl()).contains("operator.xhtml?id=" + soneb);
    assertThat(browser.findElement(By.id("operator-other-names")).getText())
        .contains("SOCIETE BENINOISE DES EAUX " + TAG)
        .contains(FORMER);
    assertThat(body()).contains(otherTitle);
    assertThat(partnership(other).getJsonArray("participants").getValuesAs(JsonObject.class))
        .extracting(x -> x.getJsonNumber("operatorId").longValue())
        .contains(soneb)
        .doesNotContain(duplicate);
    everyLinkAnswers200();

    // the merged operator's old address leads to the kept one
    HttpResponse<String> old = asBrowser("operator.xhtml?id=" + duplicate);
    assertThat(old.statusCode()).as(old.body()).isIn(301, 302, 303, 307, 308);
    URI to = micro.uri("").resolve(old.headers().firstValue("Location").orElseThrow());
    assertThat(to.toString()).contains("operator.xhtml?id=" + soneb);
    assertThat(asBrowser(to).statusCode()).isEqualTo(200);
    HttpResponse<String> oldInSpanish = asBrowser("operator.xhtml?id=" + duplicate + "&lang=es");
    assertThat(oldInSpanish.statusCode()).isEqualTo(301);
    assertThat(oldInSpanish.headers().firstValue("Location").orElseThrow())
        .as("the reader's language goes along")
        .endsWith("/operator.xhtml?id=" + soneb + "&lang=es");
    // merging it again: already merged, said in French with the kept one's name
    open(
        "admin/merge.xhtml?id=" + soneb + "&duplicate=" + duplicate + "&lang=fr",
        By.id("merge-other"));
    assertThat(browser.findElement(By.id("merge-refusal")).getText())
        .isEqualTo("L’opérateur " + duplicate + " a déjà été fusionné dans " + SONEB + ".");
    assertThat(browser.findElements(By.id("merge:confirm"))).isEmpty();
    open("admin/merge.xhtml?id=" + soneb + "&duplicate=abc&lang=fr", By.id("merge-other"));
    assertThat(browser.findElement(By.id("merge-refusal")).getText())
        .isEqualTo("« abc » n’est pas un numéro d’opérateur.");
    // another country, and a partnership both take part in: warned and shown in the preview
    open(
        "admin/merge.xhtml?id=" + soneb + "&duplicate=" + onea + "&lang=fr",
        By.id("merge-preview"));
    assertThat(browser.findElement(By.id("merge-other-country")).getText())
        .contains("pays différents")
        .contains("Bénin")
        .contains("Burkina Faso");
    assertThat(browser.findElement(By.id("merge-conflicts")).getText())
        .contains(otherTitle)
        .contains(laterTitle);
    assertThat(browser.findElements(By.id("merge:confirm")))
        .as("nothing to confirm while both take part")
        .isEmpty();
  }

  /** Clicks a link, and waits until the next page replaced this one. */
  private void clickOn(By link) {
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(link).click();
    waiting().until(driver -> gone(before));
  }

  // ---------------------------------------------------------------- recording a WOP from outside

  @Test
  @Order(8)
  void aCoordinatorRecordsAWopFromOutsideInSpanishAndReadsItBackAsTyped() throws Exception {
    long programme =
        Http.created(
            Http.postJson(
                micro.uri("api/v1/organisations"),
                Json.createObjectBuilder()
                    .add("name", "Programa WOP de África Occidental " + TAG)
                    .add("kind", "PROGRAMME")
                    .add("country", "BF")
                    .build()
                    .toString()));
    HttpResponse<String> coordinator =
        Http.postJson(
            micro.uri("api/v1/users"),
            "{\"username\":\"coordinadora-"
                + TAG
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"COORDINATOR\"],\"organisationIds\":["
                + programme
                + "]}");
    assertThat(coordinator.statusCode()).as(coordinator.body()).isEqualTo(201);
    String title = "Reducción del agua no facturada en Cotonou – fase 1 " + TAG;
    String objectives = "Reducir las pérdidas de agua de 39 % a 12 % en Dji’i y Cotonou.";
    String note = "« réduction des pertes d’eau de 39 % à 12 % »";
    String evidence = "https://example.org/wops/cotonou/accord-2014.pdf";

    signIn("coordinadora-" + TAG);
    open("my/record.xhtml?lang=es", By.id("record:save"));
    assertThat(
            new Select(browser.findElement(By.id("record:compliance")))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList())
        .as("verified by the secretariat is the secretariat's")
        .containsExactly("NOT_ASSESSED", "DECLARED_BY_PARTNERS");
    everyLinkAnswers200();
    type("record:title", title);
    new Select(browser.findElement(By.id("record:titleLanguage"))).selectByValue("es");
    type("record:objectives", objectives);
    type("record:currency", "XOF");
    type("record:op:0:operator", choiceOf(ONEA));
    new Select(browser.findElement(By.id("record:op:0:role"))).selectByValue("MENTOR");
    type("record:op:1:operator", choiceOf(SONEB));
    new Select(browser.findElement(By.id("record:op:1:role"))).selectByValue("MENTEE");
    new Select(browser.findElement(By.id("record:sup:0:organisation")))
        .selectByValue(String.valueOf(programme));
    new Select(browser.findElement(By.id("record:sup:0:role"))).selectByValue("FACILITATOR");
    new Select(browser.findElement(By.id("record:status"))).selectByValue("UNKNOWN");
    type("record:plannedStart", "2014");
    type("record:actualStart", "06/2014");
    browser.findElement(By.id("record:agreementSigned")).click();
    type("record:agreementSignedOn", "2014");
    type("record:agreementEvidence", evidence);
    new Select(browser.findElement(By.id("record:compliance")))
        .selectByValue("DECLARED_BY_PARTNERS");
    type("record:src:0:title", "Rapport annuel 2016 de la SONEB");
    type("record:src:0:dated", "2016");
    type("record:src:0:note", note);
    type("record:src:0:link", "archivo en la biblioteca");
    click("record:save");
    waiting()
        .withMessage(() -> "the link's refusal, got " + describePage())
        .until(driver -> beside("record:src:0:link").contains("El enlace de una fuente es una"));
    assertThat(browser.findElement(By.id("record:title")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo(title);
    assertThat(browser.findElement(By.id("record:actualStart")).getAttribute("value"))
        .isEqualTo("06/2014");
    assertThat(Http.get(micro.uri("api/v1/partnerships?q=" + TAG + "&size=50")).body())
        .as("nothing recorded")
        .doesNotContain("Cotonou – fase 1");

    type("record:src:0:link", "https://example.org/soneb/rapport-2016");
    click("record:save");
    waiting()
        .withMessage(() -> "the recorded WOP's profile, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("wop-title")));
    assertThat(body()).contains("La WOP está registrada.");
    sameText(browser.findElement(By.id("wop-title")).getText(), title);
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    everyLinkAnswers200();

    JsonObject wop = partnership(id);
    sameText(wop.getString("title"), title);
    sameText(wop.getString("objectives"), objectives);
    assertThat(wop.getString("titleLanguage")).isEqualTo("es");
    assertThat(wop.getString("status")).isEqualTo("UNKNOWN");
    assertThat(wop.getString("plannedStart")).isEqualTo("2014");
    assertThat(wop.getString("actualStart")).isEqualTo("2014-06");
    JsonObject record = wop.getJsonObject("record");
    assertThat(record.getBoolean("agreementSignedOutside")).isTrue();
    assertThat(record.getString("agreementSignedOn")).isEqualTo("2014");
    assertThat(record.getString("agreementEvidence")).isEqualTo(evidence);
    assertThat(record.getString("compliance")).isEqualTo("DECLARED_BY_PARTNERS");
    assertThat(wop.getJsonArray("participants").getValuesAs(JsonObject.class))
        .extracting(p -> p.getJsonNumber("operatorId").longValue() + ":" + p.getString("role"))
        .containsExactlyInAnyOrder(onea + ":MENTOR", soneb + ":MENTEE");
    JsonObject source = wop.getJsonArray("sources").getJsonObject(0);
    sameText(source.getString("note"), note);
    assertThat(source.getString("dated")).isEqualTo("2016");
    assertThat(wop.getJsonArray("milestones")).as("no milestone invented").isEmpty();
  }

  @Test
  @Order(9)
  void whoIsNeitherTheSecretariatNorACoordinatorIsRefusedTheRecordForm() throws Exception {
    signIn("intrus-" + TAG);
    HttpResponse<String> page = asBrowser("my/record.xhtml?lang=fr");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).doesNotContain("record:save");
    open("my/dashboard.xhtml?lang=fr", By.id("dashboard-title"));
    assertThat(browser.findElements(By.id("nav-record"))).as("no link offered").isEmpty();

    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("my/dashboard.xhtml?lang=fr", By.id("nav-record"));
    click("nav-record");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("record:save")));
    assertThat(
            new Select(browser.findElement(By.id("record:compliance")))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList())
        .contains("VERIFIED_BY_SECRETARIAT");
    // session 13, finding 22: a form far too large gets a page that speaks of a form, not a file
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<String> huge =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(micro.uri("my/record.xhtml?lang=fr"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Cookie", cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "record=record&record%3Aobjectives=" + "x".repeat(3_000_000)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body())
        .contains("Le formulaire dépasse ce que la plateforme accepte")
        .doesNotContain("fichier");
  }

  /** The value the operator field's list gives for the operator of this name. */
  private String choiceOf(String name) {
    return browser.findElements(By.cssSelector("#record-operators option")).stream()
        .map(o -> o.getAttribute("value"))
        .filter(v -> v.startsWith(name + " ("))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not offered"));
  }

  // ---------------------------------------------------------------- the wizard's translations

  @Test
  @Order(10)
  void theWizardTakesTranslationsOfTheTitleAndObjectivesAndSaysARefusalBesideThem()
      throws Exception {
    String title = "Réduction des pertes d’eau de 39 % à 12 % à Cotonou " + TAG;
    String spanish = "Reducción de las pérdidas de agua del 39 % al 12 % en Cotonou " + TAG;
    String objectives = "Former les équipes de Dji’i à la sectorisation.";
    String spanishObjectives = "Formar a los equipos de Dji’i en la sectorización.";
    signIn("editrice-" + TAG);
    open("my/propose.xhtml?lang=fr", By.id("wizard:step1"));
    browser.findElement(By.id("wizard:title")).sendKeys(title);
    browser.findElement(By.id("wizard:objectives")).sendKeys(objectives);
    new Select(browser.findElement(By.id("wizard:language"))).selectByValue("fr");
    translation("tt", "es").sendKeys(spanish);
    translation("ot", "es").sendKeys(spanishObjectives);
    translation("tt", "fr").sendKeys("Une traduction dans la langue de l’original");
    click("wizard:next");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step2")));
    browser.findElement(By.id("wizard:filter")).sendKeys(TAG);
    click("wizard:find");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step2")));
    // the editor's own operator is offered in a row of its own
    new Select(browser.findElements(By.cssSelector("select.participant-operator")).get(0))
        .selectByValue(String.valueOf(onea));
    new Select(browser.findElements(By.cssSelector("select.participant-role")).get(0))
        .selectByValue("MENTOR");
    new Select(browser.findElements(By.cssSelector("select.participant-operator")).get(1))
        .selectByValue(String.valueOf(soneb));
    new Select(browser.findElements(By.cssSelector("select.participant-role")).get(1))
        .selectByValue("MENTEE");
    for (int step = 3; step <= 5; step++) {
      click("wizard:next");
      int shown = step;
      waiting()
          .withMessage(() -> "step " + shown + ", got " + describePage())
          .until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step" + shown)));
    }
    click("wizard:propose");
    waiting()
        .withMessage(() -> "the translation's refusal on step 1, got " + describePage())
        .until(
            driver ->
                translation("tt", "fr")
                    .findElement(By.xpath(".."))
                    .getText()
                    .contains("Une traduction est dans une autre langue que l’original"));
    translation("tt", "fr").clear();
    for (int step = 2; step <= 5; step++) {
      click("wizard:next");
      int shown = step;
      waiting()
          .withMessage(() -> "step " + shown + ", got " + describePage())
          .until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step" + shown)));
    }
    // session 13, finding 2: the last step sent twice (a double click) proposes the WOP once
    List<String> answers = sendForm("wizard", "wizard:propose", 2, true);
    long id = idIn(answers.get(0));
    assertThat(idIn(answers.get(1))).isEqualTo(id);
    // (the words of the second are checked on the record form, sent one after the other: two
    // answers at once share the browser's flash cookie)
    assertThat(
            Http.array(Http.get(micro.uri("api/v1/partnerships?q=" + TAG + "&size=50")))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(w -> w.getString("title").equals(title))
                .count())
        .as("proposed once")
        .isEqualTo(1);
    JsonObject wop = partnership(id);
    sameText(wop.getString("title"), title);
    assertThat(wop.getString("titleLanguage")).isEqualTo("fr");
    assertThat(wop.getJsonObject("titleTranslations").keySet()).containsExactly("es");
    sameText(wop.getJsonObject("titleTranslations").getString("es"), spanish);
    sameText(wop.getJsonObject("objectivesTranslations").getString("es"), spanishObjectives);
    open("wop.xhtml?id=" + id + "&lang=es", By.id("wop-title"));
    sameText(browser.findElement(By.id("wop-title")).getText(), spanish);
  }

  /** The wizard's translation field ({@code tt} title, {@code ot} objectives) of a language. */
  private WebElement translation(String which, String language) {
    return browser.findElement(
        By.cssSelector("[id$=':" + which + "'][data-language='" + language + "']"));
  }

  // ---------------------------------------------------------------- links and requests as the
  // browser

  /** A GET with the browser's cookies (its session), following no redirect. */
  private HttpResponse<String> asBrowser(String path) throws Exception {
    return asBrowser(micro.uri(path));
  }

  private HttpResponse<String> asBrowser(URI uri) throws Exception {
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies);
    }
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Every link of the page shown on the platform answers 200, or a redirect to a page that does
   * (followed on the platform only).
   */
  // ---------------------------------------------------------------- session 13: the record form

  /** Fills the record form as the secretariat does for a WOP signed outside in June 2014. */
  private void fillRecordForm(String title, String evidence) {
    type("record:title", title);
    new Select(browser.findElement(By.id("record:titleLanguage"))).selectByValue("fr");
    type("record:objectives", "Réduire les pertes d’eau de la SONEB de 39 % à 12 %.");
    type("record:currency", "XOF");
    type("record:op:0:operator", choiceOf(ONEA));
    new Select(browser.findElement(By.id("record:op:0:role"))).selectByValue("MENTOR");
    type("record:op:1:operator", choiceOf(SONEB));
    new Select(browser.findElement(By.id("record:op:1:role"))).selectByValue("MENTEE");
    new Select(browser.findElement(By.id("record:status"))).selectByValue("UNKNOWN");
    type("record:actualStart", "2014");
    if (!browser.findElement(By.id("record:agreementSigned")).isSelected()) {
      browser.findElement(By.id("record:agreementSigned")).click();
    }
    type("record:agreementSignedOn", "06/2014");
    type("record:agreementEvidence", evidence);
  }

  /**
   * Sends the record form as the browser would, {@code times} times with the same fields (a double
   * click, a resend), at once or one after the other; answers each answer's address and text.
   */
  private List<String> sendRecordForm(int times, boolean atOnce) {
    return sendForm("record", "record:save", times, atOnce);
  }

  /** Sends a form with its button as the browser would, {@code times} times (see above). */
  @SuppressWarnings("unchecked")
  private List<String> sendForm(String form, String button, int times, boolean atOnce) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object answers =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const times = arguments[0], atOnce = arguments[1];"
                    + "const f = document.getElementById(arguments[2])"
                    + "  || document.querySelector(arguments[2]);"
                    + "const body = new URLSearchParams(new FormData(f));"
                    + "const b = document.getElementById(arguments[3])"
                    + "  || document.querySelector(arguments[3]); body.append(b.name, b.value);"
                    + "const post = () => fetch(f.action, {method: 'POST', body: body.toString(),"
                    + "  headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                    + "  credentials: 'same-origin'}).then(r => r.text().then(t => r.url + '\\n'"
                    + "  + new DOMParser().parseFromString(t, 'text/html').body.textContent));"
                    + "(async () => { const out = [];"
                    + "  if (atOnce) { out.push(...await Promise.all(Array.from({length: times}, post))); }"
                    + "  else { for (let i = 0; i < times; i++) { out.push(await post()); } }"
                    + "  return out; })().then(done, e => done(['error ' + e]));",
                times,
                atOnce,
                form,
                button);
    return (List<String>) answers;
  }

  private static long idIn(String answer) {
    String url = answer.lines().findFirst().orElse("");
    assertThat(url).as(answer).matches(".*/wop\\.xhtml\\?.*id=\\d+.*");
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  /**
   * Session 13, findings 2, 5 and 11: the record form sent twice (one after the other, or at once
   * as a double click does) records the WOP once and sends the second to the first record, saying
   * so; the evidence follows the sources' link rule; the profile says the agreement was signed
   * outside the platform and asks nothing of the in-platform agreement.
   */
  @Test
  @Order(11)
  void theRecordFormSentTwiceRecordsTheWopOnceAndRefusesAJavascriptEvidence() throws Exception {
    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    String title = "Régie Municipale de l’Eau de Bobo-Dioulasso – pertes d’eau " + TAG;
    open("my/record.xhtml?lang=fr", By.id("record:save"));
    fillRecordForm(title, "javascript:alert(1)");
    click("record:save");
    waiting()
        .withMessage(() -> "the evidence's refusal, got " + describePage())
        .until(
            driver ->
                beside("record:agreementEvidence")
                    .contains("Le justificatif, quand c’est un lien, est une adresse web"));
    assertThat(browser.findElement(By.id("record:agreementEvidence")).getAttribute("value"))
        .isEqualTo("javascript:alert(1)");
    String words = "Convention signée le 12 juin 2014, archivée à la SONEB (réf. 2014/06)";
    type("record:agreementEvidence", words);

    List<String> answers = sendRecordForm(2, false);
    assertThat(answers).hasSize(2);
    long first = idIn(answers.get(0));
    assertThat(answers.get(0)).contains("Le WOP est enregistré.");
    assertThat(idIn(answers.get(1)))
        .as("the second sending shows the first record")
        .isEqualTo(first);
    assertThat(answers.get(1))
        .contains("Ce formulaire a déjà été envoyé : le WOP a été enregistré alors, le voici.");
    JsonArray found = Http.array(Http.get(micro.uri("api/v1/partnerships?q=" + TAG + "&size=50")));
    assertThat(
            found.getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("title").equals(title))
                .count())
        .as("recorded once: " + found)
        .isEqualTo(1);
    JsonObject wop = partnership(first);
    sameText(wop.getJsonObject("record").getString("agreementEvidence"), words);

    // the profile's agreement section agrees with its top
    open("wop.xhtml?id=" + first + "&lang=fr", By.id("agreement-title"));
    String section =
        Chromium.spaces(
            browser.findElement(By.id("agreement-title")).findElement(By.xpath("..")).getText());
    assertThat(section)
        .contains("Signé hors de la plateforme : juin 2014")
        .contains(words)
        .contains("ont signé leur accord hors de la plateforme")
        .doesNotContain("Aucun des")
        .doesNotContain("doit encore préciser");
    assertThat(browser.findElements(By.id("signature-count"))).isEmpty();

    // a double click: both at once, one record
    String twice = "Société Béninoise des Eaux – double clic " + TAG;
    open("my/record.xhtml?lang=fr", By.id("record:save"));
    fillRecordForm(twice, "https://example.org/soneb/convention-2014.pdf");
    List<String> atOnce = sendRecordForm(2, true);
    assertThat(idIn(atOnce.get(0))).isEqualTo(idIn(atOnce.get(1)));
    assertThat(
            Http.array(Http.get(micro.uri("api/v1/partnerships?q=" + TAG + "&size=50")))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(w -> w.getString("title").equals(twice))
                .count())
        .as("a double click records once")
        .isEqualTo(1);
  }

  /**
   * Session 13, findings 6 and 21: the admin page maps only labels its list showed, refuses one
   * over 200 characters rather than cutting it, quotes as the reader's language does, and a mapped
   * label no longer says it was met unmapped; a label's inner spaces read back as the source wrote
   * them, and the profile's list has no space before its commas.
   */
  @Test
  @Order(12)
  void theAdminPageMapsOnlyTheLabelsItShowedAndKeepsTheirSpaces() throws Exception {
    String spaced = "REDUCCION  DE PERDIDAS. " + TAG;
    String alone = "gouvernance locale " + TAG;
    long recorded =
        Http.created(
            Http.postJson(
                micro.uri("api/v1/partnerships/recorded"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", "Réduction des pertes à Bobo-Dioulasso " + TAG)
                    .add("objectives", "Réduire les pertes d’eau du réseau de Bobo-Dioulasso.")
                    .add("currency", "XOF")
                    .add("status", "UNKNOWN")
                    .add("actualStart", "2014")
                    .add(
                        "workingAreas",
                        Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("sourceLabel", spaced))
                            .add(
                                Json.createObjectBuilder()
                                    .add("code", "NRW")
                                    .add("sourceLabel", "réduction des pertes en eau " + TAG))
                            .add(Json.createObjectBuilder().add("sourceLabel", alone)))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(onea, "MENTOR"))
                            .add(participant(soneb, "MENTEE")))
                    .build()
                    .toString()));
    List<String> given =
        partnership(recorded)
            .getJsonArray("workingAreaLabels")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(l -> l.getString("sourceLabel"))
            .toList();
    assertThat(given).as("byte for byte").contains(spaced);

    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("admin/index.xhtml?lang=en", By.id("area-labels"));
    By row = By.cssSelector("li.area-label[data-label='reduccion de perdidas " + TAG + "']");
    assertThat(browser.findElement(row).getText())
        .contains("“REDUCCION DE PERDIDAS. " + TAG + "”") // the browser shows two spaces as one
        .contains("met once unmapped")
        .doesNotContain("«");
    sameText(
        browser
            .findElement(row)
            .findElement(By.cssSelector("input[name=label]"))
            .getAttribute("value"),
        spaced);

    // a label changed in the hidden field: refused, nothing mapped, nothing cut
    for (String forged : List.of("x".repeat(5000), "Gestion commerciale " + TAG)) {
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript(
              "arguments[0].value = arguments[1];",
              browser.findElement(row).findElement(By.cssSelector("input[name=label]")),
              forged);
      new Select(browser.findElement(row).findElement(By.cssSelector("select[name=code]")))
          .selectByValue("NRW");
      WebElement before = browser.findElement(By.tagName("html"));
      browser.findElement(row).findElement(By.cssSelector("input.map-label")).click();
      waiting().until(driver -> gone(before));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("Map a label of the list");
    }
    String mappings =
        Http.send(
                "GET",
                micro.uri("api/v1/reference/working-area-labels"),
                null,
                Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))
            .body();
    assertThat(mappings).doesNotContain("xxxxxxxxxx").doesNotContain("Gestion commerciale " + TAG);
    HttpResponse<String> tooLong =
        Http.send(
            "PUT",
            micro.uri(
                "api/v1/reference/working-area-labels/"
                    + java.net.URLEncoder.encode(
                        "é".repeat(201), java.nio.charset.StandardCharsets.UTF_8)),
            "{\"code\":\"NRW\"}",
            Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD));
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"field\":\"label\"");

    // mapped: the row says so, and the label reads back as written
    new Select(browser.findElement(row).findElement(By.cssSelector("select[name=code]")))
        .selectByValue("NRW");
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(row).findElement(By.cssSelector("input.map-label")).click();
    waiting().until(driver -> gone(before));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Mapping saved");
    assertThat(browser.findElement(row).getText())
        .contains("met once before it was mapped")
        .doesNotContain("unmapped");
    assertThat(
            Http.array(
                    Http.send(
                        "GET",
                        micro.uri("api/v1/reference/working-area-labels"),
                        null,
                        Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)))
                .getValuesAs(JsonObject.class))
        .anySatisfy(m -> sameText(m.getString("label"), spaced));

    open("wop.xhtml?id=" + recorded + "&lang=fr", By.id("areas"));
    String areas = browser.findElement(By.id("areas")).getText();
    assertThat(areas)
        .as("no space before a comma")
        .doesNotContain(" ,")
        .contains("»), « REDUCCION")
        .contains("), « " + alone + " »");
  }

  /**
   * Session 13, finding 10: a control character in a form's field (U+001B, U+0007, Word's U+000B)
   * shows the page again with a message beside the field in the reader's language and the input
   * kept; Word's line break in a text area is a line break.
   */
  @Test
  @Order(13)
  void aControlCharacterIsSaidBesideItsFieldInSpanishAndTheInputIsKept() throws Exception {
    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    String title = "Reducción de pérdidas en Dji’i " + TAG;
    open("my/record.xhtml?lang=es", By.id("record:save"));
    fillRecordForm("x", "https://example.org/onea/convenio-2014.pdf");
    // finding 16: a tampered list is said in the reader's language, without the field's id
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "const s = document.getElementById('record:compliance');"
                + "s.add(new Option('forged', 'FORGED')); s.value = 'FORGED';");
    click("record:save");
    waiting()
        .withMessage(() -> "the tampered list's message, got " + describePage())
        .until(
            driver ->
                beside("record:compliance")
                    .contains("Elija uno de los valores que ofrece la lista."));
    assertThat(body()).doesNotContain("record:compliance").doesNotContain("Error de validación");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('record:title').value = arguments[0];"
                + "document.getElementById('record:objectives').value = arguments[1];",
            "Reducción de pérdidas\u001b en Dji’i " + TAG,
            "Primera línea de Word\u000bsegunda línea");
    click("record:save");
    waiting()
        .withMessage(() -> "the control character's message, got " + describePage())
        .until(
            driver ->
                beside("record:title")
                    .contains("Este campo contenía un carácter de control invisible (U+001B)"));
    sameText(
        browser.findElement(By.id("record:title")).getAttribute("value"),
        "Reducción de pérdidas en Dji’i " + TAG);
    sameText(
        browser.findElement(By.id("record:objectives")).getAttribute("value"),
        "Primera línea de Word\nsegunda línea");
    assertThat(beside("record:objectives")).doesNotContain("U+000B");
    assertThat(body()).doesNotContain("application/problem+json").doesNotContain("\"rule\"");
    assertThat(Http.get(micro.uri("api/v1/partnerships?q=" + TAG + "&size=50")).body())
        .as("nothing recorded")
        .doesNotContain("Dji’i " + TAG);

    // finding 22: an operator named twice is said by its name; each language is offered once
    List<String> languages =
        new Select(browser.findElement(By.id("record:titleLanguage")))
            .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    assertThat(languages).contains("he", "id", "yi").doesNotContain("iw", "in", "ji");
    assertThat(languages.stream().filter("he"::equals).count()).isEqualTo(1);
    type("record:op:2:operator", choiceOf(ONEA));
    new Select(browser.findElement(By.id("record:op:2:role"))).selectByValue("MENTEE");
    click("record:save");
    waiting()
        .withMessage(() -> "the operator named twice, got " + describePage())
        .until(driver -> beside("record:op:2:operator").contains(ONEA + " ya figura en otra fila"));
    browser.findElement(By.id("record:op:2:operator")).clear();
    new Select(browser.findElement(By.id("record:op:2:role"))).selectByValue("");

    // finding 14: the operator typed with a straight apostrophe where its name has a curly one
    type("record:op:0:operator", ONEA.replace('’', '\''));

    // finding 17: a future date at month precision, said as Spanish says a month
    type("record:actualEnd", "01/2031");
    click("record:save");
    waiting()
        .withMessage(() -> "the future date's refusal, got " + describePage())
        .until(
            driver ->
                beside("record:actualEnd")
                    .contains(
                        "Una fecha real no puede estar en el futuro: enero de 2031 es posterior a hoy ("));
    browser.findElement(By.id("record:actualEnd")).clear();

    // finding 12: working areas from the reference list, with the source's label or alone
    assertThat(
            new Select(browser.findElement(By.id("record:area:0:code")))
                .getOptions().stream().map(WebElement::getText).toList())
        .as("named in Spanish")
        .contains("Gobernanza y estrategia");
    new Select(browser.findElement(By.id("record:area:0:code"))).selectByValue("NRW");
    type("record:area:0:sourceLabel", "reducción de pérdidas " + TAG);
    type("record:area:1:sourceLabel", "gestión comercial de Dji’i " + TAG);

    click("record:save");
    waiting()
        .withMessage(() -> "the recorded WOP's profile, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("wop-title")));
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    JsonObject wop = partnership(id);
    sameText(wop.getString("title"), title);
    sameText(wop.getString("objectives"), "Primera línea de Word\nsegunda línea");
    assertThat(wop.getJsonArray("participants").toString()).contains("\"operatorId\":" + onea);
    assertThat(wop.getJsonArray("workingAreas").toString()).isEqualTo("[\"NRW\"]");
    assertThat(
            wop.getJsonArray("workingAreaLabels").getValuesAs(JsonObject.class).stream()
                .map(
                    l ->
                        (l.containsKey("code") && !l.isNull("code") ? l.getString("code") : "-")
                            + ":"
                            + l.getString("sourceLabel"))
                .toList())
        .containsExactlyInAnyOrder(
            "NRW:reducción de pérdidas " + TAG, "-:gestión comercial de Dji’i " + TAG);

    // the edit page shows a partnership's areas and changes them (an open one: a recorded WOP of
    // unknown status keeps its details, as a completed one does)
    long open = ReportingPagesBrowserIT.wop;
    open("my/edit.xhtml?id=" + open + "&lang=es", By.id("edit:save"));
    assertThat(
            new Select(browser.findElement(By.id("edit:area:0:code")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("NRW");
    type("edit:area:0:sourceLabel", "reducción de pérdidas " + TAG);
    new Select(browser.findElement(By.id("edit:area:1:code"))).selectByValue("BILLING");
    type("edit:area:1:sourceLabel", "gestión comercial de Dji’i " + TAG);
    click("edit:save");
    waiting()
        .withMessage(() -> "the profile after editing, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("wop-title")));
    JsonObject edited = partnership(open);
    assertThat(edited.getJsonArray("workingAreas").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("BILLING", "NRW");
    assertThat(edited.getJsonArray("workingAreaLabels").toString())
        .contains("\"code\":\"BILLING\"")
        .contains("gestión comercial de Dji’i " + TAG)
        .contains("reducción de pérdidas " + TAG);
    open("my/edit.xhtml?id=" + open + "&lang=es", By.id("edit:save"));
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      shown.add(
          new Select(browser.findElement(By.id("edit:area:" + i + ":code")))
                  .getFirstSelectedOption()
                  .getAttribute("value")
              + ":"
              + browser
                  .findElement(By.id("edit:area:" + i + ":sourceLabel"))
                  .getAttribute("value"));
    }
    assertThat(shown)
        .containsExactlyInAnyOrder(
            "NRW:reducción de pérdidas " + TAG, "BILLING:gestión comercial de Dji’i " + TAG);

    // finding 18: a number reads back with the decimals it was typed with
    open("my/results.xhtml?id=" + id + "&lang=fr", By.id("results:save"));
    type("results:row:0:statement", "Volume d’eau produit à Bobo-Dioulasso");
    new Select(browser.findElement(By.id("results:row:0:kind"))).selectByValue("OUTCOME");
    type("results:row:0:indicatorTitle", "Volume produit");
    type("results:row:0:unit", "m³");
    type("results:row:0:baselineValue", "1 250 000,50");
    type("results:row:0:baselineDate", "2012");
    click("results:save");
    waiting()
        .withMessage(() -> "the profile after saving, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("wop-results")));
    assertThat(Chromium.spaces(browser.findElement(By.id("wop-results")).getText()))
        .contains("1 250 000,50 m³ (2012)");
    assertThat(
            partnership(id)
                .getJsonArray("results")
                .getJsonObject(0)
                .getJsonObject("indicator")
                .getJsonObject("baseline")
                .getJsonNumber("value")
                .bigDecimalValue())
        .isEqualTo(new java.math.BigDecimal("1250000.50"));
    open("my/results.xhtml?id=" + id + "&lang=fr", By.id("results:save"));
    assertThat(
            Chromium.spaces(
                browser.findElement(By.id("results:row:0:baselineValue")).getAttribute("value")))
        .isEqualTo("1 250 000,50");
  }

  /**
   * Session 13, finding 24: "mark reached today" sent twice (a double click) marks it once and the
   * second answer is the profile saying so, not a page without its id and without a word.
   */
  @Test
  @Order(14)
  void aMilestoneMarkedReachedTwiceSaysSoOnTheProfile() throws Exception {
    String title = "Audit des compteurs de Dji’i " + TAG;
    HttpResponse<String> added =
        Http.postJson(
            micro.uri("api/v1/partnerships/" + wop + "/milestones"),
            Json.createObjectBuilder()
                .add("title", title)
                .add("plannedDate", LocalDate.now().minusMonths(1).toString().substring(0, 7))
                .build()
                .toString());
    assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("wop.xhtml?id=" + wop + "&lang=es", By.id("timeline"));
    String item =
        browser.findElements(By.cssSelector("#timeline li")).stream()
            .filter(li -> li.getText().contains(title))
            .findFirst()
            .orElseThrow()
            .getAttribute("id");
    List<String> answers = sendForm("#" + item + " form", "#" + item + " .reach-button", 2, false);
    assertThat(answers.get(0)).contains("/wop.xhtml").contains("id=" + wop);
    assertThat(answers.get(1))
        .as("the second click: the profile, with its id, saying so")
        .contains("id=" + wop)
        .contains("Este hito ya está marcado como alcanzado");
    assertThat(partnership(wop).getJsonArray("milestones").toString()).contains("REACHED");
  }

  private void everyLinkAnswers200() throws Exception {
    Set<String> links = new LinkedHashSet<>();
    for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
      String href = a.getAttribute("href");
      if (href != null && href.startsWith(micro.uri("").toString()) && !href.contains("#")) {
        links.add(href);
      }
    }
    assertThat(links).as("the page links somewhere").isNotEmpty();
    List<String> failed = new ArrayList<>();
    for (String link : links) {
      URI uri = URI.create(link);
      HttpResponse<String> r = asBrowser(uri);
      for (int hops = 0; hops < 5 && r.statusCode() / 100 == 3; hops++) {
        uri = uri.resolve(r.headers().firstValue("Location").orElseThrow());
        assertThat(uri.getHost()).as("a redirect stays on the platform").isEqualTo("localhost");
        r = asBrowser(uri);
      }
      if (r.statusCode() != 200) {
        failed.add(link + " -> " + r.statusCode());
      }
    }
    assertThat(failed).as("links of " + browser.getCurrentUrl()).isEmpty();
  }

  // ---------------------------------------------------------------- BrowserIT's browser patterns

  private static WebDriver chromium() {
    File driver = new File("/usr/bin/chromedriver");
    assertThat(driver).as("Debian's chromium-driver must be installed").exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=en-GB");
    ChromeDriver chrome =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  private void signIn(String username) {
    signIn(username, PASSWORD);
  }

  private void signIn(String username, String password) {
    browser.manage().deleteAllCookies();
    open("my/dashboard.xhtml", By.id("login:username"));
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
    waiting()
        .withMessage(() -> "signed in as " + username + ", got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));
  }

  /** Opens a page and waits for the old document to go and for one of the new one's elements. */
  private void open(String path, By expected) {
    WebElement before;
    try {
      before = browser.findElement(By.tagName("html"));
    } catch (WebDriverException none) {
      before = null;
    }
    browser.get(micro.uri(path).toString());
    if (before != null) {
      WebElement old = before;
      waiting()
          .withMessage(() -> "the page before " + path + " stayed: " + describePage())
          .until(driver -> gone(old));
    }
    waiting()
        .withMessage(() -> "expected " + expected + " on " + path + ", got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(expected));
  }

  /** Clicks a button that submits its form, and waits until the next page replaced this one. */
  private void click(String id) {
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(By.id(id)).click();
    waiting().until(driver -> gone(before));
  }

  private static boolean gone(WebElement element) {
    try {
      element.getTagName();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException stale) {
      return true;
    } catch (WebDriverException e) {
      return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  private static String describePage() {
    try {
      String text = browser.findElement(By.tagName("body")).getText();
      String errors =
          browser.findElements(By.cssSelector(".field-error, #messages")).stream()
              .map(WebElement::getText)
              .filter(t -> !t.isBlank())
              .collect(Collectors.joining(" | "));
      return "[messages: "
          + errors
          + "] "
          + browser.getCurrentUrl()
          + " \""
          + browser.getTitle()
          + "\": "
          + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text);
    } catch (WebDriverException e) {
      return "(no page: " + e.getMessage().lines().findFirst().orElse("") + ")";
    }
  }

  @RegisterExtension
  static final TestWatcher SHOW_PAGE_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            System.err.println(
                "ReportingPagesBrowserIT."
                    + context.getDisplayName()
                    + " failed on: "
                    + describePage());
          }
          if (micro != null) {
            try {
              System.err.println("The server's last lines:\n" + micro.tail());
            } catch (java.io.IOException e) {
              System.err.println("(no server log: " + e + ")");
            }
          }
        }
      };
}
