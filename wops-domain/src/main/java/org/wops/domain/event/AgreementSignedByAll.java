package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: agreement signed by all. */
public record AgreementSignedByAll(long partnershipId, OffsetDateTime at, String actor)
    implements DomainEvent {}
