package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: partnership status changed. */
public record PartnershipStatusChanged(
    long partnershipId,
    org.wops.domain.partnership.PartnershipStatus from,
    org.wops.domain.partnership.PartnershipStatus to,
    OffsetDateTime at,
    String actor)
    implements DomainEvent {}
