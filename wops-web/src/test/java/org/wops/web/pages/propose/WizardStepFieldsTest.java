package org.wops.web.pages.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wops.domain.type.DefaultWopType;

/** Each field the domain can name when it refuses a proposal is entered on exactly one step. */
class WizardStepFieldsTest {
  private static final Map<String, Integer> STEP_OF_FIELD =
      Map.ofEntries(
          Map.entry("typeId", 1),
          Map.entry("title", 1),
          Map.entry("objectives", 1),
          Map.entry("currency", 1),
          Map.entry("plannedStart", 1),
          Map.entry("plannedEnd", 1),
          Map.entry("workingAreas", 1),
          Map.entry("extraFields.region", 1),
          Map.entry("participants", 2),
          Map.entry("operatorId", 2),
          Map.entry("role", 2),
          Map.entry("cashContribution", 2),
          Map.entry("inKindContribution", 2),
          Map.entry("responsibilities", 2),
          Map.entry("interests", 2),
          Map.entry("supporters", 3),
          Map.entry("contribution", 3),
          Map.entry("agreement", 4),
          Map.entry("objectivesAndOutputs", 4),
          Map.entry("cashValue", 4),
          Map.entry("inKindValue", 4),
          Map.entry("milestones", 4),
          Map.entry("plannedDate", 4));

  private final List<WizardStep> steps =
      List.of(
          new PartnershipStep(LocalDate.of(2026, 12, 2)),
          new OperatorsStep(RoleChoice.of(new DefaultWopType()), Optional.empty()),
          new SupportersStep(),
          new AgreementStep());

  private List<Integer> stepsShowing(String field) {
    List<Integer> showing = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).show(field, "Refused.", (input, text) -> {})) {
        showing.add(i + 1);
      }
    }
    return showing;
  }

  @Test
  void everyFieldOfAProposalIsShownOnTheStepThatEntersIt() {
    STEP_OF_FIELD.forEach(
        (field, step) -> assertThat(stepsShowing(field)).as(field).containsExactly(step));
  }

  @Test
  void aFieldNoStepEntersIsLeftToTheWizard() {
    assertThat(stepsShowing("status")).isEmpty();
    assertThat(stepsShowing("")).isEmpty();
  }
}
