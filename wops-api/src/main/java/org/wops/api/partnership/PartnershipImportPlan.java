package org.wops.api.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wops.api.problem.Problem;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.user.Viewer;

/**
 * What an import of partnership CSV rows will do, before anything is stored (the API's import and
 * the import page share it, as {@code OperatorImportPlan} for operators): every row is read, a
 * partnership named twice in the file is refused, and every row that could be read is tried by the
 * domain ({@link PartnershipImport#check}) with the caller's rights, its refusals reported by line
 * and column.
 */
public final class PartnershipImportPlan {
  private final List<PartnershipImport.Row> rows = new ArrayList<>();
  private final List<Problem.FieldError> errors = new ArrayList<>();
  private final List<Problem.FieldError> storedAsText = new ArrayList<>();
  private boolean forbidden;
  private PartnershipImport.Result wouldDo;

  private final Format format;
  private final Map<Problem.FieldError, Object[]> arguments = new HashMap<>();

  /** How the file names its rows and fields: CSV lines and columns, or JSON items and fields. */
  public enum Format {
    CSV("line"),
    JSON("item");

    private final String unit;

    Format(String unit) {
      this.unit = unit;
    }

    /** Where a domain refusal points, in the file's own words. */
    public String at(long row, String field) {
      return unit
          + " "
          + row
          + ": "
          + (this == CSV
              ? PartnershipCsv.column(field)
              : "role".equals(field) ? "participants" : field);
    }
  }

  private PartnershipImportPlan(Format format) {
    this.format = format;
  }

  /** The plan for CSV rows ({@link PartnershipCsv#read}). */
  public static PartnershipImportPlan of(
      List<PartnershipCsv.Row> read, PartnershipImport importer, Viewer viewer, String actor) {
    return of(read, Format.CSV, importer, viewer, actor);
  }

  public static PartnershipImportPlan of(
      List<PartnershipCsv.Row> read,
      Format format,
      PartnershipImport importer,
      Viewer viewer,
      String actor) {
    PartnershipImportPlan plan = new PartnershipImportPlan(format);
    Map<Long, Long> lineOfId = new HashMap<>();
    List<PartnershipImport.Row> readable = new ArrayList<>();
    for (PartnershipCsv.Row row : read) {
      plan.storedAsText.addAll(row.asText());
      if (!row.errors().isEmpty()) {
        plan.errors.addAll(row.errors());
        continue;
      }
      Long id = row.row().id();
      if (id != null && lineOfId.containsKey(id)) {
        plan.errors.add(
            new Problem.FieldError(
                format.at(row.line(), "id"),
                "import.id-twice",
                "partnership " + id + " is already at " + format.unit + " " + lineOfId.get(id)));
        continue;
      }
      if (id != null) {
        lineOfId.put(id, row.line());
      }
      readable.add(row.row());
    }
    Map<Long, List<PartnershipImport.RowRefused>> refused = new HashMap<>();
    PartnershipImport.Check check = importer.check(viewer, readable, actor);
    plan.wouldDo = check.result();
    for (PartnershipImport.RowRefused r : check.refused()) {
      refused.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r);
    }
    for (PartnershipImport.Row row : readable) {
      List<PartnershipImport.RowRefused> rs = refused.get(row.line());
      if (rs == null) {
        plan.rows.add(row);
      } else {
        for (PartnershipImport.RowRefused r : rs) {
          plan.errors.add(plan.error(r));
          plan.forbidden |= r.forbidden();
        }
      }
    }
    plan.errors.sort(java.util.Comparator.comparingLong(PartnershipImportPlan::lineOf));
    return plan;
  }

  /** A refusal of the domain, by line (or item) and the file's column (or field). */
  public Problem.FieldError error(PartnershipImport.RowRefused r) {
    String message = r.getMessage();
    if (format == Format.CSV
        && r.column() != null
        && !PartnershipCsv.column(r.column()).equals(r.column())
        && (r.column().startsWith("results") || r.column().startsWith("sources"))) {
      // one cell holds the whole list: say which item of it
      message = r.column() + ": " + message;
    }
    Problem.FieldError e =
        new Problem.FieldError(format.at(r.line(), r.column()), r.rule(), message);
    if (r.arguments().length > 0) {
      arguments.put(e, r.arguments());
    }
    return e;
  }

  /** The values a refusal's rule names (a domain rule's arguments), for its words on a page. */
  public Object[] arguments(Problem.FieldError e) {
    Object[] values = arguments.get(e);
    return values == null ? new Object[0] : values.clone();
  }

  private static long lineOf(Problem.FieldError e) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:line|item) (\\d+):.*").matcher(e.field());
    return m.matches() ? Long.parseLong(m.group(1)) : 0;
  }

  /** What the rows that can be imported would do, as the platform stands now. */
  public PartnershipImport.Result wouldDo() {
    return wouldDo;
  }

  /** The rows that can be imported, in the file's order. */
  public List<PartnershipImport.Row> rows() {
    return rows;
  }

  /** Rows that will not be stored, and why. */
  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** Whether a row was refused because the caller may not make it (rather than invalid). */
  public boolean forbidden() {
    return forbidden;
  }

  /** Cells a spreadsheet would take for a formula: stored as text. */
  public List<Problem.FieldError> storedAsText() {
    return storedAsText;
  }
}
