package org.wops.domain.partnership;

import java.util.List;

/**
 * Whether a partnership may carry the WOP label (is "charter-compliant"), derived from its state
 * and never stored by hand, and if not, the reasons (each a rule code and a readable message).
 */
public record Compliance(boolean compliant, List<Reason> reasons) {
  public Compliance {
    reasons = List.copyOf(reasons);
  }

  /** Why a partnership is not compliant. */
  public record Reason(String code, String message) {}
}
