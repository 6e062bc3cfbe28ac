package org.wops.domain.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Texts;

/**
 * A progress report on a period of one partnership. Written as a draft, submitted by the
 * partnership's editors, approved or returned (with a reason) by a coordinator; a returned update
 * is revised and submitted again.
 */
@Entity
@Table(name = "progress_updates")
public class ProgressUpdate {
  public static final int TEXT_MAX = 20_000;

  /** The most characters a reason for returning an update holds. */
  public static final int REASON_MAX = 2000;

  @Id
  @SequenceGenerator(name = "update_seq", sequenceName = "progress_update_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "update_seq")
  private Long id;

  @Version private long version;

  @Column(name = "partnership_id", nullable = false)
  private long partnershipId;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "summary", nullable = false, length = TEXT_MAX)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private UpdateStatus status;

  @Column(name = "written_by", nullable = false, length = 200)
  private String writtenBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "decided_by", length = 200)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "return_reason", length = REASON_MAX)
  private String returnReason;

  protected ProgressUpdate() {
    // for JPA
  }

  public ProgressUpdate(
      long partnershipId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String summary,
      String writtenBy) {
    this.partnershipId = partnershipId;
    this.writtenBy = Texts.required(writtenBy, "update.writtenBy", "writtenBy", "The author", 200);
    this.status = UpdateStatus.DRAFT;
    revise(periodStart, periodEnd, summary);
  }

  /** Rewrites a draft or a returned update. */
  public void revise(LocalDate start, LocalDate end, String text) {
    if (status != UpdateStatus.DRAFT && status != UpdateStatus.RETURNED) {
      throw refused("revise");
    }
    LocalDate s =
        Texts.required(
            start, "update.periodStart", "periodStart", "The start of the period is required.");
    LocalDate e =
        Texts.required(end, "update.periodEnd", "periodEnd", "The end of the period is required.");
    if (e.isBefore(s)) {
      throw new DomainRuleViolation(
          "dates.start-after-end",
          "periodEnd",
          "The period's end cannot be before its start.",
          e,
          s);
    }
    this.summary = Texts.required(text, "update.summary", "summary", "The report", TEXT_MAX);
    this.periodStart = s;
    this.periodEnd = e;
  }

  public void submit(OffsetDateTime at) {
    if (status != UpdateStatus.DRAFT && status != UpdateStatus.RETURNED) {
      throw refused("submit");
    }
    this.status = UpdateStatus.SUBMITTED;
    this.submittedAt = Objects.requireNonNull(at);
    this.returnReason = null;
  }

  /**
   * Approves a submitted update. Four eyes: whoever approves is never the update's author (another
   * coordinator of the partnership, or the secretariat, approves it).
   */
  public void approve(String by, OffsetDateTime at) {
    if (status != UpdateStatus.SUBMITTED) {
      throw refused("approve");
    }
    if (writtenBy.equals(by)) {
      throw new DomainRuleViolation(
          "update.four-eyes",
          "decidedBy",
          "The author of an update cannot approve it: another coordinator or the secretariat"
              + " does.");
    }
    decide(UpdateStatus.APPROVED, by, at);
  }

  /** Returns the update to its authors for revision; the reason is required. */
  public void returnForRevision(String reason, String by, OffsetDateTime at) {
    if (status != UpdateStatus.SUBMITTED) {
      throw refused("return");
    }
    this.returnReason =
        Texts.required(reason, "update.returnReason", "reason", "The reason for returning", 2000);
    decide(UpdateStatus.RETURNED, by, at);
  }

  private void decide(UpdateStatus outcome, String by, OffsetDateTime at) {
    this.decidedBy = Texts.required(by, "update.decidedBy", "decidedBy", "Who decides", 200);
    this.decidedAt = Objects.requireNonNull(at);
    this.status = outcome;
  }

  private DomainRuleViolation refused(String action) {
    return new DomainRuleViolation(
        "update.status.transition-not-allowed",
        "status",
        "A "
            + status
            + " update cannot be "
            + (action.endsWith("e") ? action + "d" : action + "ed")
            + ".",
        status);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long partnershipId() {
    return partnershipId;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public String summary() {
    return summary;
  }

  public UpdateStatus status() {
    return status;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Optional<OffsetDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> returnReason() {
    return Optional.ofNullable(returnReason);
  }
}
