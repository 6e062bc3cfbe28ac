package org.wops.domain.partnership;

import org.wops.domain.shared.PartialDate;

/** A milestone planned while a partnership is proposed: its title and planned date. */
public record PlannedMilestone(String title, PartialDate plannedDate) {}
