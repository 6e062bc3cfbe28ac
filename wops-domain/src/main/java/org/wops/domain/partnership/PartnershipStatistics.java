package org.wops.domain.partnership;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Key figures of a portfolio of partnerships, counted in the database: partnerships by status,
 * type, year of planned start, working area and region (a partnership spanning two regions counts
 * in both); operators reached and countries; funds mobilised by source (the operators' own cash and
 * in-kind contributions, and each kind of supporting organisation), per currency since amounts in
 * different currencies are never added; and milestones due in the next 30 days or overdue.
 */
public record PartnershipStatistics(
    long partnerships,
    Map<PartnershipStatus, Long> byStatus,
    Map<String, Long> byType,
    Map<Integer, Long> byYear,
    Map<String, Long> byWorkingArea,
    Map<String, Long> byRegion,
    long operatorsReached,
    long countries,
    List<Funds> funds,
    long milestonesDueSoon,
    long milestonesOverdue) {

  /** Money mobilised from one source, in one currency. */
  public record Funds(String source, String currency, BigDecimal amount) {}
}
