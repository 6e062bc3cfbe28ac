package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an imported row counts as "the same" as the stored partnership: nothing to change. */
class PartnershipImportRowsTest {
  private static final PartnershipDetails STORED =
      new PartnershipDetails(
          "Réduction des pertes à Kisumu – phase 2",
          "Réduire l’eau non facturée",
          null,
          null,
          "EUR",
          Set.of("NRW", "BILLING"),
          Set.of("DE", "KE"),
          org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2026, 1, 15)),
          null,
          null,
          null);

  @Test
  void detailsReadTheWayTheAggregateKeepsThemAreTheSame() {
    PartnershipDetails row =
        new PartnershipDetails(
            "Réduction des pertes à Kisumu – phase 2 ",
            "Réduire l’eau non facturée",
            "  ",
            null,
            "eur",
            Set.of("BILLING", "NRW"),
            Set.of("ke", "de"),
            org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2026, 1, 15)),
            null,
            null,
            null);
    assertThat(PartnershipImportRows.same(STORED, row)).isTrue();
  }

  @Test
  void aChangedCurlyQuoteOrDateIsAChange() {
    PartnershipDetails quote =
        new PartnershipDetails(
            STORED.title(),
            "Réduire l'eau non facturée",
            null,
            null,
            "EUR",
            STORED.workingAreas(),
            STORED.countries(),
            STORED.plannedStart(),
            null,
            null,
            null);
    assertThat(PartnershipImportRows.same(STORED, quote)).isFalse();
    PartnershipDetails date =
        new PartnershipDetails(
            STORED.title(),
            STORED.objectives(),
            null,
            null,
            "EUR",
            STORED.workingAreas(),
            STORED.countries(),
            org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2026, 1, 16)),
            null,
            null,
            null);
    assertThat(PartnershipImportRows.same(STORED, date)).isFalse();
  }

  @Test
  void participantsAreComparedInAnyOrderAndAnUnknownContributionIsNotZero() {
    List<Participant> stored =
        List.of(
            new Participant(1, ParticipantRole.PEER, new BigDecimal("5000.00"), null, "x", null),
            new Participant(2, ParticipantRole.PEER));
    assertThat(
            PartnershipImportRows.sameParticipants(
                stored,
                List.of(
                    new Participant(2, ParticipantRole.PEER),
                    new Participant(
                        1, ParticipantRole.PEER, new BigDecimal("5000"), null, null, null))))
        .as("order, scale and the terms the file does not carry aside")
        .isTrue();
    assertThat(
            PartnershipImportRows.sameParticipants(
                stored,
                List.of(
                    new Participant(
                        1, ParticipantRole.PEER, new BigDecimal("5000"), null, null, null),
                    new Participant(2, ParticipantRole.PEER, BigDecimal.ZERO, null, null, null))))
        .isFalse();
  }

  @Test
  void aTranslationAddedOrAnotherLanguageDeclaredIsAChangeAndTheCaseOfACodeIsNot() {
    org.wops.domain.shared.TextLanguage stored =
        new org.wops.domain.shared.TextLanguage(
            "fr", java.util.Map.of("es", "Reducción de pérdidas en Kisumu – fase 2"));
    assertThat(
            PartnershipImportRows.sameLanguage(
                stored,
                new org.wops.domain.shared.TextLanguage(
                    " FR", java.util.Map.of("ES", "Reducción de pérdidas en Kisumu – fase 2 "))))
        .isTrue();
    assertThat(PartnershipImportRows.sameLanguage(stored, null)).as("column absent").isTrue();
    assertThat(
            PartnershipImportRows.sameLanguage(
                stored,
                new org.wops.domain.shared.TextLanguage(
                    "fr",
                    java.util.Map.of(
                        "es", "Reducción de pérdidas en Kisumu – fase 2",
                        "en", "Loss reduction in Kisumu – phase 2"))))
        .isFalse();
    assertThat(
            PartnershipImportRows.sameLanguage(
                stored,
                new org.wops.domain.shared.TextLanguage(
                    "xx", java.util.Map.of("es", "Reducción de pérdidas en Kisumu – fase 2"))))
        .as("an unknown code is a change, which the domain then refuses")
        .isFalse();
    assertThat(
            PartnershipImportRows.sameLanguage(
                null, org.wops.domain.shared.TextLanguage.undeclared()))
        .isTrue();
    assertThat(
            PartnershipImportRows.sameLanguage(
                stored, new org.wops.domain.shared.TextLanguage("fr", java.util.Map.of(" ", "x"))))
        .as("a translation into no language is a change (refused by the domain), not a crash")
        .isFalse();
  }
}
