package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

/** Where a partnership may go from where it is, and what a closed one refuses. */
class LifecycleTest {

  @Test
  void aPartnershipMovesOnlyAlongItsLifecycle() {
    Lifecycle proposed = Lifecycle.identified().movedTo(PartnershipStatus.PROPOSED);
    assertThat(proposed.status()).isEqualTo(PartnershipStatus.PROPOSED);
    assertThatThrownBy(() -> proposed.movedTo(PartnershipStatus.ACTIVE))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "partnership.status.transition-not-allowed")
        .hasMessageContaining("from PROPOSED it can go to");
  }

  @Test
  void aSuspendedPartnershipGoesBackWhereItWasOrIsCancelled() {
    Lifecycle suspended =
        Lifecycle.identified()
            .movedTo(PartnershipStatus.PROPOSED)
            .movedTo(PartnershipStatus.SUSPENDED);
    assertThat(suspended.suspendedFrom()).isEqualTo(PartnershipStatus.PROPOSED);
    assertThatThrownBy(() -> suspended.movedTo(PartnershipStatus.AGREED))
        .hasMessageContaining("it was suspended from PROPOSED");
    Lifecycle resumed = suspended.movedTo(PartnershipStatus.PROPOSED);
    assertThat(resumed).isEqualTo(new Lifecycle(PartnershipStatus.PROPOSED, null));
    assertThat(suspended.movedTo(PartnershipStatus.CANCELLED).suspendedFrom()).isNull();
  }

  @Test
  void aClosedPartnershipRefusesItsPlanButRecordsWhatHappened() {
    Lifecycle completed = new Lifecycle(PartnershipStatus.COMPLETED, null);
    assertThatThrownBy(() -> completed.requireAccepts(ChangeKind.MILESTONE_PLAN))
        .hasFieldOrPropertyWithValue("code", "partnership.closed");
    completed.requireAccepts(ChangeKind.INDICATOR_VALUE);
    Lifecycle cancelled = new Lifecycle(PartnershipStatus.CANCELLED, null);
    assertThatThrownBy(() -> cancelled.requireAccepts(ChangeKind.INDICATOR_VALUE))
        .hasMessageContaining("no longer accepts KPI values");
    cancelled.requireAccepts(ChangeKind.PUBLICATION);
  }

  @Test
  void theAgreementIsLockedOnceAgreedEvenWhileSuspended() {
    assertThat(new Lifecycle(PartnershipStatus.PROPOSED, null).agreementLocked(null)).isFalse();
    assertThat(new Lifecycle(PartnershipStatus.ACTIVE, null).agreementLocked(2)).isTrue();
    assertThat(
            new Lifecycle(PartnershipStatus.SUSPENDED, PartnershipStatus.AGREED).agreementLocked(2))
        .isTrue();
    assertThat(
            new Lifecycle(PartnershipStatus.SUSPENDED, PartnershipStatus.PROPOSED)
                .agreementLocked(null))
        .isFalse();
  }
}
