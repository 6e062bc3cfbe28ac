package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;
import static org.wops.domain.partnership.PartnershipFixtures.NOW;
import static org.wops.domain.partnership.PartnershipFixtures.TODAY;
import static org.wops.domain.partnership.PartnershipFixtures.WOP;
import static org.wops.domain.partnership.PartnershipFixtures.agreed;
import static org.wops.domain.partnership.PartnershipFixtures.complete;
import static org.wops.domain.partnership.PartnershipFixtures.details;
import static org.wops.domain.partnership.PartnershipFixtures.endorsedByAll;
import static org.wops.domain.partnership.PartnershipFixtures.identified;
import static org.wops.domain.partnership.PartnershipFixtures.readyToAgree;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.LocalizedName;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.PartialDate;

/** The Charter's rules, one test each, named after the rule. */
class PartnershipRulesTest {

  static void assertRefused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.getMessage()).isNotBlank();
            });
  }

  @Nested
  class Rule1Participants {
    @Test
    void aPartnershipNeedsAtLeastTwoOperators() {
      assertRefused(
          () ->
              new Partnership(
                  WOP, details(), List.of(complete(MENTOR, ParticipantRole.PEER)), TODAY, NOW),
          "partnership.participants.too-few");
    }

    @Test
    void anOperatorAppearsOnce() {
      assertRefused(
          () ->
              new Partnership(
                  WOP,
                  details(),
                  List.of(
                      complete(MENTOR, ParticipantRole.MENTOR),
                      complete(MENTOR, ParticipantRole.MENTEE)),
                  TODAY,
                  NOW),
          "partnership.participants.duplicate");
    }

    @Test
    void theDefaultTypeNeedsAMentorAndAMenteeOrOnlyPeers() {
      assertRefused(
          () ->
              new Partnership(
                  WOP,
                  details(),
                  List.of(complete(1, ParticipantRole.MENTOR), complete(2, ParticipantRole.MENTOR)),
                  TODAY,
                  NOW),
          "partnership.participants.role-mix");
      assertRefused(
          () ->
              new Partnership(
                  WOP,
                  details(),
                  List.of(complete(1, ParticipantRole.MENTOR), complete(2, ParticipantRole.PEER)),
                  TODAY,
                  NOW),
          "partnership.participants.role-mix");
    }

    @Test
    void severalMentorsAndMenteesOrOnlyPeersAreAccepted() {
      Partnership mentoring =
          new Partnership(
              WOP,
              details(),
              List.of(
                  complete(1, ParticipantRole.MENTOR),
                  complete(2, ParticipantRole.MENTOR),
                  complete(3, ParticipantRole.MENTEE)),
              TODAY,
              NOW);
      Partnership exchange =
          new Partnership(
              WOP,
              details(),
              List.of(complete(1, ParticipantRole.PEER), complete(2, ParticipantRole.PEER)),
              TODAY,
              NOW);

      assertThat(mentoring.operatorIds()).containsExactly(1L, 2L, 3L);
      assertThat(exchange.participants())
          .extracting(Participant::role)
          .containsOnly(ParticipantRole.PEER);
    }

    @Test
    void aSupportingUtilityTakesPartWithoutCountingInTheRoleMix() {
      Partnership supported =
          new Partnership(
              WOP,
              details(),
              List.of(
                  complete(1, ParticipantRole.MENTOR),
                  complete(2, ParticipantRole.MENTEE),
                  complete(3, ParticipantRole.SUPPORTING)),
              TODAY,
              NOW);
      assertThat(supported.operatorIds()).containsExactly(1L, 2L, 3L);
      assertThat(supported.participant(3).orElseThrow().inKindContribution())
          .as("it contributes like any participant")
          .contains(new BigDecimal("2500.50"));
      assertRefused(
          () ->
              new Partnership(
                  WOP,
                  details(),
                  List.of(
                      complete(1, ParticipantRole.MENTOR), complete(3, ParticipantRole.SUPPORTING)),
                  TODAY,
                  NOW),
          "partnership.participants.role-mix");
      assertRefused(
          () ->
              new Partnership(
                  WOP,
                  details(),
                  List.of(
                      complete(1, ParticipantRole.SUPPORTING),
                      complete(3, ParticipantRole.SUPPORTING)),
                  TODAY,
                  NOW),
          "partnership.participants.role-mix");
    }

    @Test
    void replacingParticipantsWithdrawsTheSignaturesOfThoseWhoseTermsChanged() {
      Partnership p = readyToAgree();

      p.replaceParticipants(
          List.of(
              complete(MENTOR, ParticipantRole.MENTOR),
              new Participant(
                  MENTEE,
                  ParticipantRole.MENTEE,
                  BigDecimal.TEN,
                  BigDecimal.ONE,
                  "New duties",
                  "Same")),
          WOP);

      assertThat(p.isSignedBy(MENTOR)).isTrue();
      assertThat(p.isSignedBy(MENTEE)).isFalse();
    }
  }

  @Nested
  class Rule2NotForProfit {
    @Test
    void contributionsAreNeverNegative() {
      assertRefused(
          () -> new Participant(1, ParticipantRole.PEER, new BigDecimal("-1"), null, null, null),
          "money.negative");
      assertRefused(
          () -> new SupportingOrganisation(9, SupporterRole.FUNDER, new BigDecimal("-0.01")),
          "money.negative");
    }

    @Test
    void aFeeMarginOrProfitLineIsRefused() {
      assertRefused(() -> CostCategory.parse("fee"), "partnership.not-for-profit");
      assertRefused(() -> CostCategory.parse("Profit"), "partnership.not-for-profit");
      assertRefused(() -> CostCategory.parse("margin"), "partnership.not-for-profit");
      assertThat(CostCategory.parse("staff time")).isEqualTo(CostCategory.STAFF_TIME);
    }

    @Test
    void costLinesAreNeverNegative() {
      assertRefused(
          () -> new CostLine(CostCategory.TRAVEL, "Flights", new BigDecimal("-300")),
          "money.negative");
    }

    @Test
    void theCurrencyIsAnIso4217Code() {
      PartnershipDetails bad =
          new PartnershipDetails(
              "T", "O", null, null, "DOLLARS", Set.of(), Set.of(), null, null, null, null);
      assertRefused(
          () -> new Partnership(WOP, bad, identified().participants(), TODAY, NOW),
          "currency.invalid");
      assertThat(identified().currency()).isEqualTo("USD");
    }

    @Test
    void aContributionNobodyStatedIsUnknownNotZero() {
      Participant unstated = new Participant(MENTOR, ParticipantRole.MENTOR);
      assertThat(unstated.cashContribution()).isEmpty();
      assertThat(unstated.inKindContribution()).isEmpty();
      assertThat(new SupportingOrganisation(7, SupporterRole.FUNDER, null).contribution())
          .isEmpty();
      Participant zero =
          new Participant(MENTOR, ParticipantRole.MENTOR, BigDecimal.ZERO, null, null, null);
      assertThat(zero.cashContribution()).contains(new BigDecimal("0.00"));
      assertThat(zero.sameTermsAs(unstated)).isFalse();
      assertThat(unstated.sameTermsAs(new Participant(MENTOR, ParticipantRole.MENTOR))).isTrue();
    }

    @Test
    void fundingTypeIsDerivedFromContributionsOnlyWhenEveryOneWasStated() {
      Partnership p = identified();
      assertThat(p.fundingType()).contains(FundingType.SELF_FUNDED);

      p.replaceSupporters(
          List.of(new SupportingOrganisation(7, SupporterRole.FUNDER, new BigDecimal("50000"))));
      assertThat(p.fundingType()).contains(FundingType.MIXED);

      p.replaceParticipants(
          List.of(
              new Participant(MENTOR, ParticipantRole.MENTOR),
              new Participant(MENTEE, ParticipantRole.MENTEE)),
          WOP);
      assertThat(p.fundingType())
          .as("the operators' contributions are unknown, so is who pays")
          .isEmpty();

      p.replaceBudget(
          new Budget(
              "USD", null, List.of(), FundingType.EXTERNALLY_SUPPORTED, "OFID grant through AWA"));
      assertThat(p.fundingType())
          .as("as the budget declares it")
          .contains(FundingType.EXTERNALLY_SUPPORTED);
    }
  }

  @Nested
  class Rule3Agreement {
    @Test
    void agreedOnlyWhenEveryOperatorEndorsedTheCurrentCharter() {
      Partnership p = readyToAgree();

      assertRefused(
          () ->
              p.changeStatus(
                  PartnershipStatus.AGREED, new CharterStanding(2, Set.of(MENTOR)), TODAY),
          "partnership.agreed.charter-not-endorsed");
      assertThat(p.status()).isEqualTo(PartnershipStatus.PROPOSED);
    }

    @Test
    void agreedOnlyWhenTheAgreementStatesAllFourElements() {
      Partnership p = identified();
      p.changeStatus(PartnershipStatus.PROPOSED, endorsedByAll(), TODAY);
      p.replaceParticipants(
          List.of(
              complete(MENTOR, ParticipantRole.MENTOR),
              new Participant(MENTEE, ParticipantRole.MENTEE)),
          WOP);

      assertThat(p.missingAgreementElements())
          .containsExactly(
              "objectives and expected outputs",
              "each partner's roles and responsibilities",
              "the cash and in-kind value contributed",
              "each party's interests");
      assertRefused(
          () -> p.changeStatus(PartnershipStatus.AGREED, endorsedByAll(), TODAY),
          "partnership.agreed.agreement-incomplete");
    }

    @Test
    void anIncompleteAgreementCannotBeSigned() {
      Partnership p = identified();

      assertRefused(() -> p.sign(MENTOR, "A. Mentor", NOW, WOP), "agreement.sign.incomplete");
    }

    @Test
    void agreedOnlyWhenEveryParticipantSigned() {
      Partnership p = identified();
      p.changeStatus(PartnershipStatus.PROPOSED, endorsedByAll(), TODAY);
      p.writeAgreement(new AgreementTerms("Outputs", BigDecimal.ONE, BigDecimal.ONE));
      p.sign(MENTOR, "A. Mentor", NOW, WOP);

      assertRefused(
          () -> p.changeStatus(PartnershipStatus.AGREED, endorsedByAll(), TODAY),
          "partnership.agreed.not-signed");
    }

    @Test
    void onlyAParticipantSignsAndOnlyOnce() {
      Partnership p = readyToAgree();

      assertRefused(() -> p.sign(99, "Stranger", NOW, WOP), "agreement.sign.not-participant");
      assertRefused(() -> p.sign(MENTOR, "A. Mentor", NOW, WOP), "agreement.sign.already-signed");
    }

    @Test
    void rewritingTheAgreementWithdrawsTheSignatures() {
      Partnership p = readyToAgree();

      p.writeAgreement(new AgreementTerms("Different outputs", BigDecimal.ONE, BigDecimal.ONE));

      assertThat(p.signatures()).isEmpty();
    }

    @Test
    void anAgreedAgreementCannotBeRewritten() {
      Partnership p = agreed();

      assertRefused(
          () -> p.writeAgreement(new AgreementTerms("Other", BigDecimal.ONE, BigDecimal.ONE)),
          "agreement.locked");
    }

    @Test
    void agreeingRecordsTheCharterVersionItWasAgreedUnder() {
      Partnership p = readyToAgree();

      p.changeStatus(
          PartnershipStatus.AGREED, new CharterStanding(3, Set.of(MENTOR, MENTEE)), TODAY);

      assertThat(p.agreedCharterVersion()).contains(3);
      assertThat(p.applicableCharterVersion(4)).isEqualTo(3);
    }
  }

  @Nested
  class Rule4NoWorkBeforeSignature {
    @Test
    void workCannotStartBeforeTheAgreementIsSigned() {
      Partnership p = identified();
      PartnershipDetails started =
          new PartnershipDetails(
              "T",
              "O",
              null,
              null,
              "USD",
              Set.of(),
              Set.of(),
              null,
              null,
              org.wops.domain.shared.PartialDate.ofNullable(TODAY.minusDays(1)),
              null);

      assertRefused(() -> p.editDetails(started, TODAY), "partnership.active.agreement-not-signed");
    }

    @Test
    void activatingStartsTheWorkToday() {
      Partnership p = agreed();

      p.changeStatus(PartnershipStatus.ACTIVE, endorsedByAll(), TODAY);

      assertThat(p.actualStart()).contains(org.wops.domain.shared.PartialDate.of(TODAY));
    }

    @Test
    void theActualStartCannotBeBeforeTheSignature() {
      Partnership p = agreed();
      p.changeStatus(PartnershipStatus.ACTIVE, endorsedByAll(), TODAY);
      PartnershipDetails early =
          new PartnershipDetails(
              "T",
              "O",
              null,
              null,
              "USD",
              Set.of(),
              Set.of(),
              null,
              null,
              org.wops.domain.shared.PartialDate.ofNullable(NOW.toLocalDate().minusDays(3)),
              null);

      assertRefused(() -> p.editDetails(early, TODAY), "partnership.active.before-signature");
    }
  }

  @Nested
  class Rule5Compliance {
    @Test
    void anAgreedPartnershipWhoseOperatorsEndorsedIsCompliant() {
      Compliance c = agreed().compliance(endorsedByAll());

      assertThat(c.compliant()).isTrue();
      assertThat(c.reasons()).isEmpty();
    }

    @Test
    void aMissingEndorsementOfTheApplicableVersionRemovesTheLabel() {
      Compliance c = agreed().compliance(new CharterStanding(1, Set.of(MENTOR)));

      assertThat(c.compliant()).isFalse();
      assertThat(c.reasons())
          .extracting(Compliance.Reason::code)
          .contains("partnership.charter-not-endorsed");
    }

    @Test
    void aNewCharterVersionMakesOldEndorsementsStaleBeforeAgreement() {
      Partnership proposed = readyToAgree();
      Partnership agreed = agreed();

      // version 2 is current; the operators endorsed version 1 only
      CharterStanding proposedStanding =
          new CharterStanding(proposed.applicableCharterVersion(2), Set.of());
      CharterStanding agreedStanding =
          new CharterStanding(agreed.applicableCharterVersion(2), Set.of(MENTOR, MENTEE));

      assertThat(proposedStanding.applicableVersion()).isEqualTo(2);
      assertThat(proposed.compliance(proposedStanding).compliant()).isFalse();
      assertThat(agreedStanding.applicableVersion()).isEqualTo(1);
      assertThat(agreed.compliance(agreedStanding).compliant()).isTrue();
    }

    @Test
    void aCancelledPartnershipLosesTheLabel() {
      Partnership p = agreed();
      p.changeStatus(PartnershipStatus.CANCELLED, endorsedByAll(), TODAY);

      assertThat(p.compliance(endorsedByAll()).compliant()).isFalse();
    }
  }

  @Nested
  class Rule6Dates {
    @Test
    void thePlannedStartIsNotAfterThePlannedEnd() {
      assertRefused(
          () ->
              new Partnership(
                  WOP,
                  details(LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1)),
                  identified().participants(),
                  TODAY,
                  NOW),
          "dates.start-after-end");
    }

    @Test
    void anActualDateIsNotInTheFuture() {
      Partnership p = agreed();
      p.changeStatus(PartnershipStatus.ACTIVE, endorsedByAll(), TODAY);
      PartnershipDetails future =
          new PartnershipDetails(
              "T",
              "O",
              null,
              null,
              "USD",
              Set.of(),
              Set.of(),
              null,
              null,
              org.wops.domain.shared.PartialDate.ofNullable(TODAY),
              org.wops.domain.shared.PartialDate.ofNullable(TODAY.plusDays(1)));

      assertRefused(() -> p.editDetails(future, TODAY), "dates.actual-in-future");
    }

    @Test
    void aMilestoneReachedHasAnActualDateThatIsNotInTheFuture() {
      Milestone m = identified().milestones().get(0);

      assertRefused(() -> m.reach(null, TODAY), "milestone.reached.date-required");
      assertRefused(
          () -> m.reach(PartialDate.of(TODAY.plusDays(1)), TODAY), "milestone.date.in-future");
      m.reach(PartialDate.of(TODAY), TODAY);
      assertThat(m.status()).isEqualTo(MilestoneStatus.REACHED);
      assertThat(m.actualDate()).contains(PartialDate.of(TODAY));
    }

    @Test
    void theTypesDefaultMilestonesFollowThePlannedStart() {
      Partnership p = identified();

      assertThat(p.milestones()).hasSize(WOP.milestoneTemplate().size());
      assertThat(p.milestones())
          .filteredOn(m -> m.title().equals("Partnership agreement signed"))
          .singleElement()
          .satisfies(
              m -> assertThat(m.plannedDate()).isEqualTo(PartialDate.of(LocalDate.of(2027, 1, 1))));
    }

    @Test
    void aStartKnownToTheYearDatesTheDefaultMilestonesToTheYear() {
      Partnership p =
          new Partnership(
              WOP,
              PartnershipFixtures.details(null, null).toBuilder()
                  .plannedStart(PartialDate.ofYear(2027))
                  .plannedEnd(PartialDate.ofMonth(2029, 6))
                  .build(),
              List.of(
                  PartnershipFixtures.complete(MENTOR, ParticipantRole.MENTOR),
                  PartnershipFixtures.complete(MENTEE, ParticipantRole.MENTEE)),
              TODAY,
              NOW);

      assertThat(p.milestones()).hasSize(WOP.milestoneTemplate().size());
      assertThat(p.milestones())
          .as("no invented day: every default milestone is due in a year")
          .allSatisfy(
              m -> assertThat(m.plannedDate().precision()).isEqualTo(PartialDate.Precision.YEAR));
      assertThat(p.milestones())
          .filteredOn(m -> m.templateKey().orElse("").equals("concept-note"))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.plannedDate()).isEqualTo(PartialDate.ofYear(2027));
                assertThat(m.dueBy()).isEqualTo(LocalDate.of(2027, 12, 31));
              });
    }

    @Test
    void milestonesCountingFromTheSignatureAreReDatedWhenTheLastParticipantSigns() {
      Partnership p = identified();
      p.changeStatus(PartnershipStatus.PROPOSED, endorsedByAll(), TODAY);
      p.writeAgreement(new AgreementTerms("Outputs", BigDecimal.ONE, BigDecimal.ONE));
      p.sign(MENTOR, "A. Mentor", NOW, WOP);
      PartialDate conceptNote = p.milestones().get(0).plannedDate();

      p.sign(MENTEE, "B. Mentee", NOW.plusDays(3), WOP);

      assertThat(p.milestones())
          .filteredOn(m -> m.templateKey().orElse("").equals("work-plan"))
          .singleElement()
          .satisfies(
              m -> assertThat(m.plannedDate()).isEqualTo(PartialDate.of(TODAY.plusDays(3 + 30))));
      assertThat(p.milestones().get(0).plannedDate())
          .as("counted from the planned start: unchanged")
          .isEqualTo(conceptNote);
    }

    @Test
    void aMilestonePlannedInThePastAndNotReachedIsOverdue() {
      Milestone m = identified().milestones().get(0);

      assertThat(m.isOverdue(m.plannedDate().first().plusDays(1))).isTrue();
      assertThat(m.isOverdue(m.plannedDate().first())).isFalse();
    }
  }

  @Nested
  class Rule7Indicators {
    private final Kpi nrw = new Kpi("NRW_PCT", new LocalizedName("NRW", "ENC", "ANR"), "%");

    @Test
    void anActualValueIsRecordedInTheIndicatorsUnit() {
      Indicator i =
          new Indicator(
              identified(),
              nrw,
              new BigDecimal("42"),
              org.wops.domain.shared.PartialDate.of(TODAY.minusYears(1)),
              TODAY);

      assertRefused(
          () ->
              i.recordActual(
                  org.wops.domain.shared.PartialDate.of(TODAY),
                  new BigDecimal("3.2"),
                  "m3/km/day",
                  "me",
                  NOW,
                  TODAY),
          "indicator.unit.mismatch");
      i.recordActual(
          org.wops.domain.shared.PartialDate.of(TODAY),
          new BigDecimal("38"),
          "%",
          "me",
          NOW,
          TODAY);
      assertThat(i.actuals())
          .extracting(IndicatorValue::value)
          .containsExactly(new BigDecimal("38"));
    }

    @Test
    void aValueOfAnUndefinedIndicatorIsNotFoundLikeAMissingMilestone() {
      Partnership p = identified();

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  p.recordIndicatorValue(
                      12345,
                      org.wops.domain.shared.PartialDate.of(TODAY),
                      BigDecimal.ONE,
                      "%",
                      "me",
                      NOW,
                      TODAY))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aKpiIsFollowedOncePerPartnership() {
      Partnership p = identified();
      p.defineIndicator(nrw, BigDecimal.TEN, org.wops.domain.shared.PartialDate.of(TODAY), TODAY);

      assertRefused(
          () ->
              p.defineIndicator(
                  nrw, BigDecimal.ONE, org.wops.domain.shared.PartialDate.of(TODAY), TODAY),
          "indicator.duplicate");
    }

    @Test
    void aTargetYearIsNotBeforeTheBaseline() {
      Indicator i =
          new Indicator(
              identified(),
              nrw,
              new BigDecimal("42"),
              org.wops.domain.shared.PartialDate.of(LocalDate.of(2026, 1, 1)),
              TODAY);

      assertRefused(() -> i.setTarget(2025, BigDecimal.ONE), "indicator.target.before-baseline");
      i.setTarget(2028, new BigDecimal("25"));
      i.setTarget(2027, new BigDecimal("35"));
      assertThat(i.targets()).extracting(IndicatorTarget::year).containsExactly(2027, 2028);
    }
  }

  @Test
  void aCapacityAssessmentStaysWithinItsScales() {
    Partnership p = identified();

    assertRefused(
        () ->
            p.assessCapacity(
                "LEADERSHIP", 3, 1, CapacityAssessment.DecidedBy.ALL_PARTNERS, TODAY, null, TODAY),
        "assessment.change.out-of-range");
    assertRefused(
        () ->
            p.assessCapacity(
                "LEADERSHIP", 1, -1, CapacityAssessment.DecidedBy.ONE_PARTNER, TODAY, null, TODAY),
        "assessment.contribution.out-of-range");
    assertThat(
            p.assessCapacity(
                    "LEADERSHIP",
                    -2,
                    2,
                    CapacityAssessment.DecidedBy.ALL_PARTNERS,
                    TODAY,
                    "ok",
                    TODAY)
                .perceivedChange())
        .isEqualTo(-2);
  }

  @Test
  void everyBrokenRuleOfTheDetailsIsNamedAtOnceAndNothingChanges() {
    Partnership p = identified();
    String title = p.title();
    assertThatThrownBy(
            () ->
                p.editDetails(
                    p.details().toBuilder()
                        .title(" ")
                        .currency("EURO")
                        .plannedStart(LocalDate.of(2027, 6, 1))
                        .plannedEnd(org.wops.domain.shared.PartialDate.ofYear(2026))
                        .build(),
                    TODAY))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e ->
                assertThat(e.withOthers())
                    .extracting(DomainRuleViolation::field)
                    .containsExactly("title", "currency", "plannedEnd"));
    assertThat(p.title()).isEqualTo(title);
  }
}
