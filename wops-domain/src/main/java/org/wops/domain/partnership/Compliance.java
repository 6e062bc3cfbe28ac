package org.wops.domain.partnership;

import java.util.List;

/**
 * Whether a partnership may carry the WOP label (is "charter-compliant"), and if not, the reasons
 * (each a rule code and a readable message), with what the label rests on: for a partnership run in
 * the platform, its own rules, derived from its state and never stored by hand; for one recorded
 * from outside, who vouches for it — the secretariat's verification, the partners' declaration, or
 * nobody yet ("not assessed", which is not "not compliant").
 */
public record Compliance(boolean compliant, List<Reason> reasons, Basis basis) {
  /** What the label rests on. */
  public enum Basis {
    /** The platform's rules: endorsements of the Charter and the agreement signed in it. */
    PLATFORM_RULES,
    /** A recorded partnership that the secretariat checked against the Charter. */
    VERIFIED_BY_SECRETARIAT,
    /** A recorded partnership whose partners declare that they abide by the Charter. */
    DECLARED_BY_PARTNERS,
    /** A recorded partnership whose compliance nobody has assessed yet. */
    NOT_ASSESSED
  }

  public Compliance {
    reasons = List.copyOf(reasons);
    basis = basis == null ? Basis.PLATFORM_RULES : basis;
  }

  /** Under the platform's rules: compliant when nothing stands against it. */
  public Compliance(boolean compliant, List<Reason> reasons) {
    this(compliant, reasons, Basis.PLATFORM_RULES);
  }

  /**
   * The label of a recorded partnership: compliant when verified or declared and nothing (a
   * cancellation) stands against it.
   */
  static Compliance recorded(
      RecordedHistory.ComplianceAssessment assessment, List<Reason> reasons) {
    Basis basis = Basis.valueOf(assessment.name());
    return new Compliance(reasons.isEmpty() && basis != Basis.NOT_ASSESSED, reasons, basis);
  }

  /** Whether nobody has assessed it yet (the label says so, and does not say "not compliant"). */
  public boolean notAssessed() {
    return basis == Basis.NOT_ASSESSED;
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
