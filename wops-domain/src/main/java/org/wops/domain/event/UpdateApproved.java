package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: update approved. */
public record UpdateApproved(long partnershipId, long updateId, OffsetDateTime at, String actor)
    implements DomainEvent {}
