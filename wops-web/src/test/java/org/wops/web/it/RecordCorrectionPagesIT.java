package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.web.it.support.Http.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PageClient;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.Seeds;

/**
 * The pages' trial by a French and Spanish user (session 14), through the deployed WAR on the real
 * PostgreSQL, each page sent as a browser sends its form (its fields, its ViewState, its cookies):
 * a recorded WOP's description corrected on its edit page and through the API in every status, its
 * plan still settled; a save that changes nothing makes no version and no audit entry; the language
 * links after a refused form lead to the same record; the proposal wizard sent again says what it
 * made, and its review shows the planned dates at their precision and the working areas; a forged
 * one-time form id, a forged milestone, an id that is no number, a soft line break and a link with
 * a space are each said clearly.
 */
class RecordCorrectionPagesIT {
  private static final String ADMIN = Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @TempDir static Path workDir;
  private static PayaraMicroProcess micro;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("WOPS_DB_URL", System.getProperty("wops.test.db.url"));
    environment.put("WOPS_DB_USER", "postgres");
    environment.put("WOPS_DB_PASSWORD", "postgres");
    environment.put("WOPS_MAIL_ENABLED", "false");
    micro = PayaraMicroProcess.start(workDir, PayaraMicroProcess.freePort(), environment);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.close();
    }
  }

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private URI uri(String path) {
    return micro.uri(path);
  }

  // ---------------------------------------------------------------- a browser's session, by HTTP

  /** A signed-in browser: its cookies, its GETs and its forms' POSTs, redirects not followed. */
  private final class Browser {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser() throws Exception {
      keep(PageClient.pageSignIn(micro, Http.ADMIN_USER, Http.ADMIN_PASSWORD, null));
      assertThat(cookies).containsKey("wops-signin");
    }

    private void keep(HttpResponse<?> r) {
      for (String c : r.headers().allValues("Set-Cookie")) {
        String pair = c.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (c.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          cookies.remove(pair.substring(0, eq));
        } else {
          cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }

    private HttpRequest.Builder request(URI at) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(at)
              .timeout(Duration.ofSeconds(60))
              .header("Accept-Language", "en");
      if (!cookies.isEmpty()) {
        b.header(
            "Cookie",
            cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
      }
      return b;
    }

    HttpResponse<String> get(String path) throws Exception {
      return get(uri(path));
    }

    HttpResponse<String> get(URI at) throws Exception {
      HttpResponse<String> r =
          CLIENT.send(
              request(at).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      keep(r);
      return r;
    }

    /** Sends the form's fields (and its button) to the page's address. */
    HttpResponse<String> post(String path, List<String[]> fields) throws Exception {
      String body =
          fields.stream()
              .map(
                  f ->
                      URLEncoder.encode(f[0], StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpResponse<String> r =
          CLIENT.send(
              request(uri(path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      keep(r);
      return r;
    }

    /** Follows a redirect answer to the page it names. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
      assertThat(redirect.statusCode()).as(redirect.body()).isIn(302, 303);
      return get(redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow()));
    }
  }

  /** A form's fields as a browser sends them (no button: the caller adds the one it clicks). */
  private static List<String[]> fields(Element form) {
    List<String[]> fields = new ArrayList<>();
    for (Element e : form.select("input, select, textarea")) {
      String name = e.attr("name");
      if (name.isEmpty()) {
        continue;
      }
      switch (e.tagName()) {
        case "select" -> {
          var selected = e.select("option[selected]");
          var chosen =
              selected.isEmpty() ? e.select("option").stream().limit(1).toList() : selected;
          chosen.forEach(o -> fields.add(new String[] {name, o.attr("value")}));
        }
        case "textarea" -> fields.add(new String[] {name, e.wholeText()});
        default -> {
          String type = e.attr("type").toLowerCase(java.util.Locale.ROOT);
          if (type.equals("submit") || type.equals("button") || type.equals("image")) {
            continue;
          }
          if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
            continue;
          }
          fields.add(new String[] {name, e.attr("value")});
        }
      }
    }
    return fields;
  }

  private static Element form(String html, String id) {
    Element form = Jsoup.parse(html).getElementById(id);
    assertThat(form).as("the form " + id + " in " + html).isNotNull();
    return form;
  }

  /** The fields with {@code name} set to {@code value} (added when the form has no such field). */
  private static List<String[]> with(List<String[]> fields, String name, String value) {
    List<String[]> changed = new ArrayList<>();
    boolean set = false;
    for (String[] f : fields) {
      if (f[0].equals(name)) {
        if (!set) {
          changed.add(new String[] {name, value});
          set = true;
        }
      } else {
        changed.add(f);
      }
    }
    if (!set) {
      changed.add(new String[] {name, value});
    }
    return changed;
  }

  private static String value(List<String[]> fields, String name) {
    return fields.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).findFirst().orElse(null);
  }

  // ---------------------------------------------------------------- the data

  record Parties(long onea, long soneb, long programme) {}

  private Parties parties() throws Exception {
    Seeds seeds = new Seeds(micro);
    return new Parties(
        seeds.operator(
            "Office National de l’Eau et de l’Assainissement (" + tag + ")",
            "UTILITY",
            "BF",
            "Ouagadougou"),
        seeds.operator("Société Béninoise des Eaux (" + tag + ")", "UTILITY", "BJ", "Cotonou"),
        seeds.organisation("Programme WOP Afrique de l’Ouest (" + tag + ")", "PROGRAMME", "BF"));
  }

  private static final String OBJECTIVES =
      "Améliorer le recouvrement des factures de la SONEB.\nFormer 40 agents à Cotonou.";

  /** Details as the API's PUT takes them: the whole description, the dates given after. */
  private static JsonObjectBuilder details(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("objectives", OBJECTIVES)
        .add("currency", "XOF");
  }

  private JsonObjectBuilder recorded(Parties p, String title, String status) {
    return details(title)
        .add("typeId", "wop")
        .add("status", status)
        .add("participants", participants(p))
        .add(
            "supporters",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("organisationId", p.programme())
                        .add("role", "BROKER")
                        .add("roleDescription", "courtier du partenariat")))
        .add(
            "sources",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("title", "Rapport annuel 2014 de l’ONEA")
                        .add("link", "https://www.onea.bf/rapport%202014.pdf")
                        .add("dated", "2015")))
        .add(
            "results",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("statement", "Recouvrement passé de 71 % à 93 % à Dji’i")
                        .add("kind", "OUTCOME")
                        .add(
                            "indicator",
                            Json.createObjectBuilder()
                                .add("unit", "%")
                                .add(
                                    "baseline",
                                    Json.createObjectBuilder()
                                        .add("value", 71)
                                        .add("dated", "2012"))
                                .add(
                                    "actual",
                                    Json.createObjectBuilder()
                                        .add("value", 93)
                                        .add("dated", "2016-06")))));
  }

  private static jakarta.json.JsonArrayBuilder participants(Parties p) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("operatorId", p.onea()).add("role", "MENTOR"))
        .add(Json.createObjectBuilder().add("operatorId", p.soneb()).add("role", "MENTEE"));
  }

  /** A page's form as shown at {@code path}, sent with one field changed and its button. */
  private HttpResponse<String> sendChanged(
      Browser browser, String path, String form, String field, String value, String button)
      throws Exception {
    String page = path.substring(0, path.indexOf('?'));
    return browser.post(
        page, with(with(fields(form(browser.get(path).body(), form)), field, value), button, "x"));
  }

  private long record(JsonObjectBuilder wop) throws Exception {
    return Http.created(
        Http.send("POST", uri("api/v1/partnerships/recorded"), wop.build().toString(), ADMIN));
  }

  private HttpResponse<String> read(long id) throws Exception {
    HttpResponse<String> r = Http.send("GET", uri("api/v1/partnerships/" + id), null, ADMIN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }

  private String etag(long id) throws Exception {
    return read(id).headers().firstValue("ETag").orElseThrow();
  }

  private int auditEntries(long id) throws Exception {
    return Http.array(Http.send("GET", uri("api/v1/partnerships/" + id + "/audit"), null, ADMIN))
        .size();
  }

  private HttpResponse<String> put(long id, String part, String json) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri("api/v1/partnerships/" + id + "/" + part))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", ADMIN)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- 1, 2 and 4

  @Test
  void aRecordedWopsTitleTypoIsCorrectedOnItsEditPageAndTheSameSaveChangesNothing()
      throws Exception {
    Parties p = parties();
    String typo = "Renforcment de la gestion commerciale de la SONEB – l’ONEA " + tag;
    String fixed = "Renforcement de la gestion commerciale de la SONEB – l’ONEA " + tag;
    long id =
        record(
            recorded(p, typo, "UNKNOWN")
                .add("actualStart", "2014")
                .add("titleLanguage", "fr")
                .add(
                    "titleTranslations",
                    Json.createObjectBuilder()
                        .add("es", "Fortalecimiento de la gestión comercial de la SONEB " + tag)));
    String before = etag(id);
    int audited = auditEntries(id);
    Browser browser = new Browser();

    // the edit page of a WOP whose fate is unknown corrects its title, in French
    HttpResponse<String> edit = browser.get("my/edit.xhtml?id=" + id + "&lang=fr");
    assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
    List<String[]> form = fields(form(edit.body(), "edit"));
    assertThat(value(form, "edit:title")).isEqualTo(typo);
    HttpResponse<String> saved =
        browser.post(
            "my/edit.xhtml", with(with(form, "edit:title", fixed), "edit:save", "Enregistrer"));
    assertThat(saved.statusCode())
        .as("saved, not refused: " + Jsoup.parse(saved.body()).select(".field-error").text())
        .isIn(302, 303);
    assertThat(browser.follow(saved).body())
        .contains("Enregistré.")
        .contains(fixed)
        // the Spanish translation stayed as it was: the page says to check it (trial finding 10)
        .contains("Modifié, mais pas ses traductions : Titre.");
    JsonObject corrected = object(read(id));
    assertThat(corrected.getString("title")).as("byte for byte").isEqualTo(fixed);
    assertThat(corrected.getString("status")).isEqualTo("UNKNOWN");
    assertThat(corrected.getString("actualStart")).isEqualTo("2014");
    String after = etag(id);
    assertThat(after).isNotEqualTo(before);
    String audit =
        Http.send("GET", uri("api/v1/partnerships/" + id + "/audit"), null, ADMIN).body();
    assertThat(audit).contains("description.corrected").contains(fixed).contains(typo);
    assertThat(auditEntries(id)).isEqualTo(audited + 1);

    // the same form sent again changes nothing: no version, no audit entry, said so; the results
    // page (in Spanish) and the budget page (no budget stated, in English) saved as they are too
    savedAsItIs(browser, "edit", "fr", "Enregistrer", "Rien n’a changé", id);
    savedAsItIs(browser, "results", "es", "Guardar", "No ha cambiado nada", id);
    savedAsItIs(browser, "budget", "en", "Save", "Nothing changed", id);
    assertThat(etag(id)).isEqualTo(after);
    assertThat(auditEntries(id)).isEqualTo(audited + 1);

    // the API's PUTs of the same results, sources, participants, supporters and type's fields, as
    // read, change nothing either
    JsonObject read = object(read(id));
    for (String part : List.of("results", "sources", "participants", "supporters")) {
      HttpResponse<String> put =
          put(
              id,
              part,
              Json.createObjectBuilder().add(part, read.getJsonArray(part)).build().toString());
      assertThat(put.statusCode()).as(part + ": " + put.body()).isEqualTo(200);
      assertThat(etag(id)).as(part).isEqualTo(after);
    }
    HttpResponse<String> extra =
        put(
            id,
            "extra-fields",
            Json.createObjectBuilder()
                .add("extraFields", read.getJsonObject("extraFields"))
                .build()
                .toString());
    assertThat(extra.statusCode()).as(extra.body()).isEqualTo(200);
    assertThat(etag(id)).as("extra-fields").isEqualTo(after);
    assertThat(auditEntries(id)).isEqualTo(audited + 1);
    assertThat(object(read(id)).getJsonArray("results")).isEqualTo(read.getJsonArray("results"));

    // a refused form: the language links lead to the same record, with its id, on the platform
    HttpResponse<String> refused =
        sendChanged(browser, "my/edit.xhtml?id=" + id, "edit", "edit:title", " ", "edit:save");
    assertThat(refused.statusCode()).isEqualTo(200);
    languageLinksLeadBack(browser, refused, "/my/edit.xhtml", id, fixed);
    HttpResponse<String> staleResults =
        sendChanged(
            browser, "my/results.xhtml?id=" + id, "results", "version", "0", "results:save");
    assertThat(staleResults.statusCode()).isEqualTo(200);
    assertThat(staleResults.body()).contains("no se ha cambiado nada");
    languageLinksLeadBack(browser, staleResults, "/my/results.xhtml", id, fixed);
    assertThat(etag(id)).isEqualTo(after);
  }

  private void languageLinksLeadBack(
      Browser browser, HttpResponse<String> refused, String page, long id, String title)
      throws Exception {
    Document d = Jsoup.parse(refused.body());
    for (String lang : List.of("en", "fr", "es")) {
      String href = d.getElementById("lang-" + lang).attr("href");
      assertThat(href).as(lang).endsWith(page + "?lang=" + lang + "&id=" + id).startsWith("/");
      HttpResponse<String> shown = browser.get(refused.uri().resolve(href));
      assertThat(shown.statusCode()).as(href).isEqualTo(200);
      assertThat(Jsoup.parse(shown.body()).selectFirst("html").attr("lang")).isEqualTo(lang);
      assertThat(shown.body()).as(href).contains(title).contains("value=\"" + id + "\"");
    }
  }

  @Test
  void theApiCorrectsAClosedWopsDescriptionButNotItsPlannedDates() throws Exception {
    Parties p = parties();
    String typo = "Gestion de la clientèle à Porto-Novo – phse II " + tag;
    String fixed = "Gestión de la clientela en Porto-Novo – fase II " + tag;
    long unknown = record(recorded(p, typo, "UNKNOWN").add("actualStart", "2014"));
    int audited = auditEntries(unknown);
    HttpResponse<String> corrected =
        put(
            unknown,
            "details",
            details(fixed)
                .add("titleLanguage", "es")
                .add("actualStart", "2014")
                .build()
                .toString());
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(object(read(unknown)).getString("title")).isEqualTo(fixed);
    assertThat(
            Http.send("GET", uri("api/v1/partnerships/" + unknown + "/audit"), null, ADMIN).body())
        .contains("description.corrected");
    assertThat(auditEntries(unknown)).isEqualTo(audited + 1);

    long completed =
        record(
            recorded(p, "Réduction des pertes d’eau à Bobo-Dioulasso " + tag, "COMPLETED")
                .add("plannedStart", "2011-09")
                .add("actualStart", "2012")
                .add("actualEnd", "2016-06"));
    String before = etag(completed);
    HttpResponse<String> moved =
        put(
            completed,
            "details",
            details("Réduction des pertes d’eau à Bobo-Dioulasso " + tag)
                .add("plannedStart", "2011-10")
                .add("actualStart", "2012")
                .add("actualEnd", "2016-06")
                .build()
                .toString());
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(400);
    assertThat(moved.body())
        .contains("partnership.closed.field")
        .contains("plannedStart")
        .contains("COMPLETED");
    assertThat(object(read(completed)).getString("plannedStart")).isEqualTo("2011-09");
    assertThat(etag(completed)).isEqualTo(before);
  }

  // ---------------------------------------------------------------- 3

  @Test
  void theWizardSentAgainSaysItWasProposedAndItsReviewShowsTheDatesAndAreas() throws Exception {
    Parties p = parties();
    String title = "Agua Potable de Cochabamba — Fase II " + tag;
    Browser browser = new Browser();
    HttpResponse<String> page = browser.get("my/propose.xhtml?lang=fr");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    List<String[]> step = fields(form(page.body(), "wizard"));
    step = with(step, "wizard:title", title);
    step = with(step, "wizard:objectives", "Réduire les pertes d’eau de la SONEB de 39 % à 12 %.");
    step = with(step, "wizard:currency", "XOF");
    step = with(step, "wizard:plannedStart", "2027");
    step = with(step, "wizard:plannedEnd", "06/2028");
    step.add(new String[] {"wizard:workingAreas", "NRW"});
    HttpResponse<String> second = browser.post("my/propose.xhtml", with(step, "wizard:next", "x"));
    assertThat(second.body()).as(second.body()).contains("id=\"wizard:step2\"");
    // the operators, found by the tag
    step = with(fields(form(second.body(), "wizard")), "wizard:filter", tag);
    HttpResponse<String> found = browser.post("my/propose.xhtml", with(step, "wizard:find", "x"));
    Element wizard = form(found.body(), "wizard");
    step = fields(wizard);
    List<Element> operators = wizard.select("select.participant-operator");
    List<Element> roles = wizard.select("select.participant-role");
    assertThat(operators).hasSizeGreaterThanOrEqualTo(2);
    step = with(step, operators.get(0).attr("name"), String.valueOf(p.onea()));
    step = with(step, roles.get(0).attr("name"), "MENTOR");
    step = with(step, operators.get(1).attr("name"), String.valueOf(p.soneb()));
    step = with(step, roles.get(1).attr("name"), "MENTEE");
    HttpResponse<String> third = browser.post("my/propose.xhtml", with(step, "wizard:next", "x"));
    assertThat(third.body())
        .as(Jsoup.parse(third.body()).select(".field-error").text())
        .contains("id=\"wizard:step3\"");
    HttpResponse<String> fourth =
        browser.post(
            "my/propose.xhtml", with(fields(form(third.body(), "wizard")), "wizard:next", "x"));
    assertThat(fourth.body()).contains("id=\"wizard:step4\"");
    List<String[]> fourthForm = with(fields(form(fourth.body(), "wizard")), "wizard:next", "x");
    HttpResponse<String> review = browser.post("my/propose.xhtml", fourthForm);
    Document reviewed = Jsoup.parse(review.body());
    assertThat(reviewed.getElementById("review-title").text()).isEqualTo(title);
    assertThat(reviewed.getElementById("review-start").text()).isEqualTo("2027");
    assertThat(reviewed.getElementById("review-end").text()).isEqualTo("juin 2028");
    assertThat(reviewed.getElementById("review-areas").text()).isEqualTo("Eau non facturée");

    List<String[]> last = with(fields(form(review.body(), "wizard")), "wizard:propose", "x");
    HttpResponse<String> proposed = browser.post("my/propose.xhtml", last);
    String location = proposed.headers().firstValue("Location").orElse("");
    assertThat(location).as(proposed.body()).contains("wop.xhtml").contains("id=");
    String made = location.replaceAll(".*[?&]id=(\\d+).*", "$1");

    // the last step sent again, then the step before it (the back button): said, with a link
    for (List<String[]> resent : List.of(last, fourthForm)) {
      HttpResponse<String> again = browser.post("my/propose.xhtml", resent);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      Document d = Jsoup.parse(again.body());
      assertThat(d.getElementById("propose-already-sent")).as(again.body()).isNotNull();
      assertThat(d.getElementById("propose-already-sent").text())
          .contains("Cette proposition a déjà été envoyée");
      assertThat(d.getElementById("propose-already-link").attr("href"))
          .endsWith("/wop.xhtml?id=" + made);
      assertThat(d.getElementById("wizard")).as("no blank step 1").isNull();
    }
    String listed =
        Http.send(
                "GET",
                uri(
                    "api/v1/partnerships?q="
                        + URLEncoder.encode(tag, StandardCharsets.UTF_8)
                        + "&size=50"),
                null,
                ADMIN)
            .body();
    assertThat(
            listed.split(java.util.regex.Pattern.quote("\"title\":\"" + title + "\""), -1).length
                - 1)
        .as("proposed once")
        .isEqualTo(1);
  }

  // ---------------------------------------------------------------- 5

  @Test
  void aForgedFormIdAndALinkWithASpaceAreSaidOnTheRecordPage() throws Exception {
    Parties p = parties();
    String title = "Régie Autonome de l’Eau de Bobo-Dioulasso – pertes " + tag;
    Browser browser = new Browser();
    HttpResponse<String> page = browser.get("my/record.xhtml?lang=fr");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Document d = Jsoup.parse(page.body());
    List<String> choices =
        d.select("#record-operators option").stream().map(o -> o.attr("value")).toList();
    String onea =
        choices.stream()
            .filter(c -> c.startsWith("Office National de l’Eau"))
            .filter(c -> c.contains(tag))
            .findFirst()
            .orElseThrow();
    String soneb =
        choices.stream()
            .filter(c -> c.contains("Société Béninoise des Eaux (" + tag))
            .findFirst()
            .orElseThrow();
    List<String[]> form = fields(form(page.body(), "record"));
    form = with(form, "record:title", title);
    form = with(form, "record:objectives", "Réduire les pertes d’eau de 39 % à 12 %.");
    form = with(form, "record:currency", "XOF");
    form = with(form, "record:op:0:operator", onea);
    form = with(form, "record:op:0:role", "MENTOR");
    form = with(form, "record:op:1:operator", soneb);
    form = with(form, "record:op:1:role", "MENTEE");
    form = with(form, "record:status", "UNKNOWN");
    form = with(form, "record:actualStart", "2014");
    form = with(form, "record:src:0:title", "Rapport annuel 2014 de l’ONEA");
    form = with(form, "record:src:0:link", "https://www.onea.bf/rapport 2014.pdf");
    HttpResponse<String> spaced =
        browser.post("my/record.xhtml", with(form, "record:save", "Enregistrer"));
    assertThat(spaced.statusCode()).as(spaced.body()).isEqualTo(200);
    assertThat(Jsoup.parse(spaced.body()).select("#messages, .field-error").text())
        .contains("Un lien ne contient pas d’espace")
        .contains("https://www.onea.bf/rapport%202014.pdf");
    languageLinksOf(browser, spaced, "/my/record.xhtml");

    form = with(form, "record:src:0:link", "https://www.onea.bf/rapport%202014.pdf");
    HttpResponse<String> forged =
        browser.post(
            "my/record.xhtml", with(with(form, "formId", "forged"), "record:save", "Enregistrer"));
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(200);
    // in Spanish: the language the user last chose (the links above)
    assertThat(Jsoup.parse(forged.body()).select("#messages, .field-error").text())
        .contains("Este formulario no es el que le dio esta página");
    assertThat(
            Http.send(
                    "GET",
                    uri("api/v1/partnerships?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)),
                    null,
                    ADMIN)
                .body())
        .as("nothing recorded")
        .doesNotContain(title);

    // the same WOP, already recorded through the API (its title's case and accents aside): the
    // page records it and says which WOP it likely repeats (trial finding 9)
    long earlier =
        record(recorded(p, "REGIE AUTONOME DE L'EAU DE BOBO-DIOULASSO – PERTES " + tag, "UNKNOWN"));
    HttpResponse<String> fresh = browser.get("my/record.xhtml?lang=es");
    List<String[]> again = fields(form(fresh.body(), "record"));
    for (String[] field : form) {
      if (!field[0].equals("formId") && !field[0].equals("jakarta.faces.ViewState")) {
        again = with(again, field[0], field[1]);
      }
    }
    HttpResponse<String> saved =
        browser.post("my/record.xhtml", with(again, "record:save", "Guardar"));
    assertThat(saved.statusCode())
        .as(Jsoup.parse(saved.body()).select("#messages, .field-error").text())
        .isIn(302, 303);
    String said = Jsoup.parse(browser.follow(saved).body()).select("#messages").text();
    assertThat(said)
        .contains("Los mismos operadores participan en el WOP n.º " + earlier)
        .contains("REGIE AUTONOME DE L'EAU DE BOBO-DIOULASSO – PERTES " + tag);
  }

  private void languageLinksOf(Browser browser, HttpResponse<String> refused, String page)
      throws Exception {
    Document d = Jsoup.parse(refused.body());
    for (String lang : List.of("en", "es")) {
      String href = d.getElementById("lang-" + lang).attr("href");
      assertThat(href).as(lang).endsWith(page + "?lang=" + lang);
      HttpResponse<String> shown = browser.get(refused.uri().resolve(href));
      assertThat(shown.statusCode()).as(href).isEqualTo(200);
      assertThat(Jsoup.parse(shown.body()).selectFirst("html").attr("lang")).isEqualTo(lang);
    }
  }

  @Test
  void aForgedMilestoneAnIdThatIsNoNumberAndASoftLineBreakAreSaidOnTheProfile() throws Exception {
    Parties p = parties();
    long id =
        Http.created(
            Http.send(
                "POST",
                uri("api/v1/partnerships"),
                Json.createObjectBuilder()
                    .add("typeId", "wop")
                    .add("title", "Dji’i : réduction des pertes " + tag)
                    .add("objectives", "Réduire les pertes d’eau de la SONEB.")
                    .add("currency", "XOF")
                    .add("plannedStart", "2031")
                    .add("participants", participants(p))
                    .add(
                        "supporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("organisationId", p.programme())
                                    .add("role", "FUNDER")
                                    .add("contribution", 25000)))
                    .build()
                    .toString(),
                ADMIN));
    String before = etag(id);
    Browser browser = new Browser();
    HttpResponse<String> profile = browser.get("wop.xhtml?id=" + id + "&lang=fr");
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
    Element reach = Jsoup.parse(profile.body()).selectFirst("form[id$=reach]");
    assertThat(reach).as("a reach form").isNotNull();
    String button = reach.selectFirst("input.reach-button").attr("name");
    for (String forged : List.of("987654321", "abc")) {
      HttpResponse<String> r =
          browser.post(
              "wop.xhtml", with(with(fields(reach), "milestone", forged), button, "Atteint"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(Jsoup.parse(r.body()).getElementById("milestones-problem-message"))
          .as(forged + ": beside the milestones, got " + r.body())
          .isNotNull();
      assertThat(Jsoup.parse(r.body()).getElementById("milestones-problem-message").text())
          .contains("Ce jalon n’est pas l’un de ceux de ce partenariat");
    }

    Element confirm = Jsoup.parse(profile.body()).selectFirst("input.confirm-contribution");
    assertThat(confirm).as("the contribution's confirm form").isNotNull();
    HttpResponse<String> abc =
        browser.post(
            "wop.xhtml",
            with(
                with(fields(confirm.closest("form")), "organisation", "abc"),
                confirm.attr("name"),
                "Confirmer"));
    assertThat(abc.statusCode()).as(abc.body()).isEqualTo(200);
    String said = Jsoup.parse(abc.body()).select("#messages").text();
    assertThat(said).contains("Rien n’a été choisi").doesNotContain("-1");

    Element update = Jsoup.parse(profile.body()).selectFirst("form.update-form");
    HttpResponse<String> soft =
        browser.post(
            "wop.xhtml",
            with(
                with(
                    with(
                        with(fields(update), "periodStart", "2026-01-01"),
                        "periodEnd",
                        "2026-06-30"),
                    "summary",
                    "Pertes réduites à Dji’i\u000bsuite au verso"),
                update.selectFirst("input[type=submit]").attr("name"),
                "Envoyer"));
    assertThat(soft.statusCode()).as(soft.body()).isEqualTo(200);
    Document softly = Jsoup.parse(soft.body());
    assertThat(softly.select("#messages").text())
        .contains("c’est maintenant un saut de ligne ordinaire")
        .doesNotContain("retiré");
    assertThat(softly.getElementById("summary").wholeText())
        .isEqualTo("Pertes réduites à Dji’i\nsuite au verso");
    assertThat(etag(id)).as("nothing changed").isEqualTo(before);
  }

  @Test
  void theMergePageKeepsItsLanguageAfterMerging() throws Exception {
    Seeds seeds = new Seeds(micro);
    long kept =
        seeds.operator(
            "Agua Potable de Cochabamba — Fase II (" + tag + ")", "UTILITY", "BO", "Cochabamba");
    long duplicate =
        seeds.operator("SEMAPA Cochabamba (" + tag + ")", "UTILITY", "BO", "Cochabamba");
    Browser browser = new Browser();
    HttpResponse<String> preview =
        browser.get("admin/merge.xhtml?id=" + kept + "&duplicate=" + duplicate + "&lang=es");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    HttpResponse<String> merged =
        browser.post(
            "admin/merge.xhtml",
            with(fields(form(preview.body(), "merge")), "merge:confirm", "Fusionar"));
    assertThat(merged.headers().firstValue("Location").orElse(""))
        .as(merged.body())
        .contains("operator.xhtml")
        .contains("id=" + kept)
        .contains("lang=es");
    HttpResponse<String> shown = browser.follow(merged);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(shown.body()).selectFirst("html").attr("lang")).isEqualTo("es");
  }

  /**
   * Sends a page's form exactly as shown: the page says that nothing changed, and the partnership
   * keeps its version and its audit trail.
   */
  private void savedAsItIs(
      Browser browser, String page, String lang, String button, String said, long id)
      throws Exception {
    String before = etag(id);
    int audited = auditEntries(id);
    HttpResponse<String> shown = browser.get("my/" + page + ".xhtml?id=" + id + "&lang=" + lang);
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    HttpResponse<String> saved =
        browser.post(
            "my/" + page + ".xhtml",
            with(fields(form(shown.body(), page)), page + ":save", button));
    assertThat(browser.follow(saved).body()).contains(said);
    assertThat(etag(id)).isEqualTo(before);
    assertThat(auditEntries(id)).isEqualTo(audited);
  }
}
