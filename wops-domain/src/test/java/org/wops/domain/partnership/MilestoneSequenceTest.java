package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;
import static org.wops.domain.partnership.PartnershipFixtures.NOW;
import static org.wops.domain.partnership.PartnershipFixtures.TODAY;
import static org.wops.domain.partnership.PartnershipFixtures.WOP;
import static org.wops.domain.partnership.PartnershipFixtures.active;
import static org.wops.domain.partnership.PartnershipFixtures.endorsedByAll;
import static org.wops.domain.partnership.PartnershipFixtures.identified;
import static org.wops.domain.partnership.PartnershipFixtures.readyToAgree;
import static org.wops.domain.partnership.PartnershipRulesTest.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.MilestoneTemplate.Anchor;
import org.wops.domain.type.RoleMix;

/** The order and conditions a type's template puts on reaching its milestones. */
class MilestoneSequenceTest {

  private static Milestone template(Partnership p, String key) {
    return p.milestones().stream()
        .filter(m -> m.templateKey().orElse("").equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static Milestone reach(Partnership p, String key, LocalDate on) {
    return p.reach(template(p, key), PartialDate.of(on), TODAY, WOP);
  }

  @Test
  void theFirstTemplateMilestoneCanBeReachedOnAnIdentifiedUnsignedPartnership() {
    Partnership p = identified();

    Milestone m = reach(p, "concept-note", TODAY);

    assertThat(m.status()).isEqualTo(MilestoneStatus.REACHED);
    assertThat(m.actualDate()).contains(PartialDate.of(TODAY));
  }

  @Test
  void aLaterTemplateMilestoneIsRefusedWhileAnEarlierOneIsOutstanding() {
    Partnership p = identified();

    assertRefused(() -> reach(p, "letter-of-intent", TODAY), "milestone.reach.earlier-outstanding");
    assertThat(template(p, "letter-of-intent").status()).isEqualTo(MilestoneStatus.PLANNED);

    reach(p, "concept-note", TODAY.minusDays(2));
    assertThat(reach(p, "letter-of-intent", TODAY).status()).isEqualTo(MilestoneStatus.REACHED);
  }

  @Test
  void anEarlierMilestoneThatWasCancelledNoLongerHoldsTheLaterOnesBack() {
    Partnership p = identified();
    template(p, "concept-note").cancel();

    assertThat(reach(p, "letter-of-intent", TODAY).status()).isEqualTo(MilestoneStatus.REACHED);
  }

  @Test
  void aLaterMilestoneIsNotReachedBeforeTheDayAnEarlierOneWas() {
    Partnership p = identified();
    reach(p, "concept-note", TODAY);

    assertRefused(
        () -> reach(p, "letter-of-intent", TODAY.minusDays(1)), "milestone.reach.before-earlier");
  }

  @Test
  void theAgreementMilestoneIsRefusedBeforeEveryPartnerSigned() {
    Partnership p = identified();
    reach(p, "concept-note", TODAY);
    reach(p, "letter-of-intent", TODAY);
    p.changeStatus(PartnershipStatus.PROPOSED, endorsedByAll(), TODAY);
    p.writeAgreement(new AgreementTerms("Outputs", BigDecimal.ONE, BigDecimal.ONE));
    p.sign(MENTOR, "Stadtentwässerung Dresden", NOW, WOP);

    assertRefused(
        () -> reach(p, "agreement-signed", TODAY), "milestone.reach.agreement-not-signed");
  }

  @Test
  void theLastSignatureReachesTheAgreementMilestoneOnTheDayOfTheSignature() {
    Partnership p = identified();
    p.changeStatus(PartnershipStatus.PROPOSED, endorsedByAll(), TODAY);
    p.writeAgreement(new AgreementTerms("Outputs", BigDecimal.ONE, BigDecimal.ONE));

    assertThat(p.sign(MENTOR, "A. Mentor", NOW, WOP)).isEmpty();
    List<Milestone> reached = p.sign(MENTEE, "B. Mentee", NOW, WOP);

    assertThat(reached)
        .extracting(m -> m.templateKey().orElseThrow())
        .containsExactly("agreement-signed");
    assertThat(template(p, "agreement-signed").status()).isEqualTo(MilestoneStatus.REACHED);
    assertThat(template(p, "agreement-signed").actualDate())
        .contains(PartialDate.of(NOW.toLocalDate()));
    assertThat(template(p, "work-plan").status()).isEqualTo(MilestoneStatus.PLANNED);
  }

  @Test
  void theFinalEvaluationWaitsForThePartnershipToBeCompleted() {
    Partnership p = active();
    for (String key :
        List.of("concept-note", "letter-of-intent", "work-plan", "baseline", "mid-term")) {
      reach(p, key, TODAY);
    }
    reach(p, "final-report", TODAY);

    assertRefused(
        () -> reach(p, "final-evaluation", TODAY), "milestone.reach.partnership-not-completed");

    p.changeStatus(PartnershipStatus.COMPLETED, endorsedByAll(), TODAY);
    assertThat(reach(p, "final-evaluation", TODAY).status()).isEqualTo(MilestoneStatus.REACHED);
  }

  @Test
  void aMilestoneThePartnersNamedThemselvesCanBeReachedAtAnyTime() {
    Partnership p = identified();
    Milestone visit =
        p.addMilestone("Visite d’échange à Cotonou", PartialDate.of(TODAY.plusDays(30)));

    assertThat(p.reach(visit, PartialDate.of(TODAY), TODAY, WOP).status())
        .isEqualTo(MilestoneStatus.REACHED);
  }

  @Test
  void aTemplateWithoutConditionsImposesNoOrderAsPluginsWroteThemBefore() {
    DefaultWopType unordered =
        new DefaultWopType() {
          @Override
          public List<MilestoneTemplate> milestoneTemplate() {
            return List.of(
                new MilestoneTemplate(
                    "first", Labels.of("First", null, null), Anchor.PLANNED_START, 0),
                // (due the day of the signature it would be the signature itself, reached by it)
                new MilestoneTemplate(
                    "second", Labels.of("Second", null, null), Anchor.AGREEMENT_SIGNED, 10));
          }

          @Override
          public List<RoleMix> roleMixes() {
            return WOP.roleMixes();
          }
        };
    Partnership p = readyToAgree();
    Partnership q =
        new Partnership(unordered, PartnershipFixtures.details(), p.participants(), TODAY, NOW);

    Milestone second = q.milestones().get(1);
    assertThat(q.reach(second, PartialDate.of(TODAY), TODAY, unordered).status())
        .isEqualTo(MilestoneStatus.REACHED);
  }

  @Test
  void theMilestonesOfATypeNoLongerInstalledKeepNoOrder() {
    Partnership p = identified();

    assertThat(
            p.reach(template(p, "final-evaluation"), PartialDate.of(TODAY), TODAY, null).status())
        .isEqualTo(MilestoneStatus.REACHED);
  }
}
