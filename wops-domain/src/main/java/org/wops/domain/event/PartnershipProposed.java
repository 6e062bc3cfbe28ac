package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: partnership proposed. */
public record PartnershipProposed(long partnershipId, OffsetDateTime at, String actor)
    implements DomainEvent {}
