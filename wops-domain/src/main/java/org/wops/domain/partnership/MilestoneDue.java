package org.wops.domain.partnership;

import java.time.LocalDate;

/**
 * A planned milestone and the partnership it belongs to, as the due-soon and overdue lists show it.
 */
public record MilestoneDue(
    long partnershipId,
    String partnershipTitle,
    long milestoneId,
    String title,
    LocalDate plannedDate) {}
