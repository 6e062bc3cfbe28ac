package org.wops.domain.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MilestoneTemplateTest {

  @Test
  void aMilestoneDueTheDayTheAgreementIsSignedIsTheSignatureEvenWhenTheTypeDoesNotSaySo() {
    // as a peer-exchange plugin declared it: no condition given
    MilestoneTemplate signed =
        DefaultWopType.milestone(
            "agreement-signed",
            "Exchange agreement signed",
            "Accord d'échange signé",
            "Acuerdo de intercambio firmado",
            MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
            0);
    assertThat(signed.isTheSignature()).isTrue();
    assertThat(signed.conditions()).contains(ReachCondition.AGREEMENT_SIGNED_BY_ALL);

    MilestoneTemplate visit =
        DefaultWopType.milestone(
            "first-exchange",
            "First exchange visit",
            "Première visite d'échange",
            "Primera visita de intercambio",
            MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
            90);
    assertThat(visit.isTheSignature()).isFalse();
    assertThat(visit.conditions()).isEmpty();
  }
}
