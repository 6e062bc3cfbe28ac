package org.wops.api.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.PartnershipStatus;

/** The bodies of the partnership workflow's requests. */
public final class WorkflowInputs {
  private WorkflowInputs() {}

  /** Move the partnership to this status. */
  public static class StatusChange {
    @NotNull(message = "is required")
    @OneOf(PartnershipStatus.class)
    public String status;
  }

  /**
   * What the written agreement states besides each participant's responsibilities and interests.
   */
  public static class Agreement {
    @NotBlank(message = "is required")
    @Size(max = 8000, message = "can be at most {max} characters")
    public String objectivesAndOutputs;

    @NotNull(message = "is required")
    public BigDecimal cashValue;

    @NotNull(message = "is required")
    public BigDecimal inKindValue;
  }

  /** A participating operator signs the agreement. */
  public static class Signature {
    @NotNull(message = "is required")
    public Long operatorId;

    @NotBlank(message = "is required (who signs, e.g. the managing director's name)")
    @Size(max = 200, message = "can be at most {max} characters")
    public String signedBy;
  }

  /** A new milestone. */
  public static class NewMilestone {
    @NotBlank(message = "is required")
    @Size(max = 200, message = "can be at most {max} characters")
    public String title;

    @NotNull(message = "is required")
    public LocalDate plannedDate;
  }

  /** A milestone was reached on this date. */
  public static class Reached {
    @NotNull(message = "is required")
    public LocalDate actualDate;
  }

  /** A progress report on a period. */
  public static class Update {
    @NotNull(message = "is required")
    public LocalDate periodStart;

    @NotNull(message = "is required")
    public LocalDate periodEnd;

    @NotBlank(message = "is required")
    @Size(max = 20000, message = "can be at most {max} characters")
    public String summary;
  }

  /** Why an update goes back to its authors. */
  public static class ReturnReason {
    @NotBlank(message = "is required")
    @Size(max = 2000, message = "can be at most {max} characters")
    public String reason;
  }

  /**
   * A budgeted cost: STAFF_TIME, TRAVEL, TRAINING, EQUIPMENT or OTHER_DIRECT_COSTS (never a fee or
   * margin).
   */
  public static class Cost {
    @NotBlank(message = "is required")
    public String category;

    @NotBlank(message = "is required")
    @Size(max = 400, message = "can be at most {max} characters")
    public String description;

    @NotNull(message = "is required")
    public BigDecimal amount;
  }

  /** An activity of the work plan. */
  public static class Activity {
    @NotBlank(message = "is required")
    public String title;

    @NotBlank(message = "is required")
    public String workingArea;

    @NotNull(message = "is required")
    public LocalDate startDate;

    @NotNull(message = "is required")
    public LocalDate endDate;

    public BigDecimal budget;
    public String responsible;
  }

  /** A KPI the partnership follows, from its baseline. */
  public static class NewIndicator {
    @NotBlank(message = "is required")
    public String kpiCode;

    @NotNull(message = "is required")
    public BigDecimal baselineValue;

    @NotNull(message = "is required")
    public LocalDate baselineDate;
  }

  /** What an indicator should reach by the end of a year. */
  public static class Target {
    @NotNull(message = "is required")
    public Integer year;

    @NotNull(message = "is required")
    public BigDecimal value;
  }

  /** A value actually measured, in the indicator's unit. */
  public static class Measure {
    @NotNull(message = "is required")
    public LocalDate measuredOn;

    @NotNull(message = "is required")
    public BigDecimal value;

    @NotBlank(message = "is required (the indicator's unit, e.g. %)")
    public String unit;
  }

  /** An expected output of the work plan. */
  public static class Output {
    @NotBlank(message = "is required")
    public String title;

    @NotBlank(message = "is required")
    public String unit;

    @NotNull(message = "is required")
    public BigDecimal quantity;

    @NotNull(message = "is required")
    public LocalDate completionDate;

    @NotBlank(message = "is required")
    public String meansOfVerification;
  }

  /** A capacity-change assessment: change -2..+2, the WOP's contribution 0..2. */
  public static class Assessment {
    @NotBlank(message = "is required")
    public String dimension;

    @NotNull(message = "is required")
    public Integer perceivedChange;

    @NotNull(message = "is required")
    public Integer wopContribution;

    @NotNull(message = "is required (ONE_PARTNER or ALL_PARTNERS)")
    @OneOf(org.wops.domain.partnership.CapacityAssessment.DecidedBy.class)
    public String decidedBy;

    @NotNull(message = "is required")
    public LocalDate assessedOn;

    public String notes;
  }
}
