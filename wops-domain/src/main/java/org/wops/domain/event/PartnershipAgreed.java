package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: partnership agreed. */
public record PartnershipAgreed(
    long partnershipId, int charterVersion, OffsetDateTime at, String actor)
    implements DomainEvent {}
