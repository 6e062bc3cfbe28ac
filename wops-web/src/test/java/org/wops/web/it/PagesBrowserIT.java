package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
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
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wops.web.it.support.Chromium;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * What a reader sees on the pages, in EN, FR and ES, at desktop and phone width, in a real headless
 * Chromium against the WAR on PostgreSQL: the header on one line, the wizard's pickers and buttons,
 * money with its currency, countries and dates in the reader's language, plurals, the KPI chart's
 * axis and unit, the directory cards, the WOP profile's facts, work plan and costs (and "not
 * stated" for a contribution nobody stated), the secretariat's page (roles, users table, operators
 * picked by name, the outbox list), no error in the console, and the favicon. The mail server is
 * unreachable on purpose: every mail of the outbox fails, for the outbox list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserIT {
  private static final String PASSWORD = "pages-test-password";
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String TITLE = "Réduction des pertes à Kisumu – phase 2 " + TAG;
  private static final String LONG_NAME =
      "Highlands Water Board and Sanitation Services Corporation of the Aberdare Ranges " + TAG;
  private static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private static PayaraMicroProcess micro;
  private static Chromium browser;
  private static long dresden;
  private static long benin;
  private static long kisumu;
  private static long ministry;
  private static long danang;
  private static long highlands;
  private static long gwopa;
  private static long wop;
  private static final LocalDate START = LocalDate.now().minusMonths(3).withDayOfMonth(14);
  private static final LocalDate END = START.plusYears(2).minusDays(1);

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    // nothing listens there: every mail fails twice, a second apart, then is FAILED
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(PayaraMicroProcess.freePort()));
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_RETRY_BASE_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_MAX_ATTEMPTS", "2");
    env.put("WOPS_MAP_TILES", "none");
    Path work = Path.of("target", "pages-browser-it");
    Files.createDirectories(work);
    micro = PayaraMicroProcess.start(work, PayaraMicroProcess.freePort(), env);
    seed();
    browser = Chromium.start(micro.uri(""));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (micro != null) {
        micro.close();
      }
    }
  }

  @RegisterExtension
  static final TestWatcher SHOW_PAGE_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser == null) {
            return;
          }
          System.err.println(
              "PagesBrowserIT." + context.getDisplayName() + ": " + browser.describe());
          try {
            browser.shot("failed-pages-" + context.getRequiredTestMethod().getName());
          } catch (Exception e) {
            System.err.println("no screenshot: " + e);
          }
        }
      };

  // ---------------------------------------------------------------- data, through the API

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static void ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
  }

  private static double place = 0;

  private static long operator(String name, String kind, String country, String city)
      throws Exception {
    place += 1.5;
    return created(
        Http.postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", kind)
                .add("country", country)
                .add("city", city)
                .add("services", "WATER_AND_SANITATION")
                .add("ownership", "PUBLIC")
                .add("latitude", -10 + place)
                .add("longitude", 10 + place)
                .build()
                .toString()));
  }

  private static void contact(long operator, String name, String email) throws Exception {
    ok(
        Http.postJson(
            micro.uri("api/v1/operators/" + operator + "/contacts"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("language", "FR")
                .build()
                .toString()));
  }

  private static JsonObject participant(long operator, String role, String cash, String inKind) {
    var p =
        Json.createObjectBuilder()
            .add("operatorId", operator)
            .add("role", role)
            .add("responsibilities", "Coaching and field work – Dji’i district")
            .add("interests", "Fewer losses, shared know-how");
    if (cash != null) {
      p.add("cashContribution", new BigDecimal(cash));
    }
    if (inKind != null) {
      p.add("inKindContribution", new BigDecimal(inKind));
    }
    return p.build();
  }

  /**
   * Two mentors from two countries (one stating its contributions, one stating none), a utility and
   * a ministry as mentees, a supporting alliance that states no contribution; a work plan, an
   * output, costs, a KPI in hours/day with values; one signature of four; published.
   */
  private static void seed() throws Exception {
    dresden = operator("Stadtentwässerung Dresden " + TAG, "UTILITY", "DE", "Dresden");
    benin = operator("Société Béninoise des Eaux " + TAG, "UTILITY", "BJ", "Cotonou");
    kisumu = operator("Kisumu Water and Sewerage Company " + TAG, "UTILITY", "KE", "Kisumu");
    ministry =
        operator(
            "Ministry of Water, Sanitation and Irrigation " + TAG,
            "PUBLIC_AUTHORITY",
            "KE",
            "Nairobi");
    danang = operator("Công ty Cấp nước Đà Nẵng " + TAG, "UTILITY", "VN", "Đà Nẵng");
    highlands = operator(LONG_NAME, "UTILITY", "KE", "Nyeri");
    operator("الشركة الوطنية للمياه " + TAG, "UTILITY", "TN", "Tunis");
    gwopa =
        created(
            Http.postJson(
                micro.uri("api/v1/organisations"),
                Json.createObjectBuilder()
                    .add("name", "Global Water Operators’ Partnerships Alliance " + TAG)
                    .add("shortName", "GWOPA")
                    .add("kind", "PLATFORM")
                    .build()
                    .toString()));
    contact(kisumu, "Grace Achieng’", "grace-" + TAG + "@kiwasco.example.org");
    contact(kisumu, "Otieno Ouma", "otieno-" + TAG + "@kiwasco.example.org");
    contact(dresden, "Jürgen Müller", "juergen-" + TAG + "@dresden.example.de");
    wop =
        created(
            Http.postJson(
                micro.uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", TITLE)
                    .add("objectives", "Réduire l’eau non facturée de 45 % à 30 % à Kisumu.")
                    .add("currency", "EUR")
                    .add("plannedStart", START.toString())
                    .add("plannedEnd", END.toString())
                    .add("workingAreas", Json.createArrayBuilder().add("NRW"))
                    .add("countries", Json.createArrayBuilder().add("DE").add("BJ").add("KE"))
                    .add(
                        "participants",
                        Json.createArrayBuilder()
                            .add(participant(dresden, "MENTOR", "12000", "8000.50"))
                            .add(participant(benin, "MENTOR", null, null))
                            .add(participant(kisumu, "MENTEE", "0", null))
                            .add(participant(ministry, "MENTEE", null, null)))
                    .add(
                        "supporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", gwopa)
                                    .add("role", "FACILITATOR")))
                    .build()
                    .toString()));
    String p = "api/v1/partnerships/" + wop;
    ok(
        Http.putJson(
            micro.uri(p + "/agreement"),
            "{\"objectivesAndOutputs\":\"Halve losses in two pilot zones.\",\"cashValue\":12000,"
                + "\"inKindValue\":8000.5}"));
    ok(
        Http.postJson(
            micro.uri(p + "/signatures"),
            "{\"operatorId\":" + dresden + ",\"signedBy\":\"Jürgen Müller\"}"));
    ok(
        Http.postJson(
            micro.uri(p + "/activities"),
            Json.createObjectBuilder()
                .add("title", "Pose de compteurs de district – zone Nyalenda")
                .add("workingArea", "NRW")
                .add("startDate", START.plusMonths(1).toString())
                .add("endDate", START.plusMonths(7).toString())
                .add("budget", new BigDecimal("45000"))
                .add("responsible", "Grace Achieng’")
                .build()
                .toString()));
    ok(
        Http.postJson(
            micro.uri(p + "/outputs"),
            Json.createObjectBuilder()
                .add("title", "District meters installed")
                .add("unit", "meters")
                .add("quantity", 24)
                .add("completionDate", START.plusMonths(8).toString())
                .add("meansOfVerification", "Commissioning reports")
                .build()
                .toString()));
    ok(
        Http.postJson(
            micro.uri(p + "/costs"),
            "{\"category\":\"TRAVEL\",\"description\":\"Missions Dresden – Kisumu\",\"amount\":18500}"));
    ok(
        Http.postJson(
            micro.uri(p + "/costs"),
            "{\"category\":\"EQUIPMENT\",\"description\":\"Débitmètres\",\"amount\":26500.75}"));
    HttpResponse<String> indicator =
        Http.postJson(
            micro.uri(p + "/indicators"),
            "{\"kpiCode\":\"CONTINUITY\",\"baselineValue\":14,\"baselineDate\":\"" + START + "\"}");
    ok(indicator);
    long indicatorId =
        Http.object(indicator).getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("kpiCode").equals("CONTINUITY"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    ok(
        Http.postJson(
            micro.uri(p + "/indicators/" + indicatorId + "/values"),
            "{\"measuredOn\":\""
                + START.plusMonths(2)
                + "\",\"value\":17.5,\"unit\":\"hours/day\"}"));
    ok(Http.postJson(micro.uri(p + "/publication"), "{\"published\":true}"));
    for (String user : List.of("editor-" + TAG)) {
      created(
          Http.postJson(
              micro.uri("api/v1/users"),
              "{\"username\":\""
                  + user
                  + "\",\"password\":\""
                  + PASSWORD
                  + "\",\"roles\":[\"OPERATOR_EDITOR\"],\"operatorIds\":["
                  + kisumu
                  + "]}"));
    }
  }

  // ---------------------------------------------------------------- helpers

  private void signIn(String username, String password) {
    browser.signIn(username, password);
  }

  private void signInAsAdmin() {
    signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  }

  /** Opens the page in a language (the switch is remembered for the next pages). */
  private void open(String path, String lang, By expected) {
    browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, expected);
  }

  /** Screenshots of the page as it is, at desktop then phone width (whole page). */
  private void shots(String name) throws Exception {
    browser.size(Chromium.DESKTOP);
    browser.fullShot(name + "-desktop");
    browser.size(Chromium.PHONE);
    browser.fullShot(name + "-phone");
    assertThat(
            ((Number)
                    browser.js("return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue())
        .as(name + ": nothing wider than the phone's screen")
        .isLessThanOrEqualTo(0);
    browser.size(Chromium.DESKTOP);
  }

  private static Locale locale(String lang) {
    return Locale.forLanguageTag(lang);
  }

  private static String date(LocalDate d, String lang) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(lang)).format(d);
  }

  private static String money(String amount, String lang) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale(lang));
    f.setCurrency(Currency.getInstance("EUR"));
    BigDecimal a = new BigDecimal(amount);
    if (a.stripTrailingZeros().scale() <= 0) {
      f.setMinimumFractionDigits(0);
      f.setMaximumFractionDigits(0);
    }
    return Chromium.spaces(f.format(a));
  }

  private static String country(String code, String lang) {
    return new Locale("", code).getDisplayCountry(locale(lang));
  }

  // ---------------------------------------------------------------- the tests

  @Test
  @Order(1)
  void theHeaderStaysOnOneLineAtDesktopWidthInEveryLanguageForTheSecretariat() throws Exception {
    signInAsAdmin();
    for (String lang : LANGUAGES) {
      browser.size(Chromium.DESKTOP);
      open("", lang, By.id("nav-admin"));
      @SuppressWarnings("unchecked")
      List<Number> tops =
          (List<Number>)
              browser.js(
                  "return Array.from(document.querySelectorAll("
                      + "'header.top nav a, header.top .brand, header.top .langs a, #logout\\\\:go'))"
                      + ".map(function (e) { var r = e.getBoundingClientRect(); return r.top + r.height / 2; });");
      assertThat(tops).as(lang + ": the header's links").hasSizeGreaterThanOrEqualTo(10);
      double first = tops.get(0).doubleValue();
      assertThat(tops)
          .as(lang + ": every link of the header on one line (their middles, in px)")
          .allSatisfy(t -> assertThat(Math.abs(t.doubleValue() - first)).isLessThan(4));
      long headerHeight =
          ((Number) browser.js("return document.querySelector('header.top').offsetHeight;"))
              .longValue();
      assertThat(headerHeight).as(lang + ": one line of header").isLessThan(64);
      assertThat(
              ((Number)
                      browser.js(
                          "return document.querySelector('header.top .account').getBoundingClientRect().left"
                              + " - Array.from(document.querySelectorAll('header.top nav a')).pop()"
                              + ".getBoundingClientRect().right;"))
                  .doubleValue())
          .as(lang + ": the menu's last link ends before the languages and the account begin")
          .isGreaterThanOrEqualTo(0);
      assertThat(
              ((Number)
                      browser.js(
                          "var r = document.getElementById('logout:go').getBoundingClientRect();"
                              + "return window.innerWidth - r.right;"))
                  .doubleValue())
          .as(lang + ": sign-out inside the window")
          .isGreaterThan(0);
      shots("pages-home-admin-" + lang);
    }
  }

  @Test
  @Order(2)
  void theWopProfileShowsItsFactsWorkPlanCostsAndMoneyInTheReadersLanguage() throws Exception {
    browser.driver().manage().deleteAllCookies();
    Map<String, String> notStated =
        Map.of("en", "not stated", "fr", "non indiqué", "es", "no indicado");
    Map<String, String> signed =
        Map.of(
            "en", "1 of 4 partners has signed",
            "fr", "1 partenaire sur 4 a signé",
            "es", "1 de 4 socios ha firmado");
    Map<String, String> hours = Map.of("en", "hours/day", "fr", "heures/jour", "es", "horas/día");
    Map<String, String> type =
        Map.of(
            "en", "Water Operators' Partnership",
            "fr", "Partenariat entre opérateurs d'eau",
            "es", "Alianza entre operadores de agua");
    for (String lang : LANGUAGES) {
      open("wop.xhtml?id=" + wop, lang, By.id("wop-facts"));
      browser.consoleErrors();
      assertThat(browser.text(By.id("wop-title"))).isEqualTo(TITLE);
      assertThat(browser.text(By.id("wop-planned")))
          .isEqualTo(Chromium.spaces(date(START, lang) + " – " + date(END, lang)));
      assertThat(browser.text(By.id("wop-type"))).isEqualTo(type.get(lang));
      Collator order = Collator.getInstance(locale(lang));
      List<String> countries =
          new ArrayList<>(List.of(country("DE", lang), country("BJ", lang), country("KE", lang)));
      countries.sort(order);
      assertThat(browser.text(By.id("wop-countries"))).isEqualTo(String.join(", ", countries));

      // the partners' contributions: each amount with its currency, "not stated" where nobody
      // stated one (never "0 EUR"), a stated zero as zero
      WebElement table = browser.find(By.xpath("//section[@aria-labelledby='partners-title']"));
      String rows = Chromium.spaces(table.getText());
      assertThat(rows)
          .contains(money("12000", lang))
          .contains(money("8000.50", lang))
          .contains(money("0", lang))
          .contains(notStated.get(lang));
      List<WebElement> cells = table.findElements(By.cssSelector("td.contribution"));
      assertThat(cells).hasSize(4 * 2 + 1);
      long unstated =
          cells.stream()
              .filter(c -> Chromium.spaces(c.getText()).equals(notStated.get(lang)))
              .count();
      assertThat(unstated)
          .as("Béninoise's two, Kisumu's in-kind, the ministry's two, GWOPA's")
          .isEqualTo(6);

      assertThat(browser.text(By.id("signature-count"))).isEqualTo(signed.get(lang));
      assertThat(browser.text(By.id("activities")))
          .contains("Pose de compteurs de district – zone Nyalenda")
          .contains(money("45000", lang))
          .contains(Chromium.spaces(date(START.plusMonths(1), lang)))
          .contains("Grace Achieng’");
      assertThat(browser.text(By.id("outputs")))
          .contains("District meters installed")
          .contains("24 meters")
          .contains(Chromium.spaces(date(START.plusMonths(8), lang)));
      assertThat(browser.text(By.id("cost-lines"))).contains("Missions Dresden – Kisumu");
      assertThat(browser.text(By.id("costs-total"))).isEqualTo(money("45000.75", lang));

      // the KPI chart: dates in the reader's language on its axis, its unit translated
      browser
          .waiting()
          .until(
              ExpectedConditions.attributeToBe(
                  By.cssSelector("canvas.kpi-chart"), "data-ready", "true"));
      @SuppressWarnings("unchecked")
      List<String> axis =
          (List<String>)
              browser.js(
                  "return Chart.getChart(document.querySelector('canvas.kpi-chart')).data.labels;");
      assertThat(axis.stream().map(Chromium::spaces))
          .startsWith(
              Chromium.spaces(date(START, lang)), Chromium.spaces(date(START.plusMonths(2), lang)));
      assertThat(axis).noneMatch(x -> x.matches("\\d{4}-\\d{2}-\\d{2}"));
      assertThat(
              browser.js(
                  "return Chart.getChart(document.querySelector('canvas.kpi-chart'))"
                      + ".options.scales.y.title.text;"))
          .isEqualTo(hours.get(lang));
      assertThat(browser.text(By.cssSelector("#kpis figcaption"))).contains(hours.get(lang));
      assertThat(browser.consoleErrors()).as(lang + ": the console of the profile").isEmpty();
      shots("pages-wop-" + lang);
    }
  }

  @Test
  @Order(3)
  void directoryCardsLabelTheDateAndNameThePartnersAndTheCountries() throws Exception {
    browser.driver().manage().deleteAllCookies();
    Map<String, String> start =
        Map.of("en", "planned start", "fr", "début prévu le", "es", "inicio previsto el");
    Map<String, String> partnersLabel =
        Map.of("en", "Partners:", "fr", "Partenaires :", "es", "Socios:");
    Map<String, String> countriesLabel =
        Map.of("en", "Countries:", "fr", "Pays :", "es", "Países:");
    Map<String, String> one =
        Map.of("en", "1 partnership", "fr", "1 partenariat", "es", "1 alianza");
    for (String lang : LANGUAGES) {
      open("directory.xhtml?q=" + TAG, lang, By.id("results"));
      browser.consoleErrors();
      // the count in the singular (issue 13: "1 partenariats", "1 alianzas")
      assertThat(browser.text(By.id("result-count"))).isEqualTo(one.get(lang));
      WebElement card =
          browser
              .waiting()
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.xpath("//li[@class='card'][.//a[normalize-space()='" + TITLE + "']]")));
      String text = Chromium.spaces(card.getText());
      assertThat(text).contains(start.get(lang) + " " + Chromium.spaces(date(START, lang)));
      assertThat(Chromium.spaces(card.findElement(By.cssSelector(".card-partners")).getText()))
          .startsWith(Chromium.spaces(partnersLabel.get(lang)))
          .contains("Stadtentwässerung Dresden " + TAG)
          .contains("Société Béninoise des Eaux " + TAG)
          .contains("Ministry of Water, Sanitation and Irrigation " + TAG);
      Collator order = Collator.getInstance(locale(lang));
      List<String> countries =
          new ArrayList<>(List.of(country("DE", lang), country("BJ", lang), country("KE", lang)));
      countries.sort(order);
      assertThat(Chromium.spaces(card.findElement(By.cssSelector(".card-countries")).getText()))
          .isEqualTo(
              Chromium.spaces(countriesLabel.get(lang)) + " " + String.join(", ", countries));
      assertThat(browser.consoleErrors()).as(lang + ": the console of the directory").isEmpty();
      shots("pages-directory-" + lang);
    }
  }

  @Test
  @Order(4)
  void anOperatorsProfileNamesItsCountryInTheReadersLanguage() throws Exception {
    browser.driver().manage().deleteAllCookies();
    Map<String, String> kenya =
        Map.of("en", "Kisumu, Kenya", "fr", "Kisumu, Kenya", "es", "Kisumu, Kenia");
    for (String lang : LANGUAGES) {
      open("operator.xhtml?id=" + kisumu, lang, By.id("operator-place"));
      assertThat(browser.text(By.id("operator-place"))).isEqualTo(kenya.get(lang));
      shots("pages-operator-" + lang);
      open("operator.xhtml?id=" + benin, lang, By.id("operator-place"));
      assertThat(browser.text(By.id("operator-place")))
          .isEqualTo("Cotonou, " + country("BJ", lang));
    }
    assertThat(country("BJ", "fr")).isEqualTo("Bénin");
  }

  @Test
  @Order(5)
  void theWizardShowsWholeOperatorNamesTheCurrencyBesideAmountsAndASecondaryRemove()
      throws Exception {
    signIn("editor-" + TAG, PASSWORD);
    for (String lang : LANGUAGES) {
      open("my/propose.xhtml", lang, By.id("wizard:step1"));
      browser.find(By.id("wizard:title")).sendKeys("Jumelage Đà Nẵng – Kisumu " + TAG);
      browser.find(By.id("wizard:objectives")).sendKeys("Partager les méthodes de détection.");
      browser.find(By.id("wizard:currency")).clear();
      browser.find(By.id("wizard:currency")).sendKeys("EUR");
      browser.click(By.id("wizard:next"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step2")));
      browser.find(By.id("wizard:filter")).sendKeys(TAG);
      browser.click(By.id("wizard:find"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step2")));
      WebElement select = browser.findAll(By.cssSelector("select.participant-operator")).get(0);
      new Select(select).selectByValue(String.valueOf(highlands));
      select = browser.findAll(By.cssSelector("select.participant-operator")).get(0);
      Object fits =
          browser.js(
              "var s = arguments[0]; var c = document.createElement('canvas').getContext('2d');"
                  + "c.font = getComputedStyle(s).font;"
                  + "return c.measureText(s.options[s.selectedIndex].text).width + 32 <= s.clientWidth;",
              select);
      assertThat(fits)
          .as(lang + ": the whole operator name shows in the drop-down")
          .isEqualTo(true);
      assertThat(new Select(select).getFirstSelectedOption().getText()).contains(LONG_NAME);

      // the currency beside each amount
      WebElement cash = browser.find(By.cssSelector("#wizard\\:step2 fieldset .amount"));
      assertThat(cash.getText()).contains("EUR");

      // "Remove" is a secondary, removing action: not the primary button's look
      WebElement remove = browser.findAll(By.cssSelector(".remove-participant")).get(0);
      WebElement next = browser.find(By.id("wizard:next"));
      String removeBackground =
          (String) browser.js("return getComputedStyle(arguments[0]).backgroundColor;", remove);
      String nextBackground =
          (String) browser.js("return getComputedStyle(arguments[0]).backgroundColor;", next);
      assertThat(removeBackground).isNotEqualTo(nextBackground).isEqualTo("rgb(255, 255, 255)");
      assertThat(
              (String) browser.js("return getComputedStyle(arguments[0]).borderTopStyle;", remove))
          .isEqualTo("solid");
      shots("pages-wizard-" + lang);
    }
  }

  @Test
  @Order(6)
  void theSecretariatsPageTranslatesRolesAlignsTheUsersAndPicksOperatorsByName() throws Exception {
    signInAsAdmin();
    Map<String, String> editorRole =
        Map.of(
            "en",
            "Operator editor",
            "fr",
            "Rédaction pour un opérateur",
            "es",
            "Edición para un operador");
    String row = "//tr[contains(@class,'user-row')][@data-user='editor-" + TAG + "']";
    for (String lang : LANGUAGES) {
      open("admin/index.xhtml", lang, By.id("users-table"));
      String users = browser.text(By.id("users-table"));
      assertThat(users).contains(editorRole.get(lang));
      // the test's own row: other test classes name organisations "Authz DONOR ..."
      String own = browser.text(By.xpath(row));
      for (String code : List.of("OPERATOR_EDITOR", "COORDINATOR", "DONOR", "ADMIN")) {
        assertThat(own).as(lang + ": no role code shown").doesNotContain(code);
      }
      // each cell under its heading
      @SuppressWarnings("unchecked")
      List<Object> columns =
          (List<Object>)
              browser.js(
                  "var t = document.getElementById('users-table');"
                      + "var heads = t.tHead.rows[0].cells; var cells = t.tBodies[0].rows[0].cells;"
                      + "var out = []; for (var i = 0; i < heads.length; i++) {"
                      + " out.push([heads[i].getBoundingClientRect().left, cells[i] ? cells[i].getBoundingClientRect().left : -1]); }"
                      + "return [out.length, cells.length].concat(out);");
      assertThat(((Number) columns.get(0)).longValue())
          .as(lang + ": a cell per heading")
          .isEqualTo(((Number) columns.get(1)).longValue());
      for (Object c : columns.subList(2, columns.size())) {
        @SuppressWarnings("unchecked")
        List<Number> pair = (List<Number>) c;
        assertThat(Math.abs(pair.get(0).doubleValue() - pair.get(1).doubleValue()))
            .as(lang + ": a cell starts where its heading does")
            .isLessThan(1.5);
      }
      assertThat(browser.find(By.xpath(row)).getText())
          .contains("Kisumu Water and Sewerage Company " + TAG);
      shots("pages-admin-" + lang);
    }

    // an operator picked by its name (a list of every operator's name; hundreds stay usable)
    open("admin/index.xhtml", "en", By.id("users-table"));
    assertThat(browser.findAll(By.cssSelector("#operator-names option")))
        .hasSizeGreaterThanOrEqualTo(7);
    WebElement pick = browser.find(By.xpath(row + "//input[@name='addOperator']"));
    assertThat(pick.getAttribute("list")).isEqualTo("operator-names");
    pick.sendKeys("Công ty Cấp nước Đà Nẵng " + TAG + " (" + country("VN", "en") + ")");
    browser.click(browser.find(By.xpath(row + "//input[@type='submit']")));
    assertThat(browser.text(By.id("messages"))).contains("The user is changed");
    assertThat(browser.find(By.xpath(row)).getText())
        .contains("Công ty Cấp nước Đà Nẵng " + TAG)
        .contains("Kisumu Water and Sewerage Company " + TAG);
    assertThat(userOperators()).containsExactlyInAnyOrder(kisumu, danang);

    // a name that is no operator's: refused, the field named, nothing changed
    browser
        .find(By.xpath(row + "//input[@name='addOperator']"))
        .sendKeys("Compagnie des Eaux de Nulle Part");
    browser.click(browser.find(By.xpath(row + "//input[@type='submit']")));
    assertThat(browser.text(By.id("messages"))).contains("Compagnie des Eaux de Nulle Part");
    assertThat(userOperators()).containsExactlyInAnyOrder(kisumu, danang);

    // unticking an operator removes it
    browser.find(By.xpath(row + "//input[@name='operatorIds'][@value='" + danang + "']")).click();
    browser.click(browser.find(By.xpath(row + "//input[@type='submit']")));
    assertThat(userOperators()).containsExactly(kisumu);
  }

  private static List<Long> userOperators() throws Exception {
    return Http.array(Http.get(micro.uri("api/v1/users"))).getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("username").equals("editor-" + TAG))
        .findFirst()
        .orElseThrow()
        .getJsonArray("operatorIds")
        .getValuesAs(jakarta.json.JsonNumber.class)
        .stream()
        .map(n -> n.longValue())
        .toList();
  }

  @Test
  @Order(7)
  void theOutboxListsItsMailsNewestFirstPagedWithTheirErrorsAndResendsAFailedOne()
      throws Exception {
    // milestones reached one after the other: each mails Kisumu's and Dresden's three contacts
    String p = "api/v1/partnerships/" + wop;
    String last = null;
    for (int i = 1; i <= 8; i++) {
      String title = "Étape " + i + " atteinte " + TAG;
      HttpResponse<String> added =
          Http.postJson(
              micro.uri(p + "/milestones"),
              "{\"title\":\""
                  + title
                  + "\",\"plannedDate\":\""
                  + LocalDate.now().plusDays(30)
                  + "\"}");
      ok(added);
      long milestone =
          Http.object(added).getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
              .filter(m -> m.getString("title").equals(title))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .longValue();
      ok(
          Http.postJson(
              micro.uri(p + "/milestones/" + milestone + "/reached"),
              "{\"actualDate\":\"" + LocalDate.now() + "\"}"));
      last = title;
    }
    String newest = last;
    signInAsAdmin();
    By failedNewest =
        By.xpath(
            "//table[@id='outbox-table']//tr[contains(@class,'status-FAILED')][contains(., '"
                + newest
                + "')]");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
        .pollingEvery(Duration.ofSeconds(2))
        .withMessage(() -> "the newest mails never failed: " + browser.describe())
        .until(
            d -> {
              d.get(micro.uri("admin/index.xhtml?lang=fr").toString());
              return !d.findElements(failedNewest).isEmpty();
            });
    List<WebElement> rows = browser.findAll(By.cssSelector("#outbox-table tbody tr"));
    assertThat(rows).as("one page of 20").hasSize(20);
    assertThat(rows.get(0).getText()).as("newest first").contains(newest);
    WebElement failed = browser.find(failedNewest);
    List<WebElement> cells = failed.findElements(By.tagName("td"));
    assertThat(cells.get(1).getText()).contains("@");
    assertThat(cells.get(2).getText()).contains(newest);
    assertThat(cells.get(3).getText()).isEqualTo("Échec");
    assertThat(cells.get(4).getText()).isEqualTo("2");
    assertThat(cells.get(5).getText()).as("the last error").isNotBlank();
    assertThat(failed.findElements(By.cssSelector("input[type=submit]"))).hasSize(1);
    browser.js("arguments[0].scrollIntoView()", failed);
    browser.shot("pages-admin-outbox-fr-desktop");

    // older mails on the next page
    browser.click(By.id("outbox-older"));
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outbox-newer")));
    assertThat(browser.text(By.id("outbox-table"))).doesNotContain(newest);
    for (String lang : List.of("en", "es")) {
      open("admin/index.xhtml?outbox=0", lang, By.id("outbox-table"));
      browser.js("document.getElementById('outbox').scrollIntoView()");
      browser.shot("pages-admin-outbox-" + lang + "-desktop");
      browser.size(Chromium.PHONE);
      browser.js("document.getElementById('outbox').scrollIntoView()");
      browser.shot("pages-admin-outbox-" + lang + "-phone");
      browser.size(Chromium.DESKTOP);
    }

    // sending one again puts it back in the queue
    open("admin/index.xhtml", "en", By.id("outbox-table"));
    browser.click(browser.find(failedNewest).findElement(By.cssSelector("input[type=submit]")));
    assertThat(browser.text(By.id("messages"))).contains("The mail will be sent again");
  }

  @Test
  @Order(8)
  void noPageWithChartsOrAMapLogsAnErrorAndTheFaviconIsServed() throws Exception {
    browser.driver().manage().deleteAllCookies();
    List<String> pages = List.of("", "wop.xhtml?id=" + wop, "directory.xhtml", "operators.xhtml");
    for (String page : pages) {
      browser.open(page, By.id("main"));
      browser.consoleErrors();
      browser.open(page + (page.contains("?") ? "&" : "?") + "lang=fr", By.id("main"));
      // the charts are drawn on the load event: wait for it, not for a fixed time
      browser.waiting().until(d -> "complete".equals(browser.js("return document.readyState;")));
      assertThat(browser.consoleErrors()).as("console of /" + page).isEmpty();
      if (page.isEmpty() || page.startsWith("wop")) {
        assertThat(
                (Boolean)
                    browser.js(
                        "return typeof Chart === 'function' && typeof PrimeFaces === 'undefined';"))
            .as("Chart.js on its own on /" + page)
            .isTrue();
      }
    }
    signIn("editor-" + TAG, PASSWORD);
    browser.consoleErrors();
    browser.open("my/dashboard.xhtml", By.id("dashboard-title"));
    assertThat(browser.consoleErrors()).as("console of the dashboard").isEmpty();

    assertThat(browser.findAll(By.cssSelector("link[rel=icon]"))).hasSize(2);
    for (String icon : List.of("favicon.ico", "favicon.svg", "apple-touch-icon.png")) {
      HttpResponse<String> r = Http.get(micro.uri(icon));
      assertThat(r.statusCode()).as(icon).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(icon).startsWith("image/");
    }
  }

  @Test
  @Order(9)
  void aSharedLinkThatNamesALanguageOpensInItOnAFirstVisitAndThePagesItLeadsToStayInIt()
      throws Exception {
    // a visitor who never came, whose browser says English, opens a link someone shared
    browser.driver().manage().deleteAllCookies();
    browser.open("wop.xhtml?id=" + wop + "&lang=es", By.id("wop-facts"));
    assertThat(browser.js("return document.documentElement.lang;")).isEqualTo("es");
    assertThat(browser.text(By.id("wop-type"))).isEqualTo("Alianza entre operadores de agua");
    // the language switch leads to the same page in another language, without a second lang=
    assertThat(browser.find(By.id("lang-fr")).getAttribute("href"))
        .endsWith("/wop.xhtml?lang=fr&id=" + wop);
    // the links of the page stay in Spanish: a partner's profile, then the directory
    browser.click(By.cssSelector("a[href^='operator.xhtml']"));
    browser
        .waiting()
        .until(
            d ->
                d.getCurrentUrl().contains("/operator.xhtml?id=")
                    && !d.findElements(By.id("main")).isEmpty());
    assertThat(browser.js("return document.documentElement.lang;")).isEqualTo("es");
    browser.open("directory.xhtml", By.id("result-count"));
    assertThat(browser.js("return document.documentElement.lang;")).isEqualTo("es");
  }
}
