package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.ResultsTracking;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;

/**
 * The results page ({@code my/results.xhtml}): the results a partnership reports, for its editors
 * to list, add, change and remove — a statement, its kind and, when measured, an indicator (what is
 * measured, its unit) with a baseline, a target and an actual, each a number (typed the reader's
 * way), words or both, and a date at the precision the source gives ("2014", "06/2014"). The
 * results it has and {@link #SPARE_ROWS} empty ones are shown; a row left empty or marked "remove"
 * is not kept. Every broken rule is said beside its field; the form carries the version it showed,
 * and a page older than the partnership changes nothing.
 */
@Named
@RequestScoped
public class ResultsForm {
  /** Empty rows offered below the partnership's results. */
  static final int SPARE_ROWS = 2;

  private static final Pattern RESULT_FIELD = Pattern.compile("results\\[(\\d+)\\](?:\\.(.*))?");

  @Inject ResultsTracking results;
  @Inject PartnershipAccess access;
  @Inject Session session;
  @Inject PageActions actions;

  private Partnership partnership;
  private long shownVersion;
  private final List<Row> rows = new ArrayList<>();

  /** The form's row (0-based) of each result stated, in order. */
  private final List<Integer> resultRows = new ArrayList<>();

  /** A baseline, a target or an actual as the form shows it: every field may be left empty. */
  public static class Point {
    private BigDecimal value;
    private String note;
    private PartialDate date;

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public PartialDate getDate() {
      return date;
    }

    public void setDate(PartialDate date) {
      this.date = date;
    }

    boolean isBlank() {
      return value == null && blank(note) && date == null;
    }

    static Point of(ResultPoint p) {
      Point point = new Point();
      if (p != null) {
        point.value = p.value();
        point.note = p.note();
        point.date = p.dated();
      }
      return point;
    }

    ResultPoint toPoint(String field) {
      return isBlank() ? null : ResultPoint.of(value, blank(note) ? null : note, date, field);
    }
  }

  /** One result of the form (a class with getters: EL reads JavaBean properties only). */
  public static class Row {
    private String statement;
    private String kind = "";
    private boolean remove;
    private String indicatorTitle;
    private String unit;
    private final Point baseline = new Point();
    private final Point target = new Point();
    private final Point actual = new Point();

    public String getStatement() {
      return statement;
    }

    public void setStatement(String statement) {
      this.statement = statement;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public boolean isRemove() {
      return remove;
    }

    public void setRemove(boolean remove) {
      this.remove = remove;
    }

    public String getIndicatorTitle() {
      return indicatorTitle;
    }

    public void setIndicatorTitle(String indicatorTitle) {
      this.indicatorTitle = indicatorTitle;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public Point getBaseline() {
      return baseline;
    }

    public Point getTarget() {
      return target;
    }

    public Point getActual() {
      return actual;
    }

    boolean measured() {
      return !blank(indicatorTitle)
          || !blank(unit)
          || !baseline.isBlank()
          || !target.isBlank()
          || !actual.isBlank();
    }

    boolean isBlank() {
      return blank(statement) && blank(kind) && !measured();
    }

    static Row of(Result r) {
      Row row = new Row();
      row.statement = r.statement();
      row.kind = r.kind().name();
      r.indicator()
          .ifPresent(
              i -> {
                row.indicatorTitle = i.title();
                row.unit = i.unit();
                copy(Point.of(i.baseline()), row.baseline);
                copy(Point.of(i.target()), row.target);
                copy(Point.of(i.actual()), row.actual);
              });
      return row;
    }

    private static void copy(Point from, Point to) {
      to.value = from.value;
      to.note = from.note;
      to.date = from.date;
    }
  }

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String id = params.get("id");
    try {
      partnership =
          access.requireEdit(
              session.viewer(), id == null || !id.matches("\\d{1,18}") ? -1 : Long.parseLong(id));
    } catch (NotFoundException e) {
      PageActions.notFound();
      return;
    } catch (AccessDenied e) {
      PageActions.forbidden(e.getMessage());
      return;
    }
    for (Result r : partnership.results()) {
      rows.add(Row.of(r));
    }
    String posted = params.get("rows");
    int count =
        posted != null && posted.matches("\\d{1,4}")
            ? Math.min(Integer.parseInt(posted), Partnership.PARTS_MAX + SPARE_ROWS)
            : rows.size() + SPARE_ROWS;
    while (rows.size() < count) {
      rows.add(new Row());
    }
    Long shown = PageActions.shownVersion(PageActions.VERSION);
    shownVersion = shown == null ? partnership.version() : shown;
  }

  public Partnership getP() {
    return partnership;
  }

  public long getShownVersion() {
    return shownVersion;
  }

  public List<Row> getRows() {
    return rows;
  }

  public ResultKind[] getKinds() {
    return ResultKind.values();
  }

  public String save() {
    List<Result> stated;
    try {
      stated = stated();
    } catch (DomainRuleViolation v) {
      actions.broken(v, this::clientIdOf);
      return null;
    }
    org.wops.domain.partnership.Partnership[] after =
        new org.wops.domain.partnership.Partnership[1];
    boolean saved =
        actions.attemptBeside(
            this::clientIdOf,
            () ->
                after[0] =
                    results.replaceResults(
                        session.viewer(),
                        new ResultsTracking.ReplaceResults(
                            partnership.id(), shownVersion, stated)));
    if (!saved) {
      return null;
    }
    actions.saved("results.saved", shownVersion, after[0]);
    return "/wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }

  /**
   * The results the form states — its rows with anything in them and not marked "remove", numbered
   * as the domain names them (the n-th result stated) — and every broken rule of every one at once.
   */
  private List<Result> stated() {
    RuleChecks checks = new RuleChecks();
    List<Result> stated = new ArrayList<>();
    resultRows.clear();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.remove || r.isBlank()) {
        continue;
      }
      String field = "results[" + resultRows.size() + "]";
      resultRows.add(i);
      Result made = checks.check(() -> result(r, field, checks));
      if (made != null) {
        stated.add(made);
      }
    }
    checks.done();
    return stated;
  }

  private static Result result(Row r, String field, RuleChecks checks) {
    ResultIndicator indicator = null;
    if (r.measured()) {
      String at = field + ".indicator";
      ResultPoint baseline = checks.check(() -> r.baseline.toPoint(at + ".baseline"));
      ResultPoint target = checks.check(() -> r.target.toPoint(at + ".target"));
      ResultPoint actual = checks.check(() -> r.actual.toPoint(at + ".actual"));
      if (!checks.refusedUnder(at)) {
        indicator =
            ResultIndicator.of(
                blank(r.indicatorTitle) ? null : r.indicatorTitle,
                blank(r.unit) ? null : r.unit,
                baseline,
                target,
                actual,
                at);
      }
    }
    return new Result(
        blank(r.statement) ? null : r.statement,
        blank(r.kind) ? null : ResultKind.valueOf(r.kind),
        indicator,
        field);
  }

  /**
   * The field of the form a rule names: {@code results[1].indicator.baseline.dated} is the date of
   * the baseline of the form's row of the second result stated; a rule about the whole indicator
   * stands beside what it measures; a rule about the list, for the whole page.
   */
  String clientIdOf(String field) {
    Matcher m = field == null ? null : RESULT_FIELD.matcher(field);
    if (m == null || !m.matches() || Integer.parseInt(m.group(1)) >= resultRows.size()) {
      return null;
    }
    String part = m.group(2) == null ? "statement" : m.group(2);
    String component =
        switch (part) {
          case "statement", "kind" -> part;
          case "indicator", "indicator.title" -> "indicatorTitle";
          case "indicator.unit" -> "unit";
          default -> pointComponent(part);
        };
    return component == null
        ? null
        : "results:row:" + resultRows.get(Integer.parseInt(m.group(1))) + ":" + component;
  }

  private static String pointComponent(String part) {
    Matcher p =
        Pattern.compile("indicator\\.(baseline|target|actual)(?:\\.(value|note|dated))?")
            .matcher(part);
    if (!p.matches()) {
      return null;
    }
    String which = p.group(1);
    String what =
        p.group(2) == null || p.group(2).equals("value")
            ? "Value"
            : p.group(2).equals("note") ? "Note" : "Date";
    return which + what;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
