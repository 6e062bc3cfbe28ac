package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.PartnershipProposed;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.type.DefaultWopType;

class ProposalsTest {
  private UseCases uc;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
  }

  private static Proposals.Identify kisumu(List<Participant> participants) {
    return new Proposals.Identify(
        DefaultWopType.ID,
        new PartnershipDetails(
            "Réduction des pertes à Cotonou – phase 2",
            "Réduire l’eau non facturée de moitié dans deux zones pilotes.",
            null,
            null,
            "EUR",
            Set.of("NRW"),
            Set.of(),
            org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2027, 1, 1)),
            org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2028, 12, 31)),
            null,
            null),
        participants,
        List.of(),
        Map.of());
  }

  private static List<Participant> mentorAndMentee() {
    return List.of(
        PartnershipFixtures.complete(MENTOR, ParticipantRole.MENTOR),
        PartnershipFixtures.complete(MENTEE, ParticipantRole.MENTEE));
  }

  @Test
  void proposingStoresThePartnershipItsMilestonesAndItsStatusOnceAndTellsEveryoneWithItsId() {
    Partnership p =
        uc.proposals()
            .propose(
                UseCases.editorOf(MENTEE),
                new Proposals.Propose(
                    kisumu(mentorAndMentee()),
                    new AgreementTerms(
                        "Deux zones pilotes, une équipe de détection des fuites.",
                        new BigDecimal("2000"),
                        BigDecimal.ZERO),
                    List.of(
                        new PlannedMilestone(
                            "Visite d’échange à Dresde",
                            PartialDate.of(LocalDate.of(2027, 3, 1))))));

    assertThat(uc.stores).isEqualTo(1);
    assertThat(p.status()).isEqualTo(PartnershipStatus.PROPOSED);
    assertThat(p.title()).isEqualTo("Réduction des pertes à Cotonou – phase 2");
    assertThat(p.countries()).containsExactlyInAnyOrder("DE", "BJ");
    assertThat(p.milestones()).anyMatch(m -> m.title().equals("Visite d’échange à Dresde"));
    assertThat(uc.actions())
        .containsSubsequence(
            "partnership.identified", "agreement.written", "milestone.added", "status.changed");
    assertThat(uc.fired)
        .filteredOn(e -> e instanceof PartnershipProposed)
        .singleElement()
        .satisfies(e -> assertThat(((PartnershipProposed) e).partnershipId()).isEqualTo(p.id()));
  }

  @Test
  void anEditorProposesOnlyPartnershipsItsOwnOperatorTakesPartIn() {
    assertThatThrownBy(
            () -> uc.proposals().identify(UseCases.editorOf(999), kisumu(mentorAndMentee())))
        .isInstanceOf(AccessDenied.class);
    assertThat(uc.stored).isEmpty();
  }

  @Test
  void anUnknownOperatorIsRefusedNamingTheParticipantsAndNothingIsStored() {
    List<Participant> withStranger =
        List.of(
            PartnershipFixtures.complete(MENTOR, ParticipantRole.MENTOR),
            PartnershipFixtures.complete(404, ParticipantRole.MENTEE));

    assertThatThrownBy(() -> uc.proposals().identify(UseCases.admin(), kisumu(withStranger)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("participants"));
    assertThat(uc.stored).isEmpty();
    assertThat(uc.audited).isEmpty();
  }
}
