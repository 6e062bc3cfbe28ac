package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

/**
 * Results as WOPs report them (issue 16, item 7): statements first, in the partners' languages,
 * some measured by a number, some in words, their dates at the precision the sources give.
 */
class ResultsTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Office National de l’Eau Potable", "MA");
    uc.operator(MENTEE, "Société Nationale des Eaux du Bénin", "BJ");
    p = uc.keep(PartnershipFixtures.identified());
  }

  private static ResultPoint point(String value, String note, String dated) {
    return ResultPoint.of(
        value == null ? null : new BigDecimal(value), note, PartialDate.parse(dated, "d"), "p");
  }

  static Result nrw() {
    return new Result(
        "Réduction des pertes d’eau : ENRG de 39 % à 12 %",
        ResultKind.OUTCOME,
        ResultIndicator.of(
            "Eau non revenue (ENRG)",
            "%",
            point("39", null, "2012"),
            point("15", null, "2016"),
            point("12", "mesuré sur trois centres", "2016-06"),
            "results[0].indicator"),
        "results[0]");
  }

  static Result iso() {
    return new Result(
        "Plan de certification ISO 17025 du laboratoire central",
        ResultKind.OUTPUT,
        ResultIndicator.of(
            null, null, null, null, point(null, "Plan adopté par la direction", "2015"), "i"),
        "results[1]");
  }

  @Test
  void aPartnershipReportsStatementsWithAndWithoutNumbersAtTheirDatesPrecision() {
    List<Result> given =
        List.of(
            nrw(),
            iso(),
            new Result(
                "Mejora del cobro de facturas en los barrios periurbanos",
                ResultKind.OUTCOME,
                null,
                "results[2]"),
            new Result(
                "Equipe técnica capacitada em gestão de perdas",
                ResultKind.CAPACITY_CHANGE,
                null,
                "results[3]"));

    Partnership changed =
        uc.results()
            .replaceResults(
                UseCases.editorOf(MENTEE), new ResultsTracking.ReplaceResults(p.id(), null, given));

    assertThat(changed.results()).containsExactlyElementsOf(given);
    ResultIndicator nrw = changed.results().get(0).indicator().orElseThrow();
    assertThat(nrw.quantitative()).isTrue();
    assertThat(nrw.baseline().dated()).isEqualTo(PartialDate.ofYear(2012));
    assertThat(nrw.actual().dated()).isEqualTo(PartialDate.ofMonth(2016, 6));
    assertThat(nrw.actual().value()).isEqualByComparingTo("12");
    ResultIndicator iso = changed.results().get(1).indicator().orElseThrow();
    assertThat(iso.quantitative()).as("qualitative: words, no number").isFalse();
    assertThat(iso.actual().note()).isEqualTo("Plan adopté par la direction");
    assertThat(changed.results().get(2).indicator()).isEmpty();
    assertThat(uc.actions()).containsExactly("results.changed");
  }

  @Test
  void aResultNeedsAStatementOfAtMostAThousandCharactersAndAKindEveryFaultAtOnce() {
    assertThatThrownBy(() -> new Result("  ", null, null, "results[4]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e ->
                assertThat(e.withOthers())
                    .extracting(DomainRuleViolation::field, DomainRuleViolation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "results[4].statement", "result.statement.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "results[4].kind", "result.kind.required")));
    String atLimit = "Réduction des pertes d’eau ".repeat(40).substring(0, Result.STATEMENT_MAX);
    assertThat(new Result(atLimit, ResultKind.OUTCOME, null, "r").statement()).isEqualTo(atLimit);
    assertThatThrownBy(() -> new Result(atLimit + "x", ResultKind.OUTCOME, null, "results[0]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("result.statement.too-long");
              assertThat(e.field()).isEqualTo("results[0].statement");
            });
  }

  @Test
  void anIndicatorIsMeasuredInNumbersOrInWordsNeverHalfOfEach() {
    assertThatThrownBy(
            () ->
                ResultIndicator.of(
                    "Taux de recouvrement",
                    "%",
                    point("61", null, "2013"),
                    null,
                    point(null, "nettement amélioré", "2015"),
                    "results[2].indicator"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("result.indicator.mixed");
              assertThat(e.field()).isEqualTo("results[2].indicator");
            });
    assertThatThrownBy(() -> ResultPoint.of(null, " ", PartialDate.ofYear(2014), "x.baseline"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("result.point.empty"));
    assertThatThrownBy(() -> ResultPoint.of(new BigDecimal("1.23456"), null, null, "x.actual"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("indicator.value.precision");
              assertThat(e.field()).isEqualTo("x.actual.value");
            });
  }

  @Test
  void aTargetOrActualEndingBeforeTheBaselineAndAnActualInTheFutureAreRefused() {
    assertThatThrownBy(
            () ->
                ResultIndicator.of(
                    null,
                    "%",
                    point("39", null, "2012-06"),
                    null,
                    point("30", null, "2011"),
                    "results[0].indicator"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("result.indicator.before-baseline");
              assertThat(e.field()).isEqualTo("results[0].indicator.actual.dated");
            });
    // an actual in the same year as a baseline known to the month is not before it
    assertThat(
            ResultIndicator.of(
                    null, "%", point("39", null, "2012-06"), null, point("30", null, "2012"), "i")
                .actual()
                .value())
        .isEqualByComparingTo("30");
    int nextYear = PartnershipFixtures.TODAY.getYear() + 1;
    Result future =
        new Result(
            "Continuité du service 24 h/24",
            ResultKind.OUTCOME,
            ResultIndicator.of(
                null, "h/jour", null, null, point("24", null, String.valueOf(nextYear)), "i"),
            "r");
    assertThatThrownBy(
            () ->
                uc.results()
                    .replaceResults(
                        UseCases.editorOf(MENTEE),
                        new ResultsTracking.ReplaceResults(p.id(), null, List.of(nrw(), future))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("dates.actual-in-future");
              assertThat(e.field()).isEqualTo("results[1].indicator.actual.dated");
            });
    assertThat(p.results()).isEmpty();
  }

  @Test
  void numbersReadBackAsTheyWereGivenNotWithTheColumnsDecimals() {
    // the decimals given, zeros too (session 13: "1 250 000,50" read back as "1 250 000,5")
    assertThat(point("1250000.50", null, "2012").value().toPlainString()).isEqualTo("1250000.50");
    assertThat(point("39.5000", null, "2012").value().toPlainString()).isEqualTo("39.5000");
    assertThat(point("100", null, "2012").value().toPlainString()).isEqualTo("100");
    assertThat(point("1E+3", null, "2012").value().toPlainString()).isEqualTo("1000");
  }

  @Test
  void onlyThePartnersAndTheSecretariatChangeResultsEvenWhenTheWorkIsDone() {
    assertThatThrownBy(
            () ->
                uc.results()
                    .replaceResults(
                        UseCases.editorOf(999L),
                        new ResultsTracking.ReplaceResults(p.id(), null, List.of(nrw()))))
        .isInstanceOfAny(AccessDenied.class, org.wops.domain.shared.NotFoundException.class);
    assertThat(p.results()).isEmpty();
    assertThat(ChangeKind.RESULTS.acceptedIn(PartnershipStatus.COMPLETED)).isTrue();
    assertThat(ChangeKind.RESULTS.acceptedIn(PartnershipStatus.UNKNOWN)).isTrue();
  }
}
