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

  /**
   * Why a partnership is not compliant: a rule code, a readable (English) message, and what pages
   * need to say it in the reader's language — the operators concerned and the Charter version
   * (empty and 0 when the rule names none).
   */
  public record Reason(String code, String message, List<Long> operatorIds, int charterVersion) {
    public Reason {
      operatorIds = List.copyOf(operatorIds);
    }

    public Reason(String code, String message) {
      this(code, message, List.of(), 0);
    }
  }
}
