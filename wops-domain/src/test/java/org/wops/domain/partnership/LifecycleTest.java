package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.PartnershipFixtures.TODAY;
import static org.wops.domain.partnership.PartnershipFixtures.endorsedByAll;
import static org.wops.domain.partnership.PartnershipRulesTest.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of statuses: the lifecycle allows exactly the moves it names, and refuses every other
 * one.
 */
class LifecycleTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "IDENTIFIED>PROPOSED",
          "IDENTIFIED>SUSPENDED",
          "IDENTIFIED>CANCELLED",
          "PROPOSED>AGREED",
          "PROPOSED>SUSPENDED",
          "PROPOSED>CANCELLED",
          "AGREED>ACTIVE",
          "AGREED>SUSPENDED",
          "AGREED>CANCELLED",
          "ACTIVE>COMPLETED",
          "ACTIVE>SUSPENDED",
          "ACTIVE>CANCELLED",
          "COMPLETED>EVALUATED",
          // the fixture's suspended partnership was suspended while ACTIVE
          "SUSPENDED>ACTIVE",
          "SUSPENDED>CANCELLED");

  static Partnership in(PartnershipStatus status) {
    return switch (status) {
      case IDENTIFIED -> PartnershipFixtures.identified();
      case PROPOSED -> PartnershipFixtures.readyToAgree();
      case AGREED -> PartnershipFixtures.agreed();
      case ACTIVE -> PartnershipFixtures.active();
      case COMPLETED -> moved(PartnershipFixtures.active(), PartnershipStatus.COMPLETED);
      case EVALUATED ->
          moved(
              moved(PartnershipFixtures.active(), PartnershipStatus.COMPLETED),
              PartnershipStatus.EVALUATED);
      case SUSPENDED -> moved(PartnershipFixtures.active(), PartnershipStatus.SUSPENDED);
      case CANCELLED -> moved(PartnershipFixtures.identified(), PartnershipStatus.CANCELLED);
    };
  }

  private static Partnership moved(Partnership p, PartnershipStatus to) {
    p.changeStatus(to, endorsedByAll(), TODAY);
    return p;
  }

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (PartnershipStatus from : PartnershipStatus.values()) {
      for (PartnershipStatus to : PartnershipStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("everyPair")
  void statusMovesOnlyAlongTheLifecycle(PartnershipStatus from, PartnershipStatus to) {
    Partnership p = in(from);
    assertThat(p.status()).isEqualTo(from);

    if (ALLOWED.contains(from + ">" + to)) {
      StatusChange change = p.changeStatus(to, endorsedByAll(), TODAY);
      assertThat(change).isEqualTo(new StatusChange(from, to));
      assertThat(p.status()).isEqualTo(to);
    } else {
      assertRefused(
          () -> p.changeStatus(to, endorsedByAll(), TODAY),
          "partnership.status.transition-not-allowed");
      assertThat(p.status()).isEqualTo(from);
    }
  }

  @Test
  void aSuspendedPartnershipResumesOnlyWhereItWasSuspended() {
    Partnership p = in(PartnershipStatus.IDENTIFIED);
    p.changeStatus(PartnershipStatus.SUSPENDED, endorsedByAll(), TODAY);

    assertRefused(
        () -> p.changeStatus(PartnershipStatus.ACTIVE, endorsedByAll(), TODAY),
        "partnership.status.transition-not-allowed");
    p.changeStatus(PartnershipStatus.IDENTIFIED, endorsedByAll(), TODAY);
    assertThat(p.status()).isEqualTo(PartnershipStatus.IDENTIFIED);
    assertThat(p.suspendedFrom()).isEmpty();
  }

  @Test
  void aClosedPartnershipCannotBeEdited() {
    Partnership p = in(PartnershipStatus.EVALUATED);

    assertRefused(() -> p.addMilestone("Late", TODAY), "partnership.closed");
  }

  @Test
  void cancellingCancelsThePlannedMilestones() {
    Partnership p = in(PartnershipStatus.CANCELLED);

    assertThat(p.milestones())
        .extracting(Milestone::status)
        .containsOnly(MilestoneStatus.CANCELLED);
  }

  @Test
  void completingRecordsTheActualEnd() {
    Partnership p = in(PartnershipStatus.COMPLETED);

    assertThat(p.actualEnd()).contains(TODAY);
  }
}
