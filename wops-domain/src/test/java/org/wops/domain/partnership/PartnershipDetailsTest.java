package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Details are made field by field and changed from the ones a partnership has. */
class PartnershipDetailsTest {
  private static final PartnershipDetails STORED =
      PartnershipDetails.builder()
          .title("Réduction des pertes – Société Béninoise des Eaux et Stadtentwässerung Dresden")
          .objectives("Réduire l’eau non facturée à Cotonou")
          .approach("Visites d’échange et plan d’action commun")
          .currency("EUR")
          .workingAreas(Set.of("NRW"))
          .countries(Set.of("BJ", "DE"))
          .plannedStart(LocalDate.of(2026, 3, 1))
          .plannedEnd(LocalDate.of(2028, 2, 29))
          .build();

  @Test
  void aChangedFieldLeavesEveryOtherAsItWas() {
    PartnershipDetails edited = STORED.toBuilder().title("Dji’i water safety plan").build();

    assertThat(edited.title()).isEqualTo("Dji’i water safety plan");
    assertThat(edited).usingRecursiveComparison().ignoringFields("title").isEqualTo(STORED);
  }

  @Test
  void theNamedFieldsAreTakenFromTheOtherDetailsAndNamesOfOtherThingsAreIgnored() {
    PartnershipDetails row =
        PartnershipDetails.builder()
            .title("Réduction des pertes – phase 2")
            .currency("XOF")
            .countries(Set.of())
            .build();

    PartnershipDetails merged =
        row.toBuilder()
            .fieldsOf(STORED, Set.of("objectives", "countries", "plannedStart", "participants"))
            .build();

    assertThat(merged.title()).isEqualTo("Réduction des pertes – phase 2");
    assertThat(merged.currency()).isEqualTo("XOF");
    assertThat(merged.objectives()).isEqualTo("Réduire l’eau non facturée à Cotonou");
    assertThat(merged.countries()).containsExactlyInAnyOrder("BJ", "DE");
    assertThat(merged.plannedStart())
        .isEqualTo(org.wops.domain.shared.PartialDate.of(LocalDate.of(2026, 3, 1)));
    assertThat(merged.approach()).isNull();
    assertThat(merged.plannedEnd()).isNull();
  }
}
