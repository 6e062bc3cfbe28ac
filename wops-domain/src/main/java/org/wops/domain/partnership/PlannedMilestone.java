package org.wops.domain.partnership;

import java.time.LocalDate;

/** A milestone planned while a partnership is proposed: its title and planned date. */
public record PlannedMilestone(String title, LocalDate plannedDate) {}
