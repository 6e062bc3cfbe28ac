package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.Texts;

/**
 * A partnership's budget as its sources state it, a fact of its own apart from each party's
 * contributions (several sources give only a budget): a currency of its own (a budget in USD for a
 * WOP whose contributions are in EUR), a total, lines by year and/or by funder, how it is funded
 * (self-financed is a mode of its own) and the funding in the sources' words ("OFID grant through
 * AWA"). Nothing is stated: {@link #none()}; an amount nobody stated is unknown, never zero.
 */
@Embeddable
public class Budget {
  public static final int FUNDING_DESCRIPTION_MAX = 1000;

  @Column(name = "budget_currency", length = 3)
  private String currency;

  @Column(name = "budget_total", precision = 17, scale = 2)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_type", length = 20)
  private FundingType fundingType;

  @Column(name = "funding_description", length = FUNDING_DESCRIPTION_MAX)
  private String fundingDescription;

  /** Kept by the partnership in a table of their own ({@link Partnership#budget()}). */
  @Transient private List<BudgetLine> lines = List.of();

  /** Where it stood in the caller's input ("budget." or ""), for refusals found later. */
  @Transient private String field = "budget.";

  protected Budget() {
    // for JPA
  }

  /** No budget stated. */
  public static Budget none() {
    return new Budget();
  }

  /**
   * A budget; refused with every broken rule at once: an amount without a currency, an unknown
   * currency, a negative total, two lines for the same year and funder, lines adding up to more
   * than the stated total, a too-long description, more than {@link Partnership#LIST_MAX} lines.
   */
  public Budget(
      String currency,
      BigDecimal total,
      List<BudgetLine> lines,
      FundingType fundingType,
      String fundingDescription) {
    this(currency, total, lines, fundingType, fundingDescription, "budget");
  }

  /**
   * A budget standing at {@code field} in the caller's input ("budget" in a partnership's body, ""
   * when the body is the budget itself): its refusals name {@code budget.total} or {@code total}.
   */
  public Budget(
      String currency,
      BigDecimal total,
      List<BudgetLine> lines,
      FundingType fundingType,
      String fundingDescription,
      String field) {
    String at = field == null || field.isEmpty() ? "" : field + ".";
    List<BudgetLine> given = lines == null ? List.of() : List.copyOf(lines);
    RuleChecks checks = new RuleChecks();
    boolean anyAmount = total != null || !given.isEmpty();
    String c =
        checks.check(
            () ->
                currency == null && !anyAmount
                    ? null
                    : Amounts.currency(currency, at + "currency"));
    BigDecimal t = checks.check(() -> Amounts.stated(total, at + "total"));
    checks.check(
        () -> {
          if (given.size() > Partnership.LIST_MAX) {
            throw new DomainRuleViolation(
                "partnership.budget.too-many-lines",
                at + "lines",
                "A budget has at most " + Partnership.LIST_MAX + " lines.",
                Partnership.LIST_MAX);
          }
          return Boolean.TRUE;
        });
    for (int i = 0; i < given.size(); i++) {
      BudgetLine line = given.get(i);
      for (int j = 0; j < i; j++) {
        if (given.get(j).samePlace(line)) {
          int second = i;
          int first = j;
          checks.check(
              () -> {
                throw new DomainRuleViolation(
                    "partnership.budget.duplicate-line",
                    at + "lines[" + second + "]",
                    "Each year and funder has one budget line: lines "
                        + (first + 1)
                        + " and "
                        + (second + 1)
                        + " are for the same.",
                    first + 1,
                    second + 1);
              });
          break;
        }
      }
    }
    // lines by year and lines by funder alone describe the same money: each kind within the total
    for (List<BudgetLine> kind :
        List.of(
            given.stream().filter(l -> l.year().isPresent()).toList(),
            given.stream().filter(l -> l.year().isEmpty()).toList())) {
      BigDecimal sum = sum(kind);
      if (t != null && sum.compareTo(t) > 0) {
        checks.check(
            () -> {
              throw new DomainRuleViolation(
                  "partnership.budget.lines-exceed-total",
                  at + "lines",
                  "The budget's lines add up to "
                      + sum.toPlainString()
                      + ", more than its total of "
                      + t.toPlainString()
                      + ".",
                  sum,
                  t);
            });
      }
    }
    String d =
        checks.check(
            () ->
                Texts.optional(
                    fundingDescription,
                    "partnership.budget.funding-description",
                    at + "fundingDescription",
                    "The funding's description",
                    FUNDING_DESCRIPTION_MAX));
    checks.done();
    this.currency = c;
    this.total = t;
    this.lines = given;
    this.fundingType = fundingType;
    this.fundingDescription = d;
    this.field = at;
  }

  private static BigDecimal sum(List<BudgetLine> lines) {
    return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** This budget with the lines its partnership keeps. */
  Budget withLines(List<BudgetLine> stored) {
    Budget b = new Budget();
    b.currency = currency;
    b.total = total;
    b.fundingType = fundingType;
    b.fundingDescription = fundingDescription;
    b.lines = List.copyOf(stored);
    return b;
  }

  /** Where a line stood in the caller's input: "budget.lines[2]" or "lines[2]". */
  String lineField(int index) {
    return (field == null ? "budget." : field) + "lines[" + index + "]";
  }

  /** Whether nothing is stated. */
  public boolean isEmpty() {
    return currency == null
        && total == null
        && lines.isEmpty()
        && fundingType == null
        && fundingDescription == null;
  }

  /** The currency of its amounts (absent when no amount is stated). */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /** The total the sources state. */
  public Optional<BigDecimal> total() {
    return Optional.ofNullable(total);
  }

  /**
   * The budget's amount: the stated total, else what its lines add up to, else unknown. Lines by
   * year and lines by funder describe the same money, so only one kind is added: the years' lines
   * when there are any.
   */
  public Optional<BigDecimal> amount() {
    if (total != null) {
      return Optional.of(total);
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<Integer, BigDecimal> years = byYear();
    return Optional.of(
        years.isEmpty()
            ? sum(lines)
            : years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  public List<BudgetLine> lines() {
    return lines;
  }

  /** The amount of each year that lines name (a year's funders added up). */
  public SortedMap<Integer, BigDecimal> byYear() {
    SortedMap<Integer, BigDecimal> years = new TreeMap<>();
    for (BudgetLine l : lines) {
      l.year().ifPresent(y -> years.merge(y, l.amount(), BigDecimal::add));
    }
    return years;
  }

  /** How it is funded, as declared. */
  public Optional<FundingType> fundingType() {
    return Optional.ofNullable(fundingType);
  }

  /** The funding in the sources' words. */
  public Optional<String> fundingDescription() {
    return Optional.ofNullable(fundingDescription);
  }

  /** For the audit trail: "USD 250000.00 [2012=100000.00, 2013@7=150000.00] SELF_FUNDED". */
  public String describe() {
    if (isEmpty()) {
      return "(none)";
    }
    List<String> parts = new ArrayList<>();
    parts.add(currency == null ? "-" : currency);
    parts.add(total == null ? "total unknown" : total.toPlainString());
    if (!lines.isEmpty()) {
      parts.add(lines.toString());
    }
    if (fundingType != null) {
      parts.add(fundingType.name());
    }
    if (fundingDescription != null) {
      parts.add("\"" + fundingDescription + "\"");
    }
    return String.join(" ", parts);
  }
}
