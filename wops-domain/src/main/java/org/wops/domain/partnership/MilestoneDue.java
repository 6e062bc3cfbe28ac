package org.wops.domain.partnership;

import java.time.LocalDate;
import org.wops.domain.shared.PartialDate;

/**
 * A planned milestone and the partnership it belongs to, as the due-soon and overdue lists show it:
 * its planned date at its precision (due by the period's last day).
 */
public record MilestoneDue(
    long partnershipId,
    String partnershipTitle,
    long milestoneId,
    String title,
    PartialDate plannedDate) {
  /** As a query reads it: the period's first day and its precision (null: to the day). */
  public MilestoneDue(
      long partnershipId,
      String partnershipTitle,
      long milestoneId,
      String title,
      LocalDate first,
      PartialDate.Precision precision) {
    this(partnershipId, partnershipTitle, milestoneId, title, PartialDate.stored(first, precision));
  }

  /** The last day of the planned period. */
  public LocalDate dueBy() {
    return plannedDate.last();
  }
}
