package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: update submitted. */
public record UpdateSubmitted(long partnershipId, long updateId, OffsetDateTime at, String actor)
    implements DomainEvent {}
