package org.wops.domain.partnership;

import java.time.LocalDate;
import java.util.Set;

/**
 * The descriptive part of a partnership, as proposed or edited: title, objectives, approach,
 * expected outcomes, currency, working areas (codes of the reference list), countries (ISO 3166
 * codes), and planned and actual dates.
 */
public record PartnershipDetails(
    String title,
    String objectives,
    String approach,
    String expectedOutcomes,
    String currency,
    Set<String> workingAreas,
    Set<String> countries,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    LocalDate actualStart,
    LocalDate actualEnd) {}
