package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The pages in a real browser (Debian's headless Chromium driven by Selenium) against the deployed
 * WAR on the real PostgreSQL, with a real SMTP server (GreenMail): home page with figures, charts
 * and map; directory search; a WOP profile; language switch (remembered); sign in; marking a
 * milestone reached and the mail that follows; an editor refused another operator's edit page.
 * Screenshots of the main pages go to target/screenshots, and the bytes each page transferred to
 * target/page-weights.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {
  private static final Path SHOTS = Paths.get("target", "screenshots");
  private static final String PASSWORD = "browser-test-password";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

  @TempDir static Path workDir;
  private static GreenMail smtp;
  private static int smtpPort;
  private static PayaraMicroProcess micro;
  private static WebDriver browser;
  private static long wop;
  private static long operatorA;
  private static long operatorB;
  private static long platform;
  private static String contactA;
  private static final StringBuilder weights = new StringBuilder();

  @BeforeAll
  static void start() throws Exception {
    smtpPort = PayaraMicroProcess.freePort();
    smtp = startSmtp();
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    // a mail that cannot be sent is FAILED after two attempts a second apart (the outbox test)
    env.put("WOPS_NOTIFICATIONS_RETRY_BASE_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_MAX_ATTEMPTS", "2");
    env.put("WOPS_MAP_TILES", "none");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), env);
    Files.createDirectories(SHOTS);
    seed();
    browser = chromium();
  }

  private static GreenMail startSmtp() {
    GreenMail mail =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
      Files.writeString(Paths.get("target", "page-weights.txt"), weights.toString());
    } finally {
      try {
        if (micro != null) {
          micro.close();
        }
      } finally {
        if (smtp != null) {
          smtp.stop();
        }
      }
    }
  }

  private static WebDriver chromium() {
    File driver = new File("/usr/bin/chromedriver");
    assertThat(driver)
        .as("Debian's chromium-driver must be installed (apt-get install chromium chromium-driver)")
        .exists();
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
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static long operator(String name, String country, double lat, double lon)
      throws Exception {
    return created(
        Http.postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name + " " + TAG)
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", "City")
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .add("latitude", lat)
                .add("longitude", lon)
                .build()
                .toString()));
  }

  private static void user(String name, long operator) throws Exception {
    created(
        Http.postJson(
            micro.uri("api/v1/users"),
            "{\"username\":\""
                + name
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"OPERATOR_EDITOR\"],\"operatorIds\":["
                + operator
                + "]}"));
  }

  /** A published WOP between A and B with a milestone, A's contact, and two editors. */
  private static void seed() throws Exception {
    long a = operator("Kisumu Water", "KE", -0.09, 34.77);
    long b = operator("Mbarara Water", "UG", -0.61, 30.65);
    operatorA = a;
    operatorB = b;
    platform =
        created(
            Http.postJson(
                micro.uri("api/v1/organisations"),
                "{\"name\":\"East African Platform " + TAG + "\",\"kind\":\"PLATFORM\"}"));
    long c = operator("Arusha Water", "TZ", -3.37, 36.68);
    contactA = "contact-a-" + TAG + "@example.org";
    assertThat(
            Http.postJson(
                    micro.uri("api/v1/operators/" + a + "/contacts"),
                    "{\"name\":\"Grace\",\"email\":\"" + contactA + "\",\"language\":\"EN\"}")
                .statusCode())
        .isEqualTo(200);
    wop =
        created(
            Http.postJson(
                micro.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", "Leak detection " + TAG)
                    .add("objectives", "Halve water losses in two districts.")
                    .add("currency", "USD")
                    .add("plannedStart", LocalDate.now().minusMonths(2).toString())
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("operatorId", a)
                                    .add("role", "MENTOR"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("operatorId", b)
                                    .add("role", "MENTEE")))
                    .add(
                        "supporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", platform)
                                    .add("role", "FACILITATOR")))
                    .build()
                    .toString()));
    String p = "api/v1/partnerships/" + wop;
    assertThat(
            Http.postJson(
                    micro.uri(p + "/milestones"),
                    "{\"title\":\"District meters installed "
                        + TAG
                        + "\",\"plannedDate\":\""
                        + LocalDate.now().plusDays(10)
                        + "\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(Http.postJson(micro.uri(p + "/publication"), "{\"published\":true}").statusCode())
        .isEqualTo(200);
    user("editor-a-" + TAG, a);
    user("editor-c-" + TAG, c);
    created(
        Http.postJson(
            micro.uri("api/v1/users"),
            "{\"username\":\"coordinator-"
                + TAG
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"COORDINATOR\"],\"organisationIds\":["
                + platform
                + "]}"));
  }

  private String url(String path) {
    return micro.uri(path).toString();
  }

  private static void shot(String name) throws Exception {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Bytes the page and its resources transferred, as the browser counts them. */
  private static long transferred() {
    Object bytes =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                    + "var total = n ? n.transferSize : 0;"
                    + "performance.getEntriesByType('resource').forEach(function (r) {"
                    + " total += r.transferSize; });"
                    + "return total;");
    return ((Number) bytes).longValue();
  }

  /**
   * Waits up to 20 s, asking again when the page was replaced between finding an element and
   * reading it (Chromium then answers "Node ... does not belong to the document", not a stale
   * element).
   */
  /**
   * Opens a page and waits for one of its elements (never reading the page before it); when another
   * page comes instead (an error page, a crashed tab), the failure says which.
   */
  private void open(String path, By expected) {
    org.openqa.selenium.WebElement before;
    try {
      before = browser.findElement(By.tagName("html"));
    } catch (org.openqa.selenium.WebDriverException none) {
      before = null;
    }
    browser.get(url(path));
    if (before != null) {
      // Chromium's get() has, now and then, returned while the next document was still coming
      // (after a redirect): wait for the old document to go before looking into the new one
      org.openqa.selenium.WebElement old = before;
      waiting()
          .withMessage(() -> "the page before " + path + " stayed: " + describePage())
          .until(driver -> gone(old));
    }
    waiting()
        .withMessage(() -> "expected " + expected + " on " + path + ", got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(expected));
  }

  /** The browser's current address, title and the start of its text, for failure messages. */
  private static String describePage() {
    try {
      String text = browser.findElement(By.tagName("body")).getText();
      return browser.getCurrentUrl()
          + " \""
          + browser.getTitle()
          + "\": "
          + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text);
    } catch (org.openqa.selenium.WebDriverException e) {
      return "(no page: " + e.getMessage().lines().findFirst().orElse("") + ")";
    }
  }

  /** On a failed test: what the browser showed, in the build's output and as a screenshot. */
  @RegisterExtension
  static final TestWatcher SHOW_PAGE_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser == null) {
            return;
          }
          System.err.println(
              "BrowserIT." + context.getDisplayName() + " failed on: " + describePage());
          try {
            shot("failed-" + context.getRequiredTestMethod().getName());
          } catch (Exception e) {
            System.err.println("no screenshot: " + e);
          }
        }
      };

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  @Test
  @Order(1)
  void theHomePageShowsFiguresChartsAndTheMapAndStaysLight() throws Exception {
    browser.get(url(""));
    waiting()
        .until(
            ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.id("map")), "data-ready"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Water Operators' Partnerships");
    assertThat(
            Long.parseLong(
                browser.findElement(By.id("fig-partnerships")).getText().replaceAll("\\D", "")))
        .isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-ready")))
        .isGreaterThanOrEqualTo(3);
    assertThat(browser.findElements(By.cssSelector(".leaflet-interactive")))
        .hasSizeGreaterThanOrEqualTo(3);
    // the charts were drawn (Chart.js registers each canvas)
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript("return window.Chart && Chart.getChart('chart-region') ? 1 : 0;"))
        .isEqualTo(1L);
    assertThat(browser.findElements(By.cssSelector("path.leaflet-interactive[fill='none']")))
        .as("the partnership drawn between its operators")
        .isNotEmpty();
    long firstVisit = transferred();
    weights.append("home page, first visit: ").append(firstVisit).append(" bytes\n");
    assertThat(firstVisit).as("home page, first visit").isLessThanOrEqualTo(400 * 1024);
    shot("home");
  }

  @Test
  @Order(2)
  void theDirectoryFindsThePartnershipAndItsProfileOpens() throws Exception {
    open("directory.xhtml", By.id("q"));
    browser.findElement(By.id("q")).sendKeys("Leak detection " + TAG);
    click("search-go");
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Leak detection " + TAG)));
    assertThat(browser.findElement(By.id("result-count")).getText()).startsWith("1 ");
    long directory = transferred();
    weights.append("directory, later visit: ").append(directory).append(" bytes\n");
    assertThat(directory).as("directory, later visit").isLessThanOrEqualTo(150 * 1024);
    shot("directory");

    browser.findElement(By.linkText("Leak detection " + TAG)).click();
    waiting().until(ExpectedConditions.textToBe(By.id("wop-title"), "Leak detection " + TAG));
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("District meters installed");
    assertThat(browser.findElements(By.cssSelector(".reach-button")))
        .as("anonymous: no actions")
        .isEmpty();
    long profile = transferred();
    weights.append("WOP profile, later visit: ").append(profile).append(" bytes\n");
    assertThat(profile).as("WOP profile, later visit").isLessThanOrEqualTo(150 * 1024);
    shot("wop-profile");

    // why it is not yet compliant, in the reader's language, the operators named
    open("wop.xhtml?id=" + wop + "&lang=fr", By.cssSelector(".reasons"));
    assertThat(browser.findElement(By.cssSelector(".reasons")).getText())
        .contains("Kisumu Water " + TAG)
        // the current version: other test classes sharing the database may have published more
        .containsPattern("version \\d+ de la Charte");
    open("wop.xhtml?id=" + wop + "&lang=en", By.cssSelector(".reasons"));
    assertThat(browser.findElement(By.cssSelector(".reasons")).getText())
        .contains("Kisumu Water " + TAG + ", Mbarara Water " + TAG)
        .containsPattern("not yet endorsed Charter version \\d+");
  }

  @Test
  @Order(3)
  void thePagesFitAPhoneScreen() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
    try {
      for (String page : List.of("", "directory.xhtml", "wop.xhtml?id=" + wop, "login.xhtml")) {
        browser.get(url(page));
        Object overflow =
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
            .as(page + " scrolls sideways on a phone")
            .isLessThanOrEqualTo(0);
      }
      shot("home-phone");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  @Test
  @Order(3)
  void theLanguageSwitchIsRemembered() throws Exception {
    open("directory.xhtml", By.id("lang-fr"));
    browser.findElement(By.id("lang-fr")).click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Annuaire des WOP"));
    open("", By.tagName("h1"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Partenariats entre opérateurs d'eau (WOP)");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    shot("home-fr");
    browser.findElement(By.id("lang-es")).click();
    waiting()
        .until(
            ExpectedConditions.textToBe(
                By.tagName("h1"), "Alianzas entre Operadores de Agua (WOP)"));
    browser.findElement(By.id("lang-en")).click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Water Operators' Partnerships"));
  }

  /** Fills the login form shown and submits it. */
  private void submitLogin(String username, String password) {
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
  }

  /** The login page refuses these credentials. */
  private void refusedLogin(String username, String password) {
    browser.manage().deleteAllCookies();
    open("login.xhtml", By.id("login:username"));
    submitLogin(username, password);
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login"), "not right"));
  }

  private void signIn(String username) {
    signIn(username, PASSWORD);
  }

  private void signIn(String username, String password) {
    browser.manage().deleteAllCookies();
    open("my/dashboard.xhtml", By.id("login:username"));
    submitLogin(username, password);
    waiting()
        .withMessage(() -> "signed in as " + username + ", got " + describePage())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));
  }

  @Test
  @Order(4)
  void anEditorSignsInMarksAMilestoneReachedAndThePartnersGetAMail() throws Exception {
    refusedLogin("editor-a-" + TAG, "wrong password");

    signIn("editor-a-" + TAG);
    assertThat(browser.findElement(By.id("mine")).getText()).contains("Leak detection " + TAG);
    assertThat(browser.findElement(By.id("due")).getText()).contains("District meters installed");
    shot("dashboard");

    // the sign-in outlives the HTTP session, as when the next request reaches another instance of
    // a cluster: the cookie names a sign-in kept in the database
    org.openqa.selenium.Cookie signIn = browser.manage().getCookieNamed("wops-signin");
    assertThat(signIn).isNotNull();
    assertThat(signIn.isHttpOnly()).isTrue();
    assertThat(signIn.getSameSite()).isEqualTo("Lax");
    browser.manage().deleteCookieNamed("JSESSIONID");
    open("my/dashboard.xhtml", By.id("dashboard-title"));
    assertThat(browser.findElement(By.id("mine")).getText()).contains("Leak detection " + TAG);

    open("wop.xhtml?id=" + wop, By.cssSelector(".reach-button"));
    browser.findElement(By.cssSelector(".reach-button")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "reached"));
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Reached");

    assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("a mail arrives").isTrue();
    List<MimeMessage> toA =
        java.util.Arrays.stream(smtp.getReceivedMessages())
            .filter(
                m -> {
                  try {
                    return java.util.Arrays.toString(m.getAllRecipients()).contains(contactA);
                  } catch (Exception e) {
                    return false;
                  }
                })
            .toList();
    assertThat(toA).isNotEmpty();
    assertThat(toA.get(0).getSubject()).startsWith("Milestone reached:").contains(TAG);

    // signing out ends the sign-in everywhere: the old cookie, sent again, signs nobody in
    click("logout:go");
    assertThat(browser.manage().getCookieNamed("wops-signin")).isNull();
    browser.manage().addCookie(signIn);
    browser.manage().deleteCookieNamed("JSESSIONID");
    open("my/dashboard.xhtml", By.id("login:username"));
  }

  @Test
  @Order(5)
  void anEditorCannotOpenTheEditPageOfAnotherOperatorsPartnership() throws Exception {
    signIn("editor-c-" + TAG);
    open("my/edit.xhtml?id=" + wop, By.id("error-title"));
    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("You may not open this page");
    assertThat(browser.findElement(By.id("error-reference")).getText()).matches(".*[0-9a-f]{8}.*");
    assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
    shot("forbidden");

    signIn("editor-a-" + TAG);
    open("my/edit.xhtml?id=" + wop, By.id("edit:title"));
    browser.findElement(By.id("edit:title")).clear();
    browser.findElement(By.id("edit:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
    assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).isNotBlank();
  }

  /** Clicks a button that submits its form, and waits until the next page replaced this one. */
  private void click(String id) {
    org.openqa.selenium.WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(By.id(id)).click();
    waiting().until(driver -> gone(before));
  }

  /** Whether an element's document has been replaced. */
  private static boolean gone(org.openqa.selenium.WebElement element) {
    try {
      element.getTagName();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException stale) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      // Chromium's answer while the old document is being replaced
      return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
  }

  private void waitForStep(int step) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step" + step)));
  }

  @Test
  @Order(6)
  void anEditorProposesAPartnershipThroughTheWizardAndSeesTheDomainsMessagesByTheirFields()
      throws Exception {
    signIn("editor-a-" + TAG);
    browser.get(url("my/propose.xhtml"));
    waitForStep(1);
    click("wizard:next");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#wizard\\:step1"), "This is required."));
    browser.findElement(By.id("wizard:title")).sendKeys("Wizard WOP " + TAG);
    browser.findElement(By.id("wizard:objectives")).sendKeys("Better billing for both partners.");
    click("wizard:next");
    waitForStep(2);
    browser.findElement(By.id("wizard:filter")).sendKeys(TAG);
    click("wizard:find");
    waitForStep(2);
    List<org.openqa.selenium.WebElement> ops =
        browser.findElements(By.cssSelector("select.participant-operator"));
    new org.openqa.selenium.support.ui.Select(ops.get(0)).selectByValue(String.valueOf(operatorB));
    // both as mentees: the type's role mix is broken, and the domain says so at the end
    new org.openqa.selenium.support.ui.Select(
            browser.findElements(By.cssSelector("select.participant-role")).get(0))
        .selectByValue("MENTEE");
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    assertThat(browser.findElements(By.cssSelector("#template-milestones li")))
        .as("milestones pre-filled from the type's template")
        .isNotEmpty();
    shot("wizard");
    click("wizard:next");
    waitForStep(5);
    assertThat(browser.findElement(By.id("review-title")).getText()).isEqualTo("Wizard WOP " + TAG);
    click("wizard:propose");
    waitForStep(2);
    assertThat(browser.findElement(By.id("wizard:participants-message")).getText())
        .as("the role-mix rule, next to the participants")
        .isNotBlank();
    new org.openqa.selenium.support.ui.Select(
            browser.findElements(By.cssSelector("select.participant-role")).get(0))
        .selectByValue("MENTOR");
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    click("wizard:next");
    waitForStep(5);
    click("wizard:propose");
    waiting().until(ExpectedConditions.textToBe(By.id("wop-title"), "Wizard WOP " + TAG));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("proposed");
  }

  /** The role chosen in each of the wizard's operator lines. */
  private List<String> chosenRoles() {
    return browser.findElements(By.cssSelector("select.participant-role")).stream()
        .map(s -> new Select(s).getFirstSelectedOption().getAttribute("value"))
        .toList();
  }

  /** The roles each of the wizard's operator lines offers. */
  private List<List<String>> offeredRoles() {
    return browser.findElements(By.cssSelector("select.participant-role")).stream()
        .map(s -> new Select(s).getOptions().stream().map(o -> o.getAttribute("value")).toList())
        .toList();
  }

  private void chooseType(String typeId) {
    org.openqa.selenium.WebElement before = browser.findElement(By.tagName("html"));
    // forms.js submits the form as soon as the type changes
    new Select(browser.findElement(By.id("wizard:type"))).selectByValue(typeId);
    waiting().until(driver -> gone(before));
    waitForStep(1);
  }

  @Test
  @Order(6)
  void theWizardOffersTheRolesOfTheChosenTypeAndShowsEachRefusalOnTheStepThatEntersIt()
      throws Exception {
    signIn("editor-a-" + TAG);
    open("my/propose.xhtml", By.id("wizard:step1"));
    chooseType("wop-peer-exchange");
    browser.findElement(By.id("wizard:title")).sendKeys("Échange Kisumu – Mbarara " + TAG);
    browser.findElement(By.id("wizard:objectives")).sendKeys("Partager les méthodes de relève.");
    click("wizard:next");
    waitForStep(2);
    assertThat(offeredRoles())
        .as("a peer exchange offers peers only (and a utility in support)")
        .containsOnly(List.of("PEER", "SUPPORTING"));
    assertThat(chosenRoles()).containsExactly("PEER", "PEER");
    browser.findElement(By.id("wizard:filter")).sendKeys(TAG);
    click("wizard:find");
    waitForStep(2);
    new Select(browser.findElements(By.cssSelector("select.participant-operator")).get(0))
        .selectByValue(String.valueOf(operatorB));
    browser
        .findElements(By.cssSelector("#wizard\\:step2 input[id$=':cash']"))
        .get(0)
        .sendKeys("-5");
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    browser.findElement(By.id("wizard:agreement")).sendKeys("Visites d’étude et ateliers communs.");
    browser.findElement(By.id("wizard:cashValue")).sendKeys("-1");
    click("wizard:next");
    waitForStep(5);
    click("wizard:propose");
    waitForStep(2);
    assertThat(browser.findElement(By.id("wizard:participants-message")).getText())
        .as("a negative contribution of an operator, on the operators' step")
        .isNotBlank();
    browser.findElements(By.cssSelector("#wizard\\:step2 input[id$=':cash']")).get(0).clear();
    click("wizard:next");
    waitForStep(3);
    click("wizard:next");
    waitForStep(4);
    click("wizard:next");
    waitForStep(5);
    click("wizard:propose");
    waitForStep(4);
    assertThat(browser.findElement(By.id("wizard:cashValue-message")).getText())
        .as("a negative value of the agreement, next to it on the agreement's step")
        .isNotBlank();

    // back to the first step: a mentoring type offers mentors and mentees, and lines them up
    click("wizard:back");
    waitForStep(3);
    click("wizard:back");
    waitForStep(2);
    click("wizard:back");
    waitForStep(1);
    chooseType("wop-mentoring");
    click("wizard:next");
    waitForStep(2);
    assertThat(offeredRoles()).containsOnly(List.of("MENTOR", "MENTEE", "SUPPORTING"));
    assertThat(chosenRoles()).containsExactly("MENTOR", "MENTEE");
    // an amount that is no amount is said so next to it, not dropped; one with grouping is read
    org.openqa.selenium.WebElement cash =
        browser.findElements(By.cssSelector("#wizard\\:step2 input[id$=':cash']")).get(0);
    cash.sendKeys("douze mille");
    click("wizard:next");
    waitForStep(2);
    assertThat(browser.findElement(By.cssSelector("#wizard\\:step2 .field-error")).getText())
        .contains("Give an amount in figures");
    cash = browser.findElements(By.cssSelector("#wizard\\:step2 input[id$=':cash']")).get(0);
    cash.clear();
    cash.sendKeys("12,500.50");
    click("wizard:next");
    waitForStep(3);
    // a supporter in a Charter role, with the role in the proposer's words
    click("wizard:add-supporter");
    waitForStep(3);
    new Select(browser.findElement(By.cssSelector("#wizard\\:step3 select[id$=':org']")))
        .selectByValue(String.valueOf(platform));
    new Select(browser.findElement(By.cssSelector("#wizard\\:step3 select[id$=':srole']")))
        .selectByValue("TECHNICAL_SUPPORT");
    browser
        .findElement(By.cssSelector("#wizard\\:step3 input[id$=':srole-description']"))
        .sendKeys("partenaire technique");
    click("wizard:next");
    waitForStep(4);
    browser.findElement(By.id("wizard:cashValue")).clear();
    browser.findElement(By.id("wizard:cashValue")).sendKeys("1000");
    click("wizard:next");
    waitForStep(5);
    click("wizard:propose");
    waiting()
        .until(ExpectedConditions.textToBe(By.id("wop-title"), "Échange Kisumu – Mbarara " + TAG));
    assertThat(browser.findElement(By.id("partners-title")).findElement(By.xpath("..")).getText())
        .contains("Technical support (partenaire technique)");
    String proposed = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    assertThat(Http.get(micro.uri("api/v1/partnerships/" + proposed)).body())
        .as("12,500.50 as typed")
        .containsPattern("\"cashContribution\":12500\\.50?[,}]");
  }

  @Test
  @Order(7)
  void anEditorEndorsesTheCharterForItsOperator() throws Exception {
    signIn("editor-a-" + TAG);
    open("my/charter.xhtml", By.id("charter-principles"));
    assertThat(browser.findElement(By.id("charter-principles")).getText()).isNotBlank();
    browser.findElement(By.cssSelector(".endorse-button")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".endorsed")));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("endorsed");
  }

  @Test
  @Order(8)
  void anEditorSignsTheAgreementRecordsAKpiValueAndSubmitsAnUpdateThatTheCoordinatorApproves()
      throws Exception {
    String p = "api/v1/partnerships/" + wop;
    assertThat(
            Http.putJson(
                    micro.uri(p + "/participants"),
                    "{\"participants\":[{\"operatorId\":"
                        + operatorA
                        + ",\"role\":\"MENTOR\",\"responsibilities\":\"Coach\",\"interests\":\"Learn\"},"
                        + "{\"operatorId\":"
                        + operatorB
                        + ",\"role\":\"MENTEE\",\"responsibilities\":\"Host\",\"interests\":\"Cut losses\"}]}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.putJson(
                    micro.uri(p + "/agreement"),
                    "{\"objectivesAndOutputs\":\"Halve losses.\",\"cashValue\":0,\"inKindValue\":5000}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.postJson(
                    micro.uri(p + "/indicators"),
                    "{\"kpiCode\":\"NRW_PCT\",\"baselineValue\":45,\"baselineDate\":\""
                        + LocalDate.now().minusMonths(1)
                        + "\"}")
                .statusCode())
        .isEqualTo(200);

    signIn("editor-a-" + TAG);
    open("wop.xhtml?id=" + wop, By.cssSelector(".sign-button"));
    browser.findElement(By.cssSelector(".sign-button")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Signed"));
    assertThat(browser.getPageSource()).contains("1 of 2 partners has signed");
    assertThat(browser.findElements(By.cssSelector(".sign-button")))
        .as("B's signature is for B's editors")
        .isEmpty();

    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('.kpi-form input[name=measuredOn]').value = arguments[0];",
            LocalDate.now().toString());
    browser.findElement(By.cssSelector(".kpi-form input[name=value]")).sendKeys("41.5");
    browser.findElement(By.cssSelector(".kpi-button")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "recorded"));

    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('periodStart').value = arguments[0];"
                + "document.getElementById('periodEnd').value = arguments[1];",
            LocalDate.now().minusMonths(1).toString(),
            LocalDate.now().toString());
    browser.findElement(By.id("summary")).sendKeys("Meters installed " + TAG);
    browser.findElement(By.cssSelector(".update-form input[type=submit]")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "submitted"));

    signIn("coordinator-" + TAG);
    assertThat(browser.findElement(By.id("waiting")).getText()).contains("Leak detection " + TAG);
    open("wop.xhtml?id=" + wop, By.cssSelector(".approve-button"));
    browser.findElement(By.cssSelector(".approve-button")).click();
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "approved"));
    assertThat(browser.getPageSource()).contains("Meters installed " + TAG);
  }

  @Test
  @Order(9)
  void theSecretariatImportsOperatorsWithAProgressBarAndAPerRowErrorReport() throws Exception {
    Path good = workDir.resolve("operators.csv");
    StringBuilder csv =
        new StringBuilder(
            "name,shortName,kind,country,city,services,ownership,latitude,longitude,populationServed,connections,allianceMember\n");
    for (int i = 0; i < 250; i++) {
      csv.append("Imported utility ")
          .append(TAG)
          .append(' ')
          .append(i)
          .append(",,UTILITY,SN,Dakar,WATER,PUBLIC,,,,,false\n");
    }
    Files.writeString(good, csv.toString());
    Path bad = workDir.resolve("bad.csv");
    Files.writeString(
        bad,
        "name,shortName,kind,country,city,services,ownership\n"
            + "Fine utility "
            + TAG
            + ",,UTILITY,SN,Thies,WATER,PUBLIC\n"
            + "Broken utility,,UTILITY,XX,Thies,WATER,PUBLIC\n");

    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("my/import.xhtml", By.cssSelector("input[type=file]"));
    browser
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(bad.toAbsolutePath().toString());
    click("import:check");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
    assertThat(browser.findElement(By.id("import-errors")).getText())
        .contains("3")
        .contains("country");
    assertThat(browser.findElement(By.id("import-status")).getText())
        .contains("nothing was imported");

    open("my/import.xhtml", By.cssSelector("input[type=file]"));
    browser
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(good.toAbsolutePath().toString());
    click("import:check");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-status"), "250 of 250"));
    shot("import");
    String exported =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(micro.uri("api/v1/operators/export.csv"))
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(exported).contains("Imported utility " + TAG + " 249");

    open("admin/index.xhtml", By.id("users"));
    assertThat(browser.findElement(By.id("users")).getText()).contains("editor-a-" + TAG);
    // the secretariat sees whom a user acts for by name, not only by id
    assertThat(
            browser
                .findElement(
                    By.xpath(
                        "//tr[contains(@class,'user-row')][@data-user='editor-a-"
                            + TAG
                            + "']//td[contains(@class,'operator-names')]"))
                .getText()
                .strip())
        .isEqualTo("Kisumu Water " + TAG + " (Kenya)");
    assertThat(
            browser
                .findElement(
                    By.xpath(
                        "//tr[contains(@class,'user-row')][@data-user='coordinator-"
                            + TAG
                            + "']//td[contains(@class,'organisation-names')]"))
                .getText()
                .strip())
        .startsWith("East African Platform " + TAG);
    // the secretariat extends a reference list; a bad code is refused with the rule's message
    String code = "AREA_" + TAG.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "X");
    browser.findElement(By.id("wa-code")).sendKeys("lower case");
    browser.findElement(By.id("wa-en")).sendKeys("Procurement " + TAG);
    browser.findElement(By.id("wa-fr")).sendKeys("Achats " + TAG);
    browser.findElement(By.id("wa-es")).sendKeys("Compras " + TAG);
    click("new-area:add-area");
    assertThat(browser.findElement(By.id("messages")).getText()).contains("upper-case");
    browser.findElement(By.id("wa-code")).clear();
    browser.findElement(By.id("wa-code")).sendKeys(code);
    browser.findElement(By.id("wa-en")).clear();
    browser.findElement(By.id("wa-en")).sendKeys("Procurement " + TAG);
    browser.findElement(By.id("wa-fr")).clear();
    browser.findElement(By.id("wa-fr")).sendKeys("Achats " + TAG);
    browser.findElement(By.id("wa-es")).clear();
    browser.findElement(By.id("wa-es")).sendKeys("Compras " + TAG);
    click("new-area:add-area");
    assertThat(browser.findElement(By.id("areas")).getText()).contains(code);
    // a source's label an import met and nobody mapped: the secretariat maps it once (issue 16.6)
    String label = "Réduction des pertes en eau " + TAG;
    HttpResponse<String> seen =
        Http.send(
            "PUT",
            java.net.URI.create(
                url(
                    "api/v1/reference/working-area-labels/"
                        + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"))),
            "{\"code\":null}",
            Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD));
    assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
    open("admin/index.xhtml", By.id("area-labels"));
    By row = By.cssSelector("li.area-label[data-label='reduction des pertes en eau " + TAG + "']");
    assertThat(browser.findElement(row).getAttribute("class")).contains("unmapped");
    assertThat(browser.findElement(row).getText())
        .as("the English page quotes as English does (session 13)")
        .contains("“" + label + "”")
        .doesNotContain("«");
    new org.openqa.selenium.support.ui.Select(
            browser.findElement(row).findElement(By.cssSelector("select[name=code]")))
        .selectByValue("NRW");
    org.openqa.selenium.WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(row).findElement(By.cssSelector("input.map-label")).click();
    waiting().until(driver -> gone(before));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Mapping saved");
    assertThat(browser.findElement(row).getAttribute("class")).doesNotContain("unmapped");
    assertThat(
            Http.array(
                    Http.send(
                        "GET",
                        java.net.URI.create(url("api/v1/reference/working-area-labels")),
                        null,
                        Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)))
                .getValuesAs(jakarta.json.JsonObject.class))
        .anySatisfy(
            m -> {
              assertThat(m.getString("label")).isEqualTo(label);
              assertThat(m.getString("code")).isEqualTo("NRW");
              assertThat(m.getString("mappedBy")).isEqualTo(Http.ADMIN_USER);
            });
    open("directory.xhtml?lang=fr", By.id("area"));
    assertThat(browser.findElement(By.id("area")).getText()).contains("Achats " + TAG);
    browser.get(url("directory.xhtml?lang=en"));
    shot("admin");
  }

  @Test
  @Order(10)
  void anOperatorsProfileListsItsPartnershipsAndTheSecretariatDisablesAUser() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(url("operator.xhtml?id=" + operatorA));
    waiting()
        .withMessage(
            () -> browser.getTitle() + ": " + browser.findElement(By.tagName("body")).getText())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("operator-name")));
    assertThat(browser.findElement(By.id("operator-name")).getText())
        .isEqualTo("Kisumu Water " + TAG);
    assertThat(browser.findElement(By.id("main")).getText())
        .contains("Leak detection " + TAG)
        .doesNotContain("Exception");
    shot("operator");

    // the secretariat disables a user on the Administration page: the user can no longer sign in
    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("admin/index.xhtml", By.id("users"));
    String editor = "editor-c-" + TAG;
    org.openqa.selenium.WebElement row =
        browser.findElement(
            By.xpath(
                "//tr[contains(@class,'user-row')][.//strong[normalize-space()='"
                    + editor
                    + "']]"));
    org.openqa.selenium.WebElement enabled = row.findElement(By.name("enabled"));
    assertThat(enabled.isSelected()).isTrue();
    enabled.click();
    org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
    row.findElement(By.cssSelector("input[type=submit]")).click();
    waiting().until(ExpectedConditions.stalenessOf(page));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("The user is changed");
    assertThat(
            Http.array(Http.get(micro.uri("api/v1/users")))
                .getValuesAs(jakarta.json.JsonObject.class))
        .anySatisfy(
            u -> {
              assertThat(u.getString("username")).isEqualTo(editor);
              assertThat(u.getBoolean("enabled")).isFalse();
            });

    refusedLogin(editor, PASSWORD);
  }

  @Test
  @Order(12)
  void aMailThatCouldNotBeSentIsListedForTheSecretariatWhoSendsItAgain() throws Exception {
    String p = "api/v1/partnerships/" + wop;
    String title = "Outbox check " + TAG;
    HttpResponse<String> added =
        Http.postJson(
            micro.uri(p + "/milestones"),
            "{\"title\":\"" + title + "\",\"plannedDate\":\"" + LocalDate.now() + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    long milestone =
        Http.object(added)
            .getJsonArray("milestones")
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(m -> m.getString("title").equals(title))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    // the mail server is down when the milestone is reached: the mail fails twice, then is FAILED
    smtp.stop();
    try {
      HttpResponse<String> reached =
          Http.postJson(
              micro.uri(p + "/milestones/" + milestone + "/reached"),
              "{\"actualDate\":\"" + LocalDate.now() + "\"}");
      assertThat(reached.statusCode()).as(reached.body()).isEqualTo(200);
      signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
      By failedRow =
          By.xpath(
              "//section[@id='outbox']//tr[contains(@class,'status-FAILED')][contains(., '"
                  + title
                  + "')]");
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .pollingEvery(Duration.ofSeconds(1))
          .withMessage(() -> "no failed mail listed: " + describePage())
          .until(
              driver -> {
                driver.get(url("admin/index.xhtml"));
                return !driver.findElements(failedRow).isEmpty();
              });
      assertThat(browser.findElement(failedRow).getText()).contains(contactA);
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView()", browser.findElement(failedRow));
      shot("admin-outbox");
    } finally {
      smtp = startSmtp();
    }
    org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(failedRowButton(title)).click();
    waiting().until(ExpectedConditions.stalenessOf(page));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("The mail will be sent again");

    MimeMessage resent =
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .withMessage("the mail arrives once re-sent")
            .until(
                driver ->
                    java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(
                            m -> {
                              try {
                                return m.getSubject().contains(title);
                              } catch (Exception e) {
                                return false;
                              }
                            })
                        .findFirst()
                        .orElse(null));
    assertThat(java.util.Arrays.toString(resent.getAllRecipients())).contains(contactA);
  }

  private static By failedRowButton(String text) {
    return By.xpath(
        "//section[@id='outbox']//tr[contains(@class,'status-FAILED')][contains(., '"
            + text
            + "')]//input[@type='submit']");
  }

  @Test
  @Order(11)
  void theSecretariatPublishesANewCharterVersionThatBecomesTheCurrentOne() throws Exception {
    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    open("admin/index.xhtml", By.id("new-charter"));
    String title = "WOP Charter " + TAG;
    browser.findElement(By.id("c-title")).sendKeys(title);
    browser
        .findElement(By.id("c-principles"))
        .sendKeys("Not for profit; peer to peer; every partner learns.");
    browser
        .findElement(By.id("c-conduct"))
        .sendKeys("Partners keep the agreement they sign and report honestly.");
    org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("#new-charter input[type=submit]")).click();
    waiting().until(ExpectedConditions.stalenessOf(page));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("The new Charter version is published");
    assertThat(browser.findElement(By.id("charter")).getText()).contains(title);
    // the API and the Charter page now show it as the current version
    HttpResponse<String> current = Http.get(micro.uri("api/v1/charter"));
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(Http.object(current).getString("title")).isEqualTo(title);
    open("my/charter.xhtml", By.id("charter-principles"));
    assertThat(browser.findElement(By.id("charter-principles")).getText())
        .contains("every partner learns");
  }
}
