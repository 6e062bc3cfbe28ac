package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.partnership.RecordedHistory.ComplianceAssessment;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.type.DefaultWopType;

/**
 * Partnerships that exist or existed outside the platform, recorded as the evidence says (issue 16,
 * items 1-3): shapes of real WOP profiles — two mentors from two countries, a ministry as mentee,
 * year-only dates, an agreement signed outside the platform, a fate nobody reported.
 */
class RecordedPartnershipsTest {
  private static final long DRESDEN = 1L;
  private static final long VITENS = 3L;
  private static final long MINISTRY = 2L;
  private static final long PROGRAMME = 40L;
  private static final long OTHER_PROGRAMME = 41L;

  private UseCases uc;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(DRESDEN, "Stadtentwässerung Dresden", "DE");
    uc.operator(VITENS, "Vitens Evides International", "NL");
    uc.operator(MINISTRY, "Ministère de l’Eau et de l’Assainissement", "BF");
    uc.organisation(PROGRAMME, "Programme WOP Afrique de l’Ouest", OrganisationKind.PROGRAMME);
    uc.organisation(OTHER_PROGRAMME, "Asia-Pacific WOPs Programme", OrganisationKind.PROGRAMME);
  }

  private static Proposals.Identify ouagadougou(String start, String end) {
    return new Proposals.Identify(
        DefaultWopType.ID,
        PartnershipDetails.builder()
            .title("Renforcement de la gestion commerciale à Ouagadougou")
            .objectives("Améliorer le recouvrement des factures dans trois centres.")
            .currency("EUR")
            .workingAreas(Set.of("NRW"))
            .actualStart(PartialDate.parse(start, "actualStart"))
            .actualEnd(PartialDate.parse(end, "actualEnd"))
            .build(),
        List.of(
            new Participant(DRESDEN, ParticipantRole.MENTOR, null, null, null, null),
            new Participant(VITENS, ParticipantRole.MENTOR, null, null, null, null),
            new Participant(MINISTRY, ParticipantRole.MENTEE, null, null, null, null)),
        List.of(new SupportingOrganisation(PROGRAMME, SupporterRole.BROKER, "courtier", null)),
        Map.of());
  }

  private static RecordedHistory.Facts signed(String on, ComplianceAssessment compliance) {
    return new RecordedHistory.Facts(
        true,
        PartialDate.parse(on, "agreement.signedOn"),
        "https://example.org/wop/ouagadougou/protocole-2012.pdf",
        null,
        compliance);
  }

  @Test
  void theSecretariatRecordsACompletedWopAsTheEvidenceSaysAndNothingIsInvented() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.admin(),
                new Proposals.Record(
                    ouagadougou("2012", "2016"),
                    PartnershipStatus.COMPLETED,
                    signed("2012-06", ComplianceAssessment.VERIFIED_BY_SECRETARIAT)));

    assertThat(p.status()).isEqualTo(PartnershipStatus.COMPLETED);
    assertThat(p.actualStart()).contains(PartialDate.ofYear(2012));
    assertThat(p.actualEnd()).as("not stamped today").contains(PartialDate.ofYear(2016));
    assertThat(p.milestones()).as("no template milestone invented").isEmpty();
    assertThat(p.history().isRecorded()).isTrue();
    assertThat(p.history().agreementSignedOn()).contains(PartialDate.ofMonth(2012, 6));
    assertThat(p.isAgreementSignedByAll()).as("signed outside the platform").isTrue();
    assertThat(uc.fired).as("nobody is mailed about the past").isEmpty();
    assertThat(uc.actions()).containsExactly("partnership.recorded");
    assertThat(uc.audited.get(0).actor()).isEqualTo("secretariat");
    Compliance label = uc.compliances.get(0);
    assertThat(label.basis()).isEqualTo(Compliance.Basis.VERIFIED_BY_SECRETARIAT);
    assertThat(label.compliant()).isTrue();
    assertThat(label.reasons()).as("no platform signature or endorsement is asked of it").isEmpty();
  }

  @Test
  void aCoordinatorRecordsAWopWhoseFateIsUnknownNotAssessedNeverNotCompliant() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.coordinatorOf(PROGRAMME),
                new Proposals.Record(
                    ouagadougou("2014-03", null),
                    PartnershipStatus.UNKNOWN,
                    new RecordedHistory.Facts(false, null, null, PartialDate.ofYear(2016), null)));

    assertThat(p.status()).isEqualTo(PartnershipStatus.UNKNOWN);
    assertThat(p.history().lastReported()).contains(PartialDate.ofYear(2016));
    Compliance label = uc.compliances.get(0);
    assertThat(label.basis()).isEqualTo(Compliance.Basis.NOT_ASSESSED);
    assertThat(label.notAssessed()).isTrue();
    assertThat(label.compliant()).isFalse();
    assertThat(label.reasons()).isEmpty();
    assertThat(p.history().complianceAssessedAt()).as("nobody assessed it").isEmpty();
    assertThat(p.history().complianceAssessedBy()).isEmpty();
  }

  @Test
  void onlyTheSecretariatAndTheSupportingCoordinatorsRecordAndOnlyTheSecretariatVerifies() {
    Proposals.Record verified =
        new Proposals.Record(
            ouagadougou("2012", "2016"),
            PartnershipStatus.COMPLETED,
            signed("2012", ComplianceAssessment.VERIFIED_BY_SECRETARIAT));
    assertThatThrownBy(() -> uc.proposals().record(UseCases.coordinatorOf(PROGRAMME), verified))
        .isInstanceOfSatisfying(
            AccessDenied.class, e -> assertThat(e.code()).isEqualTo("access.compliance.verify"));
    Proposals.Record declared =
        new Proposals.Record(
            ouagadougou("2012", "2016"),
            PartnershipStatus.COMPLETED,
            signed("2012", ComplianceAssessment.DECLARED_BY_PARTNERS));
    assertThatThrownBy(() -> uc.proposals().record(UseCases.editorOf(DRESDEN), declared))
        .isInstanceOfSatisfying(
            AccessDenied.class, e -> assertThat(e.code()).isEqualTo("access.partnership.record"));
    assertThatThrownBy(
            () -> uc.proposals().record(UseCases.coordinatorOf(OTHER_PROGRAMME), declared))
        .isInstanceOf(AccessDenied.class);
    assertThat(uc.stores).isZero();
  }

  @Test
  void theRecordMustHoldTogether() {
    record Case(
        String start,
        String end,
        PartnershipStatus status,
        RecordedHistory.Facts facts,
        String code,
        String field) {}
    for (Case c :
        List.of(
            new Case(
                "2012",
                null,
                PartnershipStatus.PROPOSED,
                signed("2012", null),
                "partnership.recorded.agreement-before-agreed",
                "agreement.signedOn"),
            new Case(
                "2012",
                null,
                PartnershipStatus.SUSPENDED,
                null,
                "partnership.recorded.suspended",
                "status"),
            new Case(
                "2011",
                "2016",
                PartnershipStatus.COMPLETED,
                signed("2012-06", null),
                "partnership.active.before-signature",
                "actualStart"),
            new Case(
                "2014-06-15",
                "2013",
                PartnershipStatus.COMPLETED,
                null,
                "dates.start-after-end",
                "actualEnd"),
            new Case(
                "2012",
                null,
                PartnershipStatus.ACTIVE,
                new RecordedHistory.Facts(false, null, null, PartialDate.ofYear(2027), null),
                "dates.actual-in-future",
                "lastReported"),
            new Case(
                "2012",
                "2015",
                PartnershipStatus.COMPLETED,
                new RecordedHistory.Facts(false, null, null, PartialDate.ofYear(2016), null),
                "partnership.recorded.last-reported-after-end",
                "lastReported"),
            new Case(
                "2012",
                null,
                PartnershipStatus.PROPOSED,
                null,
                "partnership.active.agreement-not-signed",
                "actualStart"))) {
      assertThatThrownBy(
              () ->
                  uc.proposals()
                      .record(
                          UseCases.admin(),
                          new Proposals.Record(ouagadougou(c.start, c.end), c.status, c.facts)))
          .as(c.code)
          .isInstanceOfSatisfying(
              DomainRuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo(c.code);
                assertThat(e.field()).isEqualTo(c.field);
              });
    }
    assertThat(uc.stores).isZero();
    Partnership sameYear =
        uc.proposals()
            .record(
                UseCases.admin(),
                new Proposals.Record(
                    ouagadougou("2014-06-15", "2014"),
                    PartnershipStatus.COMPLETED,
                    signed("2014-06", null)));
    assertThat(sameYear.actualEnd())
        .as("an end known to the year is not before a start in it")
        .contains(PartialDate.ofYear(2014));
  }

  @Test
  void anUnknownFateIsCorrectedWhenNewsComesAndTheCorrectionIsAudited() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.coordinatorOf(PROGRAMME),
                new Proposals.Record(
                    ouagadougou("2014", null),
                    PartnershipStatus.UNKNOWN,
                    new RecordedHistory.Facts(false, null, null, PartialDate.ofYear(2016), null)));
    long version = p.version();

    Partnership corrected =
        uc.corrections()
            .correct(
                UseCases.coordinatorOf(PROGRAMME),
                new RecordCorrections.Correction(
                    p.id(),
                    version,
                    PartnershipStatus.COMPLETED,
                    PartnershipDetails.builder()
                        .actualStart(PartialDate.ofYear(2014))
                        .actualEnd(PartialDate.ofMonth(2019, 3))
                        .build(),
                    new RecordedHistory.Facts(
                        true, null, null, null, ComplianceAssessment.DECLARED_BY_PARTNERS)));

    assertThat(corrected.status()).isEqualTo(PartnershipStatus.COMPLETED);
    assertThat(corrected.actualEnd()).contains(PartialDate.ofMonth(2019, 3));
    assertThat(corrected.history().compliance())
        .isEqualTo(ComplianceAssessment.DECLARED_BY_PARTNERS);
    assertThat(corrected.title()).isEqualTo("Renforcement de la gestion commerciale à Ouagadougou");
    assertThat(uc.actions()).containsExactly("partnership.recorded", "record.corrected");
    assertThat(uc.audited.get(1).fromValue()).isEqualTo("UNKNOWN · NOT_ASSESSED");
    assertThat(uc.audited.get(1).toValue()).isEqualTo("COMPLETED · DECLARED_BY_PARTNERS");

    RecordCorrections.Correction stale =
        new RecordCorrections.Correction(
            p.id(),
            version,
            PartnershipStatus.EVALUATED,
            PartnershipDetails.builder().build(),
            new RecordedHistory.Facts(true, null, null, null, null));
    assertThatThrownBy(() -> uc.corrections().correct(UseCases.admin(), stale))
        .isInstanceOf(StaleVersionException.class);
    RecordCorrections.Correction byAnEditor =
        new RecordCorrections.Correction(
            p.id(),
            null,
            PartnershipStatus.EVALUATED,
            PartnershipDetails.builder().build(),
            new RecordedHistory.Facts(true, null, null, null, null));
    assertThatThrownBy(() -> uc.corrections().correct(UseCases.editorOf(DRESDEN), byAnEditor))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void aRefusedCorrectionChangesNothing() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.admin(),
                new Proposals.Record(
                    ouagadougou("2012", null),
                    PartnershipStatus.ACTIVE,
                    signed("2012", ComplianceAssessment.VERIFIED_BY_SECRETARIAT)));
    RecordCorrections.Correction badDates =
        new RecordCorrections.Correction(
            p.id(),
            null,
            PartnershipStatus.COMPLETED,
            PartnershipDetails.builder()
                .actualStart(PartialDate.ofYear(2012))
                .actualEnd(PartialDate.ofYear(2010))
                .build(),
            new RecordedHistory.Facts(true, null, null, null, ComplianceAssessment.NOT_ASSESSED));
    assertThatThrownBy(() -> uc.corrections().correct(UseCases.admin(), badDates))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(p.status()).isEqualTo(PartnershipStatus.ACTIVE);
    assertThat(p.history().compliance()).isEqualTo(ComplianceAssessment.VERIFIED_BY_SECRETARIAT);
    assertThat(p.actualEnd()).isEmpty();
  }

  @Test
  void aRecordedWopThatGoesOnInThePlatformIsNotStampedWithToday() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.admin(),
                new Proposals.Record(
                    ouagadougou("2014", null),
                    PartnershipStatus.UNKNOWN,
                    new RecordedHistory.Facts(false, null, null, null, null)));
    assertThat(PartnershipStatus.UNKNOWN.next())
        .containsExactlyInAnyOrder(PartnershipStatus.COMPLETED, PartnershipStatus.CANCELLED);
    p.changeStatus(
        PartnershipStatus.COMPLETED, new CharterStanding(1, Set.of()), LocalDate.of(2026, 12, 3));
    assertThat(p.actualEnd()).isEmpty();
    assertThatThrownBy(
            () ->
                uc.corrections()
                    .correct(
                        UseCases.admin(),
                        new RecordCorrections.Correction(
                            uc.keep(PartnershipFixtures.identified()).id(),
                            null,
                            PartnershipStatus.COMPLETED,
                            PartnershipDetails.builder().build(),
                            null)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("partnership.recorded.not-recorded"));
  }

  @Test
  void theDescriptionOfAClosedWopIsCorrectedButWhatSettlesItsPlanIsNot() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.coordinatorOf(PROGRAMME),
                new Proposals.Record(
                    ouagadougou("2014", null),
                    PartnershipStatus.UNKNOWN,
                    new RecordedHistory.Facts(false, null, null, PartialDate.ofYear(2016), null)));
    long version = p.version();
    String fixed = "Renforcement de la gestion commerciale à Ouagadougou – l’ONEA et Dji’i";

    Partnership corrected =
        uc.editing()
            .editDetails(
                UseCases.coordinatorOf(PROGRAMME),
                new PartnershipEditing.EditDetails(
                    p.id(),
                    version,
                    p.details().toBuilder()
                        .title(fixed)
                        .workingAreas(Set.of())
                        .titleLanguage(
                            new org.wops.domain.shared.TextLanguage(
                                "fr", Map.of("en", "Strengthening commercial management")))
                        .build()));

    assertThat(corrected.status()).isEqualTo(PartnershipStatus.UNKNOWN);
    assertThat(corrected.title()).isEqualTo(fixed);
    assertThat(corrected.workingAreas()).as("an area taken out").isEmpty();
    assertThat(corrected.titleText().language().translations())
        .containsEntry("en", "Strengthening commercial management");
    assertThat(corrected.version()).isEqualTo(version + 1);
    assertThat(uc.actions()).containsExactly("partnership.recorded", "description.corrected");

    // the very same details again: nothing changes, no version, no audit entry
    Partnership again =
        uc.editing()
            .editDetails(
                UseCases.coordinatorOf(PROGRAMME),
                new PartnershipEditing.EditDetails(p.id(), version + 1, corrected.details()));
    assertThat(again.version()).isEqualTo(version + 1);
    assertThat(uc.actions()).hasSize(2);

    // a planned or actual date, the currency: refused, the field named
    for (PartnershipDetails settled :
        List.of(
            corrected.details().toBuilder().actualStart(PartialDate.ofYear(2013)).build(),
            corrected.details().toBuilder().title("Autre").currency("XOF").build())) {
      assertThatThrownBy(
              () ->
                  uc.editing()
                      .editDetails(
                          UseCases.admin(),
                          new PartnershipEditing.EditDetails(p.id(), null, settled)))
          .isInstanceOfSatisfying(
              DomainRuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("partnership.closed.field");
                assertThat(e.field()).isIn("actualStart", "currency");
                assertThat(e.getMessage()).contains("UNKNOWN").contains(e.field());
              });
    }
    assertThat(p.title()).isEqualTo(fixed);
    assertThat(p.currency()).isEqualTo("EUR");
    assertThat(uc.actions()).hasSize(2);
  }

  @Test
  void aCompletedWopsPlannedDateIsRefusedAndTheSameSourcesOrResultsChangeNothing() {
    Partnership p =
        uc.proposals()
            .record(
                UseCases.admin(),
                new Proposals.Record(
                    ouagadougou("2012", "2016"),
                    PartnershipStatus.COMPLETED,
                    signed("2012-06", ComplianceAssessment.VERIFIED_BY_SECRETARIAT)));
    assertThatThrownBy(
            () ->
                p.editDetails(
                    p.details().toBuilder().plannedStart(PartialDate.ofMonth(2011, 9)).build(),
                    LocalDate.of(2026, 11, 26)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("partnership.closed.field");
              assertThat(e.field()).isEqualTo("plannedStart");
            });
    assertThat(p.plannedStart()).isEmpty();
    long version = p.version();
    List<Source> sources =
        List.of(new Source("Rapport annuel 2014 de l’ONEA", null, null, null, "sources[0]"));
    uc.editing()
        .replaceSources(
            UseCases.admin(), new PartnershipEditing.ReplaceSources(p.id(), version, sources));
    uc.editing()
        .replaceSources(
            UseCases.admin(), new PartnershipEditing.ReplaceSources(p.id(), version + 1, sources));
    assertThat(p.version()).isEqualTo(version + 1);
    assertThat(uc.actions()).containsExactly("partnership.recorded", "sources.changed");

    // a source dated after today (2099) is refused, naming the source
    assertThatThrownBy(
            () ->
                uc.editing()
                    .replaceSources(
                        UseCases.admin(),
                        new PartnershipEditing.ReplaceSources(
                            p.id(),
                            null,
                            List.of(
                                new Source(
                                    "Rapport d’achèvement de l’ONEA",
                                    null,
                                    org.wops.domain.shared.PartialDate.parse("2099", "dated"),
                                    null,
                                    "sources[0]")))))
        .isInstanceOfSatisfying(
            org.wops.domain.shared.DomainRuleViolation.class,
            e -> assertThat(e.field()).isEqualTo("sources[0].dated"));
    assertThat(p.sources()).isEqualTo(sources);
  }

  @Test
  void aSourcesLinkWithASpaceIsSaidToHoldOneNeverChangedUnseen() {
    assertThatThrownBy(
            () ->
                new Source(
                    "Rapport annuel 2014 de l’ONEA",
                    "https://www.onea.bf/rapport 2014.pdf",
                    PartialDate.ofYear(2015),
                    null,
                    "sources[0]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("partnership.source.link.space");
              assertThat(e.field()).isEqualTo("sources[0].link");
              assertThat(e.getMessage()).contains("https://www.onea.bf/rapport%202014.pdf");
            });
    assertThatThrownBy(() -> new Source("Profil", "javascript:alert(1)", null, null, "sources[0]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("partnership.source.link"));
  }
}
