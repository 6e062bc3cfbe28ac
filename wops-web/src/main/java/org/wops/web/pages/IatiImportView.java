package org.wops.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.wops.api.iati.IatiFileRefused;
import org.wops.api.iati.IatiImportInput;
import org.wops.api.iati.IatiImporter;
import org.wops.api.problem.BodySizeLimit;

/**
 * The secretariat's IATI import (issue 16, item 12a): an IATI 2.03 file uploaded or a URL given,
 * previewed activity by activity (what maps, likely duplicate operators, what does not map, new,
 * unchanged or changed), then imported as recorded WOPs — the API's import ({@link IatiImporter}),
 * with the same rules: nothing stored while an activity is refused unless the secretariat asks to
 * skip the refused ones.
 */
@Named
@ViewScoped
public class IatiImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient IatiImporter importer;
  @Inject transient org.wops.domain.operator.OperatorService operators;
  @Inject transient org.wops.domain.reference.ReferenceData reference;
  @Inject Localizer labels;
  @Inject Session session;

  /**
   * The secretariat's choices, by the organisation's name as the file writes it: an operator's id,
   * or {@value #NOT_OPERATOR} for an organisation that is no operator.
   */
  private final java.util.Map<String, String> operatorChoice = new java.util.HashMap<>();

  /** The choice that says an organisation is no operator (recorded as a supporter). */
  public static final String NOT_OPERATOR = "none";

  private final java.util.Map<String, String> roleChoice = new java.util.HashMap<>();

  /** The activities confirmed as new although they likely repeat a recorded partnership. */
  private final java.util.Map<String, Boolean> confirmNew = new java.util.HashMap<>();

  private List<Option> operatorOptions;

  private transient UploadedFile file;
  private byte[] content;
  private String url;
  private boolean skipInvalid;
  private IatiImporter.Report report;
  private boolean imported;

  /** Reads the file (or fetches the URL) and shows what importing it would do. */
  public void preview() {
    run(true);
  }

  /** Imports what the preview showed (the file is read again, as it was uploaded). */
  public void importAll() {
    run(false);
  }

  private void run(boolean dryRun) {
    imported = false;
    if (!session.isAdmin()) {
      error("iati:file", labels.text("iati.import.not-allowed"));
      return;
    }
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > BodySizeLimit.MAX_BYTES) {
        error("iati:file", labels.text("iati.rule.iati.file.too-large"));
        return;
      }
      try (InputStream in = file.getInputStream()) {
        content = in.readAllBytes();
        url = null;
      } catch (IOException e) {
        error("iati:file", labels.text("import.unreadable"));
        return;
      }
    }
    boolean byUrl = url != null && !url.isBlank();
    if (!byUrl && content == null) {
      error("iati:file", labels.text("iati.import.no-file"));
      return;
    }
    IatiImportInput choices = choices();
    try {
      report =
          byUrl
              ? importer.runUrl(session.viewer(), url, choices, dryRun, skipInvalid)
              : importer.run(
                  session.viewer(),
                  new java.io.ByteArrayInputStream(content),
                  "file",
                  choices,
                  dryRun,
                  skipInvalid);
      imported = !dryRun && !report.refused();
      if (report.refused()) {
        error("iati:file", labels.text("iati.import.refused"));
      } else if (report.activities().isEmpty()) {
        error("iati:file", labels.text("iati.import.empty"));
      }
    } catch (IatiFileRefused refused) {
      // the reader's words only: the API's English detail stays in the API's answer
      report = null;
      String key = "iati.rule." + refused.rule();
      String text = labels.text(key);
      if (refused.problem().isPresent()) {
        text = malformed(refused);
      }
      error(
          refused.field().equals("url") ? "iati:url" : "iati:file",
          text.equals(key) ? labels.text("import.unreadable") : text);
    } catch (RuntimeException e) {
      if (!org.wops.domain.shared.LostRace.in(e)) {
        throw e;
      }
      // the same file imported twice at once (a double click): the other import won, ours stored
      // nothing
      report = null;
      error("iati:file", labels.text("iati.import.concurrent"));
    }
  }

  /**
   * Where a malformed file breaks (line and column, as the file counts them) and what is wrong, in
   * the reader's words.
   */
  private String malformed(IatiFileRefused refused) {
    String what =
        new java.text.MessageFormat(
                labels.text("iati.xml." + refused.problem().orElse("other")), labels.locale())
            .format(refused.values().toArray());
    if (refused.line().isEmpty()) {
      return labels.plural("iati.xml.malformed", what);
    }
    return new java.text.MessageFormat(labels.text("iati.xml.malformed-at"), labels.locale())
        .format(
            new Object[] {
              String.valueOf(refused.line().get()),
              refused.column().map(String::valueOf).orElse("?"),
              what
            });
  }

  /** The choices the secretariat made on the page, as the API takes them. */
  private IatiImportInput choices() {
    IatiImportInput input = new IatiImportInput();
    input.operators = new java.util.HashMap<>();
    input.notOperators = new java.util.HashSet<>();
    operatorChoice.forEach(
        (name, id) -> {
          if (NOT_OPERATOR.equals(id)) {
            input.notOperators.add(name);
          } else if (id != null && !id.isBlank()) {
            input.operators.put(name, id);
          }
        });
    input.roles = new java.util.HashMap<>();
    roleChoice.forEach(
        (name, role) -> {
          if (role != null && !role.isBlank()) {
            input.roles.put(name, role);
          }
        });
    input.confirmNew = new java.util.HashSet<>();
    confirmNew.forEach(
        (identifier, sure) -> {
          if (Boolean.TRUE.equals(sure)) {
            input.confirmNew.add(identifier);
          }
        });
    return input;
  }

  // ----- the report in the reader's language

  /** What does not map, in the reader's words (the API's English reason when no text has it). */
  public String reason(Map<String, Object> n) {
    String code = (String) n.get("code");
    String prefix = "iati.not-mapped.";
    return words(
        code != null && code.startsWith(prefix)
            ? "iati.not-mapped." + code.substring(prefix.length())
            : null,
        n.get("args"),
        (String) n.get("reason"));
  }

  /**
   * A refusal of an activity in the reader's words: the import's own rules ({@code
   * iati.error.<rule>}) and the domain's ({@code rule.<code>}), with their values.
   */
  public String refusal(Map<String, Object> e) {
    String rule = (String) e.get("rule");
    String own = "iati.error." + rule;
    if (!labels.text(own).equals(own)) {
      return words(own, e.get("args"), (String) e.get("message"));
    }
    return words("rule." + rule, e.get("args"), (String) e.get("message"));
  }

  /** A text of the bundle filled with the report's values; the English words when it has none. */
  private String words(String key, Object args, String english) {
    if (key == null) {
      return english;
    }
    String text = labels.text(key);
    if (text.equals(key)) {
      return english;
    }
    List<?> values = args instanceof List<?> l ? l : List.of();
    java.text.MessageFormat format = new java.text.MessageFormat(text, labels.locale());
    if (format.getFormatsByArgumentIndex().length > values.size()) {
      return english;
    }
    return format.format(values.stream().map(this::readable).toArray());
  }

  private static final java.util.regex.Pattern ISO =
      java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** A value as the reader reads it: a date at its precision, a language by its name. */
  private Object readable(Object value) {
    if (value instanceof String s) {
      if (ISO.matcher(s).matches() && s.length() > 4) {
        return date(s);
      }
      if (s.matches("[a-z]{2,3}")) {
        return labels.languageName(s);
      }
      String element = "iati.element." + s;
      String named = labels.text(element);
      return named.equals(element) ? s : named;
    }
    if (value instanceof Map<?, ?> rule && rule.get("rule") != null) {
      // a broken rule of the domain, in the reader's words when the bundle has them
      return words("rule." + rule.get("rule"), rule.get("args"), String.valueOf(rule.get("rule")));
    }
    if (value instanceof Map<?, ?> names && names.containsKey("en")) {
      // a name in the platform's languages, in the reader's
      Object name = names.get(labels.language().name().toLowerCase(java.util.Locale.ROOT));
      return name == null ? names.get("en") : name;
    }
    if (value instanceof List<?> many && many.stream().anyMatch(Map.class::isInstance)) {
      return String.join("; ", many.stream().map(this::readable).map(String::valueOf).toList());
    }
    if (value instanceof List<?> many) {
      return labels.joined(many.stream().map(this::readable).map(String::valueOf).toList());
    }
    return value;
  }

  /** A date of the report ("2014-06") at its precision in the reader's language ("juin 2014"). */
  public String date(Object iso) {
    if (iso == null || iso.toString().isBlank()) {
      return "";
    }
    try {
      return labels.partialDate(org.wops.domain.shared.PartialDate.parse(iso.toString(), "date"));
    } catch (RuntimeException e) {
      return iso.toString();
    }
  }

  /** The planned and actual dates, each span only when one of its ends is known. */
  public String dates(Map<String, Object> maps) {
    List<String> spans = new java.util.ArrayList<>();
    for (String[] span :
        new String[][] {
          {"plannedStart", "plannedEnd", "planned"}, {"actualStart", "actualEnd", "actual"}
        }) {
      Object start = maps.get(span[0]);
      Object end = maps.get(span[1]);
      if (start != null || end != null) {
        spans.add(
            labels.text("iati.import.dates." + span[2])
                + " "
                + (start == null ? "…" : date(start))
                + " – "
                + (end == null ? "…" : date(end)));
      }
    }
    return spans.isEmpty() ? labels.text("iati.import.dates.none") : String.join(" · ", spans);
  }

  /** Countries by their names in the reader's language. */
  public String countries(Object codes) {
    return codes instanceof java.util.Collection<?> c && !c.isEmpty()
        ? labels.countries(c.stream().map(String::valueOf).toList())
        : "—";
  }

  /** The title's language and its translations' by their names. */
  public String languages(Map<String, Object> title) {
    if (title == null) {
      return "";
    }
    String language = (String) title.get("language");
    String original =
        language == null
            ? labels.text("iati.import.language.undeclared")
            : labels.languageName(language);
    Object translations = title.get("translations");
    if (translations instanceof Map<?, ?> t && !t.isEmpty()) {
      return labels.format(
          "iati.import.language.translated",
          original,
          labels.joined(t.keySet().stream().map(k -> labels.languageName((String) k)).toList()));
    }
    return original;
  }

  /** An amount in its currency as the reader writes it. */
  public String money(Object amount, Object currency) {
    if (amount == null) {
      return "";
    }
    return labels.money(new java.math.BigDecimal(amount.toString()), (String) currency);
  }

  /** A number as the reader writes it. */
  public String number(Object n) {
    return n == null ? "" : labels.number(new java.math.BigDecimal(n.toString()));
  }

  /** A working area by its name in the reader's language. */
  public String area(Object code) {
    return reference
        .workingArea(String.valueOf(code))
        .map(a -> a.name(labels.language()))
        .orElse(String.valueOf(code));
  }

  /**
   * A code of the report (a status note, how a participant was matched, the basis of its role) in
   * the reader's words.
   */
  public String code(Object code) {
    if (code == null) {
      return "";
    }
    String c = code.toString();
    String key;
    if (c.startsWith("iati.matched.")) {
      key = "iati.matched." + c.substring("iati.matched.".length());
    } else if (c.startsWith("iati.role.")) {
      key = "iati.role." + c.substring("iati.role.".length());
    } else if (c.startsWith("iati.status.")) {
      key = "iati.status." + c.substring("iati.status.".length());
    } else {
      return c;
    }
    String text = labels.text(key);
    return text.equals(key) ? c : text;
  }

  /** A key's text, or the value itself when the bundle has none. */
  public String said(String prefix, Object value) {
    if (value == null) {
      return "";
    }
    String key = prefix + value;
    String text = labels.text(key);
    return text.equals(key) ? String.valueOf(value) : text;
  }

  /**
   * The participating organisations the secretariat is asked to resolve, once per name across the
   * file: those that match no operator (or only likely ones), with the likely operators, and the
   * operators whose role was inferred, to confirm.
   */
  public List<Map<String, Object>> getToResolve() {
    java.util.Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
    for (Map<String, Object> a : getActivities()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> maps = (Map<String, Object>) a.get("maps");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> duplicates = (List<Map<String, Object>>) a.get("likelyDuplicates");
      Object title = ((Map<?, ?>) maps.getOrDefault("title", Map.of())).get("text");
      @SuppressWarnings("unchecked")
      List<String> unresolved = (List<String>) maps.getOrDefault("unresolved", List.of());
      for (String name : unresolved) {
        Map<String, Object> r = entry(byName, name, title);
        r.put("operator", true);
        for (Map<String, Object> d : duplicates) {
          if (name.equals(d.get("name"))) {
            r.put("likely", d.get("operators"));
          }
        }
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> participants =
          (List<Map<String, Object>>) maps.getOrDefault("participants", List.of());
      for (Map<String, Object> p : participants) {
        if (Boolean.TRUE.equals(p.get("roleToConfirm"))
            || "iati.role.chosen".equals(p.get("roleBasisCode"))
            || operatorChoice.containsKey((String) p.get("name"))) {
          Map<String, Object> r = entry(byName, (String) p.get("name"), title);
          r.putIfAbsent("operator", operatorChoice.containsKey((String) p.get("name")));
          r.put("matched", p.get("operator"));
          // the role as inferred stays "as inferred" until the secretariat chooses one: it may
          // change once the other operators are chosen
          r.put("inferred", p.get("role"));
        }
      }
      // an organisation the secretariat said is no operator stays listed with that choice, so
      // that it can be changed back; a supporter has no participant's role
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> supporters =
          (List<Map<String, Object>>) maps.getOrDefault("supporters", List.of());
      for (Map<String, Object> s : supporters) {
        if (NOT_OPERATOR.equals(operatorChoice.get((String) s.get("name")))) {
          Map<String, Object> r = entry(byName, (String) s.get("name"), title);
          r.put("operator", true);
          r.put("supporter", true);
        }
      }
    }
    List<Map<String, Object>> list = new java.util.ArrayList<>(byName.values());
    for (int i = 0; i < list.size(); i++) {
      list.get(i).put("index", i);
    }
    return list;
  }

  private static Map<String, Object> entry(
      java.util.Map<String, Map<String, Object>> byName, String name, Object title) {
    Map<String, Object> r =
        byName.computeIfAbsent(
            name,
            n -> {
              Map<String, Object> m = new java.util.LinkedHashMap<>();
              m.put("name", n);
              m.put("activities", new java.util.ArrayList<>());
              return m;
            });
    @SuppressWarnings("unchecked")
    List<Object> titles = (List<Object>) r.get("activities");
    if (title != null && !titles.contains(title)) {
      titles.add(title);
    }
    return r;
  }

  /** Every registered operator, "name (country)", sorted as the reader's language sorts. */
  public List<Option> getOperatorOptions() {
    if (operatorOptions == null) {
      java.text.Collator collator = java.text.Collator.getInstance(labels.locale());
      operatorOptions =
          operators.all().stream()
              .map(
                  o ->
                      new Option(
                          String.valueOf(o.id()),
                          o.name()
                              + (o.country() == null
                                  ? ""
                                  : " (" + labels.country(o.country().code()) + ")")))
              .sorted((x, y) -> collator.compare(x.label(), y.label()))
              .toList();
    }
    return operatorOptions;
  }

  /** The roles an operator may take in a WOP, in the reader's words. */
  public List<Option> getRoleOptions() {
    return java.util.stream.Stream.of(org.wops.domain.partnership.ParticipantRole.values())
        .map(r -> new Option(r.name(), labels.text("role." + r.name())))
        .toList();
  }

  public java.util.Map<String, String> getOperatorChoice() {
    return operatorChoice;
  }

  public java.util.Map<String, String> getRoleChoice() {
    return roleChoice;
  }

  public java.util.Map<String, Boolean> getConfirmNew() {
    return confirmNew;
  }

  /** The number of activities imported, when an import ran (not a preview, not refused). */
  public Object getImportedCount() {
    return imported ? getCounts().get("imported") : null;
  }

  private static void error(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public List<Map<String, Object>> getActivities() {
    return report == null ? List.of() : report.activities();
  }

  public Map<String, Object> getCounts() {
    return report == null ? Map.of() : report.counts();
  }

  public boolean isPreviewed() {
    return report != null;
  }

  public boolean isImported() {
    return imported;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public boolean isSkipInvalid() {
    return skipInvalid;
  }

  public void setSkipInvalid(boolean skipInvalid) {
    this.skipInvalid = skipInvalid;
  }
}
