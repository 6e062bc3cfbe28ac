package org.wops.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.wops.api.operator.OperatorCsv;
import org.wops.api.operator.OperatorImportPlan;
import org.wops.api.partnership.PartnershipCsv;
import org.wops.api.partnership.PartnershipImportPlan;
import org.wops.api.problem.BodySizeLimit;
import org.wops.api.problem.Problem;
import org.wops.api.support.CsvText;
import org.wops.domain.operator.OperatorChange;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.Role;

/**
 * Importing operators or partnerships from a CSV file (the API's columns and checks, {@link
 * OperatorImportPlan} and {@link PartnershipImportPlan}): every row is checked first and a per-row
 * error report shown; a row with an id updates that operator or partnership; a new operator like an
 * existing one is a likely duplicate, created only when the user confirms; a file with errors
 * imports nothing unless the user asks to skip the bad rows. The valid rows are then stored in
 * batches, one batch per poll of the page, so that the progress bar shows real progress and every
 * batch is its own transaction.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int BATCH = 100;

  /** The value at fault, as the English reasons quote it first ({@code 'abc' is not ...}). */
  private static final java.util.regex.Pattern VALUE_AT_FAULT =
      java.util.regex.Pattern.compile("'([^']*)'");

  /** The largest file the page takes: the API's limit. */
  static final long MAX_BYTES = BodySizeLimit.MAX_BYTES;

  @Inject OperatorService operators;
  @Inject PartnershipImport partnershipImport;
  @Inject Localizer labels;
  @Inject PageActions actions;
  @Inject Session session;

  private UploadedFile file;
  private boolean skipInvalid;
  private boolean createDuplicates;
  private final List<Problem.FieldError> errors = new ArrayList<>();

  /** The values each refusal's rule names (a domain rule's arguments), for its words. */
  private final java.util.Map<Problem.FieldError, Object[]> ruleValues = new java.util.HashMap<>();

  private final List<Problem.FieldError> asText = new ArrayList<>();
  private final List<OperatorChange> pending = new ArrayList<>();
  private final List<PartnershipImport.Row> pendingPartnerships = new ArrayList<>();
  private String kind = OPERATORS;
  static final String OPERATORS = "operators";
  static final String PARTNERSHIPS = "partnerships";
  private int total;
  private int imported;
  private int created;
  private int updated;
  private boolean running;
  private boolean checked;

  public void check() {
    errors.clear();
    ruleValues.clear();
    asText.clear();
    pending.clear();
    pendingPartnerships.clear();
    imported = 0;
    created = 0;
    updated = 0;
    checked = false;
    running = false;
    boolean partnerships = PARTNERSHIPS.equals(kind);
    if (!session.isAdmin()
        && !session.isCoordinator()
        && !(partnerships && session.viewer().has(Role.OPERATOR_EDITOR))) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "import:file",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, labels.text("import.not-allowed"), null));
      return;
    }
    if (file != null && file.getSize() > MAX_BYTES) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "import:file",
              new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.text("import.too-large"), null));
      return;
    }
    if (file == null || file.getSize() == 0) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "import:file",
              new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.text("import.no-file"), null));
      return;
    }
    if (partnerships) {
      checkPartnerships();
      return;
    }
    List<OperatorCsv.Row> rows;
    try (InputStream in = file.getInputStream()) {
      rows = OperatorCsv.read(CsvText.decode(in));
    } catch (CsvText.Refused refused) {
      refuse(refused);
      return;
    } catch (IOException | RuntimeException e) {
      refuse(null);
      return;
    }
    OperatorImportPlan plan = OperatorImportPlan.of(rows, operators.all(), createDuplicates);
    errors.addAll(plan.errors());
    asText.addAll(plan.storedAsText());
    pending.addAll(plan.changes());
    total = pending.size();
    checked = true;
    running = total > 0 && (errors.isEmpty() || skipInvalid);
  }

  private void checkPartnerships() {
    List<PartnershipCsv.Row> rows;
    try (InputStream in = file.getInputStream()) {
      rows = PartnershipCsv.read(CsvText.decode(in));
    } catch (CsvText.Refused refused) {
      refuse(refused);
      return;
    } catch (IOException | RuntimeException e) {
      refuse(null);
      return;
    }
    PartnershipImportPlan plan =
        PartnershipImportPlan.of(rows, partnershipImport, session.viewer(), session.getName());
    errors.addAll(plan.errors());
    plan.errors().forEach(e -> ruleValues.put(e, plan.arguments(e)));
    asText.addAll(plan.storedAsText());
    pendingPartnerships.addAll(plan.rows());
    total = pendingPartnerships.size();
    checked = true;
    running = total > 0 && (errors.isEmpty() || skipInvalid);
  }

  /**
   * The whole file refused, in the reader's language: not UTF-8, no header line the import knows,
   * or not CSV at all (the line named); {@code null}: it could not be read.
   */
  private void refuse(CsvText.Refused refused) {
    String said;
    if (refused == null) {
      said = labels.text("import.unreadable");
    } else if (refused.excerpt().isEmpty()) {
      said = labels.plural("import." + refused.rule(), refused.line());
    } else {
      said = labels.format("import." + refused.rule() + ".at", refused.line(), refused.excerpt());
    }
    FacesContext.getCurrentInstance()
        .addMessage("import:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, said, null));
  }

  /** Stores the next batch (called by the page's poll while the import runs). */
  public void step() {
    if (!running) {
      return;
    }
    // a refusal the check did not foresee (access withdrawn meanwhile, say) stops the import
    if (!actions.attempt(
        null, PARTNERSHIPS.equals(kind) ? this::stepPartnerships : this::stepOperators)) {
      running = false;
    }
  }

  private void stepOperators() {
    List<OperatorChange> batch =
        new ArrayList<>(pending.subList(0, Math.min(BATCH, pending.size())));
    OperatorService.ImportResult result = operators.importAll(session.viewer(), batch);
    pending.subList(0, batch.size()).clear();
    imported += batch.size();
    created += result.created();
    updated += result.updated();
    running = !pending.isEmpty();
  }

  private void stepPartnerships() {
    List<PartnershipImport.Row> batch =
        new ArrayList<>(
            pendingPartnerships.subList(0, Math.min(BATCH, pendingPartnerships.size())));
    try {
      PartnershipImport.Result result =
          partnershipImport.importAll(session.viewer(), batch, session.getName());
      created += result.created();
      updated += result.updated();
    } catch (PartnershipImport.RowRefused r) {
      // changed since the check: this batch was not stored, nor are the next ones
      for (PartnershipImport.RowRefused each : r.withOthers()) {
        Problem.FieldError e =
            new Problem.FieldError(
                PartnershipImportPlan.Format.CSV.at(each.line(), each.column()),
                each.rule(),
                each.getMessage());
        errors.add(e);
        ruleValues.put(e, each.arguments());
      }
      pendingPartnerships.clear();
      running = false;
      return;
    }
    pendingPartnerships.subList(0, batch.size()).clear();
    imported += batch.size();
    running = !pendingPartnerships.isEmpty();
  }

  public int getProgress() {
    return total == 0 ? 0 : (int) Math.round(100.0 * imported / total);
  }

  public boolean isRunning() {
    return running;
  }

  public boolean isChecked() {
    return checked;
  }

  public boolean isBlocked() {
    return checked && !errors.isEmpty() && !skipInvalid;
  }

  public boolean isDone() {
    return checked && !running;
  }

  public int getImported() {
    return imported;
  }

  public int getTotal() {
    return total;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  /** One line of the error report: the file's line, the column, and what is wrong. */
  public record ReportLine(String line, String column, String message) {}

  public List<ReportLine> getErrors() {
    return report(errors);
  }

  /** The cells a spreadsheet would have taken for a formula, stored as text. */
  public List<ReportLine> getStoredAsText() {
    return report(asText);
  }

  private List<ReportLine> report(List<Problem.FieldError> lines) {
    return lines.stream()
        .map(
            e -> {
              java.util.regex.Matcher m =
                  java.util.regex.Pattern.compile("line (\\d+): (.*)").matcher(e.field());
              String message = message(e);
              return m.matches()
                  ? new ReportLine(m.group(1), m.group(2), message)
                  : new ReportLine("", e.field(), message);
            })
        .toList();
  }

  /**
   * The problem in the reader's language: in English as the platform explains it; in French or
   * Spanish in the reader's words for the file's own rules ({@code import.rule.*}, with the value
   * at fault, which the English message quotes first), or as the pages say a domain rule ({@code
   * rule.<code>}); in English when the bundle has no words for it.
   */
  private String message(Problem.FieldError e) {
    if (labels.language() == org.wops.domain.shared.Language.EN || e.rule() == null) {
      return e.message();
    }
    java.util.regex.Matcher item = ITEM.matcher(e.message());
    if (item.matches()) {
      // one cell holds a list of results or sources: say which one, then what is wrong with it
      String which =
          labels.plural(
              "results".equals(item.group(1)) ? "import.item.result" : "import.item.source",
              Integer.parseInt(item.group(2)) + 1);
      if (!item.group(3).isEmpty()) {
        which += " (" + item.group(3).substring(1) + ")";
      }
      return labels.format("import.item", which, words(e, item.group(4)));
    }
    return words(e, e.message());
  }

  /**
   * What the rule says, in the reader's words ({@code import.rule.*}, or as the pages say a domain
   * rule), with the value at fault that the English message quotes first; when the bundle has no
   * words for the rule, a sentence that names it (never the English message on a French page).
   */
  private String words(Problem.FieldError e, String english) {
    java.util.regex.Matcher quoted = VALUE_AT_FAULT.matcher(english);
    String value = quoted.lookingAt() ? quoted.group(1) : null;
    String key = "import.rule." + e.rule();
    String words = labels.text(key);
    if (!words.equals(key)) {
      return value == null ? words : labels.format("import.at-fault", words, value);
    }
    Object[] given = ruleValues.get(e);
    Object[] arguments =
        given != null && given.length > 0
            ? given
            : value == null ? new Object[0] : new Object[] {value};
    String said = actions.said(new DomainRuleViolation(e.rule(), null, english, arguments));
    return said.equals(english) ? labels.plural("import.rule-unexplained", e.rule()) : said;
  }

  /** A message about one item of a list cell: "results[2].indicator.title: ...". */
  private static final java.util.regex.Pattern ITEM =
      java.util.regex.Pattern.compile(
          "(results|sources)\\[(\\d+)\\]((?:\\.[A-Za-z]+)*): (.*)", java.util.regex.Pattern.DOTALL);

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = PARTNERSHIPS.equals(kind) ? PARTNERSHIPS : OPERATORS;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public boolean isSkipInvalid() {
    return skipInvalid;
  }

  public void setSkipInvalid(boolean skipInvalid) {
    this.skipInvalid = skipInvalid;
  }

  public boolean isCreateDuplicates() {
    return createDuplicates;
  }

  public void setCreateDuplicates(boolean createDuplicates) {
    this.createDuplicates = createDuplicates;
  }
}
