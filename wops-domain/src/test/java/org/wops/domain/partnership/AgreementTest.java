package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.NOW;
import static org.wops.domain.partnership.PartnershipFixtures.complete;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

/** The agreement as a value: what it must state, who signs it, and what withdraws signatures. */
class AgreementTest {
  private static final long ONEA = 1; // Office National de l'Eau et de l'Assainissement
  private static final long SBEE = 2; // Société Béninoise des Eaux
  private static final List<Participant> PARTNERS =
      List.of(complete(ONEA, ParticipantRole.MENTOR), complete(SBEE, ParticipantRole.MENTEE));
  private static final AgreementTerms TERMS =
      new AgreementTerms(
          "Réduire les pertes commerciales à Cotonou de 30 % à 20 %.",
          new BigDecimal("45000"), new BigDecimal("12000.50"));

  @Test
  void anEmptyAgreementSaysWhatItLacks() {
    Agreement empty = new Agreement(null, List.of());
    assertThat(empty.missingElements(PARTNERS))
        .containsExactly(
            "objectives and expected outputs", "the cash and in-kind value contributed");
    assertThat(empty.missingElements(List.of(new Participant(ONEA, ParticipantRole.MENTOR))))
        .contains("each partner's roles and responsibilities", "each party's interests");
  }

  @Test
  void onlyACompleteAgreementIsSignedOnceByEachParticipant() {
    assertThatThrownBy(
            () -> new Agreement(null, List.of()).signedBy(ONEA, "A. Ouédraogo", NOW, PARTNERS))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "agreement.sign.incomplete");
    Agreement signed =
        new Agreement(TERMS, List.of()).signedBy(ONEA, "Adama Ouédraogo", NOW, PARTNERS);
    assertThat(signed.isSignedBy(ONEA)).isTrue();
    assertThat(signed.unsigned(PARTNERS)).containsExactly(SBEE);
    assertThat(signed.isSignedByAll(PARTNERS)).isFalse();
    assertThatThrownBy(() -> signed.signedBy(ONEA, "Adama Ouédraogo", NOW, PARTNERS))
        .hasFieldOrPropertyWithValue("code", "agreement.sign.already-signed");
    assertThatThrownBy(() -> signed.signedBy(99, "Dji’i Water Board", NOW, PARTNERS))
        .hasFieldOrPropertyWithValue("code", "agreement.sign.not-participant");

    Agreement both = signed.signedBy(SBEE, "Éléonore Dossou-Yovo", NOW.plusDays(3), PARTNERS);
    assertThat(both.isSignedByAll(PARTNERS)).isTrue();
    assertThat(both.lastSignatureDate()).contains(NOW.plusDays(3).toLocalDate());
    assertThat(both.signatures().get(1).signedBy()).isEqualTo("Éléonore Dossou-Yovo");
  }

  @Test
  void rewritingWhatWasSignedWithdrawsTheSignaturesAndRestatingItKeepsThem() {
    Agreement signed =
        new Agreement(TERMS, List.of()).signedBy(ONEA, "Adama Ouédraogo", NOW, PARTNERS);
    AgreementTerms same =
        new AgreementTerms(
            TERMS.objectivesAndOutputs(), new BigDecimal("45000.00"), TERMS.inKindValue());
    assertThat(signed.rewritten(same).isSignedBy(ONEA)).isTrue();
    AgreementTerms other =
        new AgreementTerms(
            TERMS.objectivesAndOutputs(), new BigDecimal("50000"), TERMS.inKindValue());
    assertThat(signed.rewritten(other).signatures()).isEmpty();
  }

  @Test
  void aParticipantWhoseTermsChangedOrWhoLeftSignsAgain() {
    Agreement both =
        new Agreement(TERMS, List.of())
            .signedBy(ONEA, "Adama Ouédraogo", NOW, PARTNERS)
            .signedBy(SBEE, "Éléonore Dossou-Yovo", NOW, PARTNERS);
    Participant sbeeChanged =
        new Participant(
            SBEE,
            ParticipantRole.MENTEE,
            new BigDecimal("2000"),
            new BigDecimal("2500.50"),
            "Leads the pilot zones.",
            "Learns and shares practice.");
    Agreement after = both.forParticipants(PARTNERS, List.of(PARTNERS.get(0), sbeeChanged));
    assertThat(after.isSignedBy(ONEA)).isTrue();
    assertThat(after.isSignedBy(SBEE)).isFalse();

    Participant third = complete(3, ParticipantRole.MENTEE);
    Agreement without = both.forParticipants(PARTNERS, List.of(PARTNERS.get(1), third));
    assertThat(without.isSignedBy(ONEA)).as("no longer takes part").isFalse();
    assertThat(without.isSignedBy(SBEE)).isTrue();
    assertThat(without.unsigned(List.of(PARTNERS.get(1), third))).containsExactly(3L);
  }
}
