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
}
