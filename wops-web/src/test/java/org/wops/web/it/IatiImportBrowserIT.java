package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.wops.web.it.support.Chromium;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;

/**
 * The secretariat's IATI import page in French, in a real Chromium against the deployed WAR on
 * PostgreSQL (findings 7, 8, 9 and 23 of the s12 trial): a multilateral's French file whose utility
 * in Cotonou is named as the file names it, not as it is registered, is uploaded and previewed in
 * French (status, dates at their precision, countries, languages, what does not map, what will be
 * recorded); the secretariat chooses the registered operator for the unmatched organisation and its
 * role, previews again, imports, and opens the WOP.
 */
class IatiImportBrowserIT {
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String SONEB = "Société Béninoise des Eaux " + TAG;
  private static final String ONEA = "Office National de l’Eau et de l’Assainissement " + TAG;
  private static final String AS_WRITTEN = "SBEE-Eau Cotonou (direction commerciale) " + TAG;
  private static final String TITLE = "Jumelage SONEB – ONEA : recouvrement à Cotonou " + TAG;

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;
  private static Chromium browser;
  private static long soneb;

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
    soneb = operator(SONEB, "BJ", "Cotonou");
    operator(ONEA, "BF", "Ouagadougou");
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

  private static long operator(String name, String country, String city) throws Exception {
    return Http.created(
        Http.postJson(
            micro.uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "UTILITY")
                .add("country", country)
                .add("city", city)
                .add("services", "WATER_AND_SANITATION")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  private static String file() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03" xml:lang="fr">
          <iati-activity xml:lang="fr" default-currency="XOF" last-updated-datetime="2016-07-01T00:00:00Z">
            <iati-identifier>FR-RCS-%1$s-WOP-BJ-01</iati-identifier>
            <reporting-org ref="FR-RCS-%1$s" type="21"><narrative>Programme Solidarité Eau</narrative></reporting-org>
            <title><narrative>%2$s</narrative><narrative xml:lang="es">Hermanamiento SONEB – ONEA %1$s</narrative></title>
            <description type="2"><narrative>Améliorer le recouvrement des factures d’eau de la SONEB avec l’appui de l’ONEA.</narrative></description>
            <participating-org role="1" type="10"><narrative>Agence française de développement %1$s</narrative></participating-org>
            <participating-org role="4" type="15"><narrative>%3$s</narrative></participating-org>
            <participating-org role="4" type="15"><narrative>%4$s</narrative></participating-org>
            <activity-status code="2"/>
            <activity-date type="2" iso-date="2014-06"/>
            <recipient-country code="BJ"/>
            <sector vocabulary="1" code="14022"/>
            <sector vocabulary="1" code="14021"/>
            <budget type="1"><period-start iso-date="2015-01-01"/><period-end iso-date="2015-12-31"/><value currency="XOF">1250000.50</value></budget>
            <result type="2">
              <title><narrative>Taux de recouvrement amélioré</narrative></title>
              <indicator measure="2">
                <title><narrative>Taux de recouvrement</narrative></title>
                <baseline year="2012" value="61"/>
                <period><period-start iso-date="2016-01-01"/><period-end iso-date="2016-12-31"/>
                  <target value="85"/><actual value="79,5"/></period>
              </indicator>
            </result>
          </iati-activity>
        </iati-activities>
        """
        .formatted(TAG, TITLE, AS_WRITTEN, ONEA)
        .strip();
  }

  @Test
  void theSecretariatChoosesTheOperatorOfAnUnmatchedOrganisationInFrenchAndImportsTheWop()
      throws Exception {
    Path upload = workDir.resolve("activites-" + TAG + ".xml");
    Files.writeString(upload, file(), StandardCharsets.UTF_8);
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    browser.open("admin/iati-import.xhtml?lang=fr", By.id("iati:preview"));
    browser.find(By.cssSelector("input[type=file]")).sendKeys(upload.toString());
    browser.click(By.id("iati:preview"));

    String page = Chromium.spaces(browser.find(By.tagName("body")).getText());
    assertThat(page)
        .contains(
            "À résoudre avant d’importer",
            AS_WRITTEN,
            "Ce qui sera enregistré",
            "juin 2014",
            "Bénin",
            "français, traduit en espagnol",
            "Approvisionnement en eau en général : un service, pas un domaine d’action.",
            // the example in the reader's way of writing numbers, and the file's
            "un fichier IATI écrit 79,5 avec un point décimal (79.5)",
            "référence 61 (2012) → cible 85 (2016)",
            "Un WOP a besoin d’au moins deux opérateurs")
        .contains("1 250 000")
        .doesNotContain(
            "inferred", "not kept", "registered with the import", "(The ", "ACTIVE", "[BJ]");

    // the organisation as the file writes it is the registered SONEB: chosen, as mentee
    new Select(
            browser.find(By.cssSelector("select[data-name='" + AS_WRITTEN + "'][id$=':operator']")))
        .selectByValue(String.valueOf(soneb));
    new Select(browser.find(By.cssSelector("select[data-name='" + AS_WRITTEN + "'][id$=':role']")))
        .selectByValue("MENTEE");
    browser.click(By.cssSelector("input[id$=':again']"));
    String again = Chromium.spaces(browser.find(By.tagName("body")).getText());
    assertThat(again)
        .contains(
            SONEB,
            "choisi par le secrétariat",
            "Nouvelle",
            "déduit : son pays n’est pas un pays bénéficiaire ; à confirmer")
        .doesNotContain("Un WOP a besoin d’au moins deux opérateurs");
    assertThat(browser.findAll(By.cssSelector(".iati-errors li")))
        .extracting(e -> e.getAttribute("data-rule") + ": " + e.getText())
        .isEmpty();

    browser.click(By.id("iati:import"));
    assertThat(Chromium.spaces(browser.text(By.id("iati-counts")))).contains("Importées: 1");
    assertThat(browser.text(By.id("iati-done")))
        .isEqualTo("Les activités ont été importées comme WOP enregistrés.");
    String href = browser.find(By.cssSelector(".iati-open")).getAttribute("href");
    long id = Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    browser.open("wop.xhtml?id=" + id + "&lang=fr", By.tagName("h1"));
    assertThat(browser.find(By.tagName("h1")).getText()).contains(TITLE);

    JsonObject wop = Http.ok(Http.get(micro.uri("api/v1/partnerships/" + id)));
    assertThat(wop.getString("title")).isEqualTo(TITLE);
    assertThat(
            wop.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("operatorId").longValue() == soneb)
                .map(p -> p.getString("role")))
        .containsExactly("MENTEE");
    assertThat(wop.getJsonArray("results").toString())
        .as("the baseline and target are kept, the unreadable actual is not")
        .contains("61", "85")
        .doesNotContain("79.5", "79,5");

    // the file again with a second phase of the same twinning: the organisation chosen last time
    // is chosen again, as the WOP imported from its first activity records it; nothing to
    // resolve, the import is one click
    String second =
        file()
            .replace(
                "</iati-activities>",
                file()
                        .substring(
                            file().indexOf("<iati-activity "), file().indexOf("</iati-activities>"))
                        .replace("WOP-BJ-01", "WOP-BJ-02")
                        .replace(TITLE, TITLE + " – phase 2")
                        .replace("ONEA " + TAG + "<", "ONEA fase 2 " + TAG + "<")
                    + "</iati-activities>");
    Path again2 = workDir.resolve("activites-2-" + TAG + ".xml");
    Files.writeString(again2, second, StandardCharsets.UTF_8);
    browser.open("admin/iati-import.xhtml?lang=fr", By.id("iati:preview"));
    browser.find(By.cssSelector("input[type=file]")).sendKeys(again2.toString());
    browser.click(By.id("iati:preview"));
    assertThat(browser.findAll(By.id("iati-resolve"))).as("nothing to choose again").isEmpty();
    String remembered = Chromium.spaces(browser.find(By.tagName("body")).getText());
    assertThat(
            browser.findAll(By.cssSelector(".iati-outcome")).stream()
                .map(e -> Chromium.spaces(e.getText())))
        .containsExactly("Déjà importée, inchangée", "Nouvelle");
    assertThat(remembered)
        .contains(
            SONEB + " comme choisi lors d’un import précédent",
            "tel qu’un WOP importé auparavant l’enregistre");
    assertThat(browser.findAll(By.cssSelector(".iati-errors li")))
        .extracting(e -> e.getAttribute("data-rule") + ": " + e.getText())
        .isEmpty();
    browser.click(By.id("iati:import"));
    assertThat(Chromium.spaces(browser.text(By.id("iati-counts")))).contains("Importées: 1");
    String href2 =
        browser
            .find(By.cssSelector("[data-identifier$='WOP-BJ-02'] .iati-open"))
            .getAttribute("href");
    long phase2 = Long.parseLong(href2.substring(href2.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    assertThat(
            Http.ok(Http.get(micro.uri("api/v1/partnerships/" + phase2)))
                .getJsonArray("participants")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getJsonNumber("operatorId").longValue() == soneb)
                .map(p -> p.getString("role")))
        .containsExactly("MENTEE");

    // the same file again: nothing new, and the page says so
    browser.open("admin/iati-import.xhtml?lang=fr", By.id("iati:preview"));
    browser.find(By.cssSelector("input[type=file]")).sendKeys(again2.toString());
    browser.click(By.id("iati:preview"));
    browser.click(By.id("iati:import"));
    assertThat(Chromium.spaces(browser.text(By.id("iati-counts")))).contains("Importées: 0");
    assertThat(browser.text(By.id("iati-nothing"))).startsWith("Rien de nouveau n’a été importé");
    assertThat(browser.findAll(By.id("iati-done"))).isEmpty();
  }

  @Test
  void aMalformedFileSaysWhereAndWhatInFrench() throws Exception {
    Path broken = workDir.resolve("casse-" + TAG + ".xml");
    Files.writeString(
        broken,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<iati-activities version=\"2.03\" xml:lang=\"fr\">\n"
            + "  <iati-activity><iati-identifier>FR-RCS-"
            + TAG
            + "-WOP-X</iati-identifier>\n"
            + "    <title><narrative>Eau potable à Parakou</title>\n"
            + "  </iati-activity>\n"
            + "</iati-activities>\n",
        StandardCharsets.UTF_8);
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    browser.open("admin/iati-import.xhtml?lang=fr", By.id("iati:preview"));
    browser.find(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
    browser.click(By.id("iati:preview"));
    assertThat(Chromium.spaces(browser.find(By.tagName("body")).getText()))
        .contains("Le fichier n’est pas un XML bien formé, ligne 4, colonne ")
        .contains("l’élément <narrative> n’est pas fermé par </narrative>.")
        .doesNotContain("must be terminated");
  }

  @Test
  void anActivityNamingAPlatformWopThatDoesNotExistIsRefusedAndSaysSoInFrench() throws Exception {
    Path own = workDir.resolve("propre-" + TAG + ".xml");
    Files.writeString(
        own,
        file().replace("FR-RCS-" + TAG + "-WOP-BJ-01", "XI-WOPS-WOP-999999999"),
        StandardCharsets.UTF_8);
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    browser.open("admin/iati-import.xhtml?lang=fr", By.id("iati:preview"));
    browser.find(By.cssSelector("input[type=file]")).sendKeys(own.toString());
    browser.click(By.id("iati:preview"));
    String page = Chromium.spaces(browser.find(By.tagName("body")).getText());
    assertThat(Chromium.spaces(browser.text(By.cssSelector(".iati-outcome"))))
        .startsWith("Désigne un WOP de cette plateforme qui n’existe pas : refusée, rien n’en est");
    assertThat(page).contains("nomme le WOP 999").doesNotContain("c’est le WOP lui-même");
    assertThat(browser.findAll(By.cssSelector(".iati-own"))).isEmpty();
  }

  @Test
  void aFileWithoutActivitiesSaysSoInFrench() throws Exception {
    Path empty = workDir.resolve("vide-" + TAG + ".xml");
    Files.writeString(
        empty, "<iati-activities version=\"2.03\" xml:lang=\"fr\"></iati-activities>");
    browser.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    browser.open("admin/iati-import.xhtml?lang=fr", By.id("iati:preview"));
    browser.find(By.cssSelector("input[type=file]")).sendKeys(empty.toString());
    browser.click(By.id("iati:preview"));
    assertThat(Chromium.spaces(browser.find(By.tagName("body")).getText()))
        .contains("Le fichier ne contient aucune iati-activity");
  }

  @RegisterExtension
  static final TestWatcher SHOW_PAGE_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            System.err.println(
                "IatiImportBrowserIT."
                    + context.getDisplayName()
                    + " failed on: "
                    + browser.describe());
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
