package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.Texts;
import org.wops.domain.type.MilestoneTemplate;

/**
 * A dated step of the agreement: planned date, actual date once reached, and status. Both dates
 * keep the precision they were given ({@link PartialDate}: "2027", "2027-06" or "2027-06-15"): a
 * milestone is due by the last day of its planned period, overdue only after it.
 */
@Entity
@Table(name = "milestones")
public class Milestone extends PartnershipPart {
  /** The most characters its column holds. */
  public static final int TITLE_MAX = 200;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "planned_date", nullable = false)
  private LocalDate plannedDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "planned_precision", length = 5)
  private PartialDate.Precision plannedPrecision;

  /** The last day of the planned period (what the reminders and the overdue scan query). */
  @Column(name = "due_by", nullable = false)
  private LocalDate dueBy;

  @Column(name = "actual_date")
  private LocalDate actualDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "actual_precision", length = 5)
  private PartialDate.Precision actualPrecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private MilestoneStatus status;

  @Column(name = "template_key", length = 60)
  private String templateKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "template_anchor", length = 20)
  private MilestoneTemplate.Anchor anchor;

  @Column(name = "template_offset")
  private Integer offsetDays;

  protected Milestone() {
    // for JPA
  }

  Milestone(Partnership partnership, String title, PartialDate plannedDate) {
    super(partnership);
    this.title = Texts.required(title, "milestone.title", "title", "The milestone's title", 200);
    plan(plannedDate);
    this.status = MilestoneStatus.PLANNED;
  }

  private void plan(PartialDate planned) {
    Texts.required(
        planned, "milestone.plannedDate", "plannedDate", "The planned date is required.");
    PartialDate.requireKept(planned, "plannedDate");
    this.plannedDate = planned.first();
    this.plannedPrecision = planned.precision();
    this.dueBy = planned.last();
  }

  /**
   * A milestone from the type's template, due {@code offsetDays} after its anchor (here: {@code
   * anchorDate}).
   */
  static Milestone fromTemplate(
      Partnership partnership, MilestoneTemplate template, PartialDate anchorDate) {
    // a start known to the year or the month dates the milestone to that precision, not to a day
    Milestone m =
        new Milestone(
            partnership, template.title().en(), anchorDate.plusDays(template.offsetDays()));
    m.templateKey = template.key();
    m.anchor = template.anchor();
    m.offsetDays = template.offsetDays();
    return m;
  }

  /**
   * Re-dates a template milestone that counts from the signature, once the agreement is signed by
   * all.
   */
  void anchorToSignature(LocalDate signedOn) {
    if (anchor == MilestoneTemplate.Anchor.AGREEMENT_SIGNED && status == MilestoneStatus.PLANNED) {
      plan(PartialDate.of(signedOn.plusDays(offsetDays)));
    }
  }

  void reach(PartialDate actual, LocalDate today) {
    if (actual == null) {
      throw new DomainRuleViolation(
          "milestone.reached.date-required",
          "actualDate",
          "A milestone reached has an actual date.");
    }
    PartialDate.requireKept(actual, "actualDate");
    if (actual.beginsAfter(today)) {
      throw new DomainRuleViolation(
          "milestone.date.in-future",
          "actualDate",
          "A milestone's actual date cannot be in the future (" + actual + ").",
          actual);
    }
    requireNot(MilestoneStatus.CANCELLED);
    this.actualDate = actual.first();
    this.actualPrecision = actual.precision();
    this.status = MilestoneStatus.REACHED;
  }

  void miss() {
    requireNot(MilestoneStatus.REACHED);
    requireNot(MilestoneStatus.CANCELLED);
    this.status = MilestoneStatus.MISSED;
  }

  void cancel() {
    requireNot(MilestoneStatus.REACHED);
    this.status = MilestoneStatus.CANCELLED;
  }

  void reschedule(PartialDate newPlannedDate) {
    requireNot(MilestoneStatus.REACHED);
    plan(newPlannedDate);
    if (status == MilestoneStatus.MISSED) {
      status = MilestoneStatus.PLANNED;
    }
  }

  private void requireNot(MilestoneStatus forbidden) {
    if (status == forbidden) {
      throw new DomainRuleViolation(
          "milestone.status.transition-not-allowed",
          "status",
          "The milestone '" + title + "' is " + status + " and cannot change that way.",
          title,
          status);
    }
  }

  /**
   * Overdue: still planned, and its whole planned period has passed (a milestone due "2027-06" is
   * overdue from 1 July 2027, one due "2027" from 1 January 2028).
   */
  public boolean isOverdue(LocalDate today) {
    return status == MilestoneStatus.PLANNED && dueBy().isBefore(today);
  }

  /**
   * The key of the type's template milestone this one came from, if any (pages translate its title
   * by it).
   */
  public Optional<String> templateKey() {
    return Optional.ofNullable(templateKey);
  }

  public String title() {
    return title;
  }

  /** The planned date, at its precision. */
  public PartialDate plannedDate() {
    return PartialDate.stored(plannedDate, plannedPrecision);
  }

  /** The last day of the planned period: the milestone is due by then. */
  public LocalDate dueBy() {
    return dueBy == null ? plannedDate().last() : dueBy;
  }

  /** The date it was reached on, at its precision. */
  public Optional<PartialDate> actualDate() {
    return Optional.ofNullable(PartialDate.stored(actualDate, actualPrecision));
  }

  public MilestoneStatus status() {
    return status;
  }

  /**
   * A template milestone that stands for the signature itself (due on the day the agreement is
   * signed by all): once every partner signed, its condition is met.
   */
  public boolean marksTheSignature() {
    return anchor == MilestoneTemplate.Anchor.AGREEMENT_SIGNED
        && offsetDays != null
        && offsetDays == 0;
  }
}
