package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: update returned. */
public record UpdateReturned(
    long partnershipId, long updateId, String reason, OffsetDateTime at, String actor)
    implements DomainEvent {}
