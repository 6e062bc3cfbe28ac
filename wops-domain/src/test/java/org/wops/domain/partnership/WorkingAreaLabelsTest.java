package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.reference.WorkingAreaLabels;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.type.DefaultWopType;

class WorkingAreaLabelsTest {
  private UseCases uc;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
  }

  @Test
  void labelsAreFoldedForCaseAccentsPunctuationAndSpacing() {
    assertThat(WorkingAreaLabels.normalise("  Réduction des PERTES   en eau "))
        .isEqualTo("reduction des pertes en eau")
        .isEqualTo(WorkingAreaLabels.normalise("reduction des pertes en eau"))
        .isEqualTo(WorkingAreaLabels.normalise("Réduction-des-pertes en eau."));
    assertThat(WorkingAreaLabels.normalise("Reducción de Pérdidas de Agua"))
        .isEqualTo(WorkingAreaLabels.normalise("reduccion de perdidas de agua"));
    assertThat(WorkingAreaLabels.normalise("Œuvres d’assainissement"))
        .isEqualTo("oeuvres d assainissement");
    assertThat(WorkingAreaLabels.normalise("Quản lý nước")).isEqualTo("quan ly nuoc");
    assertThat(WorkingAreaLabels.normalise("  ")).isEmpty();
  }

  @Test
  void aLabelMappedOnceMapsEveryLaterSpellingAndAnUnmappedOneIsSeen() {
    assertThat(uc.labels.map("Réduction des pertes en eau")).isEmpty();
    assertThat(uc.labels.map("reduction des pertes en eau")).isEmpty();
    assertThat(uc.labels.all())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.label()).isEqualTo("Réduction des pertes en eau");
              assertThat(m.code()).isEmpty();
              assertThat(m.seenCount()).isEqualTo(2);
            });

    uc.labels.put("RÉDUCTION DES PERTES EN EAU", "NRW", "secretariat");

    assertThat(uc.labels.map("réduction des pertes en eau")).contains("NRW");
    assertThat(uc.labels.map("Reduction  des pertes en eau")).contains("NRW");
    assertThat(uc.labelStore.audited)
        .containsExactly("reduction des pertes en eau: null -> NRW by secretariat");
    uc.labels.put("réduction des pertes en eau", "NRW", "secretariat");
    assertThat(uc.labelStore.audited).as("an unchanged mapping writes nothing").hasSize(1);
  }

  @Test
  void aMappingToACodeOutsideTheReferenceListIsRefused() {
    assertThatThrownBy(() -> uc.labels.put("Gobernanza", "GOVERNANCE_X", "secretariat"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("GOVERNANCE_X");
    assertThatThrownBy(() -> uc.labels.put("  ", "NRW", "secretariat"))
        .isInstanceOf(DomainRuleViolation.class);
  }

  private Partnership identified(List<AreaLabel> labels) {
    return uc.proposals()
        .identify(
            UseCases.editorOf(MENTEE),
            new Proposals.Identify(
                DefaultWopType.ID,
                PartnershipDetails.builder()
                    .title("Réduction des pertes à Cotonou – phase 2")
                    .objectives("Réduire l’eau non facturée de moitié.")
                    .currency("XOF")
                    .workingAreas(Set.of())
                    .countries(Set.of())
                    .plannedStart(PartialDate.ofYear(2027))
                    .workingAreaLabels(labels)
                    .build(),
                List.of(
                    PartnershipFixtures.complete(MENTOR, ParticipantRole.MENTOR),
                    PartnershipFixtures.complete(MENTEE, ParticipantRole.MENTEE)),
                List.of(),
                Map.of()));
  }

  @Test
  void aPartnershipKeepsTheSourcesLabelBesideTheMappedCodeAndALabelAloneIsNoArea() {
    uc.labels.put("Reducción de pérdidas", "NRW", "secretariat");

    Partnership p =
        identified(
            List.of(
                new AreaLabel(null, "reduccion de perdidas"),
                new AreaLabel(null, "Gouvernance locale")));

    assertThat(p.workingAreas()).containsExactly("NRW");
    assertThat(p.workingAreaLabels())
        .containsExactly(
            new AreaLabel("NRW", "reduccion de perdidas"),
            new AreaLabel(null, "Gouvernance locale"));
    assertThat(uc.labels.all())
        .filteredOn(m -> m.code().isEmpty())
        .extracting(m -> m.label())
        .containsExactly("Gouvernance locale");
  }

  @Test
  void editingTheAreasWithPlainCodesKeepsTheLabelsOfTheAreasStillThere() {
    Partnership p =
        identified(
            List.of(
                new AreaLabel("NRW", "réduction des pertes en eau"),
                new AreaLabel(null, "gouvernance")));

    p.editDetails(
        p.details().toBuilder().workingAreas(Set.of("NRW")).build(), PartnershipFixtures.TODAY);
    assertThat(p.workingAreaLabels()).hasSize(2);
    p.editDetails(
        p.details().toBuilder().workingAreas(Set.of()).build(), PartnershipFixtures.TODAY);
    assertThat(p.workingAreas()).isEmpty();
    assertThat(p.workingAreaLabels()).containsExactly(new AreaLabel(null, "gouvernance"));
  }
}
