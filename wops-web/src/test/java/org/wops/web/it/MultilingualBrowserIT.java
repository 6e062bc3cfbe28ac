package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * Text in every language typed into the real forms of the pages (headless Chromium, Payara Micro,
 * PostgreSQL) and read back through the API byte for byte: the wizard, the edit page (saving it
 * unchanged keeps a title that came through the API), the signer's name, a progress update, the
 * audit trail; and the directory's search box, which finds partnerships with or without accents and
 * shows the query as typed. The patterns are BrowserIT's ({@link #open}, {@link #click}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultilingualBrowserIT {
  private static final String PASSWORD = "multilingual-test-password";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String API_TITLE = "Réduction des pertes à Kisumu – phase 2 " + TAG;
  private static final String API_OBJECTIVES =
      "Dji’i et Gabès : « l’eau pour tous » – réduire les pertes de 30 %.";

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static WebDriver browser;
  private static long societe;
  private static long dresden;
  private static long danang;
  private static long ministry;
  private static long apiWop;

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
    societe = operator("Société Béninoise des Eaux " + TAG, "SBEE", "BJ", "UTILITY");
    dresden = operator("Stadtentwässerung Dresden " + TAG, "SEDD", "DE", "UTILITY");
    danang = operator("Công ty Cấp nước Đà Nẵng " + TAG, "DAWACO", "VN", "UTILITY");
    ministry =
        operator("Ministère de l’Eau et de l’Énergie " + TAG, "MEE", "BJ", "PUBLIC_AUTHORITY");
    apiWop =
        created(
            Http.postJson(
                micro.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", API_TITLE)
                    .add("objectives", API_OBJECTIVES)
                    .add("currency", "XOF")
                    .add("plannedStart", LocalDate.now().minusMonths(2).toString())
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(societe, "MENTOR"))
                            .add(participant(dresden, "MENTOR"))
                            .add(participant(ministry, "MENTEE")))
                    .build()
                    .toString()));
    assertThat(
            Http.postJson(
                    micro.uri("api/v1/partnerships/" + apiWop + "/publication"),
                    "{\"published\":true}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.postJson(
                    micro.uri("api/v1/users"),
                    "{\"username\":\"editeur-"
                        + TAG
                        + "\",\"password\":\""
                        + PASSWORD
                        + "\",\"roles\":[\"OPERATOR_EDITOR\"],\"operatorIds\":["
                        + societe
                        + "]}")
                .statusCode())
        .isEqualTo(201);
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

  private static JsonObject participant(long operator, String role) {
    return Json.createObjectBuilder().add("operatorId", operator).add("role", role).build();
  }

  private static long operator(String name, String shortName, String country, String kind)
      throws Exception {
    return created(
        Http.postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("shortName", shortName)
                .add("kind", kind)
                .add("country", country)
                .add("city", "Cotonou")
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static JsonObject partnership(long id) throws Exception {
    HttpResponse<String> r = Http.get(micro.uri("api/v1/partnerships/" + id));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.object(r);
  }

  /** The text exactly, code unit for code unit (a failure shows both as code points). */
  private static void sameText(String actual, String expected) {
    assertThat(actual.codePoints().toArray())
        .as("\"" + actual + "\" should be \"" + expected + "\"")
        .containsExactly(expected.codePoints().toArray());
  }

  @Test
  @Order(1)
  void savingTheEditPageUnchangedKeepsATitleThatCameThroughTheApi() throws Exception {
    signIn("editeur-" + TAG);
    for (int save = 0; save < 2; save++) {
      open("my/edit.xhtml?id=" + apiWop, By.id("edit:title"));
      assertThat(browser.findElement(By.id("edit:title")).getAttribute("value"))
          .isEqualTo(API_TITLE);
      click("edit:save");
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wop-title")));
      assertThat(browser.findElement(By.id("wop-title")).getText()).isEqualTo(API_TITLE);
      assertThat(browser.getPageSource())
          .containsAnyOf("Nothing changed", "Rien n’a changé", "No ha cambiado nada");
    }
    JsonObject wop = partnership(apiWop);
    sameText(wop.getString("title"), API_TITLE);
    sameText(wop.getString("objectives"), API_OBJECTIVES);

    List<JsonObject> edits =
        Http.array(Http.get(micro.uri("api/v1/partnerships/" + apiWop + "/audit"))).stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> "details.edited".equals(e.getString("action")))
            .toList();
    assertThat(edits).as("a save that changes nothing stores nothing").isEmpty();
  }

  @Test
  @Order(2)
  void textTypedIntoTheEditPageIsStoredAsTyped() throws Exception {
    String title = "Reducción del agua no contabilizada en Cochabamba – “fase 2” " + TAG;
    String objectives =
        "Companhia de Saneamento Básico; Stadtentwässerung; Công ty Cấp nước Đà Nẵng;"
            + " الشركة الوطنية للمياه; l’équipe d’Ouidah.";
    signIn("editeur-" + TAG);
    open("my/edit.xhtml?id=" + apiWop, By.id("edit:title"));
    browser.findElement(By.id("edit:title")).clear();
    browser.findElement(By.id("edit:title")).sendKeys(title);
    browser.findElement(By.id("edit:objectives")).clear();
    browser.findElement(By.id("edit:objectives")).sendKeys(objectives);
    click("edit:save");
    waiting().until(ExpectedConditions.textToBe(By.id("wop-title"), title));
    JsonObject wop = partnership(apiWop);
    sameText(wop.getString("title"), title);
    sameText(wop.getString("objectives"), objectives);
    List<JsonObject> edits =
        Http.array(Http.get(micro.uri("api/v1/partnerships/" + apiWop + "/audit"))).stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> "details.edited".equals(e.getString("action")))
            .toList();
    assertThat(edits.get(0).getString("to") + edits.get(edits.size() - 1).getString("to"))
        .as("the audit trail's entry of this edit")
        .contains(title);

    // back to the API's title, for the tests that follow
    open("my/edit.xhtml?id=" + apiWop, By.id("edit:title"));
    browser.findElement(By.id("edit:title")).clear();
    browser.findElement(By.id("edit:title")).sendKeys(API_TITLE);
    browser.findElement(By.id("edit:objectives")).clear();
    browser.findElement(By.id("edit:objectives")).sendKeys(API_OBJECTIVES);
    click("edit:save");
    waiting().until(ExpectedConditions.textToBe(By.id("wop-title"), API_TITLE));
    sameText(partnership(apiWop).getString("title"), API_TITLE);
  }

  @Test
  @Order(3)
  void theWizardStoresWhatWasTyped() throws Exception {
    String title = "Água para todos: Companhia de Saneamento Básico – Đà Nẵng " + TAG;
    String objectives = "Réduire l’eau non facturée à Gabès; „Wasserverluste“ halbieren.";
    signIn("editeur-" + TAG);
    open("my/propose.xhtml", By.id("wizard:step1"));
    browser.findElement(By.id("wizard:title")).sendKeys(title);
    browser.findElement(By.id("wizard:objectives")).sendKeys(objectives);
    click("wizard:next");
    waitForStep(2);
    browser.findElement(By.id("wizard:filter")).sendKeys(TAG);
    click("wizard:find");
    waitForStep(2);
    new Select(browser.findElements(By.cssSelector("select.participant-operator")).get(0))
        .selectByValue(String.valueOf(danang));
    new Select(browser.findElements(By.cssSelector("select.participant-role")).get(0))
        .selectByValue("MENTOR");
    String responsibilities = "Former l’équipe de Dji’i – « phase 2 »";
    browser.findElements(By.cssSelector("input[id$=':resp']")).get(0).sendKeys(responsibilities);
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    click("wizard:next");
    waitForStep(5);
    assertThat(browser.findElement(By.id("review-title")).getText()).isEqualTo(title);
    click("wizard:propose");
    waiting().until(ExpectedConditions.textToBe(By.id("wop-title"), title));
    String url = browser.getCurrentUrl();
    long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    JsonObject wop = partnership(id);
    sameText(wop.getString("title"), title);
    sameText(wop.getString("objectives"), objectives);
    // what a partner wrote into the agreement reads back through the API and on the profile
    JsonObject mentor =
        wop.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getJsonNumber("operatorId").longValue() == danang)
            .findFirst()
            .orElseThrow();
    sameText(mentor.getString("responsibilities"), responsibilities);
    assertThat(wop.getJsonObject("agreement"))
        .as("the agreement, nothing written in it yet")
        .isEmpty();
    assertThat(browser.findElement(By.cssSelector(".responsibilities")).getText())
        .contains(responsibilities);
  }

  @Test
  @Order(3)
  void aBrokenRuleIsSaidInTheReadersLanguage() throws Exception {
    // the wizard, in French: a negative contribution of a participant
    signIn("editeur-" + TAG);
    open("my/propose.xhtml?lang=fr", By.id("wizard:step1"));
    browser.findElement(By.id("wizard:title")).sendKeys("Réduction des pertes à Sokodé " + TAG);
    browser.findElement(By.id("wizard:objectives")).sendKeys("Réduire l’eau non facturée.");
    click("wizard:next");
    waitForStep(2);
    browser.findElement(By.id("wizard:filter")).sendKeys(TAG);
    click("wizard:find");
    waitForStep(2);
    new Select(browser.findElements(By.cssSelector("select.participant-operator")).get(0))
        .selectByValue(String.valueOf(societe));
    browser.findElements(By.cssSelector("input[id$=':cash']")).get(0).sendKeys("-500");
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    click("wizard:next");
    waitForStep(5);
    click("wizard:propose");
    waiting()
        .withMessage(() -> "the refusal in French, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"),
                "Un montant n’est jamais négatif : un WOP n’enregistre que des coûts et des"
                    .replace('’', '\'')));

    // the edit page, in Spanish: a title of spaces only
    signIn("editeur-" + TAG);
    open("my/edit.xhtml?id=" + apiWop + "&lang=es", By.id("edit:title"));
    browser.findElement(By.id("edit:title")).clear();
    browser.findElement(By.id("edit:title")).sendKeys("   ");
    click("edit:save");
    waiting()
        .withMessage(() -> "the refusal in Spanish, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "El título es obligatorio."));
    assertThat(partnership(apiWop).getString("title")).isEqualTo(API_TITLE);
  }

  @Test
  @Order(4)
  void theSignersNameAndAnUpdateAreStoredAsTyped() throws Exception {
    String p = "api/v1/partnerships/" + apiWop;
    assertThat(
            Http.putJson(
                    micro.uri(p + "/participants"),
                    "{\"participants\":[{\"operatorId\":"
                        + societe
                        + ",\"role\":\"MENTOR\",\"responsibilities\":\"Former l’équipe\","
                        + "\"interests\":\"Échanges\"},{\"operatorId\":"
                        + dresden
                        + ",\"role\":\"MENTOR\",\"responsibilities\":\"Schulung vor Ort\","
                        + "\"interests\":\"Wissensaustausch\"},{\"operatorId\":"
                        + ministry
                        + ",\"role\":\"MENTEE\",\"responsibilities\":\"Accueil\","
                        + "\"interests\":\"Réduire les pertes\"}]}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.putJson(
                    micro.uri(p + "/agreement"),
                    "{\"objectivesAndOutputs\":\"Réduire les pertes – phase 2.\",\"cashValue\":0,\"inKindValue\":5000}")
                .statusCode())
        .isEqualTo(200);
    String signer = "محمد العلي – Nguyễn Thị Hương";
    signIn("editeur-" + TAG);
    open("wop.xhtml?id=" + apiWop, By.cssSelector(".sign-button"));
    WebElement signedBy = browser.findElement(By.cssSelector(".sign-form input[name=signedBy]"));
    signedBy.clear();
    signedBy.sendKeys(signer);
    browser.findElement(By.cssSelector(".sign-button")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Signed"));
    String audit = Http.get(micro.uri(p + "/audit")).body();
    assertThat(
            Http.array(Http.get(micro.uri(p + "/audit"))).stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("description", ""))
                .filter(d -> d.contains(" signed for operator " + societe)))
        .as(audit)
        .singleElement()
        .satisfies(d -> sameText(d.substring(0, d.indexOf(" signed for")), signer));

    String summary = "Compteurs posés à Ouidah; „Zähler“ in Dresden – Đà Nẵng bắt đầu " + TAG;
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('periodStart').value = arguments[0];"
                + "document.getElementById('periodEnd').value = arguments[1];",
            LocalDate.now().minusMonths(1).toString(),
            LocalDate.now().toString());
    browser.findElement(By.id("summary")).sendKeys(summary);
    browser.findElement(By.cssSelector(".update-form input[type=submit]")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "submitted"));
    List<JsonObject> updates =
        Http.array(Http.get(micro.uri(p + "/updates"))).stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(updates).hasSize(1);
    sameText(updates.get(0).getString("summary"), summary);
  }

  @Test
  @Order(5)
  void theDirectoryFindsWithAndWithoutAccentsAndShowsTheQueryAsTyped() throws Exception {
    browser.manage().deleteAllCookies();
    for (String q :
        List.of(
            "Société Béninoise",
            "societe beninoise",
            "STADTENTWÄSSERUNG",
            "Stadtentwasserung",
            "Dji'i",
            "Gabes",
            "SBEE " + TAG)) {
      open("directory.xhtml", By.id("q"));
      browser.findElement(By.id("q")).clear();
      browser.findElement(By.id("q")).sendKeys(q);
      click("search-go");
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
      assertThat(browser.findElement(By.id("q")).getAttribute("value"))
          .as("the search box echoes the query")
          .isEqualTo(q);
      assertThat(browser.findElement(By.id("results")).getText())
          .as("directory search for " + q)
          .contains(API_TITLE);
    }
    open(
        "directory.xhtml?q=" + URLEncoder.encode("Dji’i Gabès", StandardCharsets.UTF_8),
        By.id("results"));
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("Dji’i Gabès");
    assertThat(browser.findElement(By.id("results")).getText()).contains(API_TITLE);
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

  @Test
  @Order(6)
  void aBudgetTypedInFrenchIsStoredAsTypedAndARefusalChangesNothing() throws Exception {
    String words = "Don de l’AFD « sans frais » ; le reste autofinancé par la SBEE – Đà Nẵng";
    signIn("editeur-" + TAG);
    open("wop.xhtml?id=" + apiWop + "&lang=fr", By.id("budget-edit-link"));
    click("budget-edit-link");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("budget:total")));
    assertThat(browser.findElement(By.id("budget:currency")).getAttribute("value"))
        .as("the partnership's currency, offered")
        .isEqualTo("XOF");
    browser.findElement(By.id("budget:total")).sendKeys("20 000 000,50");
    new Select(browser.findElement(By.id("budget:fundingType"))).selectByValue("MIXED");
    browser.findElement(By.id("budget:fundingDescription")).sendKeys(words);
    browser.findElement(By.id("budget:line:0:year")).sendKeys("2025");
    browser.findElement(By.id("budget:line:0:amount")).sendKeys("12 500 000");
    browser.findElement(By.id("budget:line:1:year")).sendKeys("2026");
    browser.findElement(By.id("budget:line:1:amount")).sendKeys("7 500 000,50");
    click("budget:save");
    waiting()
        .withMessage(() -> "the profile after saving, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("budget-lines")));
    assertThat(browser.findElement(By.id("funding-description")).getText()).isEqualTo(words);
    assertThat(browser.findElement(By.id("funding-type")).getText())
        .isEqualTo("Partenaires et organisations d’appui");
    JsonObject budget = partnership(apiWop).getJsonObject("budget");
    sameText(budget.getString("fundingDescription"), words);
    assertThat(budget.getString("currency")).isEqualTo("XOF");
    assertThat(budget.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("20000000.50");
    assertThat(budget.getJsonArray("lines").getValuesAs(JsonObject.class))
        .extracting(
            l ->
                l.getInt("year")
                    + "="
                    + l.getJsonNumber("amount").bigDecimalValue().toPlainString())
        .containsExactly("2025=12500000.00", "2026=7500000.50");

    // a year no budget has, in the third line: said in French beside its line, nothing stored
    open("my/budget.xhtml?id=" + apiWop + "&lang=fr", By.id("budget:total"));
    assertThat(browser.findElement(By.id("budget:line:1:amount")).getAttribute("value"))
        .as("the amount shown back the reader's way")
        .isEqualTo(frenchAmount("7500000.50"));
    // the lines may not exceed the total: said with the amounts the French way
    browser.findElement(By.id("budget:total")).clear();
    browser.findElement(By.id("budget:total")).sendKeys("20 000 000");
    click("budget:save");
    waiting()
        .withMessage(() -> "the refusal of the total, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Les lignes du budget totalisent"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains(
            "Les lignes du budget totalisent "
                + java.text.NumberFormat.getNumberInstance(java.util.Locale.FRENCH)
                    .format(new java.math.BigDecimal("20000000.50")));
    assertThat(partnership(apiWop).getJsonObject("budget").getJsonNumber("total").bigDecimalValue())
        .as("nothing stored")
        .isEqualByComparingTo("20000000.50");

    open("my/budget.xhtml?id=" + apiWop + "&lang=fr", By.id("budget:total"));
    browser.findElement(By.id("budget:line:2:year")).sendKeys("9999");
    browser.findElement(By.id("budget:line:2:amount")).sendKeys("5");
    click("budget:save");
    waiting()
        .withMessage(() -> "the refusal in French, got " + describePage())
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ligne 3"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Une année de budget est comprise entre 1000 et 2999 (9999 ne l’est pas).");
    assertThat(partnership(apiWop).getJsonObject("budget").getJsonArray("lines")).hasSize(2);
  }

  @Test
  @Order(7)
  void oneDotAndThreeDigitsIsAskedOnTheSpanishAndFrenchPagesAndAmountsComeBackUnasked()
      throws Exception {
    signIn("editeur-" + TAG);
    JsonObject stored = partnership(apiWop).getJsonObject("budget");
    // Spanish: a thousands point in Spain, a decimal point in Mexico: asked, what was typed kept
    open("my/budget.xhtml?id=" + apiWop + "&lang=es", By.id("budget:total"));
    browser.findElement(By.id("budget:total")).clear();
    browser.findElement(By.id("budget:total")).sendKeys("1.250");
    click("budget:save");
    waiting()
        .withMessage(() -> "the question in Spanish, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "«1.250» puede leerse de dos maneras: escriba 1250 o 1,25."));
    assertThat(browser.findElement(By.id("budget:total")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("1.250");
    assertThat(partnership(apiWop).getJsonObject("budget")).as("nothing stored").isEqualTo(stored);

    // written one way only: "20.000.000,50", "12.500.000" and "1250" are stored as meant
    open("my/budget.xhtml?id=" + apiWop + "&lang=es", By.id("budget:total"));
    browser.findElement(By.id("budget:total")).clear();
    browser.findElement(By.id("budget:total")).sendKeys("20.000.000,50");
    browser.findElement(By.id("budget:line:0:amount")).clear();
    browser.findElement(By.id("budget:line:0:amount")).sendKeys("12.500.000");
    browser.findElement(By.id("budget:line:1:amount")).clear();
    browser.findElement(By.id("budget:line:1:amount")).sendKeys("1250");
    click("budget:save");
    waiting()
        .withMessage(() -> "the profile after saving, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("budget-lines")));
    assertThat(
            partnership(apiWop).getJsonObject("budget").getJsonArray("lines").stream()
                .map(l -> l.asJsonObject().getJsonNumber("amount").bigDecimalValue())
                .map(java.math.BigDecimal::stripTrailingZeros)
                .map(java.math.BigDecimal::toPlainString))
        .containsExactly("12500000", "1250");
    // shown back so that saving it unchanged asks nothing: never "1.250" alone ("1250", or with
    // its decimals "1.250,00", which reads one way only)
    open("my/budget.xhtml?id=" + apiWop + "&lang=es", By.id("budget:total"));
    assertThat(browser.findElement(By.id("budget:line:0:amount")).getAttribute("value"))
        .isIn("12.500.000", "12.500.000,00");
    assertThat(browser.findElement(By.id("budget:line:1:amount")).getAttribute("value"))
        .isIn("1250", "1.250,00");
    click("budget:save");
    waiting()
        .withMessage(() -> "saved unchanged, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("budget-lines")));

    // French: the same question, the French way
    open("my/budget.xhtml?id=" + apiWop + "&lang=fr", By.id("budget:total"));
    browser.findElement(By.id("budget:line:1:amount")).clear();
    browser.findElement(By.id("budget:line:1:amount")).sendKeys("7.500");
    click("budget:save");
    waiting()
        .withMessage(() -> "the question in French, got " + describePage())
        .until(
            driver ->
                driver
                    .findElement(By.tagName("body"))
                    .getText()
                    .replace('\u202f', ' ')
                    .replace('\u00a0', ' ')
                    .contains("« 7.500 » peut se lire de deux façons : écrivez 7 500 ou 7,5."));
    assertThat(browser.findElement(By.id("budget:line:1:amount")).getAttribute("value"))
        .isEqualTo("7.500");
    // the second line as it was before this test
    open("my/budget.xhtml?id=" + apiWop + "&lang=fr", By.id("budget:total"));
    browser.findElement(By.id("budget:line:1:amount")).clear();
    browser.findElement(By.id("budget:line:1:amount")).sendKeys("7 500 000,50");
    click("budget:save");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("budget-lines")));
    assertThat(partnership(apiWop).getJsonObject("budget").getJsonArray("lines").size())
        .isEqualTo(2);
  }

  /** An amount as a French reader writes it, every decimal kept ("7 500 000,50"). */
  private static String frenchAmount(String amount) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRENCH);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(new java.math.BigDecimal(amount));
  }

  private void signIn(String username) {
    browser.manage().deleteAllCookies();
    open("my/dashboard.xhtml", By.id("login:username"));
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
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

  private void waitForStep(int step) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step" + step)));
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
      return browser.getCurrentUrl()
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
                "MultilingualBrowserIT."
                    + context.getDisplayName()
                    + " failed on: "
                    + describePage());
          }
        }
      };
}
