package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;

/**
 * A part of a partnership's budget: an amount for one year, from one funder, or both ("2013, from
 * the African Development Bank: 120,000"). Neither given is refused: the budget's total says that.
 */
@Embeddable
public class BudgetLine {
  @Column(name = "budget_year")
  private Integer year;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "amount", nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  protected BudgetLine() {
    // for JPA
  }

  /**
   * A line; refused (every broken rule at once) without an amount, with a negative one, with a year
   * outside 1000–2999, or with neither a year nor a funder.
   *
   * @param field where the line stands in the caller's input ("budget.lines[1]")
   */
  public BudgetLine(Integer year, Long organisationId, BigDecimal amount, String field) {
    RuleChecks checks = new RuleChecks();
    checks.check(
        () -> {
          if (year != null && (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR)) {
            throw new DomainRuleViolation(
                "partnership.budget.year",
                field + ".year",
                "A budget year is between "
                    + PartialDate.MIN_YEAR
                    + " and "
                    + PartialDate.MAX_YEAR
                    + ".",
                year);
          }
          if (year == null && organisationId == null) {
            throw new DomainRuleViolation(
                "partnership.budget.line-without-year-or-funder",
                field,
                "A budget line is for a year, from a funder, or both; the budget's total says the"
                    + " rest.");
          }
          return Boolean.TRUE;
        });
    BigDecimal a =
        checks.check(
            () -> {
              if (amount == null) {
                throw new DomainRuleViolation(
                    "partnership.budget.line-amount",
                    field + ".amount",
                    "A budget line has an amount.");
              }
              return Amounts.nonNegative(amount, field + ".amount");
            });
    checks.done();
    this.year = year;
    this.organisationId = organisationId;
    this.amount = a;
  }

  public Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  /** The funding organisation, when the line says who gives it. */
  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisationId);
  }

  public BigDecimal amount() {
    return amount;
  }

  /** Whether this line is for the same year and funder as another (one line each). */
  boolean samePlace(BudgetLine other) {
    return Objects.equals(year, other.year) && Objects.equals(organisationId, other.organisationId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetLine l && samePlace(l) && amount.compareTo(l.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, organisationId, amount.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return (year == null ? "" : year.toString())
        + (organisationId == null ? "" : "@" + organisationId)
        + "="
        + amount.toPlainString();
  }
}
