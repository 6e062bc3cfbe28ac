package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

/** A WOP's budget as the sources state it (issue 16, item 4). */
class BudgetTest {
  private static final long AFDB = 7;
  private static final long OFID = 9;

  @Test
  void aBudgetKnownOnlyAsATotalInItsOwnCurrency() {
    Budget b = new Budget("usd", new BigDecimal("250000"), List.of(), null, null);
    assertThat(b.currency()).contains("USD");
    assertThat(b.total()).contains(new BigDecimal("250000.00"));
    assertThat(b.amount()).contains(new BigDecimal("250000.00"));
    assertThat(b.fundingType()).isEmpty();
    assertThat(b.isEmpty()).isFalse();
  }

  @Test
  void linesByYearAndByFunderDescribeTheSameMoneySoOnlyTheYearsAreAdded() {
    Budget b =
        new Budget(
            "XOF",
            null,
            List.of(
                new BudgetLine(2013, AFDB, new BigDecimal("60000000"), "budget.lines[0]"),
                new BudgetLine(2013, OFID, new BigDecimal("15000000"), "budget.lines[1]"),
                new BudgetLine(2014, null, new BigDecimal("40000000"), "budget.lines[2]")),
            FundingType.MIXED,
            "Prêt BAD et don de l’OFID par l’intermédiaire de l’AWA ; le reste autofinancé");
    assertThat(b.total()).as("nobody stated a total").isEmpty();
    assertThat(b.amount()).contains(new BigDecimal("115000000.00"));
    assertThat(b.byYear())
        .containsEntry(2013, new BigDecimal("75000000.00"))
        .containsEntry(2014, new BigDecimal("40000000.00"));
    assertThat(b.fundingDescription())
        .contains("Prêt BAD et don de l’OFID par l’intermédiaire de l’AWA ; le reste autofinancé");
  }

  @Test
  void selfFinancedWithoutAnyAmountIsAFundingModeNotAMissingFunder() {
    Budget b =
        new Budget(
            null, null, List.of(), FundingType.SELF_FUNDED, "self-financed by the utilities");
    assertThat(b.currency()).isEmpty();
    assertThat(b.amount()).as("unknown, not zero").isEmpty();
    assertThat(b.fundingType()).contains(FundingType.SELF_FUNDED);
    assertThat(Budget.none().isEmpty()).isTrue();
    assertThat(Budget.none().amount()).isEmpty();
  }

  @Test
  void everyBrokenRuleIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                new Budget(
                    null,
                    new BigDecimal("100000"),
                    List.of(
                        new BudgetLine(2012, null, new BigDecimal("80000"), "budget.lines[0]"),
                        new BudgetLine(2012, null, new BigDecimal("30000"), "budget.lines[1]")),
                    null,
                    "x".repeat(Budget.FUNDING_DESCRIPTION_MAX + 1)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v ->
                assertThat(v.withOthers())
                    .extracting(DomainRuleViolation::field)
                    .containsExactlyInAnyOrder(
                        "budget.currency",
                        "budget.lines[1]",
                        "budget.lines",
                        "budget.fundingDescription"));
  }

  @Test
  void linesByYearAndLinesByFunderAloneEachStayWithinTheTotal() {
    Budget b =
        new Budget(
            "EUR",
            new BigDecimal("200000"),
            List.of(
                new BudgetLine(2013, null, new BigDecimal("120000"), "budget.lines[0]"),
                new BudgetLine(2014, null, new BigDecimal("80000"), "budget.lines[1]"),
                new BudgetLine(null, AFDB, new BigDecimal("150000"), "budget.lines[2]"),
                new BudgetLine(null, OFID, new BigDecimal("50000"), "budget.lines[3]")),
            null,
            null);
    assertThat(b.amount()).contains(new BigDecimal("200000.00"));
    assertThatThrownBy(
            () ->
                new Budget(
                    "EUR",
                    new BigDecimal("200000"),
                    List.of(
                        new BudgetLine(null, AFDB, new BigDecimal("150000"), "lines[0]"),
                        new BudgetLine(null, OFID, new BigDecimal("50000.01"), "lines[1]")),
                    null,
                    null,
                    ""))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("partnership.budget.lines-exceed-total");
              assertThat(v.field()).as("the body is the budget").isEqualTo("lines");
            });
  }

  @Test
  void aLineNeedsAnAmountAYearInRangeAndAYearOrAFunder() {
    assertThatThrownBy(() -> new BudgetLine(12, null, null, "budget.lines[0]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v ->
                assertThat(v.withOthers())
                    .extracting(DomainRuleViolation::field)
                    .containsExactlyInAnyOrder("budget.lines[0].year", "budget.lines[0].amount"));
    assertThatThrownBy(() -> new BudgetLine(null, null, BigDecimal.TEN, "budget.lines[3]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> assertThat(v.code()).isEqualTo("partnership.budget.line-without-year-or-funder"));
    assertThatThrownBy(() -> new BudgetLine(2015, AFDB, new BigDecimal("-1"), "budget.lines[0]"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> assertThat(v.field()).isEqualTo("budget.lines[0].amount"));
    assertThatThrownBy(() -> new Budget("EUROS", BigDecimal.ONE, List.of(), null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo("currency.invalid"));
  }

  @Test
  void aPartnershipKeepsItsBudgetInEveryStatusAndReadsItBack() {
    Partnership p = PartnershipFixtures.identified();
    Budget b =
        new Budget(
            "EUR",
            new BigDecimal("180000"),
            List.of(new BudgetLine(null, AFDB, new BigDecimal("120000"), "budget.lines[0]")),
            null,
            null);
    p.replaceBudget(b);
    assertThat(p.budget().lines()).containsExactly(b.lines().get(0));
    assertThat(p.budget().total()).contains(new BigDecimal("180000.00"));
    p.replaceBudget(null);
    assertThat(p.budget().isEmpty()).isTrue();
  }
}
