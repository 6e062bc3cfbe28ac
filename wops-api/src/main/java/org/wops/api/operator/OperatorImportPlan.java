package org.wops.api.operator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.api.problem.Problem;
import org.wops.domain.operator.LikelySameOperator;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorChange;

/**
 * What an import of checked CSV rows will do, before anything is stored (the API's import and the
 * import page share it): a row with an id updates that operator, a row without one creates an
 * operator, unless one of its names (name, short name, former or alternative names) matches one of
 * an operator that exists or of an earlier row in the same country, or one is found in the other as
 * whole words ({@link LikelySameOperator}): such a row is reported as a likely duplicate, and
 * created only when the caller confirms it ({@code createDuplicates}).
 */
public final class OperatorImportPlan {
  private final List<OperatorChange> changes = new ArrayList<>();
  private final List<Problem.FieldError> errors = new ArrayList<>();
  private final List<Problem.FieldError> storedAsText = new ArrayList<>();

  private OperatorImportPlan() {}

  /**
   * @param existing the operators that exist
   */
  public static OperatorImportPlan of(
      List<OperatorCsv.Row> rows, List<Operator> existing, boolean createDuplicates) {
    OperatorImportPlan plan = new OperatorImportPlan();
    Set<Long> knownIds = new HashSet<>();
    Map<String, List<Seen>> seen = new HashMap<>();
    for (Operator o : existing) {
      knownIds.add(o.id());
      seen.computeIfAbsent(o.country().code(), c -> new ArrayList<>())
          .add(new Seen(LikelySameOperator.of(o.details()), "operator " + o.id()));
    }
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
        LikelySameOperator names = LikelySameOperator.of(row.details());
        List<Seen> inCountry =
            seen.computeIfAbsent(row.details().country().code(), c -> new ArrayList<>());
        List<String> alike =
            inCountry.stream()
                .filter(s -> names.likelySame(s.names()))
                .sorted(java.util.Comparator.comparing((Seen s) -> !names.sameName(s.names())))
                .map(Seen::who)
                .toList();
        String same =
            alike.isEmpty()
                ? null
                : String.join(", ", alike.subList(0, Math.min(3, alike.size())))
                    + (alike.size() > 3 ? " and " + (alike.size() - 3) + " more" : "");
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
                      + " (one of their names the same as the other's, or found in it as whole"
                      + " words, in the same country, accents, case and legal forms aside): give"
                      + " its id to update it, or confirm that it is another operator"
                      + " to create it"));
          continue;
        }
        inCountry.add(new Seen(names, "line " + row.line()));
      }
      plan.changes.add(row.change());
    }
    return plan;
  }

  /** An operator or an earlier row, and how a message names it. */
  private record Seen(LikelySameOperator names, String who) {}

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
