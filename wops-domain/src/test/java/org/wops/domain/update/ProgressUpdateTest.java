package org.wops.domain.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class ProgressUpdateTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC);

  private static ProgressUpdate draft() {
    return new ProgressUpdate(
        7,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30),
        "Leak detection team trained.",
        "coordinator");
  }

  private static void assertRefused(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(code));
  }

  @Test
  void anUpdateGoesFromDraftToSubmittedToApproved() {
    ProgressUpdate u = draft();
    u.submit(NOW);
    u.approve("platform coordinator", NOW);

    assertThat(u.status()).isEqualTo(UpdateStatus.APPROVED);
    assertThat(u.decidedBy()).contains("platform coordinator");
  }

  @Test
  void theAuthorOfAnUpdateCannotApproveIt() {
    ProgressUpdate u = draft();
    u.submit(NOW);

    assertRefused(() -> u.approve("coordinator", NOW), "update.four-eyes");
    assertThat(u.status()).isEqualTo(UpdateStatus.SUBMITTED);
    assertThat(u.decidedBy()).isEmpty();
  }

  @Test
  void aReturnedUpdateCarriesItsReasonAndCanBeRevisedAndSubmittedAgain() {
    ProgressUpdate u = draft();
    u.submit(NOW);
    u.returnForRevision("Add the NRW figures.", "coordinator", NOW);

    assertThat(u.status()).isEqualTo(UpdateStatus.RETURNED);
    assertThat(u.returnReason()).contains("Add the NRW figures.");
    u.revise(u.periodStart(), u.periodEnd(), "Leak detection team trained; NRW 38 %.");
    u.submit(NOW);
    assertThat(u.status()).isEqualTo(UpdateStatus.SUBMITTED);
    assertThat(u.returnReason()).isEmpty();
  }

  @Test
  void anUpdateIsReturnedOnlyWithAReason() {
    ProgressUpdate u = draft();
    u.submit(NOW);

    assertRefused(
        () -> u.returnForRevision(" ", "coordinator", NOW), "update.returnReason.required");
    assertThat(u.status()).isEqualTo(UpdateStatus.SUBMITTED);
  }

  @Test
  void onlyASubmittedUpdateIsDecidedAndAnApprovedOneIsNotRevised() {
    ProgressUpdate u = draft();
    assertRefused(
        () -> u.approve("platform coordinator", NOW), "update.status.transition-not-allowed");

    u.submit(NOW);
    u.approve("platform coordinator", NOW);
    assertRefused(
        () -> u.revise(u.periodStart(), u.periodEnd(), "x"),
        "update.status.transition-not-allowed");
    assertRefused(() -> u.submit(NOW), "update.status.transition-not-allowed");
  }

  @Test
  void thePeriodEndsAfterItStarts() {
    assertRefused(
        () -> new ProgressUpdate(7, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 1), "x", "me"),
        "dates.start-after-end");
  }
}
