package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

class MilestonePlanningTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Société Béninoise des Eaux", "BJ");
    uc.operator(MENTEE, "Công ty Cấp nước Đà Nẵng", "VN");
    p = uc.keep(PartnershipFixtures.identified());
  }

  @Test
  void anAddedMilestoneIsAnsweredAsMadeAndAudited() {
    Milestone m =
        uc.milestones()
            .add(
                UseCases.editorOf(MENTEE),
                new MilestonePlanning.Add(
                    p.id(), p.version(), "Chuyến thăm Đà Nẵng", PartialDate.ofMonth(2027, 5)));

    assertThat(m.title()).isEqualTo("Chuyến thăm Đà Nẵng");
    assertThat(p.milestones()).contains(m);
    assertThat(uc.actions()).containsExactly("milestone.added");
  }

  @Test
  void aTemplateMilestoneIsNotReachedOutOfOrderAndNothingIsHeard() {
    Milestone agreementSigned =
        p.milestones().stream()
            .filter(m -> m.templateKey().isPresent())
            .reduce((a, b) -> b)
            .orElseThrow();
    UseCases.setField(agreementSigned, "id", 77L);

    assertThatThrownBy(
            () ->
                uc.milestones()
                    .reach(
                        UseCases.editorOf(MENTOR),
                        new MilestonePlanning.Reach(
                            p.id(), null, 77L, PartialDate.of(PartnershipFixtures.TODAY))))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(uc.fired).noneMatch(e -> e instanceof MilestoneReached);
    assertThat(uc.audited).isEmpty();
  }
}
