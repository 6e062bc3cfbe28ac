package org.wops.web.pages.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.Participant;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.DefaultWopType;
import org.wops.plugins.mentoring.MentoringWopType;
import org.wops.plugins.peerexchange.PeerExchangeType;

class OperatorsStepTest {
  private static final RoleChoice WOP = RoleChoice.of(new DefaultWopType());
  private static final long SONEB = 11L;
  private static final long DRESDEN = 12L;

  private final List<String> shown = new ArrayList<>();
  private final WizardStep.Messages out = (input, text) -> shown.add(input + ": " + text);

  @Test
  void startsWithAMentorAndTheProposersOwnOperatorAsMentee() {
    OperatorsStep step = new OperatorsStep(WOP, Optional.of(SONEB));
    assertThat(step.getRows())
        .extracting(ParticipantRow::getOperatorId, ParticipantRow::getRole)
        .containsExactly(tuple(null, MENTOR), tuple(SONEB, MENTEE));
  }

  @Test
  void asksForTwoOperatorsBeforeTheNextStep() {
    OperatorsStep step = new OperatorsStep(WOP, Optional.of(SONEB));
    assertThat(step.check(out)).isFalse();
    assertThat(shown).containsExactly("participants: propose.participants.too-few");

    step.getRows().get(0).setOperatorId(DRESDEN);
    shown.clear();
    assertThat(step.check(out)).isTrue();
    assertThat(shown).isEmpty();
  }

  @Test
  void anotherTypeGivesEachLineARoleItOffers() {
    OperatorsStep step = new OperatorsStep(WOP, Optional.of(SONEB));
    step.fitTo(RoleChoice.of(new PeerExchangeType()));
    assertThat(step.getRows()).extracting(ParticipantRow::getRole).containsExactly(PEER, PEER);

    step.fitTo(RoleChoice.of(new MentoringWopType()));
    assertThat(step.getRows()).extracting(ParticipantRow::getRole).containsExactly(MENTOR, MENTEE);
  }

  @Test
  void anAddedLineContinuesTheLineUp() {
    OperatorsStep step = new OperatorsStep(RoleChoice.of(new PeerExchangeType()), Optional.empty());
    step.add(RoleChoice.of(new PeerExchangeType()));
    assertThat(step.getRows())
        .extracting(ParticipantRow::getRole)
        .containsExactly(PEER, PEER, PEER);
  }

  @Test
  void linesWithoutAnOperatorAreLeftOutOfTheCommand() {
    OperatorsStep step = new OperatorsStep(WOP, Optional.of(SONEB));
    ParticipantRow soneb = step.getRows().get(1);
    soneb.setCash(new BigDecimal("25000.00"));
    soneb.setResponsibilities("Société Béninoise des Eaux: réduire l’eau non facturée");
    step.add(WOP);
    List<Participant> participants = step.participants();
    assertThat(participants).hasSize(1);
    assertThat(participants.get(0).operatorId()).isEqualTo(SONEB);
    assertThat(participants.get(0).role()).isEqualTo(MENTEE);
    assertThat(participants.get(0).responsibilities())
        .contains("Société Béninoise des Eaux: réduire l’eau non facturée");
  }

  @Test
  void aNegativeContributionIsTheDomainsToRefuseAndShownAboveTheOperators() {
    OperatorsStep step = new OperatorsStep(WOP, Optional.of(SONEB));
    step.getRows().get(1).setCash(new BigDecimal("-5"));
    DomainRuleViolation refused =
        catchThrowableOfType(DomainRuleViolation.class, step::participants);
    assertThat(refused.field()).isEqualTo("cashContribution");
    assertThat(step.show(refused.field(), refused.getMessage(), out)).isTrue();
    assertThat(shown).containsExactly("participants: " + refused.getMessage());
  }
}
