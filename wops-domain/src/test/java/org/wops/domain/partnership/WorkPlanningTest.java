package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class WorkPlanningTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
    p = uc.keep(PartnershipFixtures.identified());
  }

  @Test
  void aFeeIsRefusedByNameAndACostIsAddedAndAudited() {
    assertThatThrownBy(
            () ->
                uc.workPlan()
                    .addCost(
                        UseCases.editorOf(MENTOR),
                        new WorkPlanning.AddCost(
                            p.id(), null, "FEE", "Honoraires de gestion", new BigDecimal("900"))))
        .isInstanceOf(DomainRuleViolation.class);

    CostLine line =
        uc.workPlan()
            .addCost(
                UseCases.editorOf(MENTOR),
                new WorkPlanning.AddCost(
                    p.id(), null, "TRAVEL", "Deux visites à Dresde", new BigDecimal("8000")));

    assertThat(p.costLines()).containsExactly(line);
    assertThat(uc.actions()).containsExactly("cost.added");
  }

  @Test
  void anActivityInAnUnknownWorkingAreaIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                uc.workPlan()
                    .addActivity(
                        UseCases.editorOf(MENTEE),
                        new WorkPlanning.AddActivity(
                            p.id(),
                            null,
                            "Formation à la détection des fuites",
                            "LEAKS",
                            LocalDate.of(2027, 2, 1),
                            LocalDate.of(2027, 4, 30),
                            null,
                            "Équipe ENF")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("workingArea"));
    assertThat(p.activities()).isEmpty();
    assertThat(uc.stores).isEqualTo(1);
  }
}
