package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: milestone reached. */
public record MilestoneReached(
    long partnershipId,
    long milestoneId,
    org.wops.domain.shared.PartialDate actualDate,
    OffsetDateTime at,
    String actor)
    implements DomainEvent {}
