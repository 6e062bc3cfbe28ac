package org.wops.web.pages.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.PartnershipDetails;

class PartnershipStepTest {
  private final List<String> shown = new ArrayList<>();
  private final WizardStep.Messages out = (input, text) -> shown.add(input + ": " + text);
  private final PartnershipStep step = new PartnershipStep(LocalDate.of(2026, 12, 2));

  @Test
  void aNewPartnershipIsPlannedToStartOnTheFirstOfNextMonth() {
    assertThat(step.getPlannedStart())
        .isEqualTo(org.wops.domain.shared.PartialDate.of(LocalDate.of(2027, 1, 1)));
    assertThat(step.getTypeId()).isEqualTo("wop");
    assertThat(step.getCurrency()).isEqualTo("USD");
  }

  @Test
  void asksForTheTitleTheObjectivesAndACurrencyCodeBeforeTheNextStep() {
    step.setCurrency("€");
    assertThat(step.check(out)).isFalse();
    assertThat(shown)
        .containsExactly(
            "title: propose.required",
            "objectives: propose.required",
            "currency: propose.currency.invalid");

    step.setTitle("Stadtentwässerung Dresden – Société Béninoise des Eaux");
    step.setObjectives("Réduire l’eau non facturée à Cotonou.");
    step.setCurrency("XOF");
    shown.clear();
    assertThat(step.check(out)).isTrue();
    assertThat(shown).isEmpty();
  }

  @Test
  void whatWasTypedReachesTheDomainAsTyped() {
    step.setTitle("Água para todos: Đà Nẵng – Dji’i");
    step.setObjectives("„Wasserverluste“ halbieren.");
    step.setCurrency(" eur ");
    step.setWorkingAreas(List.of("NRW", "BILLING"));
    PartnershipDetails details = step.details();
    assertThat(details.title()).isEqualTo("Água para todos: Đà Nẵng – Dji’i");
    assertThat(details.objectives()).isEqualTo("„Wasserverluste“ halbieren.");
    assertThat(details.currency()).isEqualTo("eur");
    assertThat(details.workingAreas()).containsExactly("NRW", "BILLING");
    assertThat(details.plannedStart())
        .isEqualTo(org.wops.domain.shared.PartialDate.of(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void extraFieldsLeftBlankAreNotSent() {
    step.getExtra().put("region", " AFRICA ");
    step.getExtra().put("programme", "  ");
    assertThat(step.extraValues()).isEqualTo(Map.of("region", "AFRICA"));
  }

  @Test
  void showsTheDomainsMessagesOnItsOwnFieldsOnly() {
    assertThat(step.show("title", "The title is too long.", out)).isTrue();
    assertThat(step.show("typeId", "The type failed.", out)).isTrue();
    assertThat(step.show("extraFields.region", "Choose a region.", out)).isTrue();
    assertThat(step.show("participants", "Two operators.", out)).isFalse();
    assertThat(step.show("cashValue", "Never negative.", out)).isFalse();
    assertThat(shown).containsExactly("title: The title is too long.", "type: The type failed.");
    assertThat(step.getExtraErrors()).containsExactly(Map.entry("region", "Choose a region."));

    step.clearShown();
    assertThat(step.getExtraErrors()).isEmpty();
  }
}
