package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.NOW;
import static org.wops.domain.partnership.PartnershipFixtures.TODAY;
import static org.wops.domain.partnership.PartnershipFixtures.endorsedByAll;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.LocalizedName;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

/** What a closed partnership still accepts, said in one place ({@link ChangeKind}). */
class ClosedPartnershipTest {
  private static final Kpi NRW =
      new Kpi("NRW_PCT", new LocalizedName("Non-revenue water", "Eau non facturée", "ANF"), "%");

  private static Partnership completedWithAnIndicator() {
    Partnership p = PartnershipFixtures.active();
    p.defineIndicator(
        NRW,
        new BigDecimal("48"),
        org.wops.domain.shared.PartialDate.of(TODAY.minusMonths(6)),
        TODAY);
    p.changeStatus(PartnershipStatus.COMPLETED, endorsedByAll(), TODAY);
    return p;
  }

  private static void refused(Runnable change, String what) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("partnership.closed");
              assertThat(e.getMessage()).contains(what);
            });
  }

  @Test
  void aCompletedPartnershipRecordsItsResultsButItsPlanIsSettled() {
    Partnership p = completedWithAnIndicator();
    Indicator i = p.indicators().get(0);
    UseCases.setField(i, "id", 9L);

    p.recordIndicatorValue(
        9L,
        org.wops.domain.shared.PartialDate.of(TODAY),
        new BigDecimal("39.5"),
        "%",
        "évaluatrice",
        NOW,
        TODAY);
    p.assessCapacity(
        "KNOWLEDGE_SKILLS", 2, 2, CapacityAssessment.DecidedBy.ALL_PARTNERS, TODAY, null, TODAY);
    p.requestPublication("éditrice", NOW);

    assertThat(i.actuals()).hasSize(1);
    assertThat(p.assessments()).hasSize(1);
    refused(() -> p.setIndicatorTarget(9L, 2030, BigDecimal.TEN), "targets");
    refused(
        () -> p.addMilestone("Visite de clôture", PartialDate.of(TODAY.plusMonths(1))),
        "milestones");
    refused(
        () -> p.addCostLine(new CostLine(CostCategory.TRAVEL, "Billets", BigDecimal.ONE)),
        "work plan");
  }

  @Test
  void aCancelledPartnershipAcceptsOnlyItsPublicationAndConfirmations() {
    Partnership p = PartnershipFixtures.identified();
    p.changeStatus(PartnershipStatus.CANCELLED, endorsedByAll(), TODAY);

    p.unpublish("secrétariat", NOW);
    refused(
        () ->
            p.assessCapacity(
                "SYSTEMS", 1, 1, CapacityAssessment.DecidedBy.ONE_PARTNER, TODAY, null, TODAY),
        "assessments");
    refused(
        () ->
            p.defineIndicator(
                NRW, BigDecimal.ONE, org.wops.domain.shared.PartialDate.of(TODAY), TODAY),
        "indicators");
    assertThat(p.published()).isFalse();
  }

  @Test
  void aCompletedPartnershipTakesAForgottenFunderButItsPartnersAreSettled() {
    Partnership p = completedWithAnIndicator();
    java.util.List<Participant> partners = p.participants();

    assertThat(
            p.replaceParticipants(
                partners,
                org.wops.domain.type.PartnershipTypeRegistry.of(
                        new org.wops.domain.type.DefaultWopType())
                    .require(p.typeId())))
        .as("the same partners sent again: nothing to refuse, nothing changed")
        .isFalse();
    assertThat(
            p.replaceSupporters(
                java.util.List.of(
                    new SupportingOrganisation(
                        31,
                        SupporterRole.FUNDER,
                        "bailleur de la phase 1",
                        new BigDecimal("250000")))))
        .isTrue();
    assertThat(p.supporters())
        .singleElement()
        .satisfies(s -> assertThat(s.confirmed()).as("counted once confirmed").isFalse());
    assertThatThrownBy(() -> p.replaceSupporters(java.util.List.of()))
        .as("who supported it, as recorded, stays")
        .hasFieldOrPropertyWithValue("code", "partnership.closed.supporters-kept");
    assertThat(p.supporters()).hasSize(1);
    refused(
        () ->
            p.replaceParticipants(
                java.util.List.of(partners.get(0)),
                org.wops.domain.type.PartnershipTypeRegistry.of(
                        new org.wops.domain.type.DefaultWopType())
                    .require(p.typeId())),
        "participants");
  }
}
