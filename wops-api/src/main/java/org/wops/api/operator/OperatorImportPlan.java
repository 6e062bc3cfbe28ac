package org.wops.api.operator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.api.problem.Problem;
import org.wops.domain.operator.OperatorChange;
import org.wops.domain.operator.OperatorNames;

/**
 * What an import of checked CSV rows will do, before anything is stored (the API's import and the
 * import page share it): a row with an id updates that operator, a row without one creates an
 * operator, unless one of its names (name, short name, former or alternative names) matches one of
 * an operator that exists or of an earlier row in the same country ({@link OperatorNames#keysOf}):
 * such a row is reported as a likely duplicate, and created only when the caller confirms it
 * ({@code createDuplicates}).
 */
public final class OperatorImportPlan {
  private final List<OperatorChange> changes = new ArrayList<>();
  private final List<Problem.FieldError> errors = new ArrayList<>();
  private final List<Problem.FieldError> storedAsText = new ArrayList<>();

  private OperatorImportPlan() {}

  /**
   * @param knownIds the ids of the operators that exist
   * @param nameKeys the keys of the existing operators' names ({@link OperatorNames#keysOf}) with
   *     one id each
   */
  public static OperatorImportPlan of(
      List<OperatorCsv.Row> rows,
      Set<Long> knownIds,
      Map<String, Long> nameKeys,
      boolean createDuplicates) {
    OperatorImportPlan plan = new OperatorImportPlan();
    Map<String, String> seen = new HashMap<>();
    nameKeys.forEach((key, id) -> seen.put(key, "operator " + id));
    for (OperatorCsv.Row row : rows) {
      plan.storedAsText.addAll(row.asText());
      if (!row.errors().isEmpty()) {
        plan.errors.addAll(row.errors());
        continue;
      }
      if (row.id() != null && !knownIds.contains(row.id())) {
        plan.errors.add(
            new Problem.FieldError(
                "line " + row.line() + ": id",
                "unknown-id",
                "there is no operator "
                    + row.id()
                    + " (leave the id empty to create a new operator)"));
        continue;
      }
      if (row.id() == null) {
        java.util.Set<String> keys = OperatorNames.keysOf(row.details());
        String same =
            keys.stream()
                .map(seen::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (same != null && !createDuplicates) {
          plan.errors.add(
              new Problem.FieldError(
                  "line " + row.line() + ": name",
                  "likely-duplicate",
                  "'"
                      + row.details().name()
                      + "' in "
                      + row.details().country().code()
                      + " looks like "
                      + same
                      + " (one of their names the same in the same country, accents and case"
                      + " aside): give its id to update it, or confirm that it is another operator"
                      + " to create it"));
          continue;
        }
        keys.forEach(k -> seen.putIfAbsent(k, "line " + row.line()));
      }
      plan.changes.add(row.change());
    }
    return plan;
  }

  /** The rows to store: updates and new operators, in the file's order. */
  public List<OperatorChange> changes() {
    return changes;
  }

  /** Rows that will not be stored, and why (invalid values, unknown ids, likely duplicates). */
  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** Cells a spreadsheet would take for a formula: stored as text. */
  public List<Problem.FieldError> storedAsText() {
    return storedAsText;
  }
}
