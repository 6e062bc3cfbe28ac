package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Texts;

/**
 * How the partners judge the change in one capacity dimension: the perceived change (−2 much worse
 * … +2 much better), the WOP's contribution to it (0 none … 2 decisive), and whether one partner or
 * all partners decided it.
 */
@Entity
@Table(name = "capacity_assessments")
public class CapacityAssessment extends PartnershipPart {
  /** The most characters its column holds. */
  public static final int NOTES_MAX = 2000;

  /** Who made the judgement. */
  public enum DecidedBy {
    ONE_PARTNER,
    ALL_PARTNERS
  }

  @Column(
      name = "dimension_code",
      nullable = false,
      length = org.wops.domain.reference.CapacityDimension.CODE_MAX)
  private String dimensionCode;

  @Column(name = "perceived_change", nullable = false)
  private int perceivedChange;

  @Column(name = "wop_contribution", nullable = false)
  private int wopContribution;

  @Enumerated(EnumType.STRING)
  @Column(name = "decided_by", nullable = false, length = 12)
  private DecidedBy decidedBy;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Column(name = "notes", length = NOTES_MAX)
  private String notes;

  protected CapacityAssessment() {
    // for JPA
  }

  CapacityAssessment(
      Partnership partnership,
      String dimensionCode,
      int perceivedChange,
      int wopContribution,
      DecidedBy decidedBy,
      LocalDate assessedOn,
      String notes,
      LocalDate today) {
    super(partnership);
    this.dimensionCode =
        Texts.required(dimensionCode, "assessment.dimension", "dimension", "The dimension", 40);
    if (perceivedChange < -2 || perceivedChange > 2) {
      throw new DomainRuleViolation(
          "assessment.change.out-of-range",
          "perceivedChange",
          "The perceived change is from -2 (much worse) to +2 (much better).");
    }
    if (wopContribution < 0 || wopContribution > 2) {
      throw new DomainRuleViolation(
          "assessment.contribution.out-of-range",
          "wopContribution",
          "The WOP's contribution is from 0 (none) to 2 (decisive).");
    }
    this.perceivedChange = perceivedChange;
    this.wopContribution = wopContribution;
    this.decidedBy =
        Texts.required(
            decidedBy, "assessment.decidedBy", "decidedBy", "Say who decided the assessment.");
    this.assessedOn =
        Texts.required(assessedOn, "assessment.assessedOn", "assessedOn", "The date is required.");
    Partnership.requireNotFuture(assessedOn, today, "assessedOn");
    this.notes = Texts.optional(notes, "assessment.notes", "notes", "The notes", 2000);
  }

  public String dimensionCode() {
    return dimensionCode;
  }

  public int perceivedChange() {
    return perceivedChange;
  }

  public int wopContribution() {
    return wopContribution;
  }

  public DecidedBy decidedBy() {
    return decidedBy;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public String notes() {
    return notes;
  }
}
