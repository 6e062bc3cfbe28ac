package org.wops.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several checks of one change, each one's refusal kept, so that the caller hears every broken rule
 * at once (a form's every field at fault, an import row's every cell), not the first one only.
 */
public final class RuleChecks {
  private final List<DomainRuleViolation> violations = new ArrayList<>();

  /** The checked value, or {@code null} when the check refused it (the refusal is kept). */
  public <T> T check(Supplier<T> check) {
    try {
      return check.get();
    } catch (DomainRuleViolation v) {
      violations.addAll(v.withOthers());
      return null;
    }
  }

  /** Whether a refusal names this field. */
  public boolean refused(String field) {
    return violations.stream().anyMatch(v -> field.equals(v.field()));
  }

  /** Whether a refusal names this field or a part of it ({@code prefix + "."...}). */
  public boolean refusedUnder(String prefix) {
    return violations.stream()
        .anyMatch(
            v ->
                v.field() != null
                    && (v.field().equals(prefix) || v.field().startsWith(prefix + ".")));
  }

  /** Refuses the change with every refusal kept, if there is one. */
  public void done() {
    if (!violations.isEmpty()) {
      throw DomainRuleViolation.all(new ArrayList<>(violations));
    }
  }
}
