package org.wops.domain.partnership;

import java.util.Locale;
import java.util.Set;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * What a money line of a WOP may be: costs only. There is deliberately no fee, margin or profit
 * category: a WOP is not for profit (Charter).
 */
public enum CostCategory {
  STAFF_TIME,
  TRAVEL,
  TRAINING,
  EQUIPMENT,
  OTHER_DIRECT_COSTS;

  private static final Set<String> PROFIT_WORDS =
      Set.of(
          "FEE", "FEES", "MARGIN", "PROFIT", "MARKUP", "MARK_UP", "COMMISSION", "OVERHEAD_MARGIN");

  /**
   * The category named by this text. A fee, margin or profit line is refused with the
   * not-for-profit rule; any other unknown name with the list of cost categories.
   */
  public static CostCategory parse(String text) {
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation(
          "cost.category.required", "category", "Say what the cost is for.");
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (PROFIT_WORDS.contains(name)) {
      throw new DomainRuleViolation(
          "partnership.not-for-profit",
          "category",
          "A WOP is not for profit: money lines are costs only (staff time, travel, training, equipment,"
              + " other direct costs); no fee, margin or profit line is accepted.");
    }
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          "cost.category.invalid",
          "category",
          "'"
              + text
              + "' is not a cost category: use STAFF_TIME, TRAVEL, TRAINING, EQUIPMENT or"
              + " OTHER_DIRECT_COSTS.",
          text);
    }
  }
}
