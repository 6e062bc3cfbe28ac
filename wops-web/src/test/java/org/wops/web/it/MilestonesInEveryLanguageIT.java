package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * Issue 13, items 3 to 5, through Chromium, PostgreSQL and Payara Micro: the wizard in French and
 * Spanish proposes the partnership, template milestones are named in the reader's language and show
 * the day they were reached, the API refuses reaching them out of order, and the Charter reads in
 * French and Spanish (in English, with a note, where a translation is missing).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MilestonesInEveryLanguageIT {
  private static final String PASSWORD = "milestones-test-password";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  // two lines: the browser sends the textarea's line break as CR LF, the platform keeps one LF
  private static final String OBJECTIVES =
      "Réduire les pertes d’eau de moitié à Cotonou – phase 2.\nFormer les équipes de Dji’i.";

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static WebDriver browser;
  private static long dresden;
  private static long sbee;
  private static long ministry;
  private static long proposedFr;

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
    dresden = operator("Stadtentwässerung Dresden", "DE", "Dresden", "UTILITY");
    sbee = operator("Société Béninoise des Eaux", "BJ", "Cotonou", "UTILITY");
    ministry = operator("Ministère de l’Eau et des Mines", "BJ", "Porto-Novo", "PUBLIC_AUTHORITY");
    created(
        Http.postJson(
            micro.uri("api/v1/users"),
            "{\"username\":\"ministere-"
                + TAG
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"OPERATOR_EDITOR\"],\"operatorIds\":["
                + ministry
                + "]}"));
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

  private static WebDriver chromium() {
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
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static long operator(String name, String country, String city, String kind)
      throws Exception {
    return created(
        Http.postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name + " " + TAG)
                .add("kind", kind)
                .add("country", country)
                .add("city", city)
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  // ---------------------------------------------------------------- browser helpers (as BrowserIT)

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(WebDriverException.class);
    return wait;
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

  private static String describePage() {
    try {
      String text = browser.findElement(By.tagName("body")).getText();
      return browser.getCurrentUrl()
          + ": "
          + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text);
    } catch (WebDriverException e) {
      return "(no page)";
    }
  }

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
      waiting().until(driver -> gone(old));
    }
    waiting()
        .withMessage(() -> "expected " + expected + " on " + path + ", got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(expected));
  }

  private void click(String id) {
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(By.id(id)).click();
    waiting().until(driver -> gone(before));
  }

  private void waitForStep(int step) {
    waiting()
        .withMessage(() -> "step " + step + ", got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step" + step)));
  }

  /** Signs in as the ministry's editor, reading the pages in {@code lang}. */
  private void signIn(String lang) {
    browser.manage().deleteAllCookies();
    open("login.xhtml?lang=" + lang, By.id("login:username"));
    browser.findElement(By.id("login:username")).sendKeys("ministere-" + TAG);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    waiting()
        .withMessage(() -> "signed in, got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));
    // the language chosen on the login page is the account's from then on (its mails speak it)
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
    try {
      HttpResponse<String> me =
          Http.send(
              "GET", micro.uri("api/v1/users/me"), null, Http.basic("ministere-" + TAG, PASSWORD));
      assertThat(Http.ok(me).getString("language")).isEqualTo(lang.toUpperCase(Locale.ROOT));
      // a language chosen on a page that reads in one transaction (the dashboard) is saved too
      String other = lang.equals("es") ? "fr" : "es";
      for (String chosen : List.of(other, lang)) {
        open("my/dashboard.xhtml?lang=" + chosen, By.id("dashboard-title"));
        assertThat(
                Http.ok(
                        Http.send(
                            "GET",
                            micro.uri("api/v1/users/me"),
                            null,
                            Http.basic("ministere-" + TAG, PASSWORD)))
                    .getString("language"))
            .as("the account's language after ?lang=" + chosen + " on the dashboard")
            .isEqualTo(chosen.toUpperCase(Locale.ROOT));
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The wizard, mentor Dresden and the ministry as mentee; returns the new partnership's id. */
  private long propose(String lang, String title) {
    return propose(lang, title, null);
  }

  /** The wizard as above, the planned start typed as the reader writes it (null: the default). */
  private long propose(String lang, String title, String plannedStart) {
    signIn(lang);
    open("my/propose.xhtml", By.id("wizard:step1"));
    browser.findElement(By.id("wizard:title")).sendKeys(title);
    if (plannedStart != null) {
      browser.findElement(By.id("wizard:plannedStart")).clear();
      browser.findElement(By.id("wizard:plannedStart")).sendKeys(plannedStart);
    }
    browser.findElement(By.id("wizard:objectives")).sendKeys(OBJECTIVES);
    click("wizard:next");
    waitForStep(2);
    browser.findElement(By.id("wizard:filter")).sendKeys(TAG);
    click("wizard:find");
    waitForStep(2);
    new Select(browser.findElements(By.cssSelector("select.participant-operator")).get(0))
        .selectByValue(String.valueOf(dresden));
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    // the template's milestones dated from the signature, in the reader's words and plurals
    String onTheDay =
        "fr".equals(lang) ? "le jour de la dernière signature" : "el día de la última firma";
    String thirtyDays =
        "fr".equals(lang)
            ? "30 jours après la dernière signature"
            : "30 días después de la última firma";
    assertThat(browser.findElement(By.id("template-milestones")).getText())
        .contains(onTheDay)
        .contains(thirtyDays);
    click("wizard:next");
    waitForStep(5);
    click("wizard:propose");
    waiting()
        .withMessage(() -> "the profile after proposing, got " + describePage())
        .until(ExpectedConditions.textToBe(By.id("wop-title"), title));
    String url = browser.getCurrentUrl();
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  private static JsonObject partnership(long id, String lang) throws Exception {
    return Http.object(Http.get(micro.uri("api/v1/partnerships/" + id + "?lang=" + lang)));
  }

  private static long milestone(JsonObject p, String key) {
    return p.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
        .filter(m -> key.equals(m.getString("templateKey", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  // ---------------------------------------------------------------- the tests

  @Test
  @Order(1)
  void theWizardInFrenchProposesThePartnership() throws Exception {
    String title = "Réduction des pertes à Cotonou – phase 2 " + TAG;
    proposedFr = propose("fr", title);

    assertThat(browser.findElement(By.id("messages")).getText()).contains("proposé");
    JsonObject p = partnership(proposedFr, "fr");
    assertThat(p.getString("status")).isEqualTo("PROPOSED");
    assertThat(p.getString("title")).isEqualTo(title);
    assertThat(p.getString("objectives")).isEqualTo(OBJECTIVES);
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Note conceptuelle");
  }

  @Test
  @Order(2)
  void theWizardInSpanishProposesThePartnership() throws Exception {
    String title = "Reducción del agua no contabilizada en Cochabamba " + TAG;
    long id = propose("es", title);

    assertThat(browser.findElement(By.id("messages")).getText()).contains("propuesta");
    assertThat(partnership(id, "es").getString("status")).isEqualTo("PROPOSED");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Nota conceptual");
  }

  @Test
  @Order(3)
  void theApiRefusesReachingATemplateMilestoneOutOfOrderAndNamesItsTitleInTheReadersLanguage()
      throws Exception {
    JsonObject p = partnership(proposedFr, "fr");
    String base = "api/v1/partnerships/" + proposedFr + "/milestones/";
    String today = LocalDate.now().toString();

    HttpResponse<String> refused =
        Http.postJson(
            micro.uri(base + milestone(p, "letter-of-intent") + "/reached"),
            "{\"actualDate\":\"" + today + "\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Http.object(refused).getString("type"))
        .isEqualTo("urn:wops:problem:rule:milestone.reach.earlier-outstanding");

    HttpResponse<String> signature =
        Http.postJson(
            micro.uri(base + milestone(p, "agreement-signed") + "/reached"),
            "{\"actualDate\":\"" + today + "\"}");
    assertThat(signature.statusCode()).as(signature.body()).isEqualTo(400);

    assertThat(
            Http.postJson(
                    micro.uri(base + milestone(p, "concept-note") + "/reached"),
                    "{\"actualDate\":\"" + today + "\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            partnership(proposedFr, "fr").getJsonArray("milestones").getValuesAs(JsonObject.class))
        .anySatisfy(
            m -> {
              assertThat(m.getString("title")).isEqualTo("Note conceptuelle");
              assertThat(m.getString("actualDate")).isEqualTo(today);
            });
    assertThat(
            partnership(proposedFr, "es").getJsonArray("milestones").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("title"))
        .contains("Nota conceptual", "Carta de intención");
  }

  @Test
  @Order(4)
  void theFrenchProfileShowsTheDayAMilestoneWasReachedAndRefusesOneOutOfOrder() throws Exception {
    JsonObject conceptNote =
        partnership(proposedFr, "fr")
            .getJsonArray("milestones")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> "concept-note".equals(m.getString("templateKey", "")))
            .findFirst()
            .orElseThrow();
    java.time.format.DateTimeFormatter french =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.FRENCH);
    String actual = french.format(LocalDate.parse(conceptNote.getString("actualDate")));
    String planned = french.format(LocalDate.parse(conceptNote.getString("plannedDate")));
    assertThat(actual)
        .as("a French date: day, month in words, year")
        .matches("\\d{1,2} \\p{L}+\\.? \\d{4}");
    signIn("fr");
    open("wop.xhtml?id=" + proposedFr, By.id("timeline"));
    WebElement reached = browser.findElement(By.cssSelector("#timeline li.ms-REACHED"));
    // the actual date first, the planned one beside it: "atteint le 2 déc. 2026 · prévu le 3 oct.
    // 2026"
    assertThat(reached.getText())
        .contains("Note conceptuelle")
        .contains("atteint le " + actual + " · prévu le " + planned);
    assertThat(reached.findElement(By.cssSelector("time.actual")).getAttribute("datetime"))
        .isEqualTo(conceptNote.getString("actualDate"));

    // "Accord de partenariat signé" before anyone signed: the page says why, in French
    WebElement agreement =
        browser.findElement(
            By.xpath("//ol[@id='timeline']/li[contains(., 'Accord de partenariat signé')]"));
    WebElement before = browser.findElement(By.tagName("html"));
    agreement.findElement(By.cssSelector("input[type=submit]")).click();
    waiting().until(driver -> gone(before));
    waiting()
        .withMessage(() -> "the refusal, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "signé par tous les partenaires"));
  }

  @Test
  @Order(5)
  void theCharterReadsInFrenchAndSpanishAndFallsBackToEnglishWithANote() throws Exception {
    JsonObject first =
        Http.array(Http.get(micro.uri("api/v1/charter/versions?lang=fr"))).getJsonObject(0);
    assertThat(first.getString("title"))
        .isEqualTo("Charte des partenariats entre opérateurs d'eau");
    assertThat(first.getJsonObject("texts").getJsonObject("es").getString("title"))
        .isEqualTo("Carta de las alianzas entre operadores de agua");

    String en = "Charter " + TAG;
    HttpResponse<String> published =
        Http.postJson(
            micro.uri("api/v1/charter/versions"),
            Json.createObjectBuilder()
                .add("title", en)
                .add("principles", "1. Not for profit.")
                .add("codeOfConduct", "1. Sign the agreement before work starts.")
                .add(
                    "fr",
                    Json.createObjectBuilder()
                        .add("title", "Charte " + TAG)
                        .add("principles", "1. Sans but lucratif.")
                        .add("codeOfConduct", "1. Signer l’accord avant que le travail commence."))
                .build()
                .toString());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

    signIn("fr");
    open("my/charter.xhtml", By.id("charter-principles"));
    assertThat(browser.findElement(By.id("charter-title")).getText()).isEqualTo("Charte " + TAG);
    assertThat(browser.findElement(By.id("charter-principles")).getText())
        .isEqualTo("1. Sans but lucratif.");
    assertThat(browser.findElements(By.id("charter-fallback"))).isEmpty();

    signIn("es");
    open("my/charter.xhtml", By.id("charter-principles"));
    assertThat(browser.findElement(By.id("charter-title")).getText()).isEqualTo(en);
    assertThat(browser.findElement(By.id("charter-fallback")).getText())
        .contains("se muestra en inglés");
    JsonObject es = Http.object(Http.get(micro.uri("api/v1/charter?lang=es")));
    assertThat(es.getBoolean("fallback")).isTrue();
    assertThat(es.getString("language")).isEqualTo("en");

    // the secretariat publishes the Spanish text too: the Spanish reader now sees it
    HttpResponse<String> complete =
        Http.postJson(
            micro.uri("api/v1/charter/versions"),
            Json.createObjectBuilder()
                .add("title", en)
                .add("principles", "1. Not for profit.")
                .add("codeOfConduct", "1. Sign the agreement before work starts.")
                .add(
                    "fr",
                    Json.createObjectBuilder()
                        .add("title", "Charte " + TAG)
                        .add("principles", "1. Sans but lucratif.")
                        .add("codeOfConduct", "1. Signer l’accord avant que le travail commence."))
                .add(
                    "es",
                    Json.createObjectBuilder()
                        .add("title", "Carta " + TAG)
                        .add("principles", "1. Sin fines de lucro.")
                        .add("codeOfConduct", "1. Firmar el acuerdo antes de empezar."))
                .build()
                .toString());
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(201);
    open("my/charter.xhtml", By.id("charter-principles"));
    assertThat(browser.findElement(By.id("charter-title")).getText()).isEqualTo("Carta " + TAG);
    assertThat(browser.findElement(By.id("charter-principles")).getText())
        .isEqualTo("1. Sin fines de lucro.");
  }

  private static JsonObject milestoneTitled(long id, String title) throws Exception {
    return partnership(id, "fr").getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
        .filter(m -> title.equals(m.getString("title")))
        .findFirst()
        .orElseThrow();
  }

  private static void addMilestone(long id, String title, String planned) throws Exception {
    HttpResponse<String> added =
        Http.postJson(
            micro.uri("api/v1/partnerships/" + id + "/milestones"),
            Json.createObjectBuilder()
                .add("title", title)
                .add("plannedDate", planned)
                .build()
                .toString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
  }

  /**
   * Issue 16, item 2: a milestone due in a month or a year keeps that precision through the API and
   * PostgreSQL, reads "juin 2031" / "junio de 2031" / "2032" on the profile, sorts by the period's
   * start, and is overdue only once the whole period has passed.
   */
  @Test
  @Order(6)
  void milestonesDueInAMonthOrAYearReadAtTheirPrecisionAndAreOverdueOnlyAfterThePeriod()
      throws Exception {
    java.time.YearMonth thisMonth = java.time.YearMonth.now();
    String audit = "Audit des compteurs à Cotonou " + TAG;
    String plan = "Plan directeur de Porto-Novo " + TAG;
    String past = "Diagnostic des pertes – Dji’i " + TAG;
    String current = "Campagne de sensibilisation " + TAG;
    String reached = "Rapport de référence " + TAG;
    addMilestone(proposedFr, audit, "2031-06");
    addMilestone(proposedFr, plan, "2032");
    addMilestone(proposedFr, past, "2025-03");
    addMilestone(proposedFr, current, thisMonth.toString());
    addMilestone(proposedFr, reached, "2025");

    HttpResponse<String> badMonth =
        Http.postJson(
            micro.uri("api/v1/partnerships/" + proposedFr + "/milestones"),
            "{\"title\":\"Atelier\",\"plannedDate\":\"2031-13\"}");
    assertThat(badMonth.statusCode()).as(badMonth.body()).isEqualTo(400);
    assertThat(badMonth.body()).contains("plannedDate");

    long reachedId = milestoneTitled(proposedFr, reached).getJsonNumber("id").longValue();
    HttpResponse<String> inTheYear =
        Http.postJson(
            micro.uri(
                "api/v1/partnerships/" + proposedFr + "/milestones/" + reachedId + "/reached"),
            "{\"actualDate\":\"2025\"}");
    assertThat(inTheYear.statusCode()).as(inTheYear.body()).isEqualTo(200);
    HttpResponse<String> nextYear =
        Http.postJson(
            micro.uri(
                "api/v1/partnerships/"
                    + proposedFr
                    + "/milestones/"
                    + milestoneTitled(proposedFr, plan).getJsonNumber("id").longValue()
                    + "/reached"),
            "{\"actualDate\":\"" + (LocalDate.now().getYear() + 1) + "\"}");
    assertThat(nextYear.statusCode()).as("a year that has not begun").isEqualTo(400);

    JsonObject june = milestoneTitled(proposedFr, audit);
    assertThat(june.getString("plannedDate")).isEqualTo("2031-06");
    assertThat(june.getString("dueBy")).isEqualTo("2031-06-30");
    assertThat(milestoneTitled(proposedFr, plan).getString("plannedDate")).isEqualTo("2032");
    assertThat(milestoneTitled(proposedFr, plan).getString("dueBy")).isEqualTo("2032-12-31");
    assertThat(milestoneTitled(proposedFr, reached).getString("actualDate")).isEqualTo("2025");
    // sorted by the period's start: March 2025 (a past month), then 2025's report (1 January)...
    java.util.List<String> order =
        partnership(proposedFr, "fr")
            .getJsonArray("milestones")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(m -> m.getString("title"))
            .filter(t -> t.endsWith(TAG))
            .toList();
    assertThat(order).containsExactly(reached, past, current, audit, plan);

    signIn("fr");
    open("wop.xhtml?id=" + proposedFr, By.id("timeline"));
    assertThat(item(audit).getText()).contains("juin 2031").doesNotContain("1 juin");
    assertThat(item(audit).findElement(By.tagName("time")).getAttribute("datetime"))
        .isEqualTo("2031-06");
    assertThat(item(plan).getText()).contains("2032").doesNotContain("janv.");
    assertThat(item(reached).getText()).contains("atteint en 2025 · prévu en 2025");
    assertThat(item(past).getAttribute("class")).as("March 2025 has passed").contains("overdue");
    assertThat(item(current).getAttribute("class"))
        .as("due by the end of this month: not overdue yet")
        .doesNotContain("overdue");
    assertThat(item(audit).getAttribute("class")).doesNotContain("overdue");

    signIn("es");
    open("wop.xhtml?id=" + proposedFr, By.id("timeline"));
    assertThat(item(audit).getText()).contains("junio de 2031");
    assertThat(item(plan).getText()).contains("2032");
    assertThat(item(reached).getText()).contains("alcanzado en 2025 · previsto para 2025");
  }

  private static WebElement item(String title) {
    return browser.findElement(By.xpath("//ol[@id='timeline']/li[contains(., '" + title + "')]"));
  }

  @Test
  @Order(7)
  void theFrenchProfilePlansAndMovesAMilestoneByTheMonthOrTheYear() throws Exception {
    String visit = "Visite d’échange à Dresde – Dji’i " + TAG;
    signIn("fr");
    open("wop.xhtml?id=" + proposedFr, By.id("plan"));
    browser.findElement(By.id("milestoneTitle")).sendKeys(visit);
    browser.findElement(By.id("milestoneDate")).sendKeys("13/2031");
    submitPlan();
    waiting()
        .withMessage(() -> "the refusal, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Écrivez une année (2014), un mois (06/2014)"));
    assertThat(browser.findElement(By.id("milestoneTitle")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo(visit);
    assertThat(browser.findElement(By.id("milestoneDate")).getAttribute("value"))
        .isEqualTo("13/2031");
    assertThat(
            browser.findElements(By.xpath("//ol[@id='timeline']/li[contains(., '" + visit + "')]")))
        .as("nothing planned")
        .isEmpty();

    open("wop.xhtml?id=" + proposedFr, By.id("plan"));
    browser.findElement(By.id("milestoneTitle")).sendKeys(visit);
    browser.findElement(By.id("milestoneDate")).sendKeys("09/2031");
    submitPlan();
    waiting()
        .withMessage(() -> "planned, got " + describePage())
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "planifié"));
    JsonObject planned = milestoneTitled(proposedFr, visit);
    assertThat(planned.getString("title")).isEqualTo(visit);
    assertThat(planned.getString("plannedDate")).isEqualTo("2031-09");
    assertThat(planned.getString("dueBy")).isEqualTo("2031-09-30");
    assertThat(item(visit).getText()).contains("septembre 2031").doesNotContain("1 sept");

    // moved to a year: the form shows the month as the reader writes it, the year replaces it
    WebElement li = item(visit);
    li.findElement(By.tagName("summary")).click();
    WebElement date = li.findElement(By.cssSelector("input[name=plannedDate]"));
    assertThat(date.getAttribute("value")).isEqualTo("09/2031");
    date.clear();
    date.sendKeys("2032");
    WebElement before = browser.findElement(By.tagName("html"));
    li.findElement(By.cssSelector("input.reschedule-button")).click();
    waiting().until(driver -> gone(before));
    waiting()
        .withMessage(() -> "moved, got " + describePage())
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "a sa nouvelle date"));
    assertThat(milestoneTitled(proposedFr, visit).getString("plannedDate")).isEqualTo("2032");
    assertThat(item(visit).getText()).contains("2032").doesNotContain("2031");
  }

  private void submitPlan() {
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("form.plan-form input.plan-button")).click();
    waiting().until(driver -> gone(before));
  }

  @Test
  @Order(8)
  void aWopProposedToStartInAYearHasItsDefaultMilestonesInThatYear() throws Exception {
    String title = "Gestion de la clientèle à Porto-Novo " + TAG;
    long id = propose("fr", title, "2031");

    JsonObject p = partnership(id, "fr");
    assertThat(p.getString("plannedStart")).isEqualTo("2031");
    java.util.List<JsonObject> defaults =
        p.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
            .filter(m -> !m.getString("templateKey", "").isEmpty())
            .toList();
    assertThat(defaults).isNotEmpty();
    assertThat(defaults)
        .as("no invented 1 January: each default milestone is due in a year")
        .allSatisfy(m -> assertThat(m.getString("plannedDate")).matches("\\d{4}"));
    assertThat(defaults)
        .filteredOn(m -> m.getString("templateKey").equals("concept-note"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("plannedDate")).isEqualTo("2031"));
    assertThat(defaults)
        .filteredOn(m -> m.getString("templateKey").equals("final-report"))
        .singleElement()
        .as("counted from the start a year later")
        .satisfies(m -> assertThat(m.getString("plannedDate")).isEqualTo("2032"));
    assertThat(item("Note conceptuelle").getText()).contains("2031").doesNotContain("janv.");
  }
}
