package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;
import static org.wops.domain.partnership.PartnershipFixtures.NOW;
import static org.wops.domain.partnership.PartnershipFixtures.TODAY;
import static org.wops.domain.partnership.PartnershipFixtures.WOP;
import static org.wops.domain.partnership.PartnershipFixtures.complete;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.PartialDate;

class OverdueMilestonesTest {
  /** Proposed on 26 November 2026 to start on 15 December: the concept note was due in October. */
  private final Partnership startingSoon =
      new Partnership(
          WOP,
          PartnershipFixtures.details(LocalDate.of(2026, 12, 15), LocalDate.of(2028, 6, 30)),
          List.of(
              complete(MENTOR, ParticipantRole.MENTOR), complete(MENTEE, ParticipantRole.MENTEE)),
          TODAY,
          NOW);

  private Milestone template(String key) {
    return startingSoon.milestones().stream()
        .filter(m -> m.templateKey().orElse("").equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTemplateMilestoneAlreadyPastWhenTheProposalWasRecordedIsNotOverdue() {
    Milestone conceptNote = template("concept-note");
    assertThat(conceptNote.plannedDate()).isEqualTo(PartialDate.of(LocalDate.of(2026, 10, 16)));

    assertThat(conceptNote.isOverdue(TODAY)).isTrue();
    assertThat(startingSoon.isOverdue(conceptNote, TODAY)).isFalse();
    assertThat(startingSoon.isOverdue(conceptNote, TODAY.plusYears(1))).isFalse();
  }

  @Test
  void aMilestoneIsOverdueFromTheDayAfterItsDateUnlessItWasPastWhenRecorded() {
    Milestone letterOfIntent = template("letter-of-intent"); // 30 days before the start
    assertThat(letterOfIntent.plannedDate()).isEqualTo(PartialDate.of(LocalDate.of(2026, 11, 15)));
    // 15 November is before the proposal too: not overdue; a milestone the partners added is,
    Milestone visit =
        startingSoon.addMilestone("Visite à Dresde", PartialDate.of(LocalDate.of(2026, 12, 1)));

    assertThat(startingSoon.isOverdue(letterOfIntent, LocalDate.of(2026, 12, 20))).isFalse();
    assertThat(startingSoon.isOverdue(visit, LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(startingSoon.isOverdue(visit, LocalDate.of(2026, 12, 2))).isTrue();
  }

  @Test
  void aMilestoneThePartnersAddedWithAPastDateIsOverdue() {
    Milestone late =
        startingSoon.addMilestone(
            "Diagnostic des pertes – Dji’i", PartialDate.of(LocalDate.of(2026, 9, 1)));

    assertThat(startingSoon.isOverdue(late, TODAY)).isTrue();
  }

  @Test
  void aMilestoneDueInAMonthOrAYearIsOverdueOnlyAfterThePeriodEnds() {
    Milestone june =
        startingSoon.addMilestone("Audit des pertes – Dji’i", PartialDate.ofMonth(2027, 6));
    Milestone year =
        startingSoon.addMilestone("Plan directeur de Cotonou", PartialDate.ofYear(2027));

    assertThat(june.dueBy()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(startingSoon.isOverdue(june, LocalDate.of(2027, 6, 30))).isFalse();
    assertThat(startingSoon.isOverdue(june, LocalDate.of(2027, 7, 1))).isTrue();
    assertThat(year.dueBy()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(startingSoon.isOverdue(year, LocalDate.of(2027, 12, 31))).isFalse();
    assertThat(startingSoon.isOverdue(year, LocalDate.of(2028, 1, 1))).isTrue();
  }

  @Test
  void milestonesAreSortedByThePeriodsStartThenTheMorePreciseFirst() {
    PartialDate year = PartialDate.ofYear(2027);
    PartialDate january = PartialDate.ofMonth(2027, 1);
    PartialDate firstOfJanuary = PartialDate.of(LocalDate.of(2027, 1, 1));
    PartialDate march = PartialDate.of(LocalDate.of(2027, 3, 10));

    assertThat(java.util.stream.Stream.of(march, year, january, firstOfJanuary).sorted())
        .containsExactly(firstOfJanuary, january, year, march);
  }

  @Test
  void aMilestoneReachedInAMonthKeepsItsPrecisionAndCannotBeginInTheFuture() {
    Milestone visit = startingSoon.addMilestone("Visite à Dresde", PartialDate.ofMonth(2026, 11));
    visit.reach(PartialDate.ofMonth(2026, 11), TODAY);
    assertThat(visit.actualDate()).contains(PartialDate.ofMonth(2026, 11));
    Milestone later = startingSoon.addMilestone("Rapport final", PartialDate.ofYear(2028));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> later.reach(PartialDate.ofMonth(2026, 12), TODAY))
        .hasMessageContaining("future");
    later.reschedule(PartialDate.ofMonth(2028, 3));
    assertThat(later.plannedDate()).isEqualTo(PartialDate.ofMonth(2028, 3));
    assertThat(later.dueBy()).isEqualTo(LocalDate.of(2028, 3, 31));
  }
}
