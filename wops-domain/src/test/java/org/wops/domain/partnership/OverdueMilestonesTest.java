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
    assertThat(conceptNote.plannedDate()).isEqualTo(LocalDate.of(2026, 10, 16));

    assertThat(conceptNote.isOverdue(TODAY)).isTrue();
    assertThat(startingSoon.isOverdue(conceptNote, TODAY)).isFalse();
    assertThat(startingSoon.isOverdue(conceptNote, TODAY.plusYears(1))).isFalse();
  }

  @Test
  void aMilestoneIsOverdueFromTheDayAfterItsDateUnlessItWasPastWhenRecorded() {
    Milestone letterOfIntent = template("letter-of-intent"); // 30 days before the start
    assertThat(letterOfIntent.plannedDate()).isEqualTo(LocalDate.of(2026, 11, 15));
    // 15 November is before the proposal too: not overdue; a milestone the partners added is,
    Milestone visit = startingSoon.addMilestone("Visite à Dresde", LocalDate.of(2026, 12, 1));

    assertThat(startingSoon.isOverdue(letterOfIntent, LocalDate.of(2026, 12, 20))).isFalse();
    assertThat(startingSoon.isOverdue(visit, LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(startingSoon.isOverdue(visit, LocalDate.of(2026, 12, 2))).isTrue();
  }

  @Test
  void aMilestoneThePartnersAddedWithAPastDateIsOverdue() {
    Milestone late =
        startingSoon.addMilestone("Diagnostic des pertes – Dji’i", LocalDate.of(2026, 9, 1));

    assertThat(startingSoon.isOverdue(late, TODAY)).isTrue();
  }
}
