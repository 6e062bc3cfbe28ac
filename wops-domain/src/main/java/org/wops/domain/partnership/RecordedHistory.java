package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.Texts;

/**
 * What is known of a partnership that exists, or existed, outside the platform: who recorded it and
 * when, its agreement as signed outside the platform (the date, at its precision, and the document
 * or link that shows it), when its status was last reported (an old profile's "last reported
 * ongoing in 2016"), and how its Charter compliance stands — {@linkplain ComplianceAssessment
 * verified by the secretariat, declared by the partners or not assessed}, never "not compliant" for
 * want of the platform's own signatures. Absent ({@link #none()}) for a partnership run in the
 * platform from its identification.
 */
@Embeddable
public class RecordedHistory {
  public static final int EVIDENCE_MAX = 2000;

  /** Where the evidence stands in a recording's input. */
  static final String EVIDENCE_FIELD = "record.agreementEvidence";

  public static final int NOTE_MAX = 2000;

  /** How the Charter compliance of a recorded partnership stands. */
  public enum ComplianceAssessment {
    /** Nobody has said: the label says "not assessed". */
    NOT_ASSESSED,
    /** The partners declare that they abide by the Charter. */
    DECLARED_BY_PARTNERS,
    /** The secretariat checked the partnership against the Charter. */
    VERIFIED_BY_SECRETARIAT
  }

  @Column(name = "recorded_outside", nullable = false)
  private boolean recorded;

  @Column(name = "recorded_by", length = 120)
  private String recordedBy;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  @Column(name = "agreement_signed_outside", nullable = false)
  private boolean agreementSigned;

  @Column(name = "agreement_signed_on")
  private LocalDate agreementSignedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "agreement_signed_on_precision", length = 5)
  private PartialDate.Precision agreementSignedOnPrecision;

  @Column(name = "agreement_evidence", length = EVIDENCE_MAX)
  private String agreementEvidence;

  @Column(name = "status_last_reported")
  private LocalDate lastReported;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_last_reported_precision", length = 5)
  private PartialDate.Precision lastReportedPrecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "compliance_assessment", length = 24)
  private ComplianceAssessment compliance;

  @Column(name = "compliance_assessed_by", length = 120)
  private String complianceAssessedBy;

  @Column(name = "compliance_assessed_at")
  private OffsetDateTime complianceAssessedAt;

  protected RecordedHistory() {
    // for JPA
  }

  /** The facts of a recorded partnership that its record gives (the rest is the partnership's). */
  public record Facts(
      boolean agreementSigned,
      PartialDate agreementSignedOn,
      String agreementEvidence,
      PartialDate lastReported,
      ComplianceAssessment compliance) {
    public Facts {
      compliance = compliance == null ? ComplianceAssessment.NOT_ASSESSED : compliance;
    }
  }

  /** Not recorded from outside: the platform's own rules decide the label. */
  public static RecordedHistory none() {
    return new RecordedHistory();
  }

  static RecordedHistory recorded(Facts facts, String by, OffsetDateTime at) {
    RecordedHistory r = new RecordedHistory();
    r.recorded = true;
    r.recordedBy = by;
    r.recordedAt = at;
    r.agreementSigned = facts.agreementSigned() || facts.agreementSignedOn() != null;
    r.agreementSignedOn =
        facts.agreementSignedOn() == null ? null : facts.agreementSignedOn().first();
    r.agreementSignedOnPrecision =
        facts.agreementSignedOn() == null ? null : facts.agreementSignedOn().precision();
    r.agreementEvidence =
        Texts.optional(
            facts.agreementEvidence(),
            "partnership.recorded.evidence",
            EVIDENCE_FIELD,
            "The agreement's evidence",
            EVIDENCE_MAX);
    if (r.agreementEvidence != null
        && WebLinks.looksLikeLink(r.agreementEvidence)
        && !WebLinks.isWebAddress(r.agreementEvidence.strip())) {
      throw new DomainRuleViolation(
          "partnership.recorded.evidence.link",
          EVIDENCE_FIELD,
          "The agreement's evidence, when it is a link, is a web address starting with http:// or"
              + " https://.",
          r.agreementEvidence);
    }
    r.lastReported = facts.lastReported() == null ? null : facts.lastReported().first();
    r.lastReportedPrecision =
        facts.lastReported() == null ? null : facts.lastReported().precision();
    r.compliance = facts.compliance();
    if (r.compliance != ComplianceAssessment.NOT_ASSESSED) {
      // nobody assessed what is not assessed
      r.complianceAssessedBy = by;
      r.complianceAssessedAt = at;
    }
    return r;
  }

  /** The same record with new facts: who assessed the compliance changes only when it changed. */
  RecordedHistory corrected(Facts facts, String by, OffsetDateTime at) {
    RecordedHistory r = recorded(facts, recordedBy, recordedAt);
    if (facts.compliance() == compliance) {
      r.complianceAssessedBy = complianceAssessedBy;
      r.complianceAssessedAt = complianceAssessedAt;
    } else if (facts.compliance() != ComplianceAssessment.NOT_ASSESSED) {
      r.complianceAssessedBy = by;
      r.complianceAssessedAt = at;
    }
    return r;
  }

  /** Whether the partnership was recorded from evidence outside the platform. */
  public boolean isRecorded() {
    return recorded;
  }

  public Optional<String> recordedBy() {
    return Optional.ofNullable(recordedBy);
  }

  public Optional<OffsetDateTime> recordedAt() {
    return Optional.ofNullable(recordedAt);
  }

  /** Whether the agreement was signed outside the platform (its date may be unknown). */
  public boolean agreementSigned() {
    return recorded && agreementSigned;
  }

  public Optional<PartialDate> agreementSignedOn() {
    return Optional.ofNullable(PartialDate.stored(agreementSignedOn, agreementSignedOnPrecision));
  }

  /** The document or link that shows the agreement ("signed MoU, 2014, on the utility's site"). */
  public Optional<String> agreementEvidence() {
    return Optional.ofNullable(agreementEvidence);
  }

  /** The evidence when it is a link (a web address, http or https), as the profile links it. */
  public Optional<String> agreementLink() {
    return agreementEvidence().map(String::strip).filter(WebLinks::isWebAddress);
  }

  /** When the sources last reported the partnership ongoing (for a status that is unknown now). */
  public Optional<PartialDate> lastReported() {
    return Optional.ofNullable(PartialDate.stored(lastReported, lastReportedPrecision));
  }

  public ComplianceAssessment compliance() {
    return compliance == null ? ComplianceAssessment.NOT_ASSESSED : compliance;
  }

  public Optional<String> complianceAssessedBy() {
    return Optional.ofNullable(complianceAssessedBy);
  }

  public Optional<OffsetDateTime> complianceAssessedAt() {
    return Optional.ofNullable(complianceAssessedAt);
  }

  /** The facts as recorded, to correct some of them. */
  public Facts facts() {
    return new Facts(
        agreementSigned,
        agreementSignedOn().orElse(null),
        agreementEvidence,
        lastReported().orElse(null),
        compliance());
  }
}
