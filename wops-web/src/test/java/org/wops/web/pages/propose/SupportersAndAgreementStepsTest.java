package org.wops.web.pages.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.PlannedMilestone;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

class SupportersAndAgreementStepsTest {
  private final List<String> shown = new ArrayList<>();
  private final WizardStep.Messages out = (input, text) -> shown.add(input + ": " + text);

  @Test
  void aSupporterStartsAsFunderAndLinesWithoutAnOrganisationAreLeftOut() {
    SupportersStep step = new SupportersStep();
    step.add();
    step.add();
    SupporterRow platform = step.getRows().get(0);
    assertThat(platform.getRole()).isEqualTo(SupporterRole.FUNDER);
    platform.setOrganisationId(7L);
    platform.setRole(SupporterRole.FACILITATOR);
    platform.setContribution(new BigDecimal("1500"));
    List<SupportingOrganisation> supporters = step.supporters();
    assertThat(supporters).hasSize(1);
    assertThat(supporters.get(0).role()).isEqualTo(SupporterRole.FACILITATOR);
    assertThat(supporters.get(0).contribution()).contains(new BigDecimal("1500.00"));

    step.remove(platform);
    assertThat(step.supporters()).isEmpty();
  }

  @Test
  void aSupporterIsGivenACharterRoleAndTheRoleInTheProposersWords() {
    SupportersStep step = new SupportersStep();
    step.add();
    SupporterRow vitens = step.getRows().get(0);
    vitens.setOrganisationId(4L);
    vitens.setRole(SupporterRole.TECHNICAL_SUPPORT);
    vitens.setRoleDescription(" partenaire technique ");
    SupportingOrganisation supporter = step.supporters().get(0);
    assertThat(supporter.role()).isEqualTo(SupporterRole.TECHNICAL_SUPPORT);
    assertThat(supporter.roleDescription()).contains("partenaire technique");
    assertThat(supporter.contribution()).as("nobody stated it").isEmpty();

    vitens.setRoleDescription("é".repeat(SupportingOrganisation.ROLE_DESCRIPTION_MAX + 1));
    DomainRuleViolation tooLong = catchThrowableOfType(DomainRuleViolation.class, step::supporters);
    assertThat(step.show(tooLong.field(), tooLong.getMessage(), out)).isTrue();
    assertThat(shown).containsExactly("supporters: " + tooLong.getMessage());
  }

  @Test
  void theSupportersStepShowsTheSupportersRulesAboveItsList() {
    SupportersStep step = new SupportersStep();
    assertThat(step.show("supporters", "A regional WOP is brokered by a platform.", out)).isTrue();
    assertThat(step.show("contribution", "Never negative.", out)).isTrue();
    assertThat(step.show("participants", "Two operators.", out)).isFalse();
    assertThat(shown)
        .containsExactly(
            "supporters: A regional WOP is brokered by a platform.", "supporters: Never negative.");
  }

  @Test
  void anAgreementIsSentOnlyOnceItsTextIsWritten() {
    AgreementStep step = new AgreementStep();
    step.setCashValue(new BigDecimal("1000"));
    assertThat(step.terms()).isEmpty();

    step.setText("Visites d’étude à Dresden; Stadtentwässerung Dresden forme l’équipe de Cotonou.");
    AgreementTerms terms = step.terms().orElseThrow();
    assertThat(terms.objectivesAndOutputs())
        .isEqualTo(
            "Visites d’étude à Dresden; Stadtentwässerung Dresden forme l’équipe de Cotonou.");
    assertThat(terms.cashValue()).isEqualByComparingTo("1000");
    assertThat(terms.inKindValue()).isEqualByComparingTo("0");
  }

  @Test
  void onlyMilestonesWithATitleAndADateArePlanned() {
    AgreementStep step = new AgreementStep();
    step.add();
    step.add();
    step.getMilestones().get(0).setTitle("Atelier de lancement à Gabès");
    step.getMilestones().get(0).setDate(LocalDate.of(2027, 3, 15));
    step.getMilestones().get(1).setTitle("Dji’i field visit");
    assertThat(step.planned())
        .containsExactly(
            new PlannedMilestone(
                "Atelier de lancement à Gabès", PartialDate.of(LocalDate.of(2027, 3, 15))));
  }

  @Test
  void aNegativeValueOfTheAgreementIsShownNextToIt() {
    AgreementStep step = new AgreementStep();
    step.setText("Échanges de pratiques.");
    step.setInKindValue(new BigDecimal("-1"));
    DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class, step::terms);
    assertThat(step.show(refused.field(), refused.getMessage(), out)).isTrue();
    assertThat(shown).containsExactly("inKindValue: " + refused.getMessage());
    assertThat(step.show("plannedDate", "The planned date is required.", out)).isTrue();
    assertThat(step.show("title", "Too long.", out)).isFalse();
    assertThat(shown).endsWith("milestones: The planned date is required.");
  }
}
