package org.wops.domain.type;

/**
 * A default milestone: its title and how many days after the planned start it is due (may be
 * negative).
 */
public record MilestoneTemplate(String title, int daysAfterPlannedStart) {}
