package org.wops.api.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.BudgetLine;
import org.wops.domain.partnership.FundingType;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.shared.RuleChecks;

/**
 * A partnership's budget as its sources state it: every field optional (what nobody stated stays
 * unknown); an empty body states no budget.
 */
public class BudgetInput {
  /** ISO 4217; required once an amount is given. */
  @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as USD, EUR or XOF")
  public String currency;

  public BigDecimal total;

  @OneOf(FundingType.class)
  public String fundingType;

  @Size(max = Budget.FUNDING_DESCRIPTION_MAX, message = "can be at most {max} characters")
  public String fundingDescription;

  @Size(max = Partnership.LIST_MAX, message = "can list at most {max} lines")
  @Valid
  public List<Line> lines;

  /** A line: for a year, from a funder (an organisation's id), or both. */
  public static class Line {
    public Integer year;
    public Long organisationId;
    public BigDecimal amount;
  }

  /**
   * The budget standing at {@code field} of the body ("budget", or "" when the body is the budget);
   * refused with every broken rule of its lines and of itself at once.
   */
  Budget toBudget(String field) {
    String prefix = field.isEmpty() ? "" : field + ".";
    RuleChecks checks = new RuleChecks();
    List<BudgetLine> parts = new ArrayList<>();
    for (int i = 0; lines != null && i < lines.size(); i++) {
      Line l = lines.get(i);
      String at = prefix + "lines[" + i + "]";
      BudgetLine line =
          checks.check(
              () ->
                  l == null
                      ? new BudgetLine(null, null, null, at)
                      : new BudgetLine(l.year, l.organisationId, l.amount, at));
      if (line != null) {
        parts.add(line);
      }
    }
    FundingType type = fundingType == null ? null : FundingType.valueOf(fundingType);
    Budget budget =
        checks.check(() -> new Budget(currency, total, parts, type, fundingDescription, field));
    checks.done();
    return budget;
  }

  /** The budget of a recorded partnership: none when the body has none. */
  static Budget toBudget(BudgetInput input) {
    return input == null ? Budget.none() : input.toBudget("budget");
  }
}
