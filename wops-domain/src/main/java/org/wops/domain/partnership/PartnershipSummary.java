package org.wops.domain.partnership;

import java.time.LocalDate;

/**
 * A partnership as a listing shows it, read in one query (no entity, no collections): id, title,
 * type, status, published flag, currency, planned dates, and how many operators take part.
 */
public record PartnershipSummary(
    long id,
    String title,
    String typeId,
    PartnershipStatus status,
    boolean published,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    int participantCount) {}
