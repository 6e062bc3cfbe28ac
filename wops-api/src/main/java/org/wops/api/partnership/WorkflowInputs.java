package org.wops.api.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.CapacityAssessment;
import org.wops.domain.partnership.CostLine;
import org.wops.domain.partnership.Indicator;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.WorkOutput;
import org.wops.domain.reference.CapacityDimension;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.WorkingArea;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.ExtraField;
import org.wops.domain.update.ProgressUpdate;

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
    @Size(max = AgreementTerms.TEXT_MAX, message = "can be at most {max} characters")
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
    @Size(
        max = org.wops.domain.partnership.Signature.SIGNED_BY_MAX,
        message = "can be at most {max} characters")
    public String signedBy;
  }

  /** A new milestone. */
  public static class NewMilestone {
    @NotBlank(message = "is required")
    @Size(max = Milestone.TITLE_MAX, message = "can be at most {max} characters")
    public String title;

    /** "2027", "2027-06" or "2027-06-15": the milestone is due by the period's last day. */
    @NotNull(message = "is required")
    public PartialDate plannedDate;
  }

  /** A milestone was reached on this date ("2025", "2025-03" or "2025-03-14"). */
  public static class Reached {
    @NotNull(message = "is required")
    public PartialDate actualDate;
  }

  /** A progress report on a period. */
  public static class Update {
    @NotNull(message = "is required")
    public LocalDate periodStart;

    @NotNull(message = "is required")
    public LocalDate periodEnd;

    @NotBlank(message = "is required")
    @Size(max = ProgressUpdate.TEXT_MAX, message = "can be at most {max} characters")
    public String summary;
  }

  /** Why an update goes back to its authors. */
  public static class ReturnReason {
    @NotBlank(message = "is required")
    @Size(max = ProgressUpdate.REASON_MAX, message = "can be at most {max} characters")
    public String reason;
  }

  /**
   * A budgeted cost: STAFF_TIME, TRAVEL, TRAINING, EQUIPMENT or OTHER_DIRECT_COSTS (never a fee or
   * margin).
   */
  public static class Cost {
    @NotBlank(message = "is required")
    @Size(max = CostLine.CATEGORY_MAX, message = "can be at most {max} characters")
    public String category;

    @NotBlank(message = "is required")
    @Size(max = CostLine.DESCRIPTION_MAX, message = "can be at most {max} characters")
    public String description;

    @NotNull(message = "is required")
    public BigDecimal amount;
  }

  /** An activity of the work plan. */
  public static class Activity {
    @NotBlank(message = "is required")
    @Size(
        max = org.wops.domain.partnership.Activity.TITLE_MAX,
        message = "can be at most {max} characters")
    public String title;

    @NotBlank(message = "is required")
    @Size(max = WorkingArea.CODE_MAX, message = "can be at most {max} characters")
    public String workingArea;

    @NotNull(message = "is required")
    public LocalDate startDate;

    @NotNull(message = "is required")
    public LocalDate endDate;

    public BigDecimal budget;

    @Size(
        max = org.wops.domain.partnership.Activity.RESPONSIBLE_MAX,
        message = "can be at most {max} characters")
    public String responsible;
  }

  /** A KPI the partnership follows, from its baseline. */
  public static class NewIndicator {
    @NotBlank(message = "is required")
    @Size(max = Kpi.CODE_MAX, message = "can be at most {max} characters")
    public String kpiCode;

    @NotNull(message = "is required")
    public BigDecimal baselineValue;

    /** At the precision the source gives: 2012, 2014-06 or 2014-06-15. */
    @NotNull(message = "is required")
    public org.wops.domain.shared.PartialDate baselineDate;
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
    /** At the precision the source gives: 2016, 2016-06 or 2016-06-30. */
    @NotNull(message = "is required")
    public org.wops.domain.shared.PartialDate measuredOn;

    @NotNull(message = "is required")
    public BigDecimal value;

    @NotBlank(message = "is required (the indicator's unit, e.g. %)")
    @Size(max = Indicator.UNIT_MAX, message = "can be at most {max} characters")
    public String unit;
  }

  /** An expected output of the work plan. */
  public static class Output {
    @NotBlank(message = "is required")
    @Size(max = WorkOutput.TITLE_MAX, message = "can be at most {max} characters")
    public String title;

    @NotBlank(message = "is required")
    @Size(max = WorkOutput.UNIT_MAX, message = "can be at most {max} characters")
    public String unit;

    @NotNull(message = "is required")
    public BigDecimal quantity;

    @NotNull(message = "is required")
    public LocalDate completionDate;

    @NotBlank(message = "is required")
    @Size(max = WorkOutput.VERIFICATION_MAX, message = "can be at most {max} characters")
    public String meansOfVerification;
  }

  /** A capacity-change assessment: change -2..+2, the WOP's contribution 0..2. */
  public static class Assessment {
    @NotBlank(message = "is required")
    @Size(max = CapacityDimension.CODE_MAX, message = "can be at most {max} characters")
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

    @Size(max = CapacityAssessment.NOTES_MAX, message = "can be at most {max} characters")
    public String notes;
  }

  /** A planned milestone moves to a new date. */
  public static class Reschedule {
    @NotNull(message = "is required")
    public PartialDate plannedDate;
  }

  /** How far an activity has come. */
  public static class Progress {
    @NotNull(message = "is required")
    @jakarta.validation.constraints.Min(value = 0, message = "must be from 0 to 100")
    @jakarta.validation.constraints.Max(value = 100, message = "must be from 0 to 100")
    public Integer percent;
  }

  /** The details of a partnership as edited after it was identified. */
  public static class Details {
    @NotBlank(message = "is required")
    @Size(
        max = org.wops.domain.partnership.Partnership.TITLE_MAX,
        message = "can be at most {max} characters")
    public String title;

    @NotBlank(message = "is required")
    @Size(
        max = org.wops.domain.partnership.Partnership.TEXT_MAX,
        message = "can be at most {max} characters")
    public String objectives;

    /** The ISO 639-1 language the title is written in ("fr", "pt"); absent: not declared. */
    @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters")
    public String titleLanguage;

    /** The title's translations into the platform's languages, by language ({"es": "..."}). */
    @Size(max = TextLanguage.TRANSLATIONS_MAX, message = "can hold at most {max} translations")
    public Map<
            @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters") String,
            @Size(max = Partnership.TITLE_MAX, message = "can be at most {max} characters") String>
        titleTranslations;

    /** The ISO 639-1 language the objectives are written in; absent: not declared. */
    @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters")
    public String objectivesLanguage;

    /** The objectives' translations into the platform's languages, by language. */
    @Size(max = TextLanguage.TRANSLATIONS_MAX, message = "can hold at most {max} translations")
    public Map<
            @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters") String,
            @Size(max = Partnership.TEXT_MAX, message = "can be at most {max} characters") String>
        objectivesTranslations;

    @Size(
        max = org.wops.domain.partnership.Partnership.TEXT_MAX,
        message = "can be at most {max} characters")
    public String approach;

    @Size(
        max = org.wops.domain.partnership.Partnership.TEXT_MAX,
        message = "can be at most {max} characters")
    public String expectedOutcomes;

    @NotBlank(message = "is required")
    @jakarta.validation.constraints.Pattern(
        regexp = "[A-Za-z]{3}",
        message = "must be an ISO 4217 code such as USD, EUR or XOF")
    public String currency;

    @Size(max = Partnership.LIST_MAX, message = "can list at most {max} working areas")
    /** Codes ("NRW"), or {"code":"NRW","sourceLabel":"..."}, or {"sourceLabel":"..."}. */
    public java.util.List<@jakarta.validation.Valid WorkingAreaInput> workingAreas;

    @Size(max = Partnership.LIST_MAX, message = "can list at most {max} countries")
    public java.util.Set<
            @jakarta.validation.constraints.Pattern(
                regexp = "[A-Za-z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code")
            @Size(max = 2, message = "can be at most {max} characters") String>
        countries;

    public org.wops.domain.shared.PartialDate plannedStart;
    public org.wops.domain.shared.PartialDate plannedEnd;
    public org.wops.domain.shared.PartialDate actualStart;
    public org.wops.domain.shared.PartialDate actualEnd;

    org.wops.domain.partnership.PartnershipDetails toDetails() {
      return new org.wops.domain.partnership.PartnershipDetails(
          title,
          objectives,
          approach,
          expectedOutcomes,
          currency,
          WorkingAreaInput.codes(workingAreas),
          countries == null ? java.util.Set.of() : new java.util.HashSet<>(countries),
          plannedStart,
          plannedEnd,
          actualStart,
          actualEnd,
          new TextLanguage(titleLanguage, titleTranslations),
          new TextLanguage(objectivesLanguage, objectivesTranslations),
          WorkingAreaInput.labels(workingAreas));
    }
  }

  /** The operators taking part (the whole list). */
  public static class Participants {
    @NotNull(message = "are required (at least two operators)")
    @Size(
        min = 2,
        max = Partnership.PARTICIPANTS_MAX,
        message = "must list from {min} to {max} operators")
    @jakarta.validation.Valid
    public java.util.List<PartnershipInput.ParticipantInput> participants;
  }

  /** The supporting organisations (the whole list; empty for none). */
  public static class Supporters {
    @NotNull(message = "is required (an empty list for none)")
    @Size(max = Partnership.SUPPORTERS_MAX, message = "can list at most {max} organisations")
    @jakarta.validation.Valid
    public java.util.List<PartnershipInput.SupporterInput> supporters;
  }

  /** The values of the type's extra fields (the whole map). */
  public static class ExtraFields {
    @NotNull(message = "is required (an empty object for none)")
    @Size(max = Partnership.LIST_MAX, message = "can hold at most {max} fields")
    public java.util.Map<
            @Size(max = Partnership.EXTRA_NAME_MAX, message = "can be at most {max} characters")
            String,
            @Size(max = ExtraField.TEXT_MAX, message = "can be at most {max} characters") String>
        extraFields;
  }
}
