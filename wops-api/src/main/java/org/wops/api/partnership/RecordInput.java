package org.wops.api.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.RecordedHistory;
import org.wops.domain.shared.PartialDate;

/**
 * A partnership that exists or existed outside the platform, as the evidence says: everything a new
 * partnership has, plus its status, its actual dates, its agreement as signed outside the platform,
 * when its status was last reported, and how its Charter compliance stands. Dates are at the
 * precision the sources give ({@code "2012"}, {@code "2014-06"}, {@code "2014-06-15"}).
 */
public class RecordInput extends PartnershipInput {
  @NotNull(
      message =
          "is required (IDENTIFIED, PROPOSED, AGREED, ACTIVE, COMPLETED, EVALUATED, CANCELLED or"
              + " UNKNOWN)")
  @OneOf(PartnershipStatus.class)
  public String status;

  public PartialDate actualStart;

  public PartialDate actualEnd;

  @Valid public Facts record;

  /** Where its facts come from. */
  @Size(
      max = org.wops.domain.partnership.Partnership.LIST_MAX,
      message = "can list at most {max} sources")
  @Valid
  public java.util.List<SourceInput> sources;

  /** Its budget as the sources state it; absent: none stated. */
  @Valid public BudgetInput budget;

  /** The results it reported. */
  @Size(
      max = org.wops.domain.partnership.Partnership.PARTS_MAX,
      message = "can list at most {max} results")
  @Valid
  public java.util.List<ResultInput> results;

  /** The facts of the record; absent: no agreement known, compliance not assessed. */
  public static class Facts {
    /** The agreement was signed outside the platform (its date may be unknown). */
    public Boolean agreementSigned;

    /** When it was signed, at the sources' precision. */
    public PartialDate agreementSignedOn;

    /** The document or link that shows it. */
    @Size(max = RecordedHistory.EVIDENCE_MAX, message = "can be at most {max} characters")
    public String agreementEvidence;

    /** When the sources last reported the partnership ongoing. */
    public PartialDate lastReported;

    @OneOf(RecordedHistory.ComplianceAssessment.class)
    public String compliance;

    RecordedHistory.Facts toFacts() {
      return new RecordedHistory.Facts(
          Boolean.TRUE.equals(agreementSigned),
          agreementSignedOn,
          agreementEvidence,
          lastReported,
          compliance == null ? null : RecordedHistory.ComplianceAssessment.valueOf(compliance));
    }
  }

  PartnershipStatus toStatus() {
    return PartnershipStatus.valueOf(status);
  }

  RecordedHistory.Facts toFacts() {
    return record == null ? null : record.toFacts();
  }

  java.util.List<org.wops.domain.partnership.Source> toSources() {
    return SourceInput.toSources(sources);
  }

  org.wops.domain.partnership.Budget toBudget() {
    return BudgetInput.toBudget(budget);
  }

  java.util.List<org.wops.domain.partnership.Result> toResults() {
    return ResultInput.toResults(results);
  }

  @Override
  PartnershipDetails toDetails() {
    return super.toDetails().toBuilder().actualStart(actualStart).actualEnd(actualEnd).build();
  }

  /**
   * A correction of the record: its status, its four dates and its facts (all as they should read).
   */
  public static class Correction {
    @NotNull(
        message =
            "is required (IDENTIFIED, PROPOSED, AGREED, ACTIVE, COMPLETED, EVALUATED, CANCELLED or"
                + " UNKNOWN)")
    @OneOf(PartnershipStatus.class)
    public String status;

    public PartialDate plannedStart;
    public PartialDate plannedEnd;
    public PartialDate actualStart;
    public PartialDate actualEnd;

    @Valid public Facts record;

    PartnershipDetails toDates() {
      return PartnershipDetails.builder()
          .plannedStart(plannedStart)
          .plannedEnd(plannedEnd)
          .actualStart(actualStart)
          .actualEnd(actualEnd)
          .build();
    }

    RecordedHistory.Facts toFacts() {
      return record == null
          ? new RecordedHistory.Facts(false, null, null, null, null)
          : record.toFacts();
    }
  }
}
