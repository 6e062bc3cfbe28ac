package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.TextLanguage;

class PartnershipEditingTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
    p = uc.keep(PartnershipFixtures.identified());
  }

  private static PartnershipDetails titled(String title) {
    return new PartnershipDetails(
        title,
        "Réduire l’eau non facturée de moitié.",
        null,
        null,
        "EUR",
        Set.of("NRW"),
        Set.of(),
        org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2027, 1, 1)),
        org.wops.domain.shared.PartialDate.ofNullable(LocalDate.of(2028, 12, 31)),
        null,
        null);
  }

  @Test
  void editedDetailsAreKeptAsWrittenWithTheOperatorsCountriesAndAudited() {
    Partnership edited =
        uc.editing()
            .editDetails(
                UseCases.editorOf(MENTEE),
                new PartnershipEditing.EditDetails(
                    p.id(), p.version(), titled("Réduction des pertes à Cotonou – phase 2")));

    assertThat(edited.title()).isEqualTo("Réduction des pertes à Cotonou – phase 2");
    assertThat(edited.countries()).containsExactlyInAnyOrder("DE", "BJ");
    assertThat(uc.audited)
        .singleElement()
        .satisfies(e -> assertThat(e.toValue()).contains("Réduction des pertes à Cotonou"));
  }

  @Test
  void theTitlesLanguageAndTranslationsAreKeptWithTheDetails() {
    PartnershipDetails d =
        titled("Réduction des pertes d’eau à Kisumu – phase 2").toBuilder()
            .titleLanguage(
                new TextLanguage(
                    "fr", Map.of("es", "Reducción de pérdidas de agua en Kisumu – fase 2")))
            .objectivesLanguage(TextLanguage.of("fr"))
            .build();
    Partnership edited =
        uc.editing()
            .editDetails(
                UseCases.editorOf(MENTEE),
                new PartnershipEditing.EditDetails(p.id(), p.version(), d));

    assertThat(edited.titleText().language().declared()).contains("fr");
    assertThat(edited.titleText().shownTo(Language.ES).text())
        .isEqualTo("Reducción de pérdidas de agua en Kisumu – fase 2");
    assertThat(edited.objectivesText().shownTo(Language.EN).otherLanguage()).isTrue();
    assertThat(edited.details().titleLanguage()).isEqualTo(d.titleLanguage());
  }

  @Test
  void aTranslationIntoTheOriginalsLanguageRefusesTheWholeEditAndNothingChanges() {
    PartnershipDetails d =
        titled("Redução de perdas em Maputo").toBuilder()
            .titleLanguage(new TextLanguage("pt", Map.of("fr", "Réduction des pertes à Maputo")))
            .objectivesLanguage(
                new TextLanguage("xx", Map.of("es", "Reducir el agua no facturada.")))
            .build();
    assertThatThrownBy(
            () ->
                uc.editing()
                    .editDetails(
                        UseCases.editorOf(MENTEE),
                        new PartnershipEditing.EditDetails(p.id(), p.version(), d)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v ->
                assertThat(v.withOthers())
                    .extracting(DomainRuleViolation::field)
                    .containsExactly("objectivesLanguage"));
    assertThat(p.titleText().language().declared()).isEmpty();
  }

  @Test
  void participantsWhoAreNotRegisteredOperatorsAreRefusedAndTheOldOnesStay() {
    assertThatThrownBy(
            () ->
                uc.editing()
                    .replaceParticipants(
                        UseCases.editorOf(MENTEE),
                        new PartnershipEditing.ReplaceParticipants(
                            p.id(),
                            null,
                            List.of(
                                PartnershipFixtures.complete(MENTEE, ParticipantRole.MENTEE),
                                PartnershipFixtures.complete(4040, ParticipantRole.MENTOR)))))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(p.operatorIds()).containsExactlyInAnyOrder(MENTOR, MENTEE);
  }

  @Test
  void theSameParticipantsSupportersAndExtraValuesSentAgainStoreNothing() {
    uc.organisation(
        30, "Office International de l’Eau", org.wops.domain.organisation.OrganisationKind.OTHER);
    uc.editing()
        .replaceSupporters(
            UseCases.editorOf(MENTEE),
            new PartnershipEditing.ReplaceSupporters(
                p.id(),
                null,
                List.of(
                    new SupportingOrganisation(
                        30, SupporterRole.BROKER, "partenaire technique", null))));
    int stores = uc.stores;
    int audited = uc.audited.size();

    uc.editing()
        .replaceParticipants(
            UseCases.editorOf(MENTEE),
            new PartnershipEditing.ReplaceParticipants(p.id(), p.version(), p.participants()));
    uc.editing()
        .replaceSupporters(
            UseCases.editorOf(MENTEE),
            new PartnershipEditing.ReplaceSupporters(
                p.id(),
                p.version(),
                List.of(
                    new SupportingOrganisation(
                        30, SupporterRole.BROKER, "partenaire technique", null))));
    uc.editing()
        .replaceExtraValues(
            UseCases.editorOf(MENTEE),
            new PartnershipEditing.ReplaceExtraValues(p.id(), p.version(), p.extraValues()));

    assertThat(uc.stores).as("stores").isEqualTo(stores);
    assertThat(uc.audited).hasSize(audited);

    uc.editing()
        .replaceSupporters(
            UseCases.editorOf(MENTEE),
            new PartnershipEditing.ReplaceSupporters(
                p.id(),
                p.version(),
                List.of(new SupportingOrganisation(30, SupporterRole.BROKER, "courtier", null))));
    assertThat(uc.stores).as("a changed description is stored").isEqualTo(stores + 1);
    assertThat(p.supporters())
        .singleElement()
        .satisfies(x -> assertThat(x.roleDescription()).contains("courtier"));
  }
}
