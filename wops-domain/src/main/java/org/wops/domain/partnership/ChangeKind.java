package org.wops.domain.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a change of a partnership touches, and in which statuses it is accepted: the one place that
 * says what a closed partnership still accepts. An open partnership (identified to active, or
 * suspended) accepts every change. A completed or evaluated one records what happened — a milestone
 * reached, missed or cancelled late, a KPI value measured, a capacity assessment (the evaluation) —
 * but its plan, partners, agreement and targets are settled. A cancelled one accepts nothing but
 * its publication and the confirmation of what was contributed. One whose status is UNKNOWN
 * (recorded from outside) accepts what a completed one does. Its description (title, objectives,
 * approach, expected outcomes, their languages and translations, working areas and the sources'
 * labels of them) is a correction of the record, accepted in every status; what settles the plan
 * (dates, currency, countries) is a {@link #DETAILS} change, refused once closed. Who supported it
 * (a funder the first record forgot), its budget, sources and results are facts of the record too,
 * accepted in every status; a supporter's contribution counts in public figures only once
 * confirmed, whenever it is added.
 */
public enum ChangeKind {
  DETAILS("its details"),
  DESCRIPTION(
      "corrections of its description",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN),
  PARTICIPANTS("its participants"),
  SUPPORTERS(
      "its supporting organisations",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN),
  EXTRA_FIELDS("its type's fields"),
  AGREEMENT("its agreement"),
  SIGNATURE("signatures"),
  MILESTONE_PLAN("new or moved milestones"),
  MILESTONE_OUTCOME(
      "milestone outcomes",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.UNKNOWN),
  WORK_PLAN("its work plan"),
  INDICATOR("new indicators or targets"),
  INDICATOR_VALUE(
      "KPI values",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.UNKNOWN),
  ASSESSMENT(
      "capacity assessments",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.UNKNOWN),
  CONTRIBUTION_CONFIRMATION(
      "confirmations of contributions",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN),
  BUDGET(
      "its budget",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN),
  SOURCES(
      "its sources",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN),
  RESULTS(
      "its results",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN),
  PUBLICATION(
      "publication",
      PartnershipStatus.COMPLETED,
      PartnershipStatus.EVALUATED,
      PartnershipStatus.CANCELLED,
      PartnershipStatus.UNKNOWN);

  private final String what;
  private final Set<PartnershipStatus> alsoWhenClosed;

  ChangeKind(String what, PartnershipStatus... alsoWhenClosed) {
    this.what = what;
    this.alsoWhenClosed =
        alsoWhenClosed.length == 0
            ? EnumSet.noneOf(PartnershipStatus.class)
            : EnumSet.of(alsoWhenClosed[0], alsoWhenClosed);
  }

  /** Whether a partnership in this status accepts this kind of change. */
  public boolean acceptedIn(PartnershipStatus status) {
    return status.isOpen() || alsoWhenClosed.contains(status);
  }

  /** What this kind of change touches, for the message that refuses it. */
  public String what() {
    return what;
  }
}
